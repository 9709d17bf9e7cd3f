import ArgumentParser
import Foundation
import Exporters
import Scheduling
import Store
import Terminal
import Timeline

/// `ontap`: turn history text into cards and study them in the terminal.
@main
struct Ontap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ontap",
        abstract: "Ôn tập: turn history text into question cards and study them with spaced repetition.",
        discussion: "With no subcommand, opens the study REPL on the decks in Decks/.",
        subcommands: [StudyCommand.self, GenerateCommand.self, EventsCommand.self, DecksCommand.self,
                      ExportCommand.self, QuizCommand.self, OptimizeCommand.self, DoctorCommand.self,
                      MergeCommand.self, SchedulerCommand.self],
        defaultSubcommand: StudyCommand.self
    )

    /// Runs the command; ontap's own errors are printed as `ontap: …` (what, where, what to do), exit status 1.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as SchedulingError {
            exit(withError: CLIError.fail(error.errorDescription ?? "\(error)"))
        } catch let error as StoreError {
            exit(withError: CLIError.fail(error.errorDescription ?? "\(error)"))
        } catch let error as TimelineFileError {
            exit(withError: CLIError.fail(error.errorDescription ?? "\(error)"))
        } catch let error as ExportError {
            exit(withError: CLIError.fail(error.errorDescription ?? "\(error)"))
        } catch {
            // ArgumentParser's own messages echo the arguments (and help text): sanitised like everything else.
            let message = fullMessage(for: error)
            let code = exitCode(for: error)
            if !message.isEmpty {
                let clean = Data((TerminalText.sanitize(message) + "\n").utf8)
                (code == .success ? FileHandle.standardOutput : FileHandle.standardError).write(clean)
            }
            Foundation.exit(code.rawValue)
        }
    }
}
