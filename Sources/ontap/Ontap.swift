import ArgumentParser

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
}
