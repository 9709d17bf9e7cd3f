import Foundation
import Testing

/// A scripted multi-day study with ontap's own binary and a fixed clock, exported as `.apkg` and imported into
/// real Anki (PyPI `anki`): Anki must keep every review exactly as ontap recorded it.
@Suite(.enabled(if: AnkiHarness.python != nil, "set ONTAP_ANKI_PYTHON to a Python with the `anki` package (.ci/run does)"))
struct MultiDayExportTests {
    /// Study sessions at evening and morning times (so calendar days and 24-hour periods disagree), each answering
    /// up to `perSession` cards wrongly on purpose and grading them from a fixed cycle of all four buttons.
    static func study(_ runner: OntapRunner, days: Int, perSession: Int = 24) throws -> [String] {
        let ratings = ["3", "3", "1", "2", "3", "4", "3", "2", "1", "3"]
        var times: [String] = []
        var turn = 0
        for day in 0..<days {
            for hour in day.isMultiple(of: 2) ? [20] : [9, 21] {
                let time = String(format: "2026-03-%02dT%02d:%02d:00Z", day + 1, hour, (day * 7) % 60)
                times.append(time)
                var input = ""
                for _ in 0..<perSession {
                    input += "x\n\(ratings[turn % ratings.count])\n"
                    turn += 1
                }
                let session = try runner.run(["study", "nato-russia", "--lang", "en", "--now", time] + runner.folderArguments,
                                             input: input + ":quit\n")
                #expect(session.status == 0, "\(time): \(session.stderr)")
            }
        }
        return times
    }

    /// The review lines of the deck's log.
    static func reviewCount(_ runner: OntapRunner) throws -> Int {
        let log = try String(contentsOf: runner.progress.appendingPathComponent("nato-russia/reviews.jsonl"), encoding: .utf8)
        return log.split(separator: "\n").filter { $0.contains("\"rating\"") }.count
    }

    @Test func revlogOfAMultiDaySessionComesThroughAnkiUnchanged() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let times = try Self.study(runner, days: 9)
        let reviews = try Self.reviewCount(runner)
        #expect(reviews > 100, "the script should have reviewed many cards over \(times.count) sessions")
        let file = runner.root.appendingPathComponent("nato-russia.apkg")
        let export = try runner.run(["export", "nato-russia", "--format", "apkg", "-o", file.path, "--now", "2026-03-10T12:00:00Z"]
                                    + runner.folderArguments)
        #expect(export.status == 0, "\(export.stderr)")
        let count = try ApkgImportTests.cardCount(runner)
        let result = try ApkgImportTests.validate(file, ["--strict", "--twice", "--expect-notes", "\(count)", "--expect-cards",
                                                         "\(count)", "--expect-revlog", "\(reviews)"])
        #expect(result.status == 0, "Anki said: \(result.output)")
        let roundTrip = try #require(result.report["revlog_roundtrip"] as? [String: Any], "\(result.output)")
        #expect(roundTrip["package_rows"] as? Int == reviews)
        #expect(roundTrip["imported_rows"] as? Int == reviews)
        #expect(roundTrip["ease_changed"] as? Int == 0)
        #expect(roundTrip["missing"] as? Int == 0)
        let second = result.report["second_import_log"] as? [String: Any]
        #expect(second?["new"] as? Int == 0, "a second import must add nothing: \(second ?? [:])")
    }
}
