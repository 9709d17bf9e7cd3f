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
