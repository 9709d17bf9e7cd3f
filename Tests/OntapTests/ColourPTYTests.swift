import Foundation
import Testing

/// Colour for verdicts and headers on a colour terminal; none with NO_COLOR, TERM=dumb or a pipe.
@Suite(.serialized)
struct ColourPTYTests {
    /// The line of `text` holding `needle`.
    func line(containing needle: String, in text: String) -> String {
        text.components(separatedBy: .newlines).first { $0.contains(needle) } ?? ""
    }

    func verdictLine(term: String, noColor: Bool) throws -> String {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.writeDeck("mau", [.init(id: "a", prompt: "Cách mạng tháng Tám thành công năm nào?", answer: "năm 1945", event: "e1")])
        let process = try PTYProcess(OntapRunner.executable, ["study", "mau", "--lang", "en", "--now", "2026-03-01T09:00:00Z"] + runner.folderArguments,
                                     env: ["LANG=C.UTF-8", "TERM=\(term)", "INPUTRC=/dev/null", "PATH=/usr/bin:/bin", "HOME=\(runner.root.path)"]
                                        + (noColor ? ["NO_COLOR=1"] : []))
        try process.expect("› ")
        process.send("1945\r")
        let judged = try process.expect("Grade 1-4")
        process.send("\r")
        try process.expect("› ")
        process.send(":quit\r")
        _ = process.wait()
        return line(containing: "✓ Right", in: judged)
    }

    @Test func coloursOnAColourTerminalOnly() throws {
        #expect(try verdictLine(term: "xterm-256color", noColor: false).contains("\u{1B}["))
        #expect(!(try verdictLine(term: "xterm-256color", noColor: true)).contains("\u{1B}["))
        #expect(!(try verdictLine(term: "dumb", noColor: false)).contains("\u{1B}["))
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.writeDeck("mau", [.init(id: "a", prompt: "Năm nào?", answer: "năm 1945", event: "e1")])
        let piped = try runner.run(["study", "mau", "--lang", "en"] + runner.folderArguments, input: "1945\n\n:quit\n",
                                   environment: ["TERM": "xterm-256color"])
        #expect(piped.stdout.contains("✓ Right") && !piped.stdout.contains("\u{1B}["))
    }
}
