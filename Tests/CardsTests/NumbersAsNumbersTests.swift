import Testing
import Timeline
@testable import Cards

/// A different year is a different event: numbers are compared as numbers on every kind of card; only text
/// gets typo tolerance.
@Suite struct NumbersAsNumbersTests {
    func dateCard(_ value: String) -> Card {
        Card(id: "c", kind: .dateRecall, prompt: "?", answer: DateText.render(value: value, qualifier: nil, in: .vi)!,
             accepted: DateText.acceptedForms(value: value, in: .vi), eventID: "e", sourceSentence: "")
    }

    @Test(arguments: [("1954", "1945"), ("2002", "2020"), ("1997", "1979"), ("1954-07-21", "21/7/1945"),
                      ("1954-07", "tháng 7/1945")])
    func aYearWithItsDigitsSwappedIsWrong(value: String, typed: String) {
        #expect(AnswerChecker().check(typed, for: dateCard(value)) == .wrong)
    }

    @Test func aDateCardWhoseAnswerIsNotADateStillComparesNumbers() {
        let card = Card(id: "c", kind: .dateRecall, prompt: "?", answer: "mùa xuân 1954", eventID: "e", sourceSentence: "")
        #expect(AnswerChecker().check("mùa xuân 1945", for: card) == .wrong)
    }

    @Test func textKeepsItsTypoToleranceButNotItsNumbers() {
        let card = Card(id: "c", kind: .cloze, prompt: "[...]", answer: "Hiệp định Genève 1954", eventID: "e", sourceSentence: "")
        #expect(AnswerChecker().check("Hiep dinh Geneve 1954", for: card) == .almost)
        #expect(AnswerChecker().check("Hiệp định Genèv 1954", for: card) == .almost)
        #expect(AnswerChecker().check("Hiệp định Genève 1945", for: card) == .wrong)
        #expect(AnswerChecker().check("Genève 1945", for: card) == .wrong)
        #expect(AnswerChecker().check("Hiệp định Genève 1954 1955", for: card) == .wrong)
    }

    @Test func multipleChoiceTypedAsAYear() {
        let card = Card(id: "c", kind: .multipleChoice, prompt: "?", answer: "1954", choices: ["1945", "1954", "1975", "1986"],
                        eventID: "e", sourceSentence: "")
        #expect(AnswerChecker().check("1954", for: card) == .correct)
        #expect(AnswerChecker().check("1945", for: card) == .wrong)
        #expect(AnswerChecker().check("1459", for: card) == .wrong)
    }

    @Test func aStatementWithTheWrongYearIsWrong() {
        let card = Card(id: "c", kind: .reverse, prompt: "?", answer: "Hội nghị Genève năm 1954 chấm dứt chiến tranh",
                        eventID: "e", sourceSentence: "")
        #expect(AnswerChecker().check("Hội nghị Genève năm 1954 chấm dứt chiến tranh", for: card) == .correct)
        #expect(AnswerChecker().check("Hội nghị Genève chấm dứt chiến tranh", for: card) == .correct)
        #expect(AnswerChecker().check("Hội nghị Genève năm 1945 chấm dứt chiến tranh", for: card) == .wrong)
    }

    @Test func numbersAreReadAsNumbers() {
        #expect(AnswerChecker.numbers(in: "ngày 07 tháng 5 năm 1954") == [7, 5, 1954])
        #expect(AnswerChecker.numbers(in: "không số NAT0") == [])
    }
}
