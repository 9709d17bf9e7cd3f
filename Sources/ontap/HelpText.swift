import Foundation
import Terminal
import Timeline

/// Help text in this run's interface language, read from the command line (`--lang`) and LANG before parsing, as
/// ArgumentParser builds its help from strings given when the commands are declared.
enum HelpText {
    /// The interface language of this run.
    static let language = GlobalOptions.language(arguments: Array(CommandLine.arguments.dropFirst()))

    /// `help` in this run's language.
    static func text(_ help: CommandHelp) -> String { Messages(language: language).commandHelp(help) }
}

/// `help(.study)`: a command's help text in this run's language, short at the declarations.
func help(_ help: CommandHelp) -> String { HelpText.text(help) }
