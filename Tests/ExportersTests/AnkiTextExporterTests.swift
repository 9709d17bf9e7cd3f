import Cards
import Testing
import Timeline
@testable import Exporters

@Suite struct AnkiTextExporterTests {
    let deck = Deck(name: "demo", language: .vi, source: DeckSource(file: "d", sha256: ""), events: [], cards: [
        Card(id: "c1", kind: .dateRecall, prompt: "Nga tham gia <PfP> vào năm nào?", answer: "năm 1994",
             eventID: "e1", sourceSentence: "Năm 1994, Nga \"tham gia\".\tHết."),
        Card(id: "c2", kind: .multipleChoice, prompt: "Năm nào?", answer: "1994", choices: ["1991", "1994", "1997", "2002"],
             eventID: "e1", sourceSentence: "s"),
    ])

    @Test func headersFixSeparatorHTMLDeckGuidAndTags() {
        let lines = AnkiTextExporter().text(for: deck).split(separator: "\n")
        #expect(Array(lines.prefix(5)) == ["#separator:tab", "#html:true", "#deck:ontap::demo", "#guid column:1", "#tags column:4"])
    }

    @Test func fieldsAreEscapedAndQuoted() {
        let row = AnkiTextExporter().text(for: deck).split(separator: "\n")[5]
        #expect(row.hasPrefix("c1\tNga tham gia &lt;PfP&gt; vào năm nào?\t\"năm 1994"))
        #expect(row.contains("\"\"tham gia\"\""))
    }

    @Test func choicesAreLetteredOnTheFront() {
        let row = AnkiTextExporter().text(for: deck).split(separator: "\n")[6]
        #expect(row.contains("<br>A. 1991<br>B. 1994<br>C. 1997<br>D. 2002"))
    }
}
