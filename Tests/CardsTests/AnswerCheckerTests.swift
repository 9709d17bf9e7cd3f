import Testing
import Timeline
@testable import Cards

@Suite struct AnswerCheckerTests {
    func dateCard(_ value: String, _ language: Language = .vi, qualifier: Qualifier? = nil) -> Card {
        Card(id: "c", kind: .dateRecall, prompt: "?", answer: DateText.render(value: value, qualifier: qualifier, in: language)!,
             accepted: DateText.acceptedForms(value: value, in: language), eventID: "e", sourceSentence: "")
    }

    static let dayForms: [(String, AnswerVerdict)] = [
        ("1/4/2014", .correct), ("01/04/2014", .correct), ("ngày 1 tháng 4 năm 2014", .correct),
        ("Ngày 1 tháng 4 năm 2014", .correct), ("ngay 1 thang 4 nam 2014", .correct), ("April 1, 2014", .correct),
        ("1 April 2014", .correct), ("Apr 1 2014", .correct), ("2014-04-01", .correct), ("1.4.2014", .correct),
        ("  1 / 4 / 2014 ", .correct), ("2014", .almost), ("tháng 4/2014", .almost), ("2/4/2014", .almost),
        ("1/5/2014", .almost), ("1/4/2015", .wrong), ("1/4/2041", .wrong), ("không biết", .wrong), ("", .wrong),
    ]

    @Test(arguments: dayForms)
    func dayPrecision(typed: String, verdict: AnswerVerdict) {
        #expect(AnswerChecker().check(typed, for: dateCard("2014-04-01")) == verdict)
    }

    static let monthForms: [(String, AnswerVerdict)] = [
        ("tháng 3/2017", .correct), ("3/2017", .correct), ("tháng 3 năm 2017", .correct), ("March 2017", .correct),
        ("cuối tháng 3 năm 2017", .correct), ("2017-03", .correct), ("2017", .almost), ("tháng 4/2017", .almost),
        ("3/2016", .wrong), ("tháng Ba năm 2017", .correct),
    ]

    @Test(arguments: monthForms)
    func monthPrecisionWithQualifier(typed: String, verdict: AnswerVerdict) {
        #expect(AnswerChecker().check(typed, for: dateCard("2017-03", qualifier: .late)) == verdict)
    }

    static let yearForms: [(String, AnswerVerdict)] = [
        ("1997", .correct), ("năm 1997", .correct), ("nam 1997", .correct), ("27/5/1997", .correct),
        ("1979", .wrong), ("1998", .wrong), ("1990s", .almost), ("thập niên 1990", .almost),
    ]

    @Test(arguments: yearForms)
    func yearPrecision(typed: String, verdict: AnswerVerdict) {
        #expect(AnswerChecker().check(typed, for: dateCard("1997")) == verdict)
    }

    static let coarseForms: [(String, String, AnswerVerdict)] = [
        ("199X", "thập niên 1990", .correct), ("199X", "the 1990s", .correct), ("199X", "1990s", .correct),
        ("199X", "1995", .correct), ("199X", "thập niên 1980", .wrong),
        ("19XX", "thế kỷ XX", .correct), ("19XX", "thế kỷ 20", .correct), ("19XX", "the 20th century", .correct),
        ("19XX", "XIX", .wrong), ("19XX", "thế kỷ XIX", .wrong),
        ("1946/1954", "1946–1954", .correct), ("1946/1954", "từ năm 1946 đến năm 1954", .correct),
        ("1946/1954", "from 1946 to 1954", .correct), ("1946/1954", "1946-1954", .correct),
        ("1946/1954", "1946 - 1955", .wrong), ("1946/1954", "1946", .almost),
    ]

    @Test(arguments: coarseForms)
    func decadesCenturiesAndPeriods(value: String, typed: String, verdict: AnswerVerdict) {
        #expect(AnswerChecker().check(typed, for: dateCard(value)) == verdict)
    }

    @Test(arguments: [
        ("2014-04-01", Language.en), ("2017-03", .vi), ("1997", .en), ("199X", .vi), ("17XX", .en), ("1946/1954", .vi),
    ])
    func acceptsItsOwnAnswerAndEveryAcceptedForm(value: String, language: Language) {
        let card = dateCard(value, language)
        for form in [card.answer] + card.accepted {
            #expect(AnswerChecker().check(form, for: card) == .correct, "\(form)")
        }
    }

    @Test(arguments: [("tháng Tám năm 1945", "1945-08"), ("tháng Mười Một năm 1945", "1945-11"),
                      ("tháng Mười Hai 1945", "1945-12"), ("tháng năm 1945", "1945-05"), ("14-8-1945", "1945-08-14")])
    func vietnameseMonthWords(typed: String, iso: String) {
        #expect(DateAnswerParser.parse(typed)?.iso == iso)
    }

    @Test func comparesAfterNFC() {
        let card = Card(id: "c", kind: .cloze, prompt: "[...]", answer: "Hồ Chí Minh", eventID: "e", sourceSentence: "")
        let decomposed = "Ho\u{0302}\u{0300} Chi\u{0301} Minh"
        #expect(AnswerChecker().check(decomposed, for: card) == .correct)
        #expect(AnswerChecker().check("Ho Chi Minh", for: card) == .almost)
    }
}
