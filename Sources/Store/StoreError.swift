import FileFormats
import Foundation

/// What went wrong with a file under `Decks/` or `Progress/`, and what the learner can do.
public enum StoreError: LocalizedError, Equatable, Sendable {
    case deckNotFound(name: String, available: [String])
    case unreadable(path: String, problem: FileProblem)
    case damaged(path: String, line: Int, column: Int, problem: FileProblem)
    case unsupportedVersion(path: String, format: String, version: Int)
    case invalidName(String)
    case writeFailed(path: String, problem: FileProblem)
    case locked(path: String, holder: String)

    /// What the learner can do about a damaged file, by its kind.
    static func advice(forDamaged path: String) -> String {
        if path.hasSuffix("reviews.jsonl") {
            return "fix or delete that line by hand (the review log is the truth, so ontap never rewrites it), then run `ontap doctor`"
        }
        if path.hasSuffix("state.json") {
            return "run `ontap doctor --repair` to rebuild it from the review log (the old file is kept)"
        }
        return "fix it by hand, or make it again with `ontap generate`"
    }

    /// The error in English, for logs and tests; the interface renders it through its catalogues (`Messages`).
    public var errorDescription: String? {
        switch self {
        case let .deckNotFound(name, available):
            let list = available.isEmpty ? "there are no decks yet; make one with `ontap generate TEXT`"
                : "decks: " + available.joined(separator: ", ")
            return "no deck named '\(name)' (\(list))"
        case let .unreadable(path, problem):
            return "\(path): cannot read the file (\(problem))"
        case let .damaged(path, line, column, problem):
            return "\(path):\(line):\(column): \(problem); the file was left as it is: " + Self.advice(forDamaged: path)
        case let .unsupportedVersion(path, format, version):
            return "\(path): \(format) version \(version) is newer than this ontap understands; the file was left as it is: update ontap to read it"
        case let .invalidName(name):
            return "'\(name)' is not a valid deck name: use letters, digits, '-' and '_' (no '/', '..' or control characters)"
        case let .writeFailed(path, problem):
            return "\(path): could not save (\(problem)); the previous file is intact: free some disk space or make the folder writable, then try again"
        case let .locked(path, holder):
            return "\(path) is in use by \(holder); close that ontap first (it lets go of the deck when it exits), then try again"
        }
    }
}

extension StoreError {
    /// The same failure of one file, with the advice that fits its place under `Decks/` or `Progress/`.
    init(_ error: FileError) {
        switch error {
        case let .unreadable(path, problem): self = .unreadable(path: path, problem: problem)
        case let .damaged(path, line, column, problem): self = .damaged(path: path, line: line, column: column, problem: problem)
        case let .writeFailed(path, problem): self = .writeFailed(path: path, problem: problem)
        }
    }
}
