import Foundation
import Testing

/// New cards as a learner meets them: kinds taking turns, the deck's daily limit, `--kinds`.
@Suite(.serialized)
struct NewCardsPTYTests {
    let env = ["LANG=C.UTF-8", "TERM=dumb", "INPUTRC=/dev/null", "PATH=/usr/bin:/bin"]

    func spawn(_ runner: OntapRunner, _ extra: [String] = []) throws -> PTYProcess {
        try PTYProcess(OntapRunner.executable, ["study", "nato-russia", "--lang", "en", "--now", "2026-03-01T09:00:00Z"]
                       + extra + runner.folderArguments, env: env + ["HOME=\(runner.root.path)"])
    }

    /// The kind named in the header "[N] KIND · M left" just shown.
    func kind(in text: String) -> String? {
        guard let line = text.split(whereSeparator: \.isNewline).last(where: { $0.hasPrefix("[") && $0.contains(" · ") }) else { return nil }
        return line.split(separator: "]", maxSplits: 1).last?.split(separator: "·").first?.trimmingCharacters(in: .whitespaces)
    }

    @Test func theFirstCardsAreOfDifferentKinds() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let process = try spawn(runner)
        var kinds: [String] = []
        kinds.append(try #require(kind(in: try process.expect("› "))))
        for _ in 0..<5 {
            process.send(":skip\r")
            kinds.append(try #require(kind(in: try process.expect("› "))))
        }
        process.send(":quit\r")
        #expect(process.wait() == 0)
        // In deck order the first cards would all be "When"; here no kind follows itself and four are met in six.
        #expect(zip(kinds, kinds.dropFirst()).allSatisfy { $0 != $1 }, "\(kinds)")
        #expect(Set(kinds).count >= 4, "\(kinds)")
    }

    @Test func theDeckDailyLimitAndKinds() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let set = try runner.run(["scheduler", "set", "nato-russia", "--new-per-day", "2", "--reviews-per-day", "50"] + runner.folderArguments)
        #expect(set.status == 0)
        #expect(set.stdout.contains("new cards per day: 2"))
        #expect(set.stdout.contains("reviews per day: 50"))

        let limited = try spawn(runner)
        try limited.expect("2 cards due")
        limited.send(":quit\r")
        #expect(limited.wait() == 0)

        let choice = try spawn(runner, ["--kinds", "choice"])
        let shown = try choice.expect("› ")
        #expect(kind(in: shown) == "Multiple choice")
        choice.send(":quit\r")
        #expect(choice.wait() == 0)
    }
}
