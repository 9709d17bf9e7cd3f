import ArgumentParser
import Cards
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
    static let configuration = CommandConfiguration(commandName: "study", abstract: help(.study))

    @Argument(help: ArgumentHelp(help(.studyDeck)), completion: DeckCompletion.kind)
    var deck: String?

    @Option(help: ArgumentHelp(help(.studyKinds(CardKind.allCases.map(\.rawValue).joined(separator: ",")))))
    var kinds: CardKindList?

    @Option(help: ArgumentHelp(help(.studyExam)))
    var exam: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let workspace = Workspace(global)
        let kindSet = kinds.map { Set($0.kinds) }
        let output = StandardOutput()
        let interactive = isatty(STDIN_FILENO) != 0
        let reader: any LineReader
        if interactive {
            ReadlineLineReader.prepareLocale()
            try? FileManager.default.createDirectory(at: global.progressURL, withIntermediateDirectories: true)
            let history = global.progressURL.appendingPathComponent(".history").path
            if let kind = RegularFile.refusal(at: history) {
                let message = Messages(language: workspace.language).command(.historyNotAFile(path: history, kind: kind))
                FileHandle.standardError.write(Data(("ontap: " + TerminalText.sanitize(message) + "\n").utf8))
                reader = ReadlineLineReader(historyPath: nil)
            } else {
                reader = ReadlineLineReader(historyPath: history)
            }
        } else {
            reader = PlainLineReader(output: output)
        }
        let name: String
        if let deck {
            name = deck
        } else if interactive {
            // Bare `ontap` at a terminal: the home screen, Enter for the deck studied last.
            let home = HomeScreen(rows: try workspace.overview(), preferred: try workspace.defaultDeckName(),
                                  language: workspace.language, reader: reader, output: output)
            guard let chosen = home.choose() else { return }
            name = chosen
        } else {
            name = try firstWorkingDeck(workspace)
        }
        let session: StudySession
        if let exam {
            let cram = try workspace.examSession(name, examDate: exam)
            session = cram.session
            let intro = Messages(language: workspace.language).cramIntro(exam: exam, daysLeft: Int(cram.plan.examDay - cram.today),
                                                                        today: session.pendingCount, total: cram.plan.order.count)
            output.write(TerminalText.wrap(intro, columns: Self.terminalColumns(), indent: 2) + "\n")
        } else {
            session = try workspace.session(name, kinds: kindSet)
        }
        let repl = StudyREPL(session: session, language: workspace.language, reader: reader, output: output,
                             columns: Self.terminalColumns(), deckNames: workspace.deckStore.names(),
                             clock: workspace.now, openDeck: { try workspace.session($0, kinds: kindSet) },
                             saveEdit: { deck, cardID, edit in try workspace.deckStore.saveEdit(edit, of: cardID, inDeck: deck) })
        try repl.run()
    }

    /// With no deck named and no terminal: the deck studied last, else the first (alphabetically) that opens; each
    /// broken one before it is named with its error on stderr, so one damaged deck never keeps the learner out.
    func firstWorkingDeck(_ workspace: Workspace) throws -> String {
        let preferred = try workspace.defaultDeckName()
        let names = [preferred] + workspace.deckStore.names().filter { $0 != preferred }
        var firstError: (any Error)?
        for name in names {
            do { _ = try workspace.session(name); return name } catch {
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
