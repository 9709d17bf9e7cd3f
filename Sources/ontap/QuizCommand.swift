import ArgumentParser
import Cards
import Foundation
import Study
import Terminal
#if canImport(Glibc)
import Glibc
#endif

/// `ontap quiz [DECK] [-n N]`: an exam with a score, no scheduling.
struct QuizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "quiz", abstract: "Take a quiz: N questions and a score; nothing is scheduled.")

    @Argument(help: "Deck name (default: the first deck).")
    var deck: String?

    @Option(name: [.customShort("n"), .long], help: "Number of questions.")
    var count: Int = 10

    @Option(help: "Only these card kinds, comma-separated: \(CardKind.allCases.map(\.rawValue).joined(separator: ",")).")
    var kinds: String?

    @Option(help: "Seed for drawing the questions (the same seed gives the same quiz).")
    var seed: UInt64?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard count > 0 else { throw ValidationError("--count must be at least 1") }
        if let kinds, kinds.split(separator: ",").contains(where: { CardKind(rawValue: String($0)) == nil }) {
            throw ValidationError("unknown card kind in '\(kinds)'; choose from: " + CardKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
    }

    func run() throws {
        let workspace = Workspace(global)
        let deck = try workspace.deck(try self.deck ?? workspace.defaultDeckName())
        let kindSet = kinds.map { Set($0.split(separator: ",").compactMap { CardKind(rawValue: String($0)) }) }
        let quiz = QuizSession(deck: deck, count: count, kinds: kindSet, seed: seed ?? UInt64(bitPattern: workspace.now()))
        let output = StandardOutput()
        let reader: any LineReader
        if isatty(STDIN_FILENO) != 0 {
            ReadlineLineReader.prepareLocale()
            reader = ReadlineLineReader(historyPath: nil)
        } else {
            reader = PlainLineReader(output: output)
        }
        QuizREPL(quiz: quiz, language: workspace.language, reader: reader, output: output,
                 columns: StudyCommand.terminalColumns()).run()
    }
}
