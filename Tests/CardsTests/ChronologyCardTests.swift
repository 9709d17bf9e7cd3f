import Testing
import Timeline
@testable import Cards

@Suite struct ChronologyCardTests {
    func deck(_ events: [Event], _ language: Language) -> Deck {
        DeckGenerator(kinds: [.chronology]).makeDeck(name: "t", events: events, language: language,
                                                   source: DeckSource(file: "t", sha256: ""))
    }

    @Test(arguments: [Language.vi, .en])
    func lettersInTimeOrder(language: Language) throws {
        let events = language == .vi ? TestEvents.vietnamese : TestEvents.english
        let cards = deck(events, language).cards
        #expect(!cards.isEmpty)
        let dateOf = Dictionary(events.map { (QuestionText.trimmedStatement($0.statement), $0.date) },
                                uniquingKeysWith: { a, _ in a })
        for card in cards {
            #expect(card.choices.count == 4, "four events, as the exam's own items")
            let order = try #require(ChoiceLetters.indices(in: card.answer, optionCount: card.choices.count))
            #expect(order.sorted() == Array(0..<card.choices.count))
            let spans = order.compactMap { dateOf[card.choices[$0]].flatMap { DateSpan(value: $0) } }
            #expect(spans.count == order.count)
            for (a, b) in zip(spans, spans.dropFirst()) { #expect(a.isBefore(b)) }
            #expect(card.answer != String("ABCDE".prefix(card.choices.count)), "the shown order is never the answer")
        }
    }

    @Test(arguments: [("CADB", AnswerVerdict.correct), ("c a d b", .correct), ("C, A, D, B", .correct),
                      ("3142", .correct), ("3 1 4 2", .correct), ("C-A-D-B", .correct), ("ACDB", .almost),
                      ("CABD", .almost), ("ABCD", .wrong), ("CAD", .wrong), ("CADE", .wrong), ("", .wrong)])
    func typedOrders(typed: String, verdict: AnswerVerdict) {
        let card = Card(id: "c", kind: .chronology, prompt: ChronologyCardMaker.prompt(in: .vi), answer: "CADB",
                        choices: ["w", "x", "y", "z"], eventID: "e", sourceSentence: "")
        #expect(AnswerChecker().check(typed, for: card) == verdict)
    }

    @Test func overlappingDatesAreNeverPutInOneCard() {
        // 1954 overlaps 1954-05-07: their order is not certain, so they must not meet in one card.
        let events = [TestEvents.event("1954", "Hiệp định Genève được ký kết"),
                      TestEvents.event("1954-05-07", "Chiến dịch Điện Biên Phủ toàn thắng"),
                      TestEvents.event("1945-09-02", "Chủ tịch Hồ Chí Minh đọc Tuyên ngôn Độc lập"),
                      TestEvents.event("1975-04-30", "Miền Nam hoàn toàn giải phóng"),
                      TestEvents.event("1986", "Đại hội VI đề ra đường lối Đổi mới")]
        for card in deck(events, .vi).cards {
            #expect(!(card.choices.contains("Hiệp định Genève được ký kết")
                      && card.choices.contains("Chiến dịch Điện Biên Phủ toàn thắng")))
        }
    }

    @Test func displayTextLettersTheEvents() throws {
        let card = try #require(deck(TestEvents.english, .en).cards.first)
        let lines = card.displayText.split(separator: "\n")
        #expect(lines.first == "Put these events in chronological order (earliest first):")
        #expect(lines.dropFirst().map { String($0.prefix(3)) } == (0..<card.choices.count).map { ChoiceLetters.letter($0) + ". " })
    }
}
