import Testing
import Timeline
@testable import Cards

/// BC dates end to end: value, card text, typed answers, distractors, chronology order, relative years.
@Suite struct BeforeChristTests {
    @Test func valuesReadWriteAndCompareInTimeOrder() throws {
        let date = try #require(DateValue(iso: "BC0221"))
        #expect(date.year == -221)
        #expect(date.iso == "BC0221")
        #expect(try #require(DateValue(iso: "BC0230")) < date)
        #expect(date < (try #require(DateValue(iso: "0010"))))
        #expect(DateText.render(date, in: .vi) == "năm 221 TCN")
        #expect(DateText.render(date, in: .en) == "221 BC")
    }

    @Test(arguments: ["221 TCN", "năm 221 TCN", "221 trước Công nguyên", "221 BC", "-221"])
    func typedFormsAreTheSameDate(typed: String) {
        #expect(DateAnswerParser.parse(typed) == DateValue(year: -221))
        #expect(DateAnswerParser.parse("221") == DateValue(year: 221))
    }

    @Test func aDeckOfBCEventsAsksEveryKindInTheRightEra() throws {
        let events = [("BC0230", "Nước Tần đánh bại nước Hàn và chiếm kinh đô Tân Trịnh"),
                      ("BC0221", "Doanh Chính thống nhất Trung Quốc và tự xưng là Tần Thủy Hoàng"),
                      ("BC0210", "Tần Thủy Hoàng qua đời trong chuyến tuần du phía đông"),
                      ("BC0206", "Nhà Tần sụp đổ sau các cuộc khởi nghĩa nông dân")]
            .map { TestEvents.event($0.0, $0.1) }
        // (each kind made alone: an event keeps one face of cards, and the date card may give way to another)
        let decks = CardKind.allCases.map { kind in
            DeckGenerator(kinds: [kind]).makeDeck(name: "t", events: events, language: .vi, source: DeckSource(file: "t", sha256: ""))
        }
        var deck = decks[0]
        deck.cards = decks.flatMap(\.cards)
        let date = try #require(deck.cards.first { $0.kind == .dateRecall && $0.prompt.hasPrefix("Doanh Chính") })
        #expect(date.answer == "năm 221 TCN")
        #expect(AnswerChecker().check("221 TCN", for: date) == .correct)
        #expect(AnswerChecker().check("221", for: date) != .correct)
        for choice in deck.cards where choice.kind == .multipleChoice && choice.choiceDates.isEmpty {
            #expect(choice.choices.allSatisfy { $0.hasSuffix("TCN") })
        }
        let chronology = try #require(deck.cards.first { $0.kind == .chronology })
        let order = chronology.answer.map { chronology.choices[Int($0.asciiValue! - 65)] }
        #expect(order.first == "Nước Tần đánh bại nước Hàn và chiếm kinh đô Tân Trịnh")
        #expect(order.last == "Nhà Tần sụp đổ sau các cuộc khởi nghĩa nông dân")
    }

    @Test func yearsCountedFromABCYearStayBeforeChrist() {
        let text = "Năm 221 TCN, Doanh Chính thống nhất Trung Quốc. Bốn năm sau, Doanh Chính cho xây Vạn Lý Trường Thành."
        let dates = EventExtractor().extract(text, language: .vi).events.map(\.date)
        #expect(dates == ["BC0221", "BC0217"])
    }
}
