/// What reading one line of input gave.
public enum LineInput: Equatable, Sendable {
    case line(String)
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
}

/// A source of input lines: GNU readline on a terminal, plain lines from a pipe, or a script in tests.
public protocol LineReader: AnyObject {
    /// Shows `prompt` and reads one line.
    func readLine(prompt: String) -> LineInput
    /// Words Tab may complete to, for the next `readLine`.
    func setCompletions(_ words: [String])
    /// Remembers a command in the history (never answers).
    func remember(_ command: String)
}
