import Foundation
import CReadline
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// True only while blocked inside readline(): there, Ctrl-C abandons the line being typed.
private let insideReadline = Atomic<Bool>(false)
/// The words Tab completes to; replaced before each prompt. A global so C callbacks can reach it.
private let completionWords = Mutex<[String]>([])

private let completionGenerator: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = { text, state in
    let prefix = text.map { String(cString: $0) } ?? ""
    let matches = completionWords.withLock { words in words.filter { $0.hasPrefix(prefix) } }
    guard Int(state) < matches.count else { return nil }
    return strdup(matches[Int(state)])
}

private let attemptedCompletion: @convention(c) (UnsafePointer<CChar>?, Int32, Int32)
    -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = { text, _, _ in
    crl_set_completion_over(1)                    // never fall back to file names
    return rl_completion_matches(text, completionGenerator)
}

/// The running countdown, for the C event hook: its deadline, the prompt's text around the time, the last second drawn.
private let countdownState = Mutex<(deadline: Int64, before: String, after: String, shown: Int, timedOut: Bool)?>(nil)

private let countdownHook: @convention(c) () -> Int32 = {
    let now = Int64((Date().timeIntervalSince1970 * 1000).rounded())
    let redraw: String? = countdownState.withLock { state in
        guard var current = state else { return nil }
        let left = Int(max(0, (current.deadline - now + 999) / 1000))
        if left == 0 {
            current.timedOut = true
            state = current
            return ""
        }
        guard left != current.shown else { return nil }
        current.shown = left
        state = current
        return current.before + Countdown.clock(left) + current.after
    }
    if let redraw {
        if redraw.isEmpty { crl_finish_line() } else { crl_set_prompt(redraw) }
    }
    return 0
}

extension Countdown {
    /// `mm:ss` for `seconds`.
    public static func clock(_ seconds: Int) -> String {
        let m = seconds / 60, s = seconds % 60
        return (m < 10 ? "0" : "") + "\(m):" + (s < 10 ? "0" : "") + "\(s)"
    }
}

/// GNU readline on a terminal: line editing in UTF-8, Tab completion, history kept in a file.
public final class ReadlineLineReader: LineReader {
    private let historyPath: String?

    /// Sets up readline; loads command history from `historyPath` if given.
    public init(historyPath: String?) {
        self.historyPath = historyPath
        crl_set_readline_name(strdup("ontap"))
        crl_set_attempted_completion(attemptedCompletion)
        signal(SIGINT) { _ in
            if insideReadline.load(ordering: .acquiring) { crl_abandon_line() }
        }
        using_history()
        stifle_history(500)
        if let historyPath { _ = read_history(historyPath) }
    }

    deinit { saveHistory() }

    public func readLine(prompt: String) -> LineInput {
        insideReadline.store(true, ordering: .releasing)
        let cLine = readline(prompt)
        insideReadline.store(false, ordering: .releasing)
        guard let cLine else { return .endOfInput }
        defer { free(cLine) }
        return .line(String(cString: cLine))
    }

    /// Readline with the prompt redrawn each second as the countdown runs; the line ends when time is up.
    public func readLine(countdown: Countdown) -> LineInput {
        let left = countdown.secondsLeft(at: Countdown.now())
        guard left > 0 else { return .timeUp }
        // The prompt holds the time as mm:ss: split it there so the hook can redraw it.
        let parts = countdown.prompt(left).components(separatedBy: Countdown.clock(left))
        countdownState.withLock { $0 = (countdown.deadline, parts.first ?? "", parts.dropFirst().joined(separator: Countdown.clock(left)), left, false) }
        crl_set_event_hook(countdownHook)
        crl_set_input_timeout(200_000)
        defer {
            crl_set_event_hook(nil)
            countdownState.withLock { $0 = nil }
        }
        let input = readLine(prompt: countdown.prompt(left))
        let timedOut = countdownState.withLock { $0?.timedOut ?? false }
        return timedOut || Countdown.now() >= countdown.deadline ? .timeUp : input
    }

    public func setCompletions(_ words: [String]) { completionWords.withLock { $0 = words } }

    public func remember(_ command: String) {
        guard !command.isEmpty else { return }
        add_history(command)
        saveHistory()
    }

    private func saveHistory() {
        guard let historyPath else { return }
        _ = write_history(historyPath)
        _ = history_truncate_file(historyPath, 500)
    }

    /// Makes sure readline edits multibyte text: a plain C/POSIX locale falls back to C.UTF-8.
    public static func prepareLocale() {
        // An unknown locale (LANG=vi_VN.UTF-8 not installed) makes setlocale fail: fall back as for C.
        let name = setlocale(LC_ALL, "").map { String(cString: $0) }
        if name == nil || ["C", "POSIX"].contains(name!) || setlocale(LC_CTYPE, nil).map({ String(cString: $0) }) == "C" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }
}
