import Testing
@testable import Cards

@Suite struct AnswerCheckingTests {
    let card = Card(id: "c1", kind: .dateRecall, prompt: "NATO nhất trí đình chỉ hợp tác với Nga vào ngày tháng năm nào?",
                    answer: "ngày 1 tháng 4 năm 2014", accepted: ["1/4/2014"], eventID: "e1", sourceSentence: "…")

    @Test(arguments: ["ngày 1 tháng 4 năm 2014", "1/4/2014", "01/04/2014", "2014-04-01", "Ngày 1 Tháng 4 Năm 2014 "])
    func acceptsTheDateInManyForms(typed: String) {
        #expect(AnswerChecker().check(typed, for: card) == .correct)
    }

    @Test(arguments: ["2/4/2014", "2014", "tháng 4 năm 2014"])
    func theRightYearIsAlmost(typed: String) {
        #expect(AnswerChecker().check(typed, for: card) == .almost)
    }

    @Test(arguments: ["1/4/2015", "", "không biết"])
    func otherAnswersAreWrong(typed: String) {
        #expect(AnswerChecker().check(typed, for: card) == .wrong)
    }

    @Test func comparesAfterNFC() {
        let decomposed = "Lie\u{302}n Xo\u{302}"              // "Liên Xô" with combining marks
        let cloze = Card(id: "c2", kind: .cloze, prompt: "…", answer: "Liên Xô", eventID: "e1", sourceSentence: "…")
        #expect(AnswerChecker().check(decomposed, for: cloze) == .correct)
        #expect(AnswerChecker().check("Lien Xo", for: cloze) == .almost)
    }

    @Test func idsComeFromContent() {
        #expect(ContentID.make("e", "1994", "Nga tham gia") == ContentID.make("e", "1994", "Nga tham gia"))
        #expect(ContentID.make("e", "1994", "Nga tham gia") != ContentID.make("e", "1995", "Nga tham gia"))
    }
}
