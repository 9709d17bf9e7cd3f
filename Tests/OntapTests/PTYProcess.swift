import CPTY
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child process whose stdin/stdout/stderr is the slave side of a fresh pseudo-terminal.
final class PTYProcess {
    let pid: pid_t
    let master: Int32
    private var buffer: [UInt8] = []
    /// Everything read so far, for failure messages.
    private(set) var transcript = ""

    init(_ path: String, _ args: [String], env: [String]) throws {
        let argv = ([path] + args).map { strdup($0) } + [nil]
        let envp = env.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var fd: Int32 = -1
        var child: pid_t = 0
        let rc = cpty_spawn(path, argv, envp, 100, 30, &fd, &child)
        guard rc == 0 else { throw PTYError.spawn(rc) }
        master = fd
        pid = child
    }

    func send(_ text: String) {
        var bytes = Array(text.utf8)
        _ = write(master, &bytes, bytes.count)
        usleep(60_000)
    }

    /// Reads until `needle` appears; returns the text up to and including it.
    @discardableResult
    func expect(_ needle: String, timeout: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let text = String(decoding: buffer, as: UTF8.self)
            if let range = text.range(of: needle) {
                let consumed = String(text[..<range.upperBound])
                buffer.removeFirst(consumed.utf8.count)
                return consumed
            }
            var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&fds, 1, 100) > 0 {
                var chunk = [UInt8](repeating: 0, count: 4096)
                let n = read(master, &chunk, chunk.count)
                if n <= 0 { break }
                buffer += chunk[..<n]
                transcript += String(decoding: chunk[..<n], as: UTF8.self)
            }
        }
        throw PTYError.timeout(needle: needle, seen: String(decoding: buffer, as: UTF8.self))
    }

    /// Waits for the child and returns its exit status (or 128 + signal).
    func wait() -> Int32 {
        var status: Int32 = 0
        // Drain output so the child never blocks on a full pty buffer.
        var chunk = [UInt8](repeating: 0, count: 4096)
        while read(master, &chunk, chunk.count) > 0 {}
        waitpid(pid, &status, 0)
        close(master)
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}

enum PTYError: Error, CustomStringConvertible {
    case spawn(Int32)
    case timeout(needle: String, seen: String)

    var description: String {
        switch self {
        case .spawn(let code): return "posix_spawn failed: \(code)"
        case let .timeout(needle, seen): return "timed out waiting for «\(needle)»; screen had:\n\(seen)"
        }
    }
}
