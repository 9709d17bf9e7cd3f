import Testing
import Timeline
@testable import Cards

/// A chain of relative days anchored on the narrative's day makes date cards; a cloze, which shows "hôm sau" as
/// written, does not; an appositive explicit date fixes a relative one (issue 8, class 4).
@Suite struct RelativeChainTests {
    static let text = "Đêm 9 tháng 3 năm 1945, Nhật đảo chính Pháp ở Đông Dương. Sáng hôm sau, quân Nhật chiếm toàn bộ Hà Nội. Buổi chiều hôm đó, vua Bảo Đại tuyên bố độc lập."

    @Test func anchoredDaysAreAsked() {
        let events = EventExtractor().extract(Self.text, language: .vi).events
        let deck = DeckGenerator().makeDeck(name: "t", events: events, language: .vi, source: DeckSource(file: "t", sha256: ""))
        let dateCards = deck.cards.filter { $0.kind == .dateRecall }
        #expect(dateCards.contains { $0.prompt.hasPrefix("Quân Nhật chiếm toàn bộ Hà Nội") && $0.answer == "ngày 10 tháng 3 năm 1945" })
        #expect(!deck.cards.contains { $0.kind == .cloze && $0.prompt.contains("hôm") })
        #expect(!deck.cards.contains { $0.prompt.contains("toàn bộ nào") })
        #expect(CardCheck(deck: deck).anchored.count == 2)
        let check = CardCheck(deck: deck)
        for card in deck.cards {
            let event = deck.events.first(where: { $0.id == card.eventID })?.event
            #expect(check.defects(of: card, event: event).isEmpty, "\(card.prompt)")
        }
    }

    /// Without an event dated to the day just before it, "the next day" points at nothing.
    @Test func anUnanchoredDayIsNot() {
        let events = EventExtractor().extract("Năm 1945, Nhật đảo chính Pháp. Sáng hôm sau, quân Nhật chiếm Hà Nội.", language: .vi).events
        let deck = DeckGenerator().makeDeck(name: "t", events: events, language: .vi, source: DeckSource(file: "t", sha256: ""))
        #expect(!deck.cards.contains { $0.prompt.hasPrefix("Quân Nhật chiếm Hà Nội") })
    }

    @Test func anAppositiveDateFixesARelativeOne() throws {
        let events = EventExtractor().extract("Ngày 7 tháng 5 năm 1945, Đức ký văn kiện đầu hàng tại Reims. Ngày hôm sau, ngày 8 tháng 5 năm 1945, Keitel ký văn kiện đầu hàng tại Berlin.",
                                              language: .vi).events
        let second = try #require(events.first { $0.date == "1945-05-08" })
        #expect(second.statement == "Keitel ký văn kiện đầu hàng tại Berlin.")
        #expect(EventScreen(language: .vi).blocking(second) == nil)
    }
}
