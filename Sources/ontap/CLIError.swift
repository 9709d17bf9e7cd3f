import ArgumentParser
import Exporters
import Foundation
import Store
import Terminal
import Timeline

/// Prints errors the way a learner can act on them, and exits non-zero.
enum CLIError {
    /// Writes `ontap: message` to stderr (control characters replaced) and returns the failure exit code.
    static func fail(_ message: String) -> ExitCode {
        let clean = TerminalText.sanitize(message)
        FileHandle.standardError.write(Data(("ontap: " + clean + "\n").utf8))
        return ExitCode.failure
    }

    /// The message for any error, in the interface language where the error offers one.
    static func message(for error: any Error, language: Language) -> String {
        if let error = error as? SourceTextError { return error.message(in: language) }
        if let error = error as? ImportError { return Messages(language: language).importError(error) }
        if error is StoreError { return Messages(language: language).describe(error) }
        if let error = error as? WorkspaceError {
            let messages = Messages(language: language)
            switch error {
            case let .noDecks(folder): return messages.noDecks(folder: folder)
            case let .badExamDate(text): return messages.badExamDate(text)
            case let .examPassed(text): return messages.examPassed(text)
            }
        }
        if case let .noSuchCard(id) = error as? CardsError { return Messages(language: language).noSuchCard(id) }
        if let error = error as? LocalizedError, let description = error.errorDescription { return description }
        return "\(error)"
    }
}
