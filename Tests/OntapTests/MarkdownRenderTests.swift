import Foundation
import Testing

/// The Markdown study sheet rendered by two real renderers, CommonMark (markdown-it-py, strict CommonMark mode)
/// and Python-Markdown (what MkDocs uses), must give the same document: same elements, same text.
@Suite(.enabled(if: AnkiHarness.python != nil, "set ONTAP_ANKI_PYTHON to the test venv (.ci/run installs the renderers)"))
struct MarkdownRenderTests {
    /// Renders stdin with both and prints "same" or the first difference between their element/text sequences.
    static let compare = #"""
    import html.parser, sys
    import markdown, markdown_it
    source = sys.stdin.read()
    class Flat(html.parser.HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True); self.out = []
        def handle_starttag(self, tag, attrs): self.out.append("<" + tag)
        def handle_startendtag(self, tag, attrs): self.out.append("<" + tag)
        def handle_endtag(self, tag): self.out.append("</" + tag)
        def handle_data(self, data):
            text = " ".join(data.split())
            if text: self.out.append(text)
    def flat(rendered):
        parser = Flat(); parser.feed(rendered); return parser.out
    a = flat(markdown_it.MarkdownIt("commonmark").render(source))
    b = flat(markdown.markdown(source))
    if a == b: print("same", len(a))
    else:
        i = next(i for i in range(min(len(a), len(b)) + 1) if i >= min(len(a), len(b)) or a[i] != b[i])
        print("differ at", i, a[max(0, i - 3):i + 3], b[max(0, i - 3):i + 3])
    """#

    static func render(_ markdown: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: AnkiHarness.python ?? "/usr/bin/false")
        process.arguments = ["-c", compare]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        input.fileHandleForWriting.write(Data(markdown.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func studySheetRendersTheSameInCommonMarkAndPythonMarkdown() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        // Text that trips one renderer or the other: list and heading starts, pipes, angle brackets, emphasis.
        let deckURL = runner.decks.appendingPathComponent("nato-russia.json")
        var deck = try String(contentsOf: deckURL, encoding: .utf8)
        let prompt = try #require(deck.range(of: "\"prompt\":\""))
        deck.insert(contentsOf: "- 1994. <b>NATO</b> | *Nga* = _PfP_ # ", at: prompt.upperBound)
        try deck.write(to: deckURL, atomically: true, encoding: .utf8)
        let export = try runner.run(["export", "nato-russia", "--format", "markdown"] + runner.folderArguments)
        #expect(export.status == 0, "\(export.stderr)")
        // Every card of the deck is numbered (past nine: two digits).
        let cardCount = deck.components(separatedBy: "\"kind\":").count - 1
        #expect(cardCount > 9 && export.stdout.contains("**Câu \(cardCount).**"))
        let verdict = try Self.render(export.stdout)
        #expect(verdict.hasPrefix("same"), "\(verdict)")
    }
}
