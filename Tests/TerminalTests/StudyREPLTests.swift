import Cards
import Foundation
import Scheduling
import Store
import Study
import Testing
import Timeline
@testable import Terminal

@Suite struct StudyREPLTests {
    func makeSession(_ root: URL) throws -> StudySession {
        let events = [("1991", "Liên Xô tan rã."), ("1994", "Nga tham gia chương trình Đối tác vì Hòa bình.")].map {
            Event(date: $0.0, start: 0, end: 1, sentenceStart: 0, sentenceEnd: 1, sentence: $0.1, statement: $0.1,
                  actors: [], dateSurface: $0.0)
        }
        let deck = DeckGenerator(kinds: [.dateRecall]).makeDeck(name: "demo", events: events, language: .vi,
                                                                source: DeckSource(file: "d", sha256: ""))
        return StudySession(deck: deck, store: try ProgressStore(root: root, deck: "demo"), now: 1_780_000_000_000)
    }

    func run(_ lines: [String], language: Language = .en) throws -> (CapturedOutput, ScriptedLineReader, URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ontap-repl-\(UUID().uuidString)")
        let reader = ScriptedLineReader(lines)
        let output = CapturedOutput()
        let repl = StudyREPL(session: try makeSession(root), language: language, reader: reader, output: output,
                             deckNames: ["demo"], clock: { 1_780_000_000_000 }, openDeck: { _ in throw StoreError.invalidName("x") })
        try repl.run()
        return (output, reader, root)
    }

    @Test func aRightAnswerTakesTheSuggestedGradeOnEnter() throws {
        let (output, _, root) = try run(["1991", "", ":quit"])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(output.text.contains("✓ Right"))
        #expect(output.text.contains("Answer: năm 1991"))
        #expect(output.text.contains("Progress saved (1 card this session)"))
        let log = try String(contentsOf: root.appendingPathComponent("demo/reviews.jsonl"), encoding: .utf8)
        #expect(log.contains("\"rating\":3"))
    }

    @Test func aBadGradeAsksAgainAndCommandsGoToHistoryButAnswersDoNot() throws {
        let (output, reader, root) = try run(["sai bét", "7", "1", ":stats", ":quit"])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(output.text.contains("✗ Wrong"))
        #expect(output.text.contains("Type 1, 2, 3 or 4"))
        #expect(reader.history == [":stats", ":quit"])
    }

    @Test func vietnameseInterfaceAndLanguageSwitch() throws {
        let (output, _, root) = try run([":lang en", ":help", ":quit"], language: .vi)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(output.text.contains("Ôn tập bộ thẻ «demo»"))
        #expect(output.text.contains("Commands:"))
    }

    @Test func aVietnameseSessionSaysNothingInEnglish() throws {
        let lines = ["1945", "", ":hint", ":source", ":help", ":stats", ":flag 2", ":edit accept x", ":bury", ":suspend",
                     ":deck khac", ":wat", ":undo", "", "3", ":quit"]
        let (output, _, root) = try run(lines, language: .vi)
        defer { try? FileManager.default.removeItem(at: root) }
        let english = ["Answer", "Source", "Grade", "Next in", "Progress", "Summary", "Wrong", "Right", "Hint", "Usage",
                       "Unknown", "session", "this card", "Deck ", "Type ", "Took back", "Nothing", "Flag", "Suspended", "Buried"]
        for word in english { #expect(!output.text.contains(word), "«\(word)» in:\n\(output.text)") }
        #expect(output.text.contains("Đáp án:"))
    }

    @Test func tabOffersCommandsAndChoiceLettersNeverAnswers() throws {
        let (_, reader, root) = try run([":quit"])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(reader.completions.contains(":help"))
        #expect(reader.completions.contains("demo"))
        #expect(!reader.completions.contains { $0.contains("1991") })
    }
}

@Suite struct QuizREPLTests {
    @Test func asksEachQuestionAndPrintsTheScore() throws {
        let events = [("1991", "Liên Xô tan rã."), ("1994", "Nga tham gia chương trình Đối tác vì Hòa bình.")].map {
            Event(date: $0.0, start: 0, end: 1, sentenceStart: 0, sentenceEnd: 1, sentence: $0.1, statement: $0.1,
                  actors: [], dateSurface: $0.0)
        }
        let deck = DeckGenerator(kinds: [.dateRecall]).makeDeck(name: "demo", events: events, language: .vi,
                                                                source: DeckSource(file: "d", sha256: ""))
        let quiz = QuizSession(deck: deck, count: 2, seed: 3)
        let answers = quiz.questions.map { $0.answer.contains("1991") ? "1991" : "2000" }
        let output = CapturedOutput()
        let score = QuizREPL(quiz: quiz, language: .en, reader: ScriptedLineReader(answers), output: output).run()
        #expect(score == 1)
        #expect(output.text.contains("[2/2]"))
        #expect(output.text.contains("Score: 1/2 (50%), 2 of 2 answered."))
    }

    /// A blank answer is not counted as answered; the missed list keeps each item's lines under its text, past its
    /// number, when a question wraps.
    @Test func blanksAreNotAnsweredAndTheMissedListIsAligned() throws {
        let places = ["Hà Nội", "Huế", "Đà Nẵng", "Sài Gòn", "Cần Thơ", "Hải Phòng", "Vinh", "Nha Trang", "Đà Lạt", "Quy Nhơn", "Lạng Sơn"]
        let events = places.enumerated().map { n, place in
            let text = "Hội đồng thành phố \(place) được thành lập để xử lý các vấn đề an ninh và các dự án chung."
            return Event(date: "\(1990 + n)", start: 0, end: 1, sentenceStart: 0, sentenceEnd: 1, sentence: text,
                         statement: text, actors: [], dateSurface: "\(1990 + n)")
        }
        let deck = DeckGenerator(kinds: [.dateRecall]).makeDeck(name: "demo", events: events, language: .vi,
                                                                source: DeckSource(file: "d", sha256: ""))
        let quiz = QuizSession(deck: deck, count: 11, seed: 3)
        let output = CapturedOutput()
        _ = QuizREPL(quiz: quiz, language: .vi, reader: ScriptedLineReader(Array(repeating: "", count: 10) + ["1800"]),
                     output: output, columns: 60).run()
        #expect(output.text.contains("Điểm: 0/11 (0%), đã trả lời 1/11 câu."), "\(output.text)")
        let list = output.text.components(separatedBy: "Các câu cần xem lại (11):\n").last ?? ""
        var item = ""
        for line in list.split(separator: "\n") {
            if let number = line.split(separator: " ").first, number.hasSuffix("."), Int(number.dropLast()) != nil {
                item = String(repeating: " ", count: number.count + 1)
                continue
            }
            #expect(line.hasPrefix(item), "\(line) (item indent \(item.count))\n\(list)")
        }
        #expect(list.contains("\n10. ") && list.contains("\n    — Chưa trả lời"), "\(list)")
    }
}
