import Dispatch
import Foundation

/// A one-line "working…" indicator on standard error for work that takes more than a second, shown only when
/// standard error is a terminal (silent when piped or redirected), and erased when the work ends.
public final class ProgressLine: @unchecked Sendable {
    private let label: String
    private let timer: DispatchSourceTimer?
    private let started = DispatchTime.now()
    private let lock = NSLock()
    private var shown = false

    /// Starts ticking `label` (e.g. "Generating") after one second, once a second, if standard error is a terminal.
    public init(_ label: String) {
        self.label = TerminalText.sanitize(label)
        guard isatty(STDERR_FILENO) != 0 else { timer = nil; return }
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
        self.timer = timer
        timer.schedule(deadline: .now() + 1, repeating: 1)
        timer.setEventHandler { [weak self] in self?.tick() }
        timer.resume()
    }

    private func tick() {
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        lock.lock(); defer { lock.unlock() }
        shown = true
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(label)… \(Int(seconds)) s".utf8))
    }

    /// Stops the indicator and erases its line.
    public func finish() {
        timer?.cancel()
        lock.lock(); defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        shown = false
    }
}
