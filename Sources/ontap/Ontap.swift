import ArgumentParser
import Exporters
import Scheduling
import Store
import Timeline

/// `ontap`: turn history text into cards and study them in the terminal.
@main
struct Ontap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ontap",
        abstract: "Ôn tập: turn history text into question cards and study them with spaced repetition.",
        discussion: "With no subcommand, opens the study REPL on the decks in Decks/.",
        subcommands: [StudyCommand.self, GenerateCommand.self, EventsCommand.self, DecksCommand.self,
                      ExportCommand.self, QuizCommand.self, CardsCommand.self, StatsCommand.self, OptimizeCommand.self, DoctorCommand.self,
                      MergeCommand.self, SchedulerCommand.self],
        defaultSubcommand: StudyCommand.self
    )

    /// Runs the command. The one place an error becomes a message and an exit code: ontap's own errors are
    /// printed as `ontap: …` (what, where, what to do) in the interface language, exit status 1; usage errors,
    /// help and `--version` go to ArgumentParser.
    static func main() {
        let language = GlobalOptions.language(arguments: Array(CommandLine.arguments.dropFirst()))
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            exit(withError: code)                     // already said
        } catch let error as SchedulingError {
            exit(withError: CLIError.fail(CLIError.message(for: error, language: language)))
        } catch let error as StoreError {
            exit(withError: CLIError.fail(CLIError.message(for: error, language: language)))
        } catch let error as TimelineFileError {
            exit(withError: CLIError.fail(CLIError.message(for: error, language: language)))
        } catch let error as ExportError {
            exit(withError: CLIError.fail(CLIError.message(for: error, language: language)))
        } catch let error as CardsError {
            exit(withError: CLIError.fail(CLIError.message(for: error, language: language)))
        } catch let error as WorkspaceError {
            exit(withError: CLIError.fail(CLIError.message(for: error, language: language)))
        } catch {
            exit(withError: error)
        }
    }
}
