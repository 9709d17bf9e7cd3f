import ArgumentParser
import FileFormats
import Foundation
import Store
import Study
import Terminal
#if canImport(Glibc)
import Glibc
#endif

/// `ontap study [DECK]`: the REPL. Also what `ontap` alone runs.
struct StudyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "study", abstract: "Study the cards that are due, in a REPL.")

    @Argument(help: "Deck name (a file Decks/NAME.json). Default: the first deck.")
    var deck: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let workspace = Workspace(global)
        let session = try deck.map { try workspace.session($0) } ?? firstWorkingDeck(workspace)
        let output = StandardOutput()
        let interactive = isatty(STDIN_FILENO) != 0
        let reader: any LineReader
        if interactive {
            ReadlineLineReader.prepareLocale()
            try? FileManager.default.createDirectory(at: global.progressURL, withIntermediateDirectories: true)
            let history = global.progressURL.appendingPathComponent(".history").path
            if let refusal = RegularFile.refusal(at: history) {
                FileHandle.standardError.write(Data(("ontap: " + TerminalText.sanitize(refusal) + "\n").utf8))
                reader = ReadlineLineReader(historyPath: nil)
            } else {
                reader = ReadlineLineReader(historyPath: history)
            }
        } else {
            reader = PlainLineReader(output: output)
        }
        let repl = StudyREPL(session: session, language: workspace.language, reader: reader, output: output,
                             columns: Self.terminalColumns(), deckNames: workspace.deckStore.names(),
                             clock: workspace.now, openDeck: { try workspace.session($0) })
        do { try repl.run() } catch {
            throw CLIError.fail(CLIError.message(for: error, language: workspace.language))
        }
    }

    /// With no deck named: the first deck (alphabetically) that opens; each broken one before it is named with its
    /// error on stderr, so one damaged deck never keeps the learner from the others.
    func firstWorkingDeck(_ workspace: Workspace) throws -> StudySession {
        let names = workspace.deckStore.names()
        guard !names.isEmpty else { _ = try workspace.defaultDeckName(); throw ExitCode.failure }
        var firstError: (any Error)?
        for name in names {
            do { return try workspace.openSession(name) } catch {
                firstError = firstError ?? error
                let message = name + ": " + CLIError.message(for: error, language: workspace.language)
                FileHandle.standardError.write(Data(("ontap: " + TerminalText.sanitize(message) + "\n").utf8))
            }
        }
        throw CLIError.fail(CLIError.message(for: firstError!, language: workspace.language))
    }

    /// The terminal's width, or `COLUMNS`, or 80.
    static func terminalColumns() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        return Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 80
    }
}
