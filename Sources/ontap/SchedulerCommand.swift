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
            discussion: help(.schedulerReplayDiscussion)
        )

        @Argument(help: ArgumentHelp(help(.replayFile)))
        var file: String

        @Option(name: [.short, .long], help: ArgumentHelp(help(.replayOutput)))
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
