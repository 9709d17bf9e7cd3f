import Foundation
import Testing

/// What the learner sees when answering, through the real binary under a pseudo-terminal.
@Suite(.serialized)
struct AnswerJudgingPTYTests {
    let env = ["LANG=C.UTF-8", "TERM=dumb", "INPUTRC=/dev/null", "PATH=/usr/bin:/bin"]

    func spawn(_ runner: OntapRunner, deck: String, lang: String = "en", extra: [String] = []) throws -> PTYProcess {
        try PTYProcess(OntapRunner.executable, ["study", deck, "--lang", lang, "--now", "2026-03-01T09:00:00Z"]
                       + extra + runner.folderArguments, env: env + ["HOME=\(runner.root.path)"])
    }

    @Test func aWrongYearIsWrongAndAnEmptyLineOnlyShowsTheAnswer() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.writeDeck("dien-bien-phu", [
            .init(id: "c1", prompt: "Chiến dịch Điện Biên Phủ kết thúc vào năm nào?", answer: "năm 1954", event: "e1"),
        ])
        let process = try spawn(runner, deck: "dien-bien-phu")
        try process.expect("› ")
        process.send("1945\r")
        let judged = try process.expect("Grade 1-4")
        #expect(judged.contains("✗ Wrong"))
        #expect(!judged.contains("≈"))
        try process.expect("[Enter = 1] › ")
        process.send("1\r")
        try process.expect("Next in")
        try process.expect("› ")                          // the card comes straight back (a 1-minute step)
        process.send("\r")
        let shown = try process.expect("Grade 1-4 › ")      // no suggested grade: the learner chooses
        #expect(shown.contains("Answer: năm 1954"))
        #expect(!shown.contains("✗"))
        #expect(shown.contains("How well did you know it?"))
        process.send("\r")                                 // Enter alone does not grade a shown answer
        try process.expect("How well did you know it?")
        process.send("3\r")
        try process.expect("Next in")
        process.send(":quit\r")
        #expect(process.wait() == 0)
        let log = try String(contentsOf: runner.progress.appendingPathComponent("dien-bien-phu/reviews.jsonl"), encoding: .utf8)
        #expect(log.split(separator: "\n").filter { $0.contains("\"card\"") }.map { $0.contains("\"rating\":1") } == [true, false])
    }
}
