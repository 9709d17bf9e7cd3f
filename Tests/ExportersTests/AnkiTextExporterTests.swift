import Cards
import Testing
import Timeline
@testable import Exporters

@Suite struct AnkiTextExporterTests {
    static let deck = Deck(name: "demo", language: .vi, source: DeckSource(file: "d", sha256: ""), events: [
        TestDeck.event("e1", "1994", "Nga tham gia PfP."),
    ], cards: [
        Card(id: "c1", kind: .dateRecall, prompt: "Nga tham gia <PfP> vào năm nào?", answer: "năm 1994",
             eventID: "e1", sourceSentence: "Năm 1994, Nga \"tham gia\".\tHết."),
        Card(id: "c2", kind: .multipleChoice, prompt: "Năm nào?", answer: "1994", choices: ["1991", "1994", "1997", "2002"],
             eventID: "e1", sourceSentence: "s"),
        Card(id: "c3", kind: .cloze, prompt: "Năm 1994, [...] tham gia PfP.", answer: "Nga", eventID: "e1",
             sourceSentence: "Năm 1994, Nga tham gia PfP."),
    ])

    static func rows(_ language: Language) -> [[Substring]] {
        AnkiTextExporter(profileLanguage: language).text(for: deck).split(separator: "\n").dropFirst(6)
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
    }

    @Test func headersNameEveryMetaColumn() {
        let lines = AnkiTextExporter().text(for: Self.deck).split(separator: "\n")
        #expect(Array(lines.prefix(6)) == ["#separator:tab", "#html:true", "#guid column:1", "#notetype column:2",
                                           "#deck column:3", "#tags column:6"])
    }

    @Test func rowsCarryTheGuidOfThePackageNoteTypeDeckAndTags() {
        let rows = Self.rows(.en)
        #expect(rows.count == 3 && rows.dropFirst().allSatisfy { $0.count == 6 })  // row 1's source holds a quoted tab
        #expect(rows.map { String($0[0]) } == ["c1", "c2", "c3"].map { NoteIdentity.guid(deck: "demo", card: $0) })
        #expect(rows.map { String($0[1]) } == ["Basic", "Basic", "Cloze"])
        #expect(rows.allSatisfy { $0[2] == "ontap::demo" })
        #expect(rows[1][5] == "ontap::deck::demo ontap::kind::choice ontap::century::20 ontap::decade::1990s")
    }

    @Test func stockNoteTypesAreNamedInTheProfilesLanguage() {
        #expect(Self.rows(.vi).map { String($0[1]) } == ["Cơ bản", "Cơ bản", "Điền chỗ trống"])
    }

    @Test func fieldsAreEscapedAndQuoted() {
        let row = Self.rows(.en)[0]
        #expect(row[3] == "Nga tham gia &lt;PfP&gt; vào năm nào?")
        #expect(row[4] == "\"năm 1994<br><br><i>Năm 1994, Nga &quot;tham gia&quot;.")  // a quoted tab follows
    }

    @Test func multipleChoiceFrontHasLetteredChoicesAndNoTypingLineBackHasLetterAndOption() {
        let row = Self.rows(.vi)[1]
        #expect(row[3] == "Năm nào?<br>A. 1991<br>B. 1994<br>C. 1997<br>D. 2002")
        #expect(row[4].hasPrefix("B. 1994<br>"))
    }

    @Test func clozeCardIsAClozeDeletionWithTheSourceAsBackExtra() {
        let row = Self.rows(.en)[2]
        #expect(row[3] == "Năm 1994, {{c1::Nga}} tham gia PfP.")
        #expect(row[4] == "Năm 1994, Nga tham gia PfP.")
    }
}
