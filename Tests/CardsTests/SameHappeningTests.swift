import Testing
import Timeline
@testable import Cards

/// A happening told twice: the same date makes one set of cards, another date is no wrong option.
@Suite struct SameHappeningTests {
    private func deckEvents(_ events: [Event]) -> [DeckEvent] { DeckGenerator.deckEvents(from: events) }

    private let scheele1772 = TestEvents.event(
        "1772", "Ôxy được phát hiện bởi dược sĩ người Thụy Điển Carl Wilhelm Scheele bằng cách đun nóng oxit đồng",
        sentence: "Ôxy được phát hiện bởi dược sĩ người Thụy Điển Carl Wilhelm Scheele năm 1772 bằng cách đun nóng oxit đồng.")
    private let scheele1773 = TestEvents.event(
        "1773", "Ôxy được Carl Wilhelm Scheele phát hiện ở Uppsala",
        sentence: "Ôxy được Carl Wilhelm Scheele phát hiện ở Uppsala năm 1773.")

    @Test func anotherDateOfTheSameHappeningIsNoWrongOption() throws {
        let events = deckEvents([scheele1772, scheele1773])
        let same = SameHappening(events: events, language: .vi)
        #expect(same.retellings.isEmpty)
        #expect(same.otherDates[events[0].id] == [DateValue(year: 1773)])
        #expect(same.tellings[events[1].id] == [events[0].id])
    }

    @Test func theSameDateTwiceIsOneHappening() {
        let first = TestEvents.event("1982", "Tim Cook giành được bằng kỹ sư công nghiệp từ Đại học Auburn",
                                     sentence: "Năm 1982, Tim Cook giành được bằng kỹ sư công nghiệp từ Đại học Auburn.")
        var again = TestEvents.event("1982", "Tim Cook tốt nghiệp kỹ sư ngành công nghiệp tại Đại học Auburn",
                                     sentence: "Tim Cook tốt nghiệp kỹ sư ngành công nghiệp tại Đại học Auburn năm 1982.")
        var other = TestEvents.event("2010", "Tim Cook phát biểu tại Đại học Auburn",
                                     sentence: "Năm 2010, Tim Cook phát biểu tại Đại học Auburn.")
        // (the later sentences further on in the text: the earlier telling is the first one by its place)
        again.sentenceStart = 200
        other.sentenceStart = 400
        let events = deckEvents([first, again, other])
        let same = SameHappening(events: events, language: .vi)
        #expect(same.retellings.map(\.later) == [events[1].id])
        #expect(same.tellings[events[2].id] == nil)
        let (deck, report) = DeckGenerator().makeDeckReporting(name: "tim_cook", events: [first, again, other], language: .vi,
                                                               source: DeckSource(file: "t", sha256: ""))
        #expect(report.drops.contains { $0.defect == .retold && $0.id == events[1].id })
        #expect(!deck.cards.contains { $0.eventID == events[1].id })
    }

    @Test func nearlyTheSameWordsWithAnotherDateHaveTwoAnswers() {
        let first = TestEvents.event("2008", "Lệ Thủy đoạt Giải Mai vàng cho hạng mục Nữ diễn viên cải lương được yêu thích nhất",
                                     sentence: "Năm 2008, Lệ Thủy đoạt Giải Mai vàng cho hạng mục Nữ diễn viên cải lương được yêu thích nhất.")
        let again = TestEvents.event("2009", "Lệ Thủy đoạt Giải Mai vàng cho hạng mục Nữ diễn viên cải lương được yêu thích nhất",
                                     sentence: "Năm 2009, Lệ Thủy đoạt Giải Mai vàng cho hạng mục Nữ diễn viên cải lương được yêu thích nhất.")
        // formulaic lines about two countries are two happenings
        let slovakia = TestEvents.event("1993-01-19", "Slovakia trở thành thành viên của Liên Hiệp Quốc",
                                        sentence: "19 tháng 1: Slovakia trở thành thành viên của Liên Hiệp Quốc.")
        let andorra = TestEvents.event("1993-07-28", "Andorra trở thành thành viên của Liên Hiệp Quốc",
                                       sentence: "28 tháng 7: Andorra trở thành thành viên của Liên Hiệp Quốc.")
        let events = deckEvents([first, again, slovakia, andorra])
        let same = SameHappening(events: events, language: .vi)
        #expect(same.repeated == [events[0].id, events[1].id])
        // (the two countries' dates are still no wrong option for each other: a loose likeness is enough for that)
        #expect(same.otherDates[events[2].id] != nil)
    }

    /// Events that keep no place in a text (a timeline file, a test) pick the telling that makes cards by id, so the
    /// same events in any order give the same deck (a property test found two orders keeping different tellings).
    @Test func withoutOffsetsTheKeptTellingDoesNotDependOnOrder() {
        let mexico = TestEvents.event("1900", "France and Spain established diplomatic relations with Mexico",
                                      sentence: "In 1900, France and Spain established diplomatic relations with Mexico.")
        let austria = TestEvents.event("1900", "France and Spain established diplomatic relations with Austria",
                                       sentence: "In 1900, France and Spain established diplomatic relations with Austria.")
        func kept(_ events: [Event]) -> Set<String> {
            let deck = DeckGenerator(kinds: [.dateRecall]).makeDeck(name: "t", events: events, language: .en,
                                                                    source: DeckSource(file: "t", sha256: ""))
            return Set(deck.cards.map(\.prompt))
        }
        #expect(kept([mexico, austria]).count == 1)
        #expect(kept([mexico, austria]) == kept([austria, mexico]))
    }
}
