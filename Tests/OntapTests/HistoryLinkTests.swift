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
        #expect(try String(contentsOf: outside, encoding: .utf8) == "not ontap's\n")
        let mode = try FileManager.default.attributesOfItem(atPath: outside.path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
    }
}
