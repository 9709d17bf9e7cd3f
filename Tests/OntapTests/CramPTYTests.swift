import Foundation
import Testing

/// `study --exam DATE`: today's share of every card, said up front; a bad or past date is refused clearly.
@Suite(.serialized)
struct CramPTYTests {
    @Test func crammingShowsTodaysShare() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let process = try PTYProcess(OntapRunner.executable, ["study", "nato-russia", "--exam", "2026-03-04", "--lang", "en",
                                                              "--now", "2026-03-01T09:00:00Z"] + runner.folderArguments,
                                     env: ["LANG=C.UTF-8", "TERM=dumb", "INPUTRC=/dev/null", "PATH=/usr/bin:/bin", "HOME=\(runner.root.path)"])
        let intro = try process.expect("› ").replacingOccurrences(of: "\r\n  ", with: " ")
        #expect(intro.contains("Cramming: 3 days to the exam on 2026-03-04."))
        let deck = try JSONSerialization.jsonObject(with: Data(contentsOf: runner.decks.appendingPathComponent("nato-russia.json"))) as? [String: Any]
        let total = try #require((deck?["cards"] as? [Any])?.count)
        #expect(intro.contains("Today \((total + 2) / 3) of \(total) cards, weakest first."))
        // A card put aside while cramming is recorded as in a normal session: it stays suspended afterwards.
        process.send(":suspend\r")
        let suspended = try process.expect("› ")
        #expect(suspended.replacingOccurrences(of: "\r\n  ", with: " ").contains("Suspended this card; it will not come back until you unsuspend it (`ontap cards DECK --unsuspend ID`).\r\n"), "\(suspended)")
        process.send(":quit\r")
        #expect(process.wait() == 0)
        #expect(FileManager.default.fileExists(atPath: runner.progress.appendingPathComponent("nato-russia/exam.json").path))
        let listed = try runner.run(["cards", "nato-russia", "--suspended", "--lang", "en"] + runner.folderArguments)
        #expect(listed.stdout.contains("1 of \(total) cards"), "\(listed.stdout)")

        let past = try runner.run(["study", "nato-russia", "--exam", "2026-02-01", "--lang", "vi", "--now", "2026-03-01T09:00:00Z"]
                                  + runner.folderArguments)
        #expect(past.status == 1 && past.stderr.contains("ngày thi 2026-02-01 không còn ở phía trước"))
        let bad = try runner.run(["study", "nato-russia", "--exam", "26/6", "--lang", "en"] + runner.folderArguments)
        #expect(bad.status == 1 && bad.stderr.contains("--exam needs the exam's date as YEAR-MONTH-DAY"))
    }
}
