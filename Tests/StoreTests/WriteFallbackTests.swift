import Foundation
import Scheduling
import Testing
@testable import Store
#if canImport(Glibc)
import Glibc
#endif

/// A full disk while a stale snapshot must be rewritten: the deck opens for study without recording (as on a
/// read-only folder) instead of refusing. A read-only folder is named as the cause, not "another ontap".
@Suite struct WriteFallbackTests {
    @Test func aFullDiskWithAStaleSnapshotOpensWithoutRecording() async {
        await #expect(processExitsWith: .success) {
            let (folder, root, log, _) = try DiskFaultTests.prepared()
            try FileManager.default.removeItem(atPath: folder.file("Progress/deck/state.json"))   // stale: rebuilt on open
            signal(SIGXFSZ, SIG_IGN)
            var limit = rlimit(rlim_cur: 16, rlim_max: rlim_t.max)   // no file may grow past 16 bytes: a full disk
            guard setrlimit(Int32(RLIMIT_FSIZE.rawValue), &limit) == 0 else { exit(2) }
            let store = try ProgressStore(root: root, deck: "deck")
            guard !store.canRecord else { exit(3) }
            guard store.notices.contains(where: { $0.description.contains("cannot be written") && $0.description.contains("without recording") }) else { exit(4) }
            guard store.snapshot.logCount == 3, store.snapshot.cards.count == Set(sampleReviews(3).map(\.cardID)).count else { exit(5) }
            guard folder.read("Progress/deck/reviews.jsonl") == log else { exit(6) }
            do throws(StoreError) { _ = try store.merge(otherLogAt: folder.file("Progress/deck/reviews.jsonl")); exit(7) } catch {
                guard case let .writeFailed(_, reason) = error, reason == .system(errno: EFBIG) || reason == .system(errno: ENOSPC) else { exit(8) }
            }
            exit(0)
        }
    }

    @Test func aReadOnlyFolderIsNamedAsTheCause() async {
        await #expect(processExitsWith: .success) {
            let (folder, root, _, _) = try DiskFaultTests.prepared()
            chmod(folder.file("Progress/deck"), 0o555)
            if getuid() == 0 {   // root ignores permissions: become nobody for the rest of the test
                guard setgid(65534) == 0, setuid(65534) == 0 else { exit(2) }
            }
            let store = try ProgressStore(root: root, deck: "deck")
            guard !store.canRecord else { exit(3) }
            do throws(StoreError) { try store.changeSettings(SchedulerSettings(desiredRetention: 0.8)); exit(4) } catch {
                guard case let .writeFailed(path, reason) = error, path.hasSuffix("Progress/deck"),
                      !error.localizedDescription.contains("another ontap"), reason == .system(errno: EACCES) || reason == .system(errno: EROFS) else { exit(5) }
            }
            do throws(StoreError) { _ = try store.merge(otherLogAt: folder.file("Progress/deck/reviews.jsonl")); exit(6) } catch {
                guard case .writeFailed = error else { exit(7) }
            }
            exit(0)
        }
    }
}
