import Foundation
import Testing

/// One rule for a deck's name (its file), one broken deck never hides the others, and nothing from a file or the
/// command line reaches the terminal raw.
@Suite struct ConsistencyTests {
    /// Bytes that would act on a terminal: ESC, BEL, C1 controls and bidi overrides.
    static func hasControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { s in
            (s.value < 0x20 && s.value != 0x0A && s.value != 0x09) || (0x7F...0x9F).contains(s.value)
                || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
        }
    }

    @Test func aDeckIsNamedByItsFileEverywhereAndDoctorSaysSo() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let original = runner.decks.appendingPathComponent("nato-russia.json")
        let renamed = runner.decks.appendingPathComponent("nga.json")
        try FileManager.default.moveItem(at: original, to: renamed)      // its "name" still says nato-russia
        let study = try runner.run(["study", "nga", "--lang", "en"] + runner.folderArguments, input: "\n1\n:quit\n")
        #expect(study.status == 0, "\(study.stderr)")
        #expect(FileManager.default.fileExists(atPath: runner.progress.appendingPathComponent("nga/reviews.jsonl").path))
        #expect(!FileManager.default.fileExists(atPath: runner.progress.appendingPathComponent("nato-russia").path))
        let decks = try runner.run(["decks", "--json", "--lang", "en"] + runner.folderArguments)
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(decks.stdout.utf8)) as? [[String: Any]])
        #expect(listed.count == 1 && listed[0]["name"] as? String == "nga" && listed[0]["studied"] as? Int == 1, "\(decks.stdout)")
        let export = try runner.run(["export", "nga", "--format", "apkg", "-o", runner.root.appendingPathComponent("x.apkg").path,
                                     "--lang", "en"] + runner.folderArguments)
        #expect(export.stderr.contains("progress of 1 cards"), "\(export.stderr)")
        let doctor = try runner.run(["doctor", "--lang", "en"] + runner.folderArguments)
        #expect(doctor.stdout.contains("\"name\" is 'nato-russia' but its file is nga.json"), "\(doctor.stdout)")
    }

    @Test func oneBrokenDeckIsMarkedAndTheOthersListed() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let good = try Data(contentsOf: runner.decks.appendingPathComponent("nato-russia.json"))
        try good.write(to: runner.decks.appendingPathComponent("with space.json"))
        try good.write(to: runner.decks.appendingPathComponent(".hidden.json"))
        try good.prefix(good.count / 2).write(to: runner.decks.appendingPathComponent("cut.json"))
        try good.write(to: runner.decks.appendingPathComponent("logbad.json"))
        let log = runner.progress.appendingPathComponent("logbad")
        try FileManager.default.createDirectory(at: log, withIntermediateDirectories: true)
        try Data((#"{"format":"ontap-reviews","version":1,"deck":"logbad"}"# + "\n{\"card\":\n").utf8)
            .write(to: log.appendingPathComponent("reviews.jsonl"))
        let decks = try runner.run(["decks", "--json", "--lang", "en"] + runner.folderArguments)
        #expect(decks.status == 1)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(decks.stdout.utf8)) as? [[String: Any]])
        let cardCount = String(decoding: good, as: UTF8.self).components(separatedBy: "\"kind\":").count - 1
        #expect(rows.contains { $0["name"] as? String == "nato-russia" && $0["cards"] as? Int == cardCount && $0["error"] == nil },
                "\(rows)")
        for name in [".hidden", "cut", "logbad", "with space"] {
            #expect(rows.contains { $0["name"] as? String == name && $0["error"] is String }, "\(name): \(rows)")
        }
        #expect(rows.contains { $0["name"] as? String == "logbad" && ($0["error"] as? String)?.contains("reviews.jsonl:2:") == true })
        // The table on a terminal marks the broken decks the same way.
        let table = try runner.run(["decks", "--lang", "en"] + runner.folderArguments)
        #expect(table.status == 1 && table.stdout.contains("cut  ✗ "), "\(table.stdout)")
        // bare `ontap` (study with no deck named) opens the first deck that works and names the broken ones
        let bare = try runner.run(["--lang", "en"] + runner.folderArguments, input: ":quit\n")
        #expect(bare.status == 0, "\(bare.stderr)")
        #expect(bare.stdout.contains("«nato-russia»"), "\(bare.stdout)")
        #expect(bare.stderr.contains("ontap: cut: ") && bare.stderr.contains("ontap: logbad: "), "\(bare.stderr)")
    }

    @Test func deckJSONErrorsNameTheirRealLineAndColumn() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let url = runner.decks.appendingPathComponent("nato-russia.json")
        var lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[4] = "  " + lines[4].replacingOccurrences(of: "\"id\":", with: "\"id\"")
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        let export = try runner.run(["export", "nato-russia", "--format", "csv", "--lang", "en"] + runner.folderArguments)
        #expect(export.status == 1)
        #expect(export.stderr.contains("nato-russia.json:5:"), "\(export.stderr)")
        #expect(!export.stderr.contains("nato-russia.json:1:1:"), "\(export.stderr)")
    }

    @Test func hostileTextFromFilesAndArgumentsNeverReachesTheTerminal() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        _ = try runner.run(["study", "nato-russia", "--lang", "en"] + runner.folderArguments, input: "x\n\n:quit\n")
        let hostile = "\u{1B}]52;c;aGk=\u{07}\u{1B}[2J\u{9B}31m\u{202E}"
        let folder = runner.progress.appendingPathComponent("nato-russia")
        // a file name doctor lists, an orphaned card id in the log, a deck name in the command line
        try Data("x".utf8).write(to: folder.appendingPathComponent("reviews.jsonl.torn-" + hostile))
        try Data("x".utf8).write(to: folder.appendingPathComponent(".state.json.tmp-" + hostile))
        var outputs: [(String, OntapRunner.Result)] = []   // each command's output
        outputs.append(("doctor", try runner.run(["doctor", "--lang", "en"] + runner.folderArguments)))
        outputs.append(("study argv", try runner.run(["study", hostile, "--lang", "en"] + runner.folderArguments, input: ":quit\n")))
        outputs.append(("bad option", try runner.run(["decks", "--" + hostile] + runner.folderArguments)))
        outputs.append(("bad value", try runner.run(["decks", "--lang", hostile] + runner.folderArguments)))
        outputs.append(("merge argv", try runner.run(["merge", hostile, "--lang", "en"] + runner.folderArguments)))
        outputs.append(("export argv", try runner.run(["export", hostile, "--lang", "en"] + runner.folderArguments)))
        // a hostile log: a card id and an unknown field full of escaped controls, read by every command that reads logs
        let log = folder.appendingPathComponent("reviews.jsonl")
        let handle = try FileHandle(forWritingTo: log)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data((#"{"card":"\u001b]0;owned\u0007\u009b2J","rating":3,"time":1,"duration_ms":0}"# + "\n").utf8))
        try handle.close()
        let other = runner.root.appendingPathComponent("Other/nato-russia")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: log, to: other.appendingPathComponent("reviews.jsonl"))
        for args in [["decks"], ["study", "nato-russia"], ["export", "nato-russia", "--format", "apkg", "-o",
                     runner.root.appendingPathComponent("x.apkg").path], ["doctor"], ["doctor", "--repair"],
                     ["merge", runner.root.appendingPathComponent("Other").path], ["optimize", "nato-russia"],
                     ["scheduler", "set", "nato-russia", "--retention", "0.8"], ["quiz", "nato-russia"]] {
            outputs.append((args.joined(separator: " "), try runner.run(args + ["--lang", "en"] + runner.folderArguments, input: ":quit\n")))
        }
        for (name, result) in outputs {
            #expect(!Self.hasControls(result.stdout) && !Self.hasControls(result.stderr),
                    "\(name): \(result.stdout.debugDescription) \(result.stderr.debugDescription)")
        }
        #expect(outputs[0].1.stdout.contains("torn-"))
    }

    @Test func eventsJSONEscapesControlsFromTheText() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        let text = runner.root.appendingPathComponent("hostile.en.txt")
        try "In 1991 the \u{202E}Soviet\u{85} Union was dissolved.\nIn 1994 Russia joined the \u{9B}2J Partnership for Peace.\n"
            .write(to: text, atomically: true, encoding: .utf8)
        let result = try runner.run(["events", "--json", text.path, "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1991"))
        #expect(result.stdout.contains("\\u202e"), "the text reaches the JSON, escaped")
        #expect(!Self.hasControls(result.stdout), "\(result.stdout.debugDescription)")
        let plain = try runner.run(["events", text.path, "--lang", "en"])
        #expect(!Self.hasControls(plain.stdout + plain.stderr))
    }
}
