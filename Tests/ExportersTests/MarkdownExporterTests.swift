import Testing
@testable import Exporters

@Suite struct MarkdownExporterTests {
    let text = MarkdownExporter().text(ExportInput(deck: TestDeck.deck, now: 0))

    @Test func eventsAreInTimeOrderBeforeTheQuestions() throws {
        let e1 = try #require(text.range(of: "Nga tham gia")), e3 = try #require(text.range(of: "Giai đoạn")),
            e2 = try #require(text.range(of: "Hội đồng NATO")), questions = try #require(text.range(of: "## Câu hỏi"))
        #expect(e1.lowerBound < e3.lowerBound && e3.lowerBound < e2.lowerBound && e2.lowerBound < questions.lowerBound)
        #expect(text.contains("- **năm 1994**: Nga tham gia \\*PfP\\*."))
        #expect(text.contains("**ngày 28 tháng 5 năm 2002**"))
    }

    @Test func questionsAreNumberedWithAnswersAndEscaped() {
        #expect(text.contains("1. Nga tham gia \\<PfP\\> vào năm nào?\n"))
        #expect(text.contains("2. \(TestDeck.composed) được ký năm nào?  \n   A. 1991  \n"))
        #expect(text.contains("   **Đáp án:** B. 1997\n"))
        #expect(text.contains("   > Năm 1994, Nga \"tham gia\".\tHết. Dòng 2\n"))
    }
}
