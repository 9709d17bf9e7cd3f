import Cards
import Testing
@testable import Exporters

@Suite struct ExamExporterTests {
    let input = ExportInput(deck: TestDeck.deck, now: 0)

    @Test func pageIsSelfContainedWithLanguageAndPageBreak() throws {
        let html = try ExamExporter().text(input)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("page-break-before: always"))
        #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("href="))
        #expect(html.contains("Đề thi trắc nghiệm môn Lịch sử") && html.contains("<h2>Đáp án</h2>"))
    }

    @Test func onlyMultipleChoiceQuestionsNumberedWithEscapedTextAndKey() throws {
        let html = try ExamExporter().text(input)
        #expect(html.contains("<b>Câu 1.</b> \(TestDeck.composed) được ký năm nào?"))
        #expect(html.contains("<b>Câu 2.</b> Năm 2002"))
        #expect(!html.contains("Câu 3."))
        #expect(html.contains("<b>A.</b> Hội đồng &lt;NRC&gt;") && html.contains("Định ước &#39;Paris&#39;"))
        #expect(!html.contains("<NRC>") && !html.contains("<PfP>"))
        #expect(html.contains("<td class=\"letter\">B</td><td class=\"letter\">A</td></tr>"))
    }

    @Test func seedAndCountPickTheSameExamEveryTime() throws {
        let exam = ExamExporter(count: 1, seed: 7)
        let first = try exam.questions(of: TestDeck.deck), again = try exam.questions(of: TestDeck.deck)
        #expect(first.count == 1 && first == again)
        let orders = Set((0..<20).map { seed in (try? ExamExporter(seed: UInt64(seed)).questions(of: TestDeck.deck))?.map(\.id) ?? [] })
        #expect(orders.count == 2)
    }

    @Test func deckWithoutMultipleChoiceOrBadCountFails() {
        var deck = TestDeck.deck
        deck.cards.removeAll { $0.kind == .multipleChoice }
        #expect(throws: ExportError.noCards(format: "exam", kind: "multiple-choice")) { try ExamExporter().text(ExportInput(deck: deck, now: 0)) }
        #expect(throws: ExportError.badCount(0)) { try ExamExporter(count: 0).text(input) }
    }

    @Test func englishDeckGetsEnglishWords() throws {
        var deck = TestDeck.deck
        deck.language = .en
        let html = try ExamExporter().text(ExportInput(deck: deck, now: 0))
        #expect(html.contains("<html lang=\"en\">") && html.contains("<b>Question 1.</b>") && html.contains("Answer key"))
    }
}
