import Foundation
import Scheduling
import Testing
@testable import Store
#if canImport(Glibc)
import Glibc
#endif

/// kill -9 at random moments of scripted study sessions: afterwards the doctor finds nothing wrong and at most the one
/// answer in flight is missing.
///
/// The writer is this test binary itself: the parent spawns `/proc/self/exe` filtered to `writerChild`, with
/// `ONTAP_KILL_DIR` set, which makes that test open the store and record the script from where the log ends, printing
/// `ACK i` after each answer is durable. The parent kills it after a random delay, then checks the files.
@Suite(.serialized) struct KillNineTests {
    static let environmentKey = "ONTAP_KILL_DIR"
    static let script = sampleReviews(50_000, cards: 40, seed: 77)

    @Test(.enabled(if: ProcessInfo.processInfo.environment[KillNineTests.environmentKey] != nil))
    func writerChild() throws {
        let dir = URL(fileURLWithPath: ProcessInfo.processInfo.environment[Self.environmentKey]!)
        let start = Array("START\n".utf8)
        _ = start.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
        let store = try ProgressStore(root: dir, deck: "deck")
        store.snapshotInterval = 7                       // kills also land in the middle of snapshot rewrites
        var i = store.snapshot.logCount
        while i < Self.script.count {
            _ = try store.record(Self.script[i])
            let ack = Array("ACK \(i)\n".utf8)
            _ = ack.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
            i += 1
        }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/exe"), "spawns /proc/self/exe (Linux)"))
    func hundredKillsLoseAtMostTheAnswerInFlight() throws {
        let folder = TemporaryFolder()
        let root = folder.url.appendingPathComponent("Progress")
        var random = SystemRandomNumberGenerator()
        var acked = -1
        var kills = 0
        var totalRecorded = 0
        for round in 0..<100 {
            let child = Process()
            child.executableURL = URL(fileURLWithPath: "/proc/self/exe")
            child.arguments = ["--testing-library", "swift-testing", "--filter", "KillNineTests/writerChild"]
            var environment = ProcessInfo.processInfo.environment
            environment[Self.environmentKey] = root.path
            child.environment = environment
            let output = Pipe()
            child.standardOutput = output
            child.standardError = FileHandle.nullDevice
            try child.run()
            // Wait until the child reaches the writer (its start-up is not interesting), or until it has recorded a
            // random number of answers, then kill it a random moment later: while it opens the store (replay, torn
            // line, snapshot), appends and fsyncs an answer, or rewrites state.json. Counting answers rather than
            // milliseconds keeps the test the same on a slow or busy machine.
            let fd = output.fileHandleForReading.fileDescriptor
            let wantedAcks = Int.random(in: 0...6, using: &random)
            var seen: [UInt8] = []
            func acks() -> Int { String(decoding: seen, as: UTF8.self).components(separatedBy: "ACK ").count - 1 }
            let deadline = Date().addingTimeInterval(30)
            while Date() < deadline {
                if wantedAcks == 0 ? String(decoding: seen, as: UTF8.self).contains("START\n") : acks() >= wantedAcks { break }
                var buffer = [UInt8](repeating: 0, count: 4096)
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, 4096) }
                if n <= 0 { break }
                seen += buffer.prefix(n)
            }
            usleep(UInt32.random(in: 0...(wantedAcks == 0 ? 8_000 : 5_000), using: &random))
            kill(child.processIdentifier, SIGKILL)
            let text = String(decoding: seen + output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            child.waitUntilExit()
            if child.terminationReason == .uncaughtSignal { kills += 1 }
            for line in text.split(separator: "\n") where line.hasPrefix("ACK ") { acked = max(acked, Int(line.dropFirst(4))!) }

            if acked < 0, !FileManager.default.fileExists(atPath: root.appendingPathComponent("deck/reviews.jsonl").path) {
                continue                               // killed before it created anything
            }
            let report = ProgressDoctor.check(root: root, deck: "deck", knownCardIDs: Set(Self.script.map(\.cardID)))
            let problems = report.findings.filter { $0.severity == .error || ($0.severity == .warning && !$0.message.contains("unfinished last line")) }
            #expect(problems.isEmpty, "round \(round): \(problems)")
            let log = try ReviewLogFile.read(path: root.appendingPathComponent("deck/reviews.jsonl").path, deck: "deck")
            let recorded = log?.records ?? []
            #expect(recorded.count >= acked + 1 && recorded.count <= acked + 2,
                    "round \(round): \(recorded.count) answers in the log, \(acked + 1) acknowledged")
            #expect(recorded == Array(Self.script.prefix(recorded.count)), "round \(round): the log is not the script's prefix")
            acked = recorded.count - 1                 // an answer recorded but not acknowledged counts from now on
            totalRecorded = recorded.count
            if problems.count > 0 { break }
        }
        #expect(kills >= 100)
        #expect(totalRecorded > 100, "the children recorded too little to test anything")
        let store = try ProgressStore(root: root, deck: "deck")
        var cards: [String: CardSchedule] = [:]
        let scheduler = SchedulerSettings().makeScheduler()
        for review in Self.script.prefix(totalRecorded) { Replay.apply(review, to: &cards, scheduler: scheduler) }
        #expect(store.snapshot.cards == cards)
    }
}
