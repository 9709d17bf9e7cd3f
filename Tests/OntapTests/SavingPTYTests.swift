import Foundation
import Testing

/// Saving and leaving, honestly: nothing written when nothing changed, a session that cannot record says so,
/// Ctrl-D after an answer keeps it, `:deck` switches or says why not.
@Suite(.serialized)
struct SavingPTYTests {
    let env = ["LANG=C.UTF-8", "TERM=dumb", "INPUTRC=/dev/null", "PATH=/usr/bin:/bin"]

    func spawn(_ runner: OntapRunner, _ deck: String, lang: String = "en") throws -> PTYProcess {
        try PTYProcess(OntapRunner.executable, ["study", deck, "--lang", lang, "--now", "2026-03-01T09:00:00Z"]
                       + runner.folderArguments, env: env + ["HOME=\(runner.root.path)"])
    }

    static let cards: [OntapRunner.CardSpec] = [
        .init(id: "a", prompt: "Cách mạng tháng Tám thành công năm nào?", answer: "năm 1945", event: "e1"),
        .init(id: "b", prompt: "Chiến dịch Điện Biên Phủ kết thúc năm nào?", answer: "năm 1954", event: "e2"),
    ]

    func reviewLines(_ runner: OntapRunner, _ deck: String) throws -> [String] {
        let log = try String(contentsOf: runner.progress.appendingPathComponent("\(deck)/reviews.jsonl"), encoding: .utf8)
        return log.split(separator: "\n").map(String.init).filter { $0.contains("\"card\"") }
    }

    func fileIdentity(_ url: URL) throws -> [String] {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return ["\(attributes[.systemFileNumber] ?? "")", "\(attributes[.modificationDate] ?? "")", "\(attributes[.size] ?? "")"]
    }

    @Test func leavingWithoutAnsweringWritesNothing() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.writeDeck("lich-su", Self.cards)
        let first = try spawn(runner, "lich-su")
        try first.expect("› ")
        first.send("1945\r")
        try first.expect("[Enter = 3] › ")
        first.send("\r")
        try first.expect("› ")
        first.send(":quit\r")
        try first.expect("Progress saved (1 card")
        #expect(first.wait() == 0)
        let state = runner.progress.appendingPathComponent("lich-su/state.json")
        let before = try fileIdentity(state)

        let second = try spawn(runner, "lich-su")
        try second.expect("› ")
        second.send(":quit\r")
        try second.expect("Nothing changed, nothing to save.")
        #expect(second.wait() == 0)
        #expect(try fileIdentity(state) == before)
    }

    @Test func aSessionThatCannotRecordSaysSoAtStartAndEnd() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.writeDeck("lich-su", Self.cards)
        let holder = try spawn(runner, "lich-su")
        try holder.expect("› ")
        let blocked = try spawn(runner, "lich-su", lang: "vi")
        let start = try blocked.expect("› ")
        #expect(start.contains("⚠ Không ghi được tiến độ: bộ thẻ này đang mở trong ontap khác (pid \(holder.pid)"))
        blocked.send("1945\r")
        try blocked.expect("[Enter = 3] › ")
        blocked.send("3\r")
        try blocked.expect("› ")
        blocked.send(":quit\r")
        try blocked.expect("Không có gì được lưu: 1 thẻ trong phiên này chỉ được chấm tạm")
        #expect(blocked.wait() == 0)
        #expect(!blocked.transcript.contains("Đã lưu tiến độ"))
        holder.send(":quit\r")
        try holder.expect("Nothing changed")
        #expect(holder.wait() == 0)
        #expect(try reviewLines(runner, "lich-su").isEmpty)
    }

    @Test func ctrlDAfterAnAnswerRecordsTheSuggestedGrade() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.writeDeck("lich-su", Self.cards)
        let process = try spawn(runner, "lich-su", lang: "vi")
        try process.expect("› ")
        process.send("1954\r")                              // wrong: Again suggested
        try process.expect("[Enter = 1] › ")
        process.send("\u{04}")
        try process.expect("Đã chấm thẻ vừa trả lời bằng điểm đề xuất 1 trước khi thoát.")
        try process.expect("Đã lưu tiến độ (1 thẻ")
        #expect(process.wait() == 0)
        let lines = try reviewLines(runner, "lich-su")
        #expect(lines.count == 1 && lines[0].contains("\"rating\":1"))
    }

    @Test func switchingDecksOrSayingWhyNot() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.writeDeck("lich-su", Self.cards)
        try runner.writeDeck("điện-biên-phủ", [Self.cards[1]])
        let holder = try spawn(runner, "điện-biên-phủ")
        try holder.expect("› ")
        let process = try spawn(runner, "lich-su")
        try process.expect("› ")
        process.send(":deck lich-su\r")
        try process.expect("You are already studying «lich-su».")
        try process.expect("› ")
        process.send(":deck lich-syu\r")
        let missing = try process.expect("› ")
        #expect(missing.contains("Cannot open deck «lich-syu»: no deck named 'lich-syu'"))
        #expect(!missing.contains("ExitCode"))
        process.send("1945\r")
        try process.expect("[Enter = 3] › ")
        process.send("3\r")
        try process.expect("› ")
        process.send(":deck dien-bien-phu\r")              // found without diacritics; held by the other session
        let switched = try process.expect("› ")
        #expect(switched.contains("Progress saved (1 card"))
        #expect(switched.contains("Switched to deck «điện-biên-phủ»."))
        #expect(switched.contains("⚠ Not recording: this deck is open in another ontap (pid \(holder.pid)"))
        process.send(":quit\r")
        try process.expect("Nothing was saved (progress could not be written).")
        #expect(process.wait() == 0)
        holder.send(":quit\r")
        #expect(holder.wait() == 0)
        #expect(try reviewLines(runner, "lich-su").count == 1)
    }
}
