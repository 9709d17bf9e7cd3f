import Foundation
import Testing

/// Where `export` writes: never a deck or progress, an existing file only with `--force`, a terminal only clean text.
@Suite struct ExportTargetTests {
    @Test func existingFileNeedsForceAndIsKeptWithoutIt() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let file = runner.root.appendingPathComponent("notes.md")
        try Data("my own notes\n".utf8).write(to: file)
        let refused = try runner.run(["export", "nato-russia", "--format", "csv", "-o", file.path, "--lang", "en"] + runner.folderArguments)
        #expect(refused.status != 0 && refused.stderr.contains("--force"), "\(refused.stderr)")
        #expect(try String(contentsOf: file, encoding: .utf8) == "my own notes\n")
        let forced = try runner.run(["export", "nato-russia", "--format", "csv", "-o", file.path, "--force"] + runner.folderArguments)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try Data(contentsOf: file).starts(with: Data("\u{FEFF}id,guid,".utf8)))
    }

    @Test func neverOntoADeckNorUnderProgressEvenWithForce() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let deck = runner.decks.appendingPathComponent("nato-russia.json")
        let before = try Data(contentsOf: deck)
        let onDeck = try runner.run(["export", "nato-russia", "--format", "tsv", "-o", deck.path, "--force", "--lang", "vi"]
                                    + runner.folderArguments)
        #expect(onDeck.status != 0 && onDeck.stderr.contains("bộ thẻ"), "\(onDeck.stderr)")
        #expect(try Data(contentsOf: deck) == before)
        let source = runner.decks.appendingPathComponent("nato-russia.vi.txt")
        let text = try Data(contentsOf: source)
        let onSource = try runner.run(["export", "nato-russia", "--format", "markdown", "-o", source.path, "--force"]
                                      + runner.folderArguments)
        let sourceAfter = try Data(contentsOf: source)
        #expect(onSource.status != 0 && sourceAfter == text, "\(onSource.stderr)")
        // Another file that happens to be in the decks folder is only the learner's: --force may replace it.
        let notes = runner.decks.appendingPathComponent("notes.md")
        try Data("x".utf8).write(to: notes)
        let onNotes = try runner.run(["export", "nato-russia", "--format", "markdown", "-o", notes.path, "--force"]
                                     + runner.folderArguments)
        let notesAfter = try String(contentsOf: notes, encoding: .utf8)
        #expect(onNotes.status == 0 && notesAfter.hasPrefix("# "), "\(onNotes.stderr)")
        let underProgress = runner.progress.appendingPathComponent("nato-russia.tsv")
        let refused = try runner.run(["export", "nato-russia", "--format", "tsv", "-o", underProgress.path, "--force", "--lang", "en"]
                                     + runner.folderArguments)
        #expect(refused.status != 0 && refused.stderr.contains("progress folder"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: underProgress.path))
    }

    @Test func textForATerminalHasNoControlCharacters() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        // A deck edited by hand (or made elsewhere) with an escape sequence in a card's prompt.
        let deckURL = runner.decks.appendingPathComponent("nato-russia.json")
        var deck = try String(contentsOf: deckURL, encoding: .utf8)
        let prompt = try #require(deck.range(of: "\"prompt\":\""))
        deck.insert(contentsOf: "\\u001b[2J\\u001b]0;pwned\\u0007", at: prompt.upperBound)
        try deck.write(to: deckURL, atomically: true, encoding: .utf8)
        let pty = try PTYProcess(OntapRunner.executable, ["export", "nato-russia", "--format", "tsv"] + runner.folderArguments,
                                 env: ["LANG=C.UTF-8", "HOME=\(runner.root.path)", "TERM=xterm"])
        try pty.expect("\u{FFFD}[2J")
        _ = pty.wait()
        #expect(!pty.transcript.contains("\u{1B}[2J") && !pty.transcript.contains("\u{07}"))
        // To a file or a pipe the text stays as the deck has it.
        let piped = try runner.run(["export", "nato-russia", "--format", "tsv"] + runner.folderArguments)
        #expect(piped.stdout.contains("\u{1B}[2J"))
    }
}
