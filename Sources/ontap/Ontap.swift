import Foundation
import ArgumentParser
import Foundation
import Exporters
import Scheduling
import Store
import Study
import Terminal
import Timeline

/// `ontap`: turn history text into cards and study them in the terminal.
@main
struct Ontap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ontap",
        abstract: help(.ontap),
        discussion: help(.ontapDiscussion),
        version: Ontap.version,
        subcommands: [StudyCommand.self, GenerateCommand.self, EventsCommand.self, DecksCommand.self,
                      ExportCommand.self, ImportCommand.self, QuizCommand.self, CardsCommand.self, StatsCommand.self, OptimizeCommand.self,
                      DoctorCommand.self, MergeCommand.self, SchedulerCommand.self, CheckCommand.self],
        defaultSubcommand: StudyCommand.self
    )

    /// Runs the command. The one place an error becomes a message and an exit code: ontap's own errors are
    /// printed as `ontap: …` (what, where, what to do) in the interface language, exit status 1; usage errors,
    /// help and `--version` go to ArgumentParser.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let language = GlobalOptions.language(arguments: arguments)
        do {
            try checkCommandName(arguments, language: language)
            var command = try parseAsRoot(rootHelpArguments(arguments))
            try command.run()
        } catch let code as ExitCode {
            exit(withError: code)                     // a verdict already printed (a check that flagged cards)
        } catch let failure as CLIError {
            fail(failure.message)
        } catch where CLIError.isOwn(error) {
            fail(CLIError.message(for: error, language: language))
        } catch {
            // ArgumentParser's own messages echo the arguments (and help text): sanitised like everything else.
            let code = exitCode(for: error)
            let message = code == .success ? UsageErrorText.localizedHelp(fullMessage(for: error), language: language)
                : UsageErrorText.localized(fullMessage(for: error), language: language)
            if !message.isEmpty {
                let clean = Data((TerminalText.sanitize(message) + "\n").utf8)
                (code == .success ? FileHandle.standardOutput : FileHandle.standardError).write(clean)
            }
            Foundation.exit(code.rawValue)
        }
    }

    /// A help request (`--help`, `-h`, `ontap help …`) is answered in the language `--lang` names, which was read
    /// before parsing (`HelpText`); `--lang` itself is dropped from it, as ArgumentParser would read it as an option of
    /// the default command (`ontap --help --lang vi` showed study's page) or refuse it (`ontap help study --lang vi`).
    static func rootHelpArguments(_ arguments: [String]) -> [String] {
        guard arguments.contains(where: { $0 == "--help" || $0 == "-h" }) || arguments.first == "help" else { return arguments }
        var kept: [String] = []
        var skipNext = false
        for argument in arguments {
            if skipNext { skipNext = false; continue }
            if argument == "--lang" { skipNext = true; continue }
            if argument.hasPrefix("--lang=") { continue }
            kept.append(argument)
        }
        return kept
    }

    /// Writes `ontap: message` to standard error (control characters replaced) and exits with status 1.
    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data(("ontap: " + TerminalText.sanitize(message) + "\n").utf8))
        Foundation.exit(ExitCode.failure.rawValue)
    }

    /// This build's version, for `--version`.
    static let version = "0.2.0"

    /// A first word that is no command and no deck but close to a command (`gnerate`) is named and corrected,
    /// never read as a deck name.
    static func checkCommandName(_ arguments: [String], language: Language) throws {
        guard let first = arguments.first, !first.hasPrefix("-"), Workspace.deckFile(first) == nil else { return }
        let commands = configuration.subcommands.map { $0._commandName } + ["help"]
        guard !commands.contains(first) else { return }
        let close = DeckNameMatch.suggestions(for: first, in: commands, limit: 2)
        guard !close.isEmpty, close.first != first else { return }
        // A deck by that name (diacritics and case aside) wins: `ontap study`'s deck argument is optional.
        let decks = GlobalOptions.home().appending("Decks")
        let folder = arguments.firstIndex(of: "--decks").flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil } ?? decks
        let names = DeckStore(directory: URL(fileURLWithPath: folder, isDirectory: true)).names()
        guard DeckNameMatch.find(first, in: names) == nil else { return }
        throw CLIError.fail(Messages(language: language).unknownSubcommand(first, suggestions: close))
    }
}
