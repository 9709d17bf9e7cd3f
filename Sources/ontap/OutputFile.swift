import Exporters
import FileFormats
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An export written in pieces as it is made, then put in place atomically: a new temporary file beside the target
/// (exclusive, not following links), fsynced, renamed over the target; on failure it is removed and the target is
/// left as it was.
final class OutputFile {
    let path: String
    private let temporary: String
    private var fd: Int32

    /// Opens a temporary file beside `path`.
    init(path: String) throws(ExportError) {
        self.path = path
        let url = URL(fileURLWithPath: path)
        var random = SystemRandomNumberGenerator()
        temporary = url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).tmp-\(getpid())-\(String(random.next() % 1_000_000_000, radix: 36))").path
        fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .writeFailed(path: path, problem: .lastSystemError) }
    }

    deinit { discard() }

    /// Appends `bytes`, retrying short writes.
    func write(_ bytes: UnsafeRawBufferPointer) throws(ExportError) {
        var written = 0
        while written < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + written, bytes.count - written)
            if n < 0 {
                if errno == EINTR { continue }
                throw .writeFailed(path: path, problem: .lastSystemError)
            }
            written += n
        }
    }

    /// Makes the file durable and puts it in place of the target.
    func commit() throws(ExportError) {
        guard fsync(fd) == 0 else { throw .writeFailed(path: path, problem: .lastSystemError) }
        close(fd)
        fd = -1
        guard rename(temporary, path) == 0 else {
            let problem = FileProblem.lastSystemError
            unlink(temporary)
            throw .writeFailed(path: path, problem: problem)
        }
        let folder = open(URL(fileURLWithPath: path).deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 { fsync(folder); close(folder) }
    }

    /// Removes the temporary file if it was not committed.
    func discard() {
        guard fd >= 0 else { return }
        close(fd)
        fd = -1
        unlink(temporary)
    }
}
