import Testing
import Timeline
@testable import Cards

@Suite struct MultipleChoiceCardTests {
    let viEvents = DeckGenerator.deckEvents(from: TestEvents.vietnamese)
    let enEvents = DeckGenerator.deckEvents(from: TestEvents.english)

    @Test func dateVariantLooksLikeTheExam() throws {
        let maker = MultipleChoiceCardMaker(language: .vi, deckEvents: viEvents)
        let event = try #require(viEvents.first { $0.event.date == "1986" })
        let card = try #require(maker.card(for: event, variant: .date))
        #expect(card.prompt == "Đại hội đại biểu toàn quốc lần thứ VI của Đảng đề ra đường lối Đổi mới vào năm nào?")
        #expect(card.answer == "năm 1986")
        #expect(card.choices.count == 4)
        #expect(Set(card.choices).count == 4)
        #expect(card.choices.contains(card.answer))
        let years = card.choices.compactMap { DateAnswerParser.parse($0)?.year }
        #expect(years == years.sorted(), "date options are listed in time order")
        let letter = try #require(card.correctLetter)
        #expect(AnswerChecker().check(letter.lowercased(), for: card) == .correct)
        #expect(AnswerChecker().check(letter, for: card) == .correct)
        #expect(AnswerChecker().check("đáp án \(letter)", for: card) == .correct)
        #expect(AnswerChecker().check("1986", for: card) == .correct)
        #expect(AnswerChecker().check("năm 1986", for: card) == .correct)
        let wrong = try #require(["A", "B", "C", "D"].first { $0 != letter })
        #expect(AnswerChecker().check(wrong, for: card) == .wrong)
    }

    @Test(arguments: ["1997-05-27", "1995-07", "17XX", "188X"])
    func dateDistractorsKeepThePrecision(date: String) throws {
        let event = TestEvents.deckEvent(TestEvents.event(date, "NATO và Nga ký Đạo luật sáng lập"))
        let card = try #require(MultipleChoiceCardMaker(language: .vi, deckEvents: viEvents + [event])
            .card(for: event, variant: .date))
        let precision = try #require(DateValue(iso: date)).precision
        for choice in card.choices {
            #expect(DateAnswerParser.parse(choice)?.precision == precision, "\(choice)")
        }
        #expect(Set(card.choices).count == 4)
    }

    @Test func eventVariantTakesEventsOfOtherDates() throws {
        let maker = MultipleChoiceCardMaker(language: .en, deckEvents: enEvents)
        let event = try #require(enEvents.first { $0.event.date == "1778" })
        let card = try #require(maker.card(for: event, variant: .event))
        #expect(card.prompt == "Which of these events happened in 1778?")
        #expect(card.answer == "France entered the war as an ally of the United States")
        #expect(card.choices.count == 4 && Set(card.choices).count == 4)
        let others = Dictionary(uniqueKeysWithValues: enEvents.map { ($0.event.statement, $0.event.date) })
        for choice in card.choices where choice != card.answer {
            #expect(!(others[choice] ?? "1778").hasPrefix("1778"))
        }
        #expect(AnswerChecker().check(card.answer, for: card) == .correct)
        #expect(AnswerChecker().check(try #require(card.correctLetter), for: card) == .correct)
    }

    static let variants: [(Language, MultipleChoiceCardMaker.Variant, String, String)] = [
        (.vi, .date, "1995-07", "Việt Nam chính thức gia nhập ASEAN vào tháng năm nào?"),
        (.vi, .event, "1995-07", "Sự kiện nào sau đây diễn ra vào tháng 7 năm 1995?"),
        (.en, .date, "1783-09-03", "On what date did Britain and the United States sign the Treaty of Paris?"),
        (.en, .event, "1783-09-03", "Which of these events happened on September 3, 1783?"),
    ]

    @Test(arguments: variants)
    func bothVariantsInBothLanguages(language: Language, variant: MultipleChoiceCardMaker.Variant, date: String,
                                     prompt: String) throws {
        let events = language == .vi ? viEvents : enEvents
        let event = try #require(events.first { $0.event.date == date })
        let card = try #require(MultipleChoiceCardMaker(language: language, deckEvents: events)
            .card(for: event, variant: variant))
        #expect(card.prompt == prompt)
        #expect(card.choices.count == 4 && Set(card.choices).count == 4 && card.choices.contains(card.answer))
        let letter = try #require(card.correctLetter)
        for typed in [letter, letter.lowercased(), "(\(letter.lowercased()))", card.answer] {
            #expect(AnswerChecker().check(typed, for: card) == .correct, "\(typed)")
        }
        for other in card.choices where other != card.answer {
            #expect(AnswerChecker().check(other, for: card) == .wrong)
        }
    }

    @Test func correctLetterVariesAcrossADeck() {
        // (events that name what they are about: only those serve as options, and so as "which event" answers)
        let places = ["Lạng Sơn", "Cao Bằng", "Hà Giang", "Tuyên Quang", "Thái Nguyên", "Bắc Ninh", "Hải Dương", "Nam Định",
                      "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên", "Quảng Nam",
                      "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Bình Thuận", "Đồng Nai", "Gia Định", "Vĩnh Long"]
        let events = places.enumerated().map { TestEvents.event(String(1900 + 3 * $0.offset), "Quân Pháp chiếm thành \($0.element) sau nhiều ngày vây hãm") }
        let deck = DeckGenerator(kinds: [.multipleChoice]).makeDeck(name: "t", events: events, language: .vi,
                                                                   source: DeckSource(file: "t", sha256: ""))
        let letters = Set(deck.cards.compactMap(\.correctLetter))
        #expect(deck.cards.count == 24)
        #expect(letters.count >= 3)
    }

    @Test func displayTextShowsLetteredChoices() throws {
        let card = Card(id: "c", kind: .multipleChoice, prompt: "Sự kiện X diễn ra vào năm nào?", answer: "năm 1997",
                        choices: ["năm 1991", "năm 1994", "năm 1997", "năm 2002"], eventID: "e", sourceSentence: "")
        #expect(card.displayText == """
            Sự kiện X diễn ra vào năm nào?
            A. năm 1991
            B. năm 1994
            C. năm 1997
            D. năm 2002
            """)
        #expect(card.kind.behaviour.answerInstruction(choiceCount: card.choices.count) == .oneLetter(["A", "B", "C", "D"]))
        #expect(card.correctLetter == "C")
    }
}
