import Foundation

/// What can go wrong in the scheduling module: bad settings, bad input files, too little data to fit.
public enum SchedulingError: Error, Equatable, Sendable, LocalizedError {
    /// The FSRS weights are the wrong count or out of bounds.
    case invalidWeights(SettingProblem)
    /// A setting is unusable (e.g. desired retention outside (0, 1)).
    case invalidSetting(SettingProblem)
    /// An input file is malformed at `line` (1-based); `file` may be empty when reading bytes.
    case badInput(file: String, line: Int, problem: InputProblem)
    /// Too few reviews to fit parameters.
    case notEnoughData(NotEnoughReviews)
    /// A file could not be read or written.
    case unreadable(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case let .invalidWeights(m): return "invalid FSRS parameters: \(m)"
        case let .invalidSetting(m): return "invalid scheduler setting: \(m)"
        case let .badInput(file, line, problem):
            return file.isEmpty ? "line \(line): \(problem)" : "\(file):\(line): \(problem)"
        case let .notEnoughData(m): return "not enough reviews to optimize: \(m)"
        case let .unreadable(path, reason): return "cannot read \(path): \(reason)"
        }
    }

    /// The same error attributed to `file` (for messages that name the path).
    public func inFile(_ file: String) -> SchedulingError {
        if case let .badInput(_, line, problem) = self { return .badInput(file: file, line: line, problem: problem) }
        return self
    }
}
