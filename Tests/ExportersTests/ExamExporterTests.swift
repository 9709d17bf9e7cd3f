import Cards
import Testing
import Timeline
@testable import Exporters

@Suite struct ExamExporterTests {
    let input = ExportInput(deck: TestDeck.deck, now: 0)

    @Test func pageIsSelfContainedWithLanguageAndPageBreak() throws {
        let html = try ExamExporter().text(input)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("page-break-before: always"))
        #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("href="))
        #expect(html.contains("<h1>Đề thi trắc nghiệm</h1>") && html.contains("Môn: Lịch sử") && html.contains("<h2>Đáp án</h2>"))
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
        let orders = Set((0..<20).map { seed in (try? ExamExporter(seed: UInt64(seed)).questions(of: TestDeck.deck))?.map(\.cardID) ?? [] })
        #expect(orders.count == 2)
    }

    @Test func eachCodeShufflesTheOptionsAndTheKeyFollows() throws {
        var optionOrders = Set<[String]>()
        for seed in 0..<30 {
            let questions = try ExamExporter(seed: UInt64(seed)).questions(of: TestDeck.deck)
            for question in questions {
                let card = try #require(TestDeck.deck.cards.first { $0.id == question.cardID })
                #expect(Set(question.options) == Set(card.choices))
                #expect(question.options[question.correct] == card.answer)
                if card.id == "c2" { optionOrders.insert(question.options) }
            }
        }
        #expect(optionOrders.count > 5, "different mã đề must order the options differently")
        // Without a seed the deck's order stays.
        #expect(try ExamExporter().questions(of: TestDeck.deck)[0].options == ["1991", "1997", "2002", "2014"])
    }

    @Test func chronologyQuestionsListNumberedEventsAndFourOrdersWithDatesInTheKey() throws {
        let card = Card(id: "k1", kind: .chronology, prompt: "Sắp xếp các sự kiện sau theo trình tự thời gian:", answer: "CAB",
                        choices: ["Nga tham gia PfP", "Định ước Paris", "Liên Xô tan rã"], eventID: "e1", sourceSentence: "s",
                        choiceDates: ["năm 1994", "năm 1997", "năm 1991"])
        var deck = TestDeck.deck
        deck.cards.append(card)
        #expect(ExamExporter().poolSize(of: deck) == 2 && ExamExporter(includeChronology: true).poolSize(of: deck) == 3)
        let exam = ExamExporter(includeChronology: true)
        let question = try #require(try exam.questions(of: deck).first { $0.cardID == "k1" })
        #expect(question.items == card.choices)
        #expect(question.options.count == 4 && Set(question.options).count == 4)
        #expect(question.options[question.correct] == "3, 1, 2")
        #expect(question.explanation == "3 (năm 1991) → 1 (năm 1994) → 2 (năm 1997)")
        let html = try exam.text(ExportInput(deck: deck, now: 0))
        #expect(html.contains("<ol class=\"items\"><li>Nga tham gia PfP</li><li>Định ước Paris</li><li>Liên Xô tan rã</li></ol>"))
        #expect(html.contains("<b>Câu 3:</b> \(question.correctLetter). 3 (năm 1991) → 1 (năm 1994) → 2 (năm 1997)"))
    }

    @Test func schoolTitleSubjectAndPagedFooterAreEscapedAndPrinted() throws {
        let html = try ExamExporter(seed: 7, school: "Trường THPT <Chu Văn An>", title: "Kiểm tra 45 phút", subject: "Lịch sử 12")
            .text(input)
        #expect(html.contains("Trường THPT &lt;Chu Văn An&gt;") && html.contains("<h1>Kiểm tra 45 phút</h1>"))
        #expect(html.contains("Môn: Lịch sử 12") && html.contains("Mã đề thi 107"))
        #expect(html.contains(#"content: "Trang " counter(page) "/" counter(pages, exam-pages) " – Mã đề thi 107""#))
        #expect(html.contains(#"content: "(Đề thi có " counter(pages, exam-pages-padded) " trang)""#))
        #expect(html.contains("@counter-style exam-pages-padded { system: fixed 2; symbols: \"01\" \"02\""))
        // A seed that is a mã đề (100–999) is printed as it is: the README's `--seed 107` gives "Mã đề thi 107".
        #expect(try ExamExporter(seed: 107).text(input).contains("Mã đề thi 107"))
        #expect(try ExamExporter(seed: 1_007).text(input).contains("Mã đề thi 207"))
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
        #expect(html.contains("Subject: History") && html.contains(#""(This test has ""#))
    }
}
