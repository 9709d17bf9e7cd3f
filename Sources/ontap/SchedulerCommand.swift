import ArgumentParser
import Exporters
import Foundation
import Scheduling

/// `ontap scheduler …`: tools to check ontap's schedulers against other implementations.
struct SchedulerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scheduler",
        abstract: help(.scheduler),
        subcommands: [SchedulerSettingsCommand.self, Replay.self]
    )

    /// `ontap scheduler replay FILE.json`: replays review sequences and prints every step's state as JSON.
    struct Replay: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "replay",
            abstract: help(.schedulerReplay),
            discussion: """
                FILE holds {"schedulers": {NAME: SETTINGS}, "sequences": [{"id", "scheduler", "card_created", \
                "steps": [{"rating": 1-4, "review_at": ISO 8601 or "review_at_ms"}]}]}. SETTINGS uses py-fsrs's \
                keys (parameters, desired_retention, learning_steps, relearning_steps, maximum_interval, \
                enable_fuzzing) plus "kind": "fsrs" or "sm2". Output steps carry the fields of vectors.json's \
                "expected" (state, step, stability, difficulty, due_ms, retrievability_before, …).
                """
        )

        @Argument(help: "The replay file (JSON).")
        var file: String

        @Option(name: [.short, .long], help: "Write the JSON here instead of standard output (only if the whole file replays).")
        var output: String?

        func run() throws {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: file))
            } catch {
                throw SchedulingError.unreadable(path: file, reason: error.localizedDescription)
            }
            let text = try ReplayFile.run(data, file: file)
            if let output {
                do {
                    try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
                } catch {
                    throw SchedulingError.unreadable(path: output, reason: error.localizedDescription)
                }
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        }
    }
}
