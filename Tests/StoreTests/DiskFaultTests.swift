import FileFormats
import Foundation
import Scheduling
import Testing
@testable import Store
#if canImport(Glibc)
import Glibc
#endif

/// A full disk or a read-only `Progress/`: a clear error, the previous files intact. Each runs in a child process
/// (an exit test), because a file-size limit or a change of user applies to the whole process.
@Suite struct DiskFaultTests {
    /// A store with three answers and a saved snapshot; returns the folder and the two files' bytes.
    static func prepared() throws -> (TemporaryFolder, URL, [UInt8], [UInt8]) {
        let folder = TemporaryFolder()
        let root = folder.url.appendingPathComponent("Progress")
        do {
            let store = try ProgressStore(root: root, deck: "deck")
            for review in sampleReviews(3) { _ = try store.record(review) }
            try store.saveSnapshot()
        }
        return (folder, root, folder.read("Progress/deck/reviews.jsonl")!, folder.read("Progress/deck/state.json")!)
    }

    @Test func fullDiskFailsClearlyAndKeepsTheFiles() async {
        await #expect(processExitsWith: .success) {
            let (folder, root, log, state) = try DiskFaultTests.prepared()
            let store = try ProgressStore(root: root, deck: "deck")
            signal(SIGXFSZ, SIG_IGN)
            var limit = rlimit(rlim_cur: rlim_t(log.count + 10), rlim_max: rlim_t.max)
            guard setrlimit(Int32(RLIMIT_FSIZE.rawValue), &limit) == 0 else { exit(3) }
            do throws(StoreError) {
                _ = try store.record(ReviewRecord(cardID: "c9", rating: .good, time: 1_790_000_000_000, durationMs: 1))
                exit(4)
            } catch {
                guard case let .writeFailed(path, reason) = error, path.hasSuffix("reviews.jsonl"),
                      reason == .system(errno: EFBIG) || reason == .system(errno: ENOSPC) else { exit(5) }
            }
            do throws(StoreError) { try store.saveSnapshot(); exit(6) } catch {
                guard case let .writeFailed(path, _) = error, path.hasSuffix("state.json") else { exit(7) }
            }
            guard folder.read("Progress/deck/reviews.jsonl") == log, folder.read("Progress/deck/state.json") == state else { exit(8) }
            guard !folder.list("Progress/deck").contains(where: { $0.contains(".tmp") }) else { exit(9) }
            let message = StoreError.writeFailed(path: "p", problem: .system(errno: ENOSPC)).localizedDescription
            guard message.contains("previous file is intact") else { exit(10) }
            exit(0)
        }
    }

    @Test func readOnlyProgressFolderKeepsTheFiles() async {
        await #expect(processExitsWith: .success) {
            let (folder, root, log, state) = try DiskFaultTests.prepared()
            for file in folder.list("Progress/deck") { chmod(folder.file("Progress/deck/" + file), 0o444) }
            chmod(folder.file("Progress/deck"), 0o555)
            chmod(folder.file("Progress"), 0o555)
            if getuid() == 0 {   // root ignores permissions: become nobody for the rest of the test
                guard setgid(65534) == 0, setuid(65534) == 0 else { exit(3) }
            }
            let store = try ProgressStore(root: root, deck: "deck")
            guard !store.canRecord, store.notices.first?.description.contains("cannot be written") == true else { exit(4) }
            guard store.snapshot.logCount == 3 else { exit(5) }
            _ = try store.record(ReviewRecord(cardID: "c9", rating: .good, time: 1_790_000_000_000, durationMs: 1))
            guard folder.read("Progress/deck/reviews.jsonl") == log, folder.read("Progress/deck/state.json") == state else { exit(6) }
            do throws(StoreError) { try AtomicFile.save([1, 2], toPath: folder.file("Progress/deck/state.json")); exit(7) } catch {
                guard case .writeFailed = error else { exit(8) }
            }
            guard folder.read("Progress/deck/state.json") == state else { exit(9) }
            exit(0)
        }
    }
}
