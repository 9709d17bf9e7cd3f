import Foundation
import Testing

/// `:suspend`, `:flag` and `:edit` at a real terminal, the edit surviving regeneration, and `ontap cards`.
@Suite(.serialized)
struct PuttingAsidePTYTests {
    let env = ["LANG=C.UTF-8", "TERM=dumb", "INPUTRC=/dev/null", "PATH=/usr/bin:/bin"]

    @Test func suspendFlagAndAnEditThatSurvivesRegeneration() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let process = try PTYProcess(OntapRunner.executable, ["study", "nato-russia", "--lang", "vi", "--now", "2026-03-01T09:00:00Z"]
                                     + runner.folderArguments, env: env + ["HOME=\(runner.root.path)"])
        let first = try process.expect("› ")
        let newCount = try #require(first.range(of: #"Mới (\d+)"#, options: .regularExpression).flatMap { Int(first[$0].dropFirst(4)) })
        process.send(":edit accept mười chín chín mốt\r")
        try process.expect("Đã thêm đáp án được chấp nhận: mười chín chín mốt (lưu trong bộ thẻ, giữ lại khi tạo lại bộ thẻ).")
        process.send("mười chín chín mốt\r")
        try process.expect("✓ Đúng")
        process.send("3\r")
        let second = try process.expect("› ")
        process.send(":flag 2\r")
        try process.expect("Đã gắn cờ 2 cho thẻ này")
        try process.expect("› ")
        process.send(":suspend\r")
        let after = try process.expect("› ")
        #expect(after.contains("Đã tạm ngưng thẻ này"))
        #expect(!after.contains("chỉ trong phiên này"))         // recorded in the log
        // One new card answered and one suspended. The suspended one was never introduced, so a card of another event
        // would take its place, but every event of the seed deck is already in the session (fewer events than the 20
        // new cards a day); its own siblings never do (the student saw it, and it may answer them).
        #expect(after.contains("Mới \(newCount - 2)"), "\(after)")
        #expect(second != after)
        process.send(":quit\r")
        #expect(process.wait() == 0)

        let deckURL = runner.decks.appendingPathComponent("nato-russia.json")
        #expect(try String(contentsOf: deckURL, encoding: .utf8).contains("\"edits\":{"))
        try runner.generateSeedDeck()                                      // regenerate the deck from its text
        let regenerated = try String(contentsOf: deckURL, encoding: .utf8)
        #expect(regenerated.contains("\"edits\":{") && regenerated.contains("mười chín chín mốt"))

        let cards = try runner.run(["cards", "nato-russia", "--search", "hoi dong NATO-Nga", "--lang", "en"] + runner.folderArguments)
        #expect(cards.status == 0)
        let lines = cards.stdout.split(separator: "\n")
        #expect(lines.count >= 2)
        #expect(lines.last?.hasSuffix("cards.") == true)
        #expect(lines.dropLast().allSatisfy { $0.contains("[new]") || $0.contains("[learning]") || $0.contains("[review") })
        let log = try String(contentsOf: runner.progress.appendingPathComponent("nato-russia/reviews.jsonl"), encoding: .utf8)
        let suspendLine = try #require(log.split(separator: "\n").first { $0.contains(#""op":"suspend""#) })
        let id = try #require(suspendLine.range(of: #""card":"[^"]+""#, options: .regularExpression)
            .map { String(suspendLine[$0].dropFirst(8).dropLast()) })
        let suspended = try runner.run(["cards", "nato-russia", "--suspended", "--lang", "en"] + runner.folderArguments)
        #expect(suspended.stdout.hasPrefix(id) && suspended.stdout.contains("[suspended]") && suspended.stdout.contains("1 of "))
        let unsuspended = try runner.run(["cards", "nato-russia", "--unsuspend", id, "--lang", "en"] + runner.folderArguments)
        #expect(unsuspended.stdout == "Unsuspended card \(id).\n")
        #expect(try runner.run(["cards", "nato-russia", "--suspended", "--lang", "en"] + runner.folderArguments).stdout.hasPrefix("0 of "))
        let missing = try runner.run(["cards", "nato-russia", "--unsuspend", "nope", "--lang", "vi"] + runner.folderArguments)
        #expect(missing.status == 1 && missing.stderr == "ontap: không có thẻ mã «nope» trong bộ thẻ\n")
    }
}
