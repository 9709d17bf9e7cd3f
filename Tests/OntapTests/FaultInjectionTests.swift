import Foundation
import Testing

/// Every writing command (`import` included) killed (SIGKILL, through `strace -e inject=…:signal=KILL:when=N`) at each of its writes,
/// fsyncs, renames and truncations in turn: afterwards the next run and `ontap doctor` find the progress clean, the
/// scheduler settings are intact, and no review the log held or the learner saw acknowledged is lost.
@Suite(.serialized) struct FaultInjectionTests {
    static let strace = "/usr/bin/strace"
    /// Every traced run is bounded: a run that hangs is killed (and reported) instead of holding up the suite.
    static let timeout = ["/usr/bin/timeout", "--kill-after=5", "120", strace]
    static let syscalls = ["write", "pwrite64", "fsync", "fdatasync", "rename", "renameat", "renameat2", "ftruncate"]

    /// A writing command and what to check after it was killed.
    struct Scenario: CustomStringConvertible {
        var name: String
        var args: [String]
        var input = ""
        /// For `study`: every "Next in" it printed is an answer it acknowledged as saved.
        var acknowledgesAnswers = false
        var description: String { name }
    }

    /// A workspace with the seed deck, answers spread over weeks (enough for `optimize`), settings that are not the
    /// defaults, and another device's copy of the progress with two more answers (for `merge`).
    static func template() throws -> OntapRunner {
        let runner = try OntapRunner()
        try runner.generateSeedDeck()
        let deck = try String(contentsOf: runner.decks.appendingPathComponent("nato-russia.json"), encoding: .utf8)
        let ids = deck.matches(of: /"id":"(c[0-9a-f]{12})"/).map { String($0.output.1) }
        var lines = [#"{"format":"ontap-reviews","version":1,"deck":"nato-russia"}"#]
        let start: Int64 = 1_767_225_600_000   // 2026-01-01
        for (c, id) in ids.prefix(ids.count - 2).enumerated() {
            var day: Int64 = Int64(c % 5)
            for (k, gap) in [0, 1, 3, 8, 20].enumerated() {
                day += Int64(gap)
                let rating = (c + k) % 7 == 0 ? 1 : (c + k) % 5 == 0 ? 2 : 3
                lines.append(#"{"card":"\#(id)","rating":\#(rating),"time":\#(start + day * 86_400_000 + Int64(c) * 60_000),"duration_ms":4000}"#)
            }
        }
        let folder = runner.progress.appendingPathComponent("nato-russia")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try (lines.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("reviews.jsonl"), atomically: true, encoding: .utf8)
        let set = try runner.run(["scheduler", "set", "nato-russia", "--retention", "0.85", "--rollover", "2"] + runner.folderArguments)
        guard set.status == 0 else { throw OntapRunner.RunnerError.failed(set.stderr) }
        let other = runner.root.appendingPathComponent("Other/Progress/nato-russia")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        let extra = [#"{"card":"\#(ids[ids.count - 2])","rating":3,"time":\#(start + 90 * 86_400_000),"duration_ms":3000}"#,
                     #"{"card":"\#(ids[ids.count - 1])","rating":4,"time":\#(start + 91 * 86_400_000),"duration_ms":3000}"#]
        try ((lines + extra).joined(separator: "\n") + "\n").write(to: other.appendingPathComponent("reviews.jsonl"), atomically: true, encoding: .utf8)
        // The other device's deck and progress as an Anki package, for `import --with-progress` (two new reviews).
        let package = try runner.run(["export", "nato-russia", "--format", "apkg", "-o", runner.root.appendingPathComponent("other.apkg").path,
                                      "--decks", runner.decks.path, "--progress", runner.root.appendingPathComponent("Other/Progress").path])
        guard package.status == 0 else { throw OntapRunner.RunnerError.failed(package.stderr) }
        return runner
    }

    static func scenarios(_ runner: OntapRunner) -> [Scenario] {
        let now = ["--now", "2026-06-01T09:00:00Z"]
        return [
            Scenario(name: "study with :undo", args: ["study", "nato-russia"] + now,
                     input: "\n1\n\n3\n:undo\n\n1\n:quit\n", acknowledgesAnswers: true),
            Scenario(name: "generate", args: ["generate", runner.decks.appendingPathComponent("nato-russia.vi.txt").path]),
            Scenario(name: "merge", args: ["merge", runner.root.appendingPathComponent("Other/Progress").path, "nato-russia"]),
            Scenario(name: "doctor --repair", args: ["doctor", "--repair"]),
            Scenario(name: "scheduler set", args: ["scheduler", "set", "nato-russia", "--maximum-interval", "3650"]),
            Scenario(name: "optimize", args: ["optimize", "nato-russia"]),
            Scenario(name: "export", args: ["export", "nato-russia", "--format", "csv", "-o", runner.root.appendingPathComponent("out.csv").path]),
            Scenario(name: "import", args: ["import", runner.root.appendingPathComponent("other.apkg").path, "--with-progress", "--force"]),
        ].map { var s = $0; s.args += ["--lang", "en"] + runner.folderArguments; return s }
    }

    /// A fresh copy of the template's files in `runner`'s workspace (same paths, so the arguments stay valid).
    static func restore(_ runner: OntapRunner, from saved: URL) throws {
        for name in ["Decks", "Progress", "Other", "out.csv"] {
            try? FileManager.default.removeItem(at: runner.root.appendingPathComponent(name))
            if FileManager.default.fileExists(atPath: saved.appendingPathComponent(name).path) {
                try FileManager.default.copyItem(at: saved.appendingPathComponent(name), to: runner.root.appendingPathComponent(name))
            }
        }
    }

    static func reviewLines(_ runner: OntapRunner) -> [String] {
        let text = (try? String(contentsOf: runner.progress.appendingPathComponent("nato-russia/reviews.jsonl"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { $0.contains(#""rating""#) }.map(String.init)
    }

    /// The scheduler settings in `state.json`, as JSON.
    static func settings(_ runner: OntapRunner) -> [String: Any]? {
        guard let data = FileManager.default.contents(atPath: runner.progress.appendingPathComponent("nato-russia/state.json").path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        return object["settings"] as? [String: Any]
    }

    /// How often each syscall of interest runs in `scenario`, from a traced run.
    static func counts(_ runner: OntapRunner, _ scenario: Scenario) throws -> [String: Int] {
        let log = runner.root.appendingPathComponent("strace.txt")
        _ = try OntapRunner.run(timeout[0], Array(timeout.dropFirst()) + ["-f", "-qq", "-o", log.path, "-e", "trace=" + syscalls.joined(separator: ","), "--",
                                         OntapRunner.executable] + scenario.args, in: runner.root, input: scenario.input)
        let text = try String(contentsOf: log, encoding: .utf8)
        var counts: [String: Int] = [:]
        for match in text.matches(of: /(?m)^\d+\s+([a-z0-9_]+)\(/) { counts[String(match.output.1), default: 0] += 1 }
        try? FileManager.default.removeItem(at: log)
        return counts
    }

    /// Checks the workspace after a killed run whose output was `output`; returns the problems found.
    static func check(_ runner: OntapRunner, before: [String], output: String, scenario: Scenario,
                      expected: (retention: Double, rollover: Int)) throws -> [String] {
        var problems: [String] = []
        let next = try runner.run(["decks", "--lang", "en"] + runner.folderArguments)
        if next.status != 0 || !next.stdout.contains("nato-russia") { problems.append("the next run failed: \(next.stderr)") }
        let doctor = try runner.run(["doctor", "--lang", "en"] + runner.folderArguments)
        if doctor.status != 0 || doctor.stdout.contains("error") { problems.append("doctor: \(doctor.stdout)\(doctor.stderr)") }
        if let settings = settings(runner) {
            if settings["desired_retention"] as? Double != expected.retention || settings["day_rollover_hour"] as? Int != expected.rollover {
                problems.append("settings changed: \(settings)")
            }
        } else {
            problems.append("state.json is missing or unreadable")
        }
        let after = reviewLines(runner)
        let lost = Set(before).subtracting(after)
        if !lost.isEmpty { problems.append("\(lost.count) review(s) lost") }
        if scenario.acknowledgesAnswers {
            let acknowledged = output.components(separatedBy: "Next in").count - 1
            if after.count - before.count < acknowledged {
                problems.append("\(acknowledged) answer(s) acknowledged, \(after.count - before.count) in the log")
            }
        }
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: runner.progress.appendingPathComponent("nato-russia").path))?
            .filter { $0.contains(".tmp-") } ?? []
        if !leftovers.isEmpty { problems.append("temporary files left after the next run: \(leftovers)") }
        return problems
    }

    @Test func everyWritingCommandSurvivesAKillAtEveryWrite() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.strace), "strace is needed (Debian's strace; .ci/run installs it)")
        let runner = try Self.template()
        defer { runner.remove() }
        let saved = runner.root.appendingPathComponent("saved")
        try FileManager.default.createDirectory(at: saved, withIntermediateDirectories: true)
        for name in ["Decks", "Progress", "Other"] {
            try FileManager.default.copyItem(at: runner.root.appendingPathComponent(name), to: saved.appendingPathComponent(name))
        }
        let before = Self.reviewLines(runner)
        var summary: [String] = []
        var totalKills = 0, totalPoints = 0, totalProblems = 0
        for scenario in Self.scenarios(runner) {
            try Self.restore(runner, from: saved)
            let counts = try Self.counts(runner, scenario)
            var kills = 0, points = 0
            for syscall in Self.syscalls.sorted() {
                guard let count = counts[syscall] else { continue }
                for n in 1...count {
                    points += 1
                    try Self.restore(runner, from: saved)
                    let run = try OntapRunner.run(Self.timeout[0], Array(Self.timeout.dropFirst()) + ["-f", "-qq", "-o", "/dev/null", "-e", "trace=\(syscall)",
                                                               "-e", "inject=\(syscall):signal=KILL:when=\(n)", "--",
                                                               OntapRunner.executable] + scenario.args,
                                                  in: runner.root, input: scenario.input)
                    #expect(run.status != 124 && run.status != 137, "\(scenario) at \(syscall) #\(n) hung and was stopped")
                    if run.status != 0 { kills += 1 }
                    let expected = (retention: 0.85, rollover: 2)
                    let problems = try Self.check(runner, before: before, output: run.stdout, scenario: scenario, expected: expected)
                    #expect(problems.isEmpty, "\(scenario) killed at \(syscall) #\(n): \(problems)")
                    totalProblems += problems.count
                }
            }
            #expect(kills > 0, "\(scenario): no kill happened (\(counts))")
            summary.append("\(scenario): \(points) injection points, \(kills) kills")
            totalKills += kills
            totalPoints += points
        }
        print("fault injection: \(totalPoints) injection points, \(totalKills) kills, "
              + (totalProblems == 0 ? "nothing lost" : "\(totalProblems) problem(s)") + "\n  " + summary.joined(separator: "\n  "))
    }
}
