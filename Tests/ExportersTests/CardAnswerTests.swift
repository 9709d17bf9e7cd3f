import Cards
import Testing
import Timeline
@testable import Exporters

@Suite struct CardAnswerTests {
    static let chronology = Card(id: "k1", kind: .chronology, prompt: "Sắp xếp:", answer: "CAB",
                                 choices: ["Nga tham gia PfP", "Định ước Paris", "Liên Xô tan rã"], eventID: "e1",
                                 sourceSentence: "s", choiceDates: ["năm 1994", "năm 1997", "năm 1991"])

    @Test func chronologyBackListsTheEventsInOrderWithTheirDates() {
        #expect(CardAnswer.lines(of: Self.chronology) == [
            "C → A → B", "C. Liên Xô tan rã (năm 1991)", "A. Nga tham gia PfP (năm 1994)", "B. Định ước Paris (năm 1997)",
        ])
    }

    @Test func everyFormatShowsTheSameChronologyAnswer() throws {
        let deck = Deck(name: "demo", language: .vi, source: DeckSource(file: "d", sha256: ""),
                        events: [TestDeck.event("e1", "1991", "x")], cards: [Self.chronology])
        let input = ExportInput(deck: deck, now: 0)
        #expect(AnkiNote(card: Self.chronology, deck: deck).back
                == "C → A → B<br>C. Liên Xô tan rã (năm 1991)<br>A. Nga tham gia PfP (năm 1994)<br>B. Định ước Paris (năm 1997)")
        #expect(QuizletExporter().text(input).hasSuffix("\tC → A → B / C. Liên Xô tan rã (năm 1991) / A. Nga tham gia PfP (năm 1994) / B. Định ước Paris (năm 1997)\n"))
        #expect(CSVExporter().text(input).contains("\"C → A → B\nC. Liên Xô tan rã (năm 1991)\nA. Nga tham gia PfP (năm 1994)\nB. Định ước Paris (năm 1997)\""))
        #expect(MarkdownExporter().text(input).contains("**Đáp án:** C → A → B  \nC. Liên Xô tan rã (năm 1991)  \n"))
    }

    @Test func chronologyWithoutDatesStillListsTheOrder() {
        var card = Self.chronology
        card.choiceDates = []
        #expect(CardAnswer.lines(of: card) == ["C → A → B", "C. Liên Xô tan rã", "A. Nga tham gia PfP", "B. Định ước Paris"])
    }

    @Test func tagsNameCenturyAndDecadeOfTheEvent() {
        #expect(CardTags.period(of: DateValue(year: 2000)) == ["ontap::century::20", "ontap::decade::2000s"])
        #expect(CardTags.period(of: DateValue(year: 2001, month: 3)) == ["ontap::century::21", "ontap::decade::2000s"])
        #expect(CardTags.period(of: DateValue(centuryStarting: 1900)) == ["ontap::century::20"])
        #expect(CardTags.period(of: DateValue(decadeStarting: 1990)) == ["ontap::century::20", "ontap::decade::1990s"])
    }

    @Test func clozeAnswerCannotBreakOutOfItsDeletion() {
        let card = Card(id: "z", kind: .cloze, prompt: "a [...] b", answer: "x::y}}", eventID: "e", sourceSentence: "s")
        let deck = Deck(name: "d", language: .en, source: DeckSource(file: "d", sha256: ""), events: [], cards: [card])
        #expect(AnkiNote(card: card, deck: deck).text == "a {{c1::x&#58;&#58;y&#125;&#125;}} b")
    }
}
