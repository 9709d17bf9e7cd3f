import Foundation
import Testing

/// `Progress/.history` linking to a file elsewhere (a shared `Progress/` can carry such a link): readline used to
/// truncate the target and change its mode. Now the link is refused, named, and left alone, under a real terminal.
@Suite struct HistoryLinkTests {
    @Test func aHistoryLinkIsRefusedAndItsTargetUntouched() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let outside = runner.root.appendingPathComponent("outside.txt")
        try Data("not ontap's\n".utf8).write(to: outside)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: outside.path)
        try FileManager.default.createDirectory(at: runner.progress, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: runner.progress.appendingPathComponent(".history").path,
                                                   withDestinationPath: "../outside.txt")
        let session = try PTYProcess(OntapRunner.executable, ["study", "nato-russia", "--lang", "en"] + runner.folderArguments,
                                     env: ["LANG=C.UTF-8", "TERM=dumb", "INPUTRC=/dev/null", "PATH=/usr/bin:/bin", "HOME=\(runner.root.path)"])
        let welcome = try session.expect("› ")
        #expect(welcome.contains(".history is a symbolic link"), "\(welcome)")
        session.send(":help\r")
        try session.expect("› ")
        session.send(":quit\r")
        try session.expect("See you")
        #expect(session.wait() == 0)
        let vietnamese = try PTYProcess(OntapRunner.executable, ["study", "nato-russia", "--lang", "vi"] + runner.folderArguments,
                                        env: ["LANG=C.UTF-8", "TERM=dumb", "INPUTRC=/dev/null", "PATH=/usr/bin:/bin", "HOME=\(runner.root.path)"])
        let greeting = try vietnamese.expect("› ").replacingOccurrences(of: "\r\n  ", with: " ")
        #expect(greeting.contains(".history là một liên kết tượng trưng, không phải tệp do ontap tạo"), "\(greeting)")
        vietnamese.send(":quit\r")
        #expect(vietnamese.wait() == 0)
        #expect(try String(contentsOf: outside, encoding: .utf8) == "not ontap's\n")
        let mode = try FileManager.default.attributesOfItem(atPath: outside.path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
    }
}

/// A deck made from a text with terminal controls: `export` to a terminal shows it sanitised, to a pipe exactly.
@Suite struct HostileDeckTerminalTests {
    @Test func exportToATerminalIsSanitisedAndToAPipeExact() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        let path = runner.root.appendingPathComponent("evil.txt")
        try Data("Năm 1994, NATO ký hiệp ước với Nga.\n".utf8).write(to: path)
        #expect(try runner.run(["generate", path.path] + runner.folderArguments).status == 0)
        // the generator cleans text; a deck edited by hand (or shared) may still carry escaped controls
        let deck = runner.decks.appendingPathComponent("evil.json")
        let edited = try String(contentsOf: deck, encoding: .utf8)
            .replacingOccurrences(of: "ký hiệp ước", with: #"k\u001b]52;c;aGk=\u0007ý\u009b2J hiệp ước"#)
        try edited.write(to: deck, atomically: true, encoding: .utf8)
        let args = ["export", "evil", "--format", "markdown", "--lang", "en"] + runner.folderArguments
        let piped = try runner.run(args)
        #expect(piped.stdout.unicodeScalars.contains("\u{1B}"), "a pipe gets the deck's text as it is")
        let terminal = try PTYProcess(OntapRunner.executable, args,
                                      env: ["LANG=C.UTF-8", "TERM=dumb", "PATH=/usr/bin:/bin", "HOME=\(runner.root.path)"])
        try terminal.expect("1994")
        #expect(terminal.wait() == 0)
        let shown = terminal.transcript
        #expect(!shown.contains("\u{1B}") && !shown.contains("\u{07}") && !shown.unicodeScalars.contains { $0.value == 0x9B }, "\(shown.debugDescription)")
    }
}
