import Testing
import Timeline
@testable import Cards

@Suite struct ReverseCardTests {
    static let rows: [(Language, String, Qualifier?, String)] = [
        (.vi, "1997-05-27", nil, "Sự kiện nào diễn ra vào ngày 27 tháng 5 năm 1997?"),
        (.vi, "1995-07", nil, "Sự kiện nào diễn ra vào tháng 7 năm 1995?"),
        (.vi, "1986", nil, "Sự kiện nào diễn ra vào năm 1986?"),
        (.vi, "1945", .before, "Sự kiện nào diễn ra trước năm 1945?"),
        (.vi, "1946/1954", nil, "Sự kiện nào diễn ra từ năm 1946 đến năm 1954?"),
        (.en, "1997-05-27", nil, "What happened on May 27, 1997?"),
        (.en, "2017-03", .late, "What happened in late March 2017?"),
        (.en, "199X", nil, "What happened in the 1990s?"),
        (.en, "1997", .approx, "What happened around 1997?"),
        (.en, "1997", .mid, "What happened in mid-1997?"),
        (.vi, "1997", .approx, "Sự kiện nào diễn ra vào khoảng năm 1997?"),
    ]

    @Test(arguments: rows)
    func prompt(language: Language, date: String, qualifier: Qualifier?, expected: String) throws {
        let event = TestEvents.event(date, "NATO và Nga ký Đạo luật sáng lập", qualifier: qualifier)
        let card = try #require(ReverseCardMaker(language: language).card(for: TestEvents.deckEvent(event), sameDate: []))
        #expect(card.prompt == expected)
        #expect(card.answer == "NATO và Nga ký Đạo luật sáng lập")
    }

    static let answers: [(String, AnswerVerdict)] = [
        ("NATO và Nga ký Đạo luật sáng lập về quan hệ, hợp tác và an ninh chung", .correct),
        ("NATO và Nga ký Đạo luật sáng lập", .correct),
        ("nato nga ky dao luat sang lap ve quan he hop tac an ninh chung", .almost),
        ("NATO ký một đạo luật", .almost),
        ("NATO", .wrong),
        ("Liên Xô tan rã", .wrong),
    ]

    @Test(arguments: answers)
    func typedStatementIsJudgedByKeyContent(typed: String, verdict: AnswerVerdict) throws {
        let card = try #require(ReverseCardMaker(language: .vi).card(for: TestEvents.deckEvent(TestEvents.vietnamese[6]),
                                                                     sameDate: []))
        #expect(AnswerChecker().check(typed, for: card) == verdict)
    }

    @Test(arguments: [
        ("The Continental Congress adopted the Declaration of Independence", AnswerVerdict.correct),
        ("Congress adopted the Declaration of Independence", .correct),
        ("the declaration of independence", .almost),
        ("Cornwallis surrendered", .wrong),
    ])
    func englishStatement(typed: String, verdict: AnswerVerdict) throws {
        let card = try #require(ReverseCardMaker(language: .en).card(for: TestEvents.deckEvent(TestEvents.english[1]),
                                                                     sameDate: []))
        #expect(AnswerChecker().check(typed, for: card) == verdict)
    }

    @Test func eventsOnTheSameDateAreAcceptedToo() throws {
        let events = [TestEvents.event("1954", "Hiệp định Genève được ký kết"),
                      TestEvents.event("1954-05-07", "Chiến dịch Điện Biên Phủ toàn thắng")]
        let deck = DeckGenerator(kinds: [.reverse]).makeDeck(name: "t", events: events, language: .vi,
                                                            source: DeckSource(file: "t", sha256: ""))
        let yearCard = try #require(deck.cards.first { $0.answer.hasPrefix("Hiệp định") })
        #expect(AnswerChecker().check("Chiến dịch Điện Biên Phủ toàn thắng", for: yearCard) == .correct)
        let dayCard = try #require(deck.cards.first { $0.answer.hasPrefix("Chiến dịch") })
        #expect(AnswerChecker().check("Hiệp định Genève được ký kết", for: dayCard) == .wrong)
    }
}
