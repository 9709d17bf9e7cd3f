import Foundation
import Testing

/// `quiz --time-limit`: the countdown ticks in the prompt while the learner thinks, and time up ends the quiz.
@Suite(.serialized)
struct QuizTimeLimitPTYTests {
    @Test func theCountdownTicksAndTimeUpEndsTheQuiz() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let process = try PTYProcess(OntapRunner.executable, ["quiz", "nato-russia", "-n", "5", "--time-limit", "3s", "--lang", "vi"]
                                     + runner.folderArguments,
                                     env: ["LANG=C.UTF-8", "TERM=dumb", "INPUTRC=/dev/null", "PATH=/usr/bin:/bin", "HOME=\(runner.root.path)"])
        try process.expect("Thời gian làm bài: 00:03")
        try process.expect("[⏱ 00:03] › ")
        // Redrawn while nobody types (readline rewrites only what changed: the last digit on).
        try process.expect("2] › ")
        try process.expect("1] › ")
        let end = try process.expect("Điểm: ", timeout: 5)
        #expect(end.contains("⏱ Hết giờ!"))
        try process.expect("đã trả lời 0/5 câu.")
        #expect(process.wait() == 0)
    }
}
