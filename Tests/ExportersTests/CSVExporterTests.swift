import Cards
import Testing
@testable import Exporters

@Suite struct CSVExporterTests {
    let text = CSVExporter().text(ExportInput(deck: TestDeck.deck, now: 0))

    @Test func startsWithBOMAndHeaderAndEndsRowsWithCRLF() {
        #expect(text.hasPrefix("\u{FEFF}id,guid,kind,question,answer,choices,source\r\n"))
        #expect(text.hasSuffix("\r\n"))
    }

    @Test func quotesFieldsWithQuotesTabsNewlinesAndCommas() {
        #expect(text.contains("c1,\(Self.guid("c1")),date,Nga tham gia <PfP> vào năm nào?,năm 1994,,\"Năm 1994, Nga \"\"tham gia\"\".\tHết.\nDòng 2\"\r\n"))
        #expect(text.contains(",\"a, b & c\"\r\n"))
    }

    @Test func choicesAreLetteredOnePerLineInOneCell() {
        #expect(text.contains("\"A. 1991\nB. 1997\nC. 2002\nD. 2014\""))
    }

    @Test func wholeFileMatchesTheGolden() {
        let golden = "\u{FEFF}id,guid,kind,question,answer,choices,source\r\n"
            + "c1,\(Self.guid("c1")),date,Nga tham gia <PfP> vào năm nào?,năm 1994,,\"Năm 1994, Nga \"\"tham gia\"\".\tHết.\nDòng 2\"\r\n"
            + "c2,\(Self.guid("c2")),choice,Hiệp ước được ký năm nào?,B. 1997,\"A. 1991\nB. 1997\nC. 2002\nD. 2014\",\"a, b & c\"\r\n"
            + "c3,\(Self.guid("c3")),choice,Năm 2002 có sự kiện gì?,A. Hội đồng <NRC>,\"A. Hội đồng <NRC>\nB. Định ước 'Paris'\nC. PfP\nD. Krym\",s\r\n"
        #expect(text == golden)
    }

    @Test func vietnameseIsNFC() {
        #expect(text.contains(TestDeck.composed))
        #expect(!text.unicodeScalars.contains("\u{0323}"))
    }

    @Test func parsesBackToTheSameFields() {
        let rows = Self.parse(String(text.dropFirst()))
        #expect(rows.count == 4)
        #expect(rows.allSatisfy { $0.count == 7 })
        #expect(rows[1][6] == "Năm 1994, Nga \"tham gia\".\tHết.\nDòng 2")
    }

    /// The Anki guid of a card of the test deck: the same one the `.apkg` and Anki-text exports write.
    static func guid(_ card: String) -> String { NoteIdentity.guid(deck: "demo", card: card) }

    /// A strict RFC 4180 reader (CRLF rows), to prove the file round-trips.
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false, afterQuote = false
        var characters = Array(text)[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" { if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false; afterQuote = true } }
                else { field.append(c) }
            } else if c == "\"" && field.isEmpty && !afterQuote { quoted = true }
            else if c == "," { row.append(field); field = ""; afterQuote = false }
            else if c == "\r\n" { row.append(field); rows.append(row); row = []; field = ""; afterQuote = false }
            else { field.append(c) }
        }
        return rows
    }
}

@Suite struct CSVFormulaInjectionTests {
    @Test func cellsThatASpreadsheetWouldRunStartWithAnApostrophe() {
        let card = Card(id: "f1", kind: .reverse, prompt: "=HYPERLINK(\"http://x\",\"y\")", answer: "+1 sự kiện",
                        eventID: "e", sourceSentence: "@SUM(A1) - -2")
        let deck = Deck(name: "f", language: .vi, source: DeckSource(file: "f", sha256: ""), events: [], cards: [card])
        let rows = CSVExporterTests.parse(String(CSVExporter().text(ExportInput(deck: deck, now: 0)).dropFirst()))
        #expect(rows[1][3] == "'=HYPERLINK(\"http://x\",\"y\")")
        #expect(rows[1][4] == "'+1 sự kiện")
        #expect(rows[1][6] == "'@SUM(A1) - -2")
        #expect(rows[1][2] == "reverse")
    }
}
