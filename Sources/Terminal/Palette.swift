import Cards
import Rainbow

/// The look of a line: verdicts, headers and warnings in colour on a colour terminal (Rainbow leaves text plain
/// when `NO_COLOR` is set, `TERM` is `dumb`, or the output is not a terminal).
public enum Tone: Sendable {
    case plain, right, almost, wrong, header, warning

    /// `text` (already wrapped) in this tone, line by line so a wrapped line keeps its colour.
    public func paint(_ text: String) -> String {
        guard self != .plain else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let plain = String(line)
            guard !plain.isEmpty else { return plain }
            switch self {
            case .plain: return plain
            case .right: return plain.green.bold
            case .almost: return plain.yellow.bold
            case .wrong: return plain.red.bold
            case .header: return plain.cyan.bold
            case .warning: return plain.yellow
            }
        }.joined(separator: "\n")
    }

    /// The tone of a verdict.
    public static func of(_ verdict: AnswerVerdict) -> Tone {
        switch verdict {
        case .correct: .right
        case .almost: .almost
        case .wrong: .wrong
        }
    }
}
