import Cards
import Testing
@testable import Study

@Suite struct QuizSessionTests {
    let deck = StudyFixture().deck

    @Test func theSameSeedDrawsTheSameQuiz() {
        let a = QuizSession(deck: deck, count: 2, seed: 42)
        let b = QuizSession(deck: deck, count: 2, seed: 42)
        #expect(a.questions == b.questions)
        #expect(a.questions.count == 2)
        #expect(Set(a.questions.map(\.id)).count == 2)
    }

    @Test func scoresRightAsOneAndAlmostAsHalf() throws {
        var quiz = QuizSession(deck: deck, count: 3, seed: 1)
        var expected: [AnswerVerdict] = []
        while let card = quiz.current {
            if card.answer.contains("ngày") {                      // the day-precision card: only its year
                quiz.answer("1997")
                expected.append(.almost)
            } else if !expected.contains(.wrong) {
                quiz.answer("sai")
                expected.append(.wrong)
            } else {
                quiz.answer(card.answer)
                expected.append(.correct)
            }
        }
        #expect(quiz.results == expected)
        #expect(quiz.score == 1.5)
    }
}
