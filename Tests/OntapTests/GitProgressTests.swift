import Foundation
import Testing

/// A `Progress/` shared through real git between two clones, with the merge driver and attributes the README
/// documents: concurrent study, an undo on one side and a reset log on the other lose no review.
@Suite struct GitProgressTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("ontap-git-\(UUID().uuidString)")

    func run(_ executable: String, _ args: [String], in dir: URL, input: String = "") throws -> OntapRunner.Result {
        try OntapRunner.run(executable, args, in: dir, input: input,
                            environment: ["HOME": root.path, "GIT_CONFIG_NOSYSTEM": "1"])
    }

    func git(_ args: String..., in dir: URL) throws {
        let result = try run("/usr/bin/git", args, in: dir)
        #expect(result.status == 0, "git \(args.joined(separator: " ")): \(result.stdout)\(result.stderr)")
    }

    func ontap(_ args: [String], in dir: URL, input: String = "") throws -> String {
        let result = try run(OntapRunner.executable, args, in: dir, input: input)
        #expect(result.status == 0, "ontap \(args.joined(separator: " ")): \(result.stderr)")
        return result.stdout + result.stderr
    }

    /// A clone of the shared repository with the driver configured as the README says.
    func clone(_ name: String) throws -> URL {
        try git("clone", "-q", root.appendingPathComponent("remote.git").path, name, in: root)
        let dir = root.appendingPathComponent(name)
        try git("config", "user.name", name, in: dir)
        try git("config", "user.email", "\(name)@example.org", in: dir)
        try git("config", "pull.rebase", "false", in: dir)
        try git("config", "merge.ontap-reviews.name", "ontap review log", in: dir)
        try git("config", "merge.ontap-reviews.driver", "'\(OntapRunner.executable)' merge --git-driver %O %A %B %P", in: dir)
        try git("config", "merge.ontap-state.name", "ontap snapshot (rebuilt from the log)", in: dir)
        try git("config", "merge.ontap-state.driver", "true", in: dir)
        return dir
    }

    /// Studies `cards` cards with wrong answers at `now` (then `:undo` when asked) and commits.
    func study(_ dir: URL, cards: Int, undo: Bool = false, now: String) throws {
        // Show the answer, grade Again: works for any kind of card.
        let input = String(repeating: "\n1\n", count: cards) + (undo ? ":undo\n" : "") + ":quit\n"
        _ = try ontap(["study", "nato-russia", "--lang", "en", "--now", now], in: dir, input: input)
        try git("add", "-A", in: dir)
        try git("commit", "-q", "-m", "study at \(now)", in: dir)
    }

    /// The lines of the clone's log after its header.
    func logLines(_ dir: URL) throws -> [String] {
        let text = try String(contentsOf: dir.appendingPathComponent("Progress/nato-russia/reviews.jsonl"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map(String.init)
    }

    /// The shared repository with a deck and two answers, pushed from clone `a`, and clone `b` of it.
    func sharedProgress() throws -> (a: URL, b: URL) {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try git("init", "-q", "--bare", "remote.git", in: root)
        let a = try clone("a")
        try FileManager.default.createDirectory(at: a.appendingPathComponent("Decks"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: OntapRunner.packageRoot.appendingPathComponent("Decks/nato-russia.vi.txt"),
                                         to: a.appendingPathComponent("Decks/nato-russia.vi.txt"))
        try "Progress/*/reviews.jsonl merge=ontap-reviews\nProgress/*/state.json    merge=ontap-state\n"
            .write(to: a.appendingPathComponent(".gitattributes"), atomically: true, encoding: .utf8)
        try "Progress/*/.lock\nProgress/*/*.bak\nProgress/*/*.bak-*\nProgress/*/*.torn-*\nProgress/*/.*.tmp-*\n"
            .write(to: a.appendingPathComponent(".gitignore"), atomically: true, encoding: .utf8)
        _ = try ontap(["generate", "Decks/nato-russia.vi.txt"], in: a)
        try study(a, cards: 2, now: "2026-01-01T10:00:00Z")
        try git("push", "-q", "origin", "HEAD", in: a)
        return (a, try clone("b"))
    }

    @Test func twoClonesLoseNothingThroughConcurrentStudyAnUndoAndAResetLog() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let (a, b) = try sharedProgress()

        // Concurrent study on both clones: the pull merges the two logs.
        try study(a, cards: 2, now: "2026-01-02T10:00:00Z")
        try git("push", "-q", "origin", "HEAD", in: a)
        try study(b, cards: 2, now: "2026-01-02T11:00:00Z")
        let bBefore = try logLines(b)
        try git("pull", "-q", "--no-edit", in: b)
        var merged = try logLines(b)
        #expect(merged.count == 6)
        #expect(Set(bBefore).isSubset(of: merged))
        #expect(!merged.contains { $0.contains("<<<<<<<") })
        try git("push", "-q", "origin", "HEAD", in: b)
        try git("pull", "-q", "--no-edit", in: a)
        #expect(try logLines(a) == merged)

        // An undo on one side, a log reset to its first review on the other.
        try study(a, cards: 2, undo: true, now: "2026-01-03T10:00:00Z")
        try git("push", "-q", "origin", "HEAD", in: a)
        let everything = try logLines(a)
        #expect(everything.count == 9 && everything.last!.hasPrefix(#"{"op":"undo""#))
        let logURL = b.appendingPathComponent("Progress/nato-russia/reviews.jsonl")
        let text = try String(contentsOf: logURL, encoding: .utf8)
        let reset = text.split(separator: "\n").prefix(2).joined(separator: "\n") + "\n"
        try reset.write(to: logURL, atomically: true, encoding: .utf8)
        try git("commit", "-q", "-am", "a reset log", in: b)
        try git("pull", "-q", "--no-edit", in: b)
        merged = try logLines(b)
        #expect(Set(everything) == Set(merged), "every review and the undo survive the reset")
        #expect(merged.count == everything.count)
        let folder = try FileManager.default.contentsOfDirectory(atPath: b.appendingPathComponent("Progress/nato-russia").path)
        let backups = folder.filter { $0.hasPrefix("reviews.jsonl.bak-") }
        #expect(!backups.isEmpty, "the driver keeps what it replaced: \(folder)")
        if let backup = backups.sorted().last {
            #expect(try String(contentsOf: b.appendingPathComponent("Progress/nato-russia/\(backup)"), encoding: .utf8) == reset)
        }

        // The merged progress is consistent: the next run rebuilds the snapshot, then doctor finds nothing wrong.
        let decks = try ontap(["decks", "--lang", "en"], in: b)
        #expect(decks.contains("nato-russia"))
        let doctor = try run(OntapRunner.executable, ["doctor", "--lang", "en"], in: b)
        #expect(doctor.status == 0, "\(doctor.stdout)\(doctor.stderr)")
        #expect(!doctor.stdout.contains("error"), "\(doctor.stdout)")
    }

    @Test func aPullDuringASessionLosesNothingAndTheLearnerIsTold() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let (a, b) = try sharedProgress()
        let folders = ["--decks", b.appendingPathComponent("Decks").path, "--progress", b.appendingPathComponent("Progress").path]
        let session = try PTYProcess(OntapRunner.executable, ["study", "nato-russia", "--lang", "en", "--now", "2026-01-05T09:00:00Z"] + folders,
                                     env: ["LANG=C.UTF-8", "TERM=dumb", "INPUTRC=/dev/null", "PATH=/usr/bin:/bin", "HOME=\(root.path)"])
        try session.expect("› ")
        session.send("\r")            // show the answer, then grade it: works for any kind of card
        try session.expect("Grade 1-4")
        session.send("1\r")
        try session.expect("Next in")
        // Mid-session: commit what was recorded, and pull the other device's study (the driver rewrites the log).
        try git("commit", "-q", "-am", "mid-session", in: b)
        try study(a, cards: 2, now: "2026-01-05T08:00:00Z")
        try git("push", "-q", "origin", "HEAD", in: a)
        try git("pull", "-q", "--no-edit", in: b)
        let pulled = try logLines(b)
        session.send("\r")            // show the answer, then grade it: works for any kind of card
        try session.expect("Grade 1-4")
        session.send("1\r")
        let told = try session.expect("Next in")
        #expect(told.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("was replaced while you studied"), "\(told)")
        session.send(":quit\r")
        try session.expect("See you")
        #expect(session.wait() == 0)
        let final = try logLines(b)
        #expect(final.count == 2 + 2 + 2, "\(final)")   // the first two, the other device's two, this session's two
        #expect(Array(final.prefix(pulled.count)) == pulled)
        let doctor = try run(OntapRunner.executable, ["doctor", "--lang", "en"], in: b)
        #expect(doctor.status == 0 && !doctor.stdout.contains("error"), "\(doctor.stdout)")
    }
}
