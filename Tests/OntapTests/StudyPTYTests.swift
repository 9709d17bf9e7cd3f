import Foundation
import Testing

/// The real REPL under a real pseudo-terminal with GNU readline: answers, grades, Tab, Ctrl-C, resume.
@Suite(.serialized)
struct StudyPTYTests {
    let env = ["LANG=C.UTF-8", "TERM=dumb", "INPUTRC=/dev/null", "PATH=/usr/bin:/bin"]
    let now = "2026-03-01T09:00:00Z"

    func spawn(_ runner: OntapRunner) throws -> PTYProcess {
        try PTYProcess(OntapRunner.executable, ["study", "nato-russia", "--lang", "en", "--now", now] + runner.folderArguments,
                       env: env + ["HOME=\(runner.root.path)"])
    }

    /// The count in "Studying deck «…»: N cards due".
    func dueCount(in text: String) -> Int? {
        guard let range = text.range(of: #": (\d+) cards due"#, options: .regularExpression) else { return nil }
        return Int(text[range].dropFirst(2).prefix { $0.isNumber })
    }

    /// The prompt line of the card shown just before `›`.
    func cardPrompt(in text: String) -> String {
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        return lines.last { !$0.isEmpty && !$0.hasPrefix("›") && !$0.hasPrefix("[") } ?? ""
    }

    @Test func answersTwoCardsQuitsAndResumes() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()

        let first = try spawn(runner)
        let welcome = try first.expect("› ")
        let initialDue = try #require(dueCount(in: welcome))
        let firstPrompt = cardPrompt(in: welcome)
        first.send("1991\r")
        try first.expect("Grade 1-4")
        first.send("4\r")
        try first.expect("Next in")
        let second = try first.expect("› ")
        let secondPrompt = cardPrompt(in: second)
        first.send("Hội đồng NATO–Nga\r")               // UTF-8 through readline
        try first.expect("Answer: ")
        try first.expect("Grade 1-4")
        first.send("4\r")
        try first.expect("› ")
        first.send("\u{04}")                            // Ctrl-D saves and leaves
        try first.expect("Progress saved (2 cards")
        #expect(first.wait() == 0)

        let log = try String(contentsOf: runner.progress.appendingPathComponent("nato-russia/reviews.jsonl"), encoding: .utf8)
        #expect(log.split(separator: "\n").filter { $0.contains("\"card\"") }.count == 2)
        #expect(FileManager.default.fileExists(atPath: runner.progress.appendingPathComponent("nato-russia/state.json").path))

        let again = try spawn(runner)
        let resumed = try again.expect("› ")
        #expect(dueCount(in: resumed) == initialDue - 2)
        let shown = cardPrompt(in: resumed)
        #expect(shown != firstPrompt && shown != secondPrompt)
        again.send(":quit\r")
        try again.expect("Nothing changed, nothing to save")
        #expect(again.wait() == 0)
    }

    @Test func tabCompletesCommandsAndCtrlCClearsTheLine() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let process = try spawn(runner)
        try process.expect("› ")
        process.send(":sta\t")                          // completes to ":stats "
        process.send("\r")
        try process.expect("This session: 0 reviewed")
        try process.expect("Due over the next 30 days")         // :stats shows the deck's statistics too
        try process.expect("› ")
        process.send("garbage")
        process.send("\u{03}")                          // Ctrl-C abandons the typed line
        process.send(":he\t\r")
        try process.expect("Commands:")
        process.send(":quit\r")
        try process.expect("Nothing changed")
        #expect(process.wait() == 0)
        let history = try String(contentsOf: runner.progress.appendingPathComponent(".history"), encoding: .utf8)
        #expect(history.contains(":stats"))
        #expect(!history.contains("garbage"))
    }
}
