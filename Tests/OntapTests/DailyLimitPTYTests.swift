import Foundation
import Testing

/// The daily new-card limit holds over several short sessions (a card in its second learning step still counts), and
/// `:bury` puts a card away until tomorrow, across sessions, at a real terminal.
@Suite(.serialized)
struct DailyLimitPTYTests {
    let env = ["LANG=C.UTF-8", "TERM=dumb", "INPUTRC=/dev/null", "PATH=/usr/bin:/bin"]

    func spawn(_ runner: OntapRunner, at now: String) throws -> PTYProcess {
        try PTYProcess(OntapRunner.executable, ["study", "nato-russia", "--lang", "en", "--now", now] + runner.folderArguments,
                       env: env + ["HOME=\(runner.root.path)"])
    }

    /// The card ids the review log holds answers for.
    func answeredCards(_ runner: OntapRunner) throws -> Set<String> {
        let log = try String(contentsOf: runner.progress.appendingPathComponent("nato-russia/reviews.jsonl"), encoding: .utf8)
        return Set(log.split(separator: "\n").compactMap { line -> String? in
            guard line.contains("\"rating\""), let range = line.range(of: #""card":"[^"]+""#, options: .regularExpression) else { return nil }
            return String(line[range].dropFirst(8).dropLast())
        })
    }

    /// The next answer prompt, nil when the session ended (nothing left today).
    func nextPrompt(_ process: PTYProcess) throws -> String? {
        do { return try process.expect("› ") } catch let PTYError.timeout(_, seen) where seen.contains("See you!") { return nil }
    }

    @Test func threeShortSessionsServeNoMoreThanTheDailyLimit() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let set = try runner.run(["scheduler", "set", "nato-russia", "--new-per-day", "3"] + runner.folderArguments)
        #expect(set.status == 0, "\(set.stderr)")
        // Sessions ten minutes apart, two answers each (shown, then Good: a learning step, or its second).
        var headers: [String] = []
        for session in 0..<5 {
            let process = try spawn(runner, at: "2026-03-01T09:\(session)5:00Z")
            var screen = try nextPrompt(process)
            for _ in 0..<2 {
                guard let shown = screen else { break }
                headers += shown.split(whereSeparator: \.isNewline).filter { $0.hasPrefix("[") }.map(String.init)
                process.send("\r")
                try process.expect("Grade 1-4 › ")
                process.send("3\r")
                screen = try nextPrompt(process)
            }
            if screen != nil { process.send(":quit\r") }
            #expect(process.wait() == 0)
        }
        let answered = try answeredCards(runner)
        #expect(answered.count == 3, "\(answered)")
        #expect(headers.count >= 6, "\(headers)")                   // the three cards came back for their steps
        #expect(headers.last?.contains("New 0") == true, "\(headers)")
        // What the header says is left to learn only goes down: 3, 2, 1, 1, 1, 0 — never back up by a step taken.
        let newLeft = headers.compactMap { header in
            header.range(of: #"New \d+"#, options: .regularExpression).flatMap { Int(header[$0].dropFirst(4)) }
        }
        #expect(newLeft.count == headers.count && zip(newLeft, newLeft.dropFirst()).allSatisfy { $0 >= $1 }, "\(newLeft)")
    }

    @Test func aBuriedCardWaitsUntilTomorrow() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let first = try spawn(runner, at: "2026-03-01T09:00:00Z")
        let question = try first.expect("› ")
        let prompt = try #require(question.split(whereSeparator: \.isNewline).drop { !$0.hasPrefix("[") }.dropFirst().first)
        first.send(":bury\r")
        try first.expect("Buried this card until tomorrow.\r\n")
        first.send(":quit\r")
        #expect(first.wait() == 0)
        let later = try spawn(runner, at: "2026-03-01T10:00:00Z")
        let shown = try later.expect("› ")
        #expect(!shown.contains(prompt), "\(shown)")
        later.send(":quit\r")
        #expect(later.wait() == 0)
        let tomorrow = try spawn(runner, at: "2026-03-02T09:00:00Z")
        let next = try tomorrow.expect("› ")
        #expect(next.contains(prompt), "\(next)")
        tomorrow.send(":quit\r")
        #expect(tomorrow.wait() == 0)
    }
}
