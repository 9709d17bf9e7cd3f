import Foundation

/// What went wrong reading or writing one file: its path, and the line and column of a fault in its text.
///
/// Callers that know the file's role (a deck, a review log) turn this into their own error with advice.
/// The problem is a value (`FileProblem`); the interface's catalogues put it in words.
public enum FileError: Error, Equatable, Sendable {
    case unreadable(path: String, problem: FileProblem)
    case damaged(path: String, line: Int, column: Int, problem: FileProblem)
    case writeFailed(path: String, problem: FileProblem)
}
