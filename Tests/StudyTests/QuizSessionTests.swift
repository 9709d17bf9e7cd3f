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
        let first = try #require(quiz.current)
        quiz.answer(first.answer)
        quiz.answer("sai")
        let third = try #require(quiz.current)
        let year = try #require(third.answer.split(separator: " ").last)
        quiz.answer("tháng 1 năm \(year)")                 // right year, wrong month or precision: almost
        #expect(quiz.current == nil)
        #expect(quiz.results == [.correct, .wrong, .almost])
        #expect(quiz.score == 1.5)
    }
}
