#if canImport(Glibc)
import Glibc
#endif

/// Where the REPL writes.
public protocol TextOutput: AnyObject {
    func write(_ text: String)
}

/// Standard output, flushed on every write so prompts appear at once.
public final class StandardOutput: TextOutput {
    public init() {}
    public func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress! + offset, $0.count - offset) }
            if n <= 0 { if errno == EINTR { continue }; return }
            offset += n
        }
    }
}

/// Collects output in memory, for tests.
public final class CapturedOutput: TextOutput {
    public private(set) var text = ""
    public init() {}
    public func write(_ text: String) { self.text += text }
}
