import Foundation

/// What went wrong reading or writing one file: its path, and the line and column of a fault in its text.
///
/// Callers that know the file's role (a deck, a review log) turn this into their own error with advice.
public enum FileError: LocalizedError, Equatable, Sendable {
    case unreadable(path: String, reason: String)
    case damaged(path: String, line: Int, column: Int, reason: String)
    case writeFailed(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case let .unreadable(path, reason): "\(path): cannot read the file (\(reason))"
        case let .damaged(path, line, column, reason): "\(path):\(line):\(column): \(reason); the file was left as it is"
        case let .writeFailed(path, reason):
            "\(path): could not save (\(reason)); the previous file is intact: free some disk space or make the folder writable, then try again"
        }
    }
}
