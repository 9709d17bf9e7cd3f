import Testing
import Cards
@testable import Terminal

@Suite struct TerminalTextTests {
    @Test(arguments: zip(["Hội đồng", "Ho\u{302}\u{323}i", "NATO–Nga", "中国", "a\u{200B}b"], [8, 3, 8, 4, 2]))
    func widthCountsColumnsNotScalars(text: String, columns: Int) {
        #expect(TerminalText.width(of: text) == columns)
    }

    @Test func sanitizeRemovesControlCharacters() {
        let clean = TerminalText.sanitize("a\u{1B}[31mb\u{07}c\u{9B}d\u{202E}e\n\tf")
        #expect(!clean.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
        #expect(!clean.contains("\u{9B}") && !clean.contains("\u{202E}"))
        #expect(clean.hasSuffix("e\n\tf"))
    }

    @Test func wrapKeepsLinesWithinTheWidth() {
        let text = String(repeating: "Hiệp ước về các lực lượng vũ trang thông thường ở châu Âu. ", count: 5)
        let lines = TerminalText.wrap(text, columns: 40, indent: 2).split(separator: "\n")
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { TerminalText.width(of: $0) <= 40 })
    }

    @Test func anIndentedItemWrapsUnderItself() {
        let text = "Thứ tự đúng:\n  A. năm 1990 — Các cuộc đàm phán không chính thức giữa NATO và các nhà lãnh đạo quân sự Liên Xô"
        let lines = TerminalText.wrap(text, columns: 50, indent: 2).split(separator: "\n").map(String.init)
        #expect(lines[0] == "Thứ tự đúng:")
        #expect(lines[1].hasPrefix("    A. năm 1990"))
        #expect(lines.count > 2 && lines.dropFirst(2).allSatisfy { $0.hasPrefix("      ") && !$0.hasPrefix("       ") })
        #expect(lines.allSatisfy { TerminalText.width(of: $0) <= 50 })
    }

    @Test(arguments: zip([":help", ":q", " :deck nato-russia ", ":lang en", ":wat", "1991"],
                         [REPLCommand.help, .quit, .deck("nato-russia"), .lang("en"), .unknown(":wat"), nil]))
    func parsesCommands(line: String, command: REPLCommand?) {
        #expect(REPLCommand(line: line) == command)
    }
}

/// `ontap cards` lines: a chronology card is told apart by its events, not its prompt (the same for all of them).
@Suite struct CardListingTests {
    @Test func aChronologyIsListedByItsEvents() {
        let card = Card(id: "chr", kind: .chronology, prompt: "Sắp xếp các sự kiện sau theo trình tự thời gian:", answer: "BA",
                        choices: ["Hiệp định Genève", "Cách mạng tháng Tám"], eventID: "e", sourceSentence: "")
        let line = CardListing.line(card, schedule: nil, due: nil, suspended: true, flag: nil,
                                    messages: Messages(language: .vi), columns: 200)
        #expect(line == "chr  Sắp xếp theo thời gian  [tạm ngưng]  Hiệp định Genève · Cách mạng tháng Tám")
    }

    /// A "which event" card shares its prompt with every card of its date: its answer, the event, comes first, so a
    /// line cut to the terminal's width still tells which card it is.
    @Test func aWhichEventCardIsListedByItsEventFirst() {
        let card = Card(id: "mc", kind: .multipleChoice, prompt: "Sự kiện nào sau đây diễn ra vào năm 1945?",
                        answer: "Cách mạng tháng Tám", choices: ["Hiệp định Genève", "Cách mạng tháng Tám"], eventID: "e",
                        sourceSentence: "", choiceDates: ["năm 1954", "năm 1945"])
        let line = CardListing.line(card, schedule: nil, due: nil, suspended: true, flag: nil,
                                    messages: Messages(language: .vi), columns: 60)
        #expect(line.hasPrefix("mc  Trắc nghiệm  [tạm ngưng]  Cách mạng tháng Tám — Sự kiện"), "\(line)")
    }
}
