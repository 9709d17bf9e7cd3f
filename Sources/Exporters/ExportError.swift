import FileFormats
import Foundation

/// Why an export could not be written.
public enum ExportError: Error, Equatable, LocalizedError {
    /// The format needs cards of a kind the deck lacks (the exam needs multiple-choice cards).
    case noCards(format: String, kind: String)
    /// `--count` asked for fewer than one question.
    case badCount(Int)
    /// SQLite refused to build the Anki collection (a bug, or the system library is broken).
    case database(String)
    /// The output file could not be written (full disk, no permission).
    case writeFailed(path: String, problem: FileProblem)

    /// A message the learner understands.
    public var errorDescription: String? {
        switch self {
        case let .noCards(format, kind): return "the deck has no \(kind) cards, so there is nothing to put in the \(format) export"
        case let .badCount(count): return "--count must be at least 1 (got \(count))"
        case let .database(message): return "could not build the Anki collection: \(message)"
        case let .writeFailed(path, problem): return "could not write \(path): \(problem); nothing was written there"
        }
    }
}
