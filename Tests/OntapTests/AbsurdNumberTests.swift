import Foundation
import Testing

/// A review time near Int64.max (a hand edit, or a merge from a damaged device) used to crash `decks`, `study`,
/// `export`, `merge` and `doctor --repair` with an arithmetic overflow, and `merge` wrote the line into the local
/// log first. Now every command names the line and stops, and nothing is written; the largest time allowed works.
@Suite struct AbsurdNumberTests {
    static let absurd = #"{"card":"c81148e4e1983","rating":3,"time":9223372036854775807,"duration_ms":0}"#
    /// The last millisecond of year 9999: the largest time a log may hold.
    static let latest = #"{"card":"c81148e4e1983","rating":3,"time":253402300799999,"duration_ms":253402300799999}"#

    /// The commands that read a deck's log, each as its arguments and standard input.
    static func commands(_ runner: OntapRunner) -> [(args: [String], input: String)] {
        let other = runner.root.appendingPathComponent("Other/Progress").path
        return [
            (["decks"], ""),
            (["study", "nato-russia"], "\n1\n:quit\n"),
            (["export", "nato-russia", "--format", "apkg", "-o", runner.root.appendingPathComponent("out.apkg").path], ""),
            (["merge", other, "nato-russia"], ""),
            (["doctor", "--repair"], ""),
        ].map { ($0.0 + ["--lang", "en"] + runner.folderArguments, $0.1) }
    }

    /// A workspace with two answers recorded, and another device's copy of the same progress.
    func workspace() throws -> (OntapRunner, URL) {
        let runner = try OntapRunner()
        try runner.generateSeedDeck()
        let study = try runner.run(["study", "nato-russia", "--lang", "en", "--now", "2026-01-01T10:00:00Z"] + runner.folderArguments,
                                   input: "\n1\n\n1\n:quit\n")   // show each answer, grade Again (any kind of card)
        #expect(study.status == 0, "\(study.stderr)")
        let other = runner.root.appendingPathComponent("Other/Progress")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: runner.progress.appendingPathComponent("nato-russia"),
                                         to: other.appendingPathComponent("nato-russia"))
        return (runner, runner.progress.appendingPathComponent("nato-russia/reviews.jsonl"))
    }

    func append(_ line: String, to url: URL) throws {
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data((line + "\n").utf8))
        try handle.close()
    }

    @Test func anAbsurdTimeIsNamedByEveryCommandAndNothingIsWritten() throws {
        let (runner, log) = try workspace()
        defer { runner.remove() }
        try append(Self.absurd, to: log)
        let before = try Data(contentsOf: log)
        let lineNumber = String(decoding: before, as: UTF8.self).split(separator: "\n").count
        for command in Self.commands(runner) {
            let result = try runner.run(command.args, input: command.input)
            let name = command.args.prefix(2).joined(separator: " ")
            #expect(result.status == 1, "\(name): status \(result.status) \(result.stderr)")
            #expect((result.stdout + result.stderr).contains("reviews.jsonl:\(lineNumber):43: 'time' must be between"), "\(name): \(result.stderr)")
            #expect(try Data(contentsOf: log) == before, "\(name) changed the log")
        }
    }

    @Test func mergeNeverTakesInABadLineFromTheOtherDevice() throws {
        let (runner, log) = try workspace()
        defer { runner.remove() }
        try append(Self.absurd, to: runner.root.appendingPathComponent("Other/Progress/nato-russia/reviews.jsonl"))
        let before = try Data(contentsOf: log)
        let result = try runner.run(Self.commands(runner)[3].args)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Other/Progress/nato-russia/reviews.jsonl:4:43:"), "\(result.stderr)")
        #expect(try Data(contentsOf: log) == before)
        #expect(!FileManager.default.fileExists(atPath: log.path + ".bak"))
    }

    @Test func theLatestAllowedTimeWorksEverywhere() throws {
        let (runner, log) = try workspace()
        defer { runner.remove() }
        try append(Self.latest, to: log)
        for command in Self.commands(runner) {
            let result = try runner.run(command.args, input: command.input)
            #expect(result.status == 0, "\(command.args.prefix(2).joined(separator: " ")): status \(result.status) \(result.stderr)")
        }
    }
}
