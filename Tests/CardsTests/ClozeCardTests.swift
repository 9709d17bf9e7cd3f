import Testing
import Timeline
@testable import Cards

@Suite struct ClozeCardTests {
    func cloze(_ event: Event, _ language: Language = .vi) -> Card? {
        ClozeCardMaker(language: language).card(for: TestEvents.deckEvent(event))
    }

    @Test func blanksTheFirstActor() throws {
        let event = TestEvents.event("2014-04-01", "NATO đình chỉ hợp tác với Nga",
            sentence: "Vào ngày 1 tháng 4 năm 2014, NATO nhất trí quyết định đình chỉ hợp tác với Liên bang Nga, để đối phó với cuộc khủng hoảng Ukraina.[6]",
            actors: ["NATO", "Liên bang Nga", "Ukraina"])
        let card = try #require(cloze(event))
        #expect(card.prompt == "Vào ngày 1 tháng 4 năm 2014, [...] nhất trí quyết định đình chỉ hợp tác với Liên bang Nga, để đối phó với cuộc khủng hoảng Ukraina.")
        #expect(card.answer == "NATO")
        #expect(card.sourceSentence.hasSuffix("Ukraina."))
    }

    /// "Liên bang Nga" would be guessable from "NATO–Nga"; "NATO" is written twice, and two blanks of one answer read
    /// as two things (round fourteen), so the sentence makes no cloze.
    @Test func guessableBlankIsAvoidedAndRepeatsAreNotBlanked() throws {
        let event = TestEvents.event("1991", "Quan hệ NATO–Nga được thiết lập",
            sentence: "Quan hệ NATO–Nga, mối quan hệ giữa liên minh quân sự NATO và Liên bang Nga được thiết lập năm 1991.",
            actors: ["Liên bang Nga", "NATO"])
        #expect(cloze(event) == nil)
    }

    static let fallbacks: [(Language, String, String)] = [
        (.en, "On July 4, 1776, the Continental Congress adopted the Declaration of Independence.", "Continental Congress"),
        (.en, "In 1778, France entered the war as an ally of the United States.", "United States"),
        (.vi, "Tháng 7 năm 1995, Việt Nam chính thức gia nhập ASEAN.", "ASEAN"),
        (.vi, "Ngày 2 tháng 9 năm 1945, Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn Độc lập.", "Hồ Chí Minh"),
    ]

    @Test(arguments: fallbacks)
    func fallsBackToANameInTheSentence(language: Language, sentence: String, answer: String) throws {
        let card = try #require(cloze(TestEvents.event("1776", "x y", sentence: sentence), language))
        #expect(card.answer == answer)
        #expect(!card.prompt.contains(answer))
        #expect(card.prompt.contains(ClozeCardMaker.blank))
    }

    @Test func noNameNoCard() {
        #expect(cloze(TestEvents.event("1986", "đổi mới", sentence: "Năm 1986, đất nước bắt đầu công cuộc đổi mới.")) == nil)
    }

    /// A sentence giving two events different dates makes no cloze: each cloze would show a date another card asks.
    @Test func aSentenceWithTwoDatesMakesNoCloze() {
        let sentence = "Năm 1994, Nga tham gia chương trình Đối tác vì Hòa bình, và đến năm 1997 NATO cùng Nga ký Đạo luật sáng lập."
        let events = [TestEvents.event("1994", "Nga tham gia chương trình Đối tác vì Hòa bình", sentence: sentence),
                      TestEvents.event("1997", "NATO cùng Nga ký Đạo luật sáng lập", sentence: sentence)]
        let deck = DeckGenerator(kinds: [.cloze, .dateRecall]).makeDeck(name: "t", events: events, language: .vi,
                                                                        source: DeckSource(file: "t", sha256: ""))
        #expect(!deck.cards.contains { $0.kind == .cloze })
        #expect(deck.cards.contains { $0.kind == .dateRecall })
    }

    @Test func twoEventsOfOneSentenceBlankDifferentNames() {
        let sentence = "Năm 1994, Nga tham gia chương trình Đối tác vì Hòa bình, và NATO cùng Nga ký nhiều thỏa thuận."
        let events = [TestEvents.event("1994", "Nga tham gia chương trình Đối tác vì Hòa bình", sentence: sentence,
                                       actors: ["Đối tác vì Hòa bình"]),
                      TestEvents.event("1994", "NATO và Nga ký nhiều thỏa thuận", sentence: sentence,
                                       actors: ["Đối tác vì Hòa bình", "NATO"])]
        let deck = DeckGenerator(kinds: [.cloze]).makeDeck(name: "t", events: events, language: .vi,
                                                          source: DeckSource(file: "t", sha256: ""))
        #expect(deck.cards.count == 2)
        #expect(Set(deck.cards.map(\.answer)).count == 2)
    }

    @Test(arguments: [("NATO", AnswerVerdict.correct), ("nato", .correct), ("NAT0", .almost), ("Nga", .wrong)])
    func checking(typed: String, verdict: AnswerVerdict) throws {
        let event = TestEvents.event("2014-04-01", "NATO đình chỉ hợp tác",
            sentence: "Vào ngày 1 tháng 4 năm 2014, NATO nhất trí quyết định đình chỉ hợp tác với Liên bang Nga.",
            actors: ["NATO"])
        #expect(AnswerChecker().check(typed, for: try #require(cloze(event))) == verdict)
    }

    @Test(arguments: [("Liên bang Nga", AnswerVerdict.correct), ("lien bang nga", .almost), ("Liên bang Ngaa", .almost),
                      ("Nga", .almost), ("Ukraina", .wrong)])
    func multiWordAnswer(typed: String, verdict: AnswerVerdict) {
        let card = Card(id: "c", kind: .cloze, prompt: "NATO đình chỉ hợp tác với [...].", answer: "Liên bang Nga",
                        eventID: "e", sourceSentence: "")
        #expect(AnswerChecker().check(typed, for: card) == verdict)
    }
}

@Suite struct ClozeSentenceStartTests {
    @Test(arguments: [
        ("Quan hệ giữa NATO và Nga được thiết lập năm 1991.", ["Quan", "NATO"], "NATO"),
        ("Kể từ sau Chiến tranh Lạnh, Nga tham gia tập trận năm 2011.", ["Kể", "Nga"], "Nga"),
    ])
    func aCapitalOnlyAtTheStartIsNotAName(sentence: String, actors: [String], expected: String) throws {
        let event = Event(date: "1991", start: 0, end: 1, sentenceStart: 0, sentenceEnd: 1, sentence: sentence,
                          statement: sentence, actors: actors, dateSurface: "năm 1991")
        let card = try #require(ClozeCardMaker(language: .vi).card(for: DeckEvent(id: "e1", event: event)))
        #expect(card.answer == expected)
    }
}

@Suite struct ClozeNameShapeTests {
    func answer(_ sentence: String, _ actors: [String]) -> String? {
        let event = Event(date: "1997", start: 0, end: 1, sentenceStart: 0, sentenceEnd: 1, sentence: sentence,
                          statement: sentence, actors: actors, dateSurface: "năm 1997")
        return ClozeCardMaker(language: .vi).card(for: DeckEvent(id: "e1", event: event))?.answer
    }

    @Test func theHeadOfAnInstitutionsNameIsNotBlankedAlone() {
        #expect(answer("Năm 1989, Shevardnadze đến thăm Trụ sở NATO lần đầu tiên.", ["Trụ", "Shevardnadze"]) == "Shevardnadze")
        #expect(answer("Năm 1997, tại Hội nghị thượng đỉnh ở Paris, các bên đã ký kết.", ["Hội nghị", "Paris"]) == "Paris")
    }

    @Test func wholeNamesAndOneSyllableCountriesStay() {
        #expect(answer("Hội đồng NATO-Nga được thành lập năm 2002 để xử lý các vấn đề an ninh.", ["Hội đồng NATO-Nga"])
                == "Hội đồng NATO-Nga")
        #expect(answer("Năm 1994, Nga tham gia chương trình hợp tác với liên minh.", ["Nga"]) == "Nga")
    }
}
