import Foundation
import Testing

/// Feedback as the learner sees it at a real terminal: dated chronology, options asked again, differences, hints,
/// the masked source, counters, the summary, the card coming straight back, the quiz's missed questions.
@Suite(.serialized)
struct FeedbackPTYTests {
    let env = ["LANG=C.UTF-8", "TERM=dumb", "INPUTRC=/dev/null", "PATH=/usr/bin:/bin"]

    func spawn(_ runner: OntapRunner, _ arguments: [String]) throws -> PTYProcess {
        try PTYProcess(OntapRunner.executable, arguments + ["--now", "2026-03-01T09:00:00Z"] + runner.folderArguments,
                       env: env + ["HOME=\(runner.root.path)"])
    }

    static let cards: [OntapRunner.CardSpec] = [
        .init(id: "chr", kind: "chronology", prompt: "Sắp xếp các sự kiện theo thời gian:", answer: "CAB",
              choices: ["Hiệp định Genève được ký", "Chiến dịch Hồ Chí Minh", "Cách mạng tháng Tám"], event: "e1",
              source: "Năm 1945, Cách mạng tháng Tám thành công.", choiceDates: ["năm 1954", "năm 1975", "năm 1945"]),
        .init(id: "mc", kind: "choice", prompt: "Chiến dịch Điện Biên Phủ kết thúc năm nào?", answer: "1954",
              choices: ["1945", "1954", "1975", "1986"], event: "e2", source: "Năm 1954, chiến dịch Điện Biên Phủ toàn thắng."),
        .init(id: "cz", kind: "cloze", prompt: "Các bên ký [...] năm 1954.", answer: "Hiệp định Genève", event: "e3",
              source: "Các bên ký Hiệp định Genève năm 1954."),
    ]

    @Test func feedbackHintsSourceCountersAndSummary() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.writeDeck("lich-su", Self.cards)
        let process = try spawn(runner, ["study", "lich-su", "--lang", "en"])
        let first = try process.expect("› ")
        #expect(first.contains("New 3 · Learning 0 · Review 0"))
        #expect(first.contains("Put in order"))
        process.send("ABC\r")
        let order = try process.expect("[Enter = 1] › ")
        #expect(order.contains("✗ Wrong"))
        #expect(order.contains("The right order:"))
        let listed = order.components(separatedBy: .newlines).filter { $0.contains(" — ") }.map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(listed == ["C. năm 1945 — Cách mạng tháng Tám", "A. năm 1954 — Hiệp định Genève được ký",
                           "B. năm 1975 — Chiến dịch Hồ Chí Minh"])
        process.send("1\r")
        let second = try process.expect("› ")
        #expect(second.contains("New 2 · Learning 1 · Review 0"))
        process.send("E\r")
        try process.expect("«E» is not one of the options; choose A, B, C, D.")
        process.send(":source\r")
        let source = try process.expect("toàn thắng.")
        #expect(source.contains("Source (answer hidden): Năm […], chiến dịch Điện Biên Phủ toàn thắng."))
        process.send(":hint\r")
        try process.expect("Hint 1/3: not ")
        process.send("B\r")
        try process.expect("✓ Right")
        try process.expect("[Enter = 2] › ")                 // a hint costs a grade
        process.send("\r")
        try process.expect("› ")
        process.send("Hiệp định Paris\r")
        try process.expect("What differs: missing «Genève»; not in the answer «Paris»")
        try process.expect("› ")
        process.send("1\r")
        // Only learning steps are left (the Hard one too), each shown again with its question.
        let again = try process.expect("› ")
        #expect(again.contains("New 0 · Learning 3 · Review 0"))
        #expect(again.contains("Sắp xếp các sự kiện theo thời gian:"))
        process.send(":quit\r")
        let end = try process.expect("Progress saved")
        #expect(end.contains("Summary: 3 graded (1 right, 1 almost, 1 wrong, 0 shown, 33% right)"))
        #expect(end.contains("Coming up:"))
        #expect(end.contains("Still waiting today: 3 cards; open the deck again to go on."), "\(end)")
        #expect(process.wait() == 0)
    }

    @Test func theLastCardComingStraightBackShowsItsQuestionAgain() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.writeDeck("mot-the", [Self.cards[2]])
        let process = try spawn(runner, ["study", "mot-the", "--lang", "vi"])
        try process.expect("› ")
        process.send("sai\r")
        try process.expect("[Enter = 1] › ")
        process.send("1\r")
        let back = try process.expect("› ")
        #expect(back.contains("Các bên ký [...] năm 1954."))
        #expect(back.contains("Mới 0 · Đang học 1 · Ôn 0"))
        process.send(":quit\r")
        #expect(process.wait() == 0)
    }

    @Test func aQuizEndsWithTheMissedQuestions() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.writeDeck("lich-su", Self.cards)
        let process = try spawn(runner, ["quiz", "lich-su", "--lang", "vi", "-n", "3", "--seed", "1"])
        for _ in 0..<3 {
            let question = try process.expect("› ")
            process.send(question.contains("Điện Biên Phủ") ? "B\r" : "\r")
        }
        let end = try process.expect("Nguồn: Năm 1945")
        #expect(end.contains("Các câu cần xem lại (2):"))
        // Left blank: said so, not "wrong"; a chronology's letters come with its events in order, dated.
        #expect(end.contains("— Chưa trả lời · Đáp án: CAB"), "\(end)")
        #expect(end.contains("Thứ tự đúng:\r\n     C. năm 1945 — Cách mạng tháng Tám\r\n     A. năm 1954 — Hiệp định Genève được ký"), "\(end)")
        #expect(!end.contains("✗ Chưa đúng · Đáp án: CAB"))
        #expect(end.contains("Đáp án: Hiệp định Genève"))
        #expect(!end.contains("Đáp án: 1954\r\n   Nguồn"))
        #expect(process.wait() == 0)
    }
}
