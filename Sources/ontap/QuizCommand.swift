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
    static let configuration = CommandConfiguration(commandName: "quiz", abstract: help(.quiz))

    @Argument(help: ArgumentHelp(help(.quizDeck)), completion: DeckCompletion.kind)
    var deck: String?

    @Option(name: [.customShort("n"), .long], help: ArgumentHelp(help(.quizCount)))
    var count: Int = 10

    @Option(help: ArgumentHelp(help(.quizKinds(CardKind.allCases.map(\.rawValue).joined(separator: ",")))))
    var kinds: CardKindList?

    @Option(help: ArgumentHelp(help(.quizSeed)))
    var seed: UInt64?

    @Option(name: .customLong("time-limit"), help: ArgumentHelp(help(.quizTimeLimit)))
    var timeLimit: TimeLimit?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard count > 0 else { throw ValidationError(Messages(language: global.interfaceLanguage).countTooSmall()) }
    }

    func run() throws {
        let workspace = Workspace(global)
        let deck = try workspace.deck(try self.deck ?? workspace.defaultDeckName())
        let kindSet = kinds.map { Set($0.kinds) }
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
                 columns: StudyCommand.terminalColumns(), timeLimitSeconds: timeLimit?.seconds).run()
    }
}
