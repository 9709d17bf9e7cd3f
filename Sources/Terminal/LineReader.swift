import Foundation

/// What reading one line of input gave.
public enum LineInput: Equatable, Sendable {
    case line(String)
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
    /// The countdown reached zero before the line was finished.
    case timeUp
}

/// A time limit shown in the prompt while it counts down: `prompt(secondsLeft)` is drawn again each second.
public struct Countdown {
    /// When time is up, in ms since the epoch (wall clock).
    public var deadline: Int64
    public var prompt: (Int) -> String

    public init(deadline: Int64, prompt: @escaping (Int) -> String) {
        self.deadline = deadline
        self.prompt = prompt
    }

    /// Whole seconds left at `now` (ms), never below 0.
    public func secondsLeft(at now: Int64) -> Int { Int(max(0, (deadline - now + 999) / 1000)) }

    /// The wall clock in ms.
    public static func now() -> Int64 { Int64((Date().timeIntervalSince1970 * 1000).rounded()) }
}

/// A source of input lines: GNU readline on a terminal, plain lines from a pipe, or a script in tests.
public protocol LineReader: AnyObject {
    /// Shows `prompt` and reads one line.
    func readLine(prompt: String) -> LineInput
    /// Words Tab may complete to, for the next `readLine`.
    func setCompletions(_ words: [String])
    /// Remembers a command in the history (never answers).
    func remember(_ command: String)
    /// Reads one line while `countdown` runs; `.timeUp` when it reaches zero first.
    func readLine(countdown: Countdown) -> LineInput
}

extension LineReader {
    /// Without live redrawing: the prompt shows the time left when drawn, and a line finished late is too late.
    public func readLine(countdown: Countdown) -> LineInput {
        guard countdown.secondsLeft(at: Countdown.now()) > 0 else { return .timeUp }
        let input = readLine(prompt: countdown.prompt(countdown.secondsLeft(at: Countdown.now())))
        return Countdown.now() >= countdown.deadline ? .timeUp : input
    }
}
