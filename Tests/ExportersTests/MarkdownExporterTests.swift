import Cards
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

    @Test func questionsAreNumberedParagraphsWithAnswersAndEscaped() {
        #expect(text.contains("**Câu 1.** Nga tham gia &lt;PfP&gt; vào năm nào?\n\n"))
        #expect(text.contains("**Câu 2.** \(TestDeck.composed) được ký năm nào?  \nA. 1991  \nB. 1997  \n"))
        #expect(text.contains("**Đáp án:** B. 1997\n\n"))
        #expect(text.contains("> Năm 1994, Nga \"tham gia\".\tHết. Dòng 2\n"))
    }

    @Test func lineStartsThatWouldMakeListsOrHeadingsAreEscaped() {
        #expect(MarkdownExporter.inline("- a") == "\\- a" && MarkdownExporter.inline("+ a") == "\\+ a")
        #expect(MarkdownExporter.inline("1994. Hiệp ước") == "1994\\. Hiệp ước")
        #expect(MarkdownExporter.inline("=== x") == "&#61;== x")
        #expect(MarkdownExporter.inline("a | b <c>") == "a &#124; b &lt;c&gt;")
    }
}
