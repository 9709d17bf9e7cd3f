import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Crash-safe whole-file writes: temporary file, fsync, rename, fsync of the folder.
///
/// A failure at any step (full disk, read-only folder) removes the temporary file and leaves the old file as it was.
public enum AtomicFile {
    /// Replaces the file at `url` with `data`.
    public static func write(_ data: Data, to url: URL) throws(FileError) {
        let failure = data.withUnsafeBytes { buffer -> FileError? in
            do throws(FileError) { try AtomicFile.write(buffer, toPath: url.path) } catch { return error }
            return nil
        }
        if let failure { throw failure }
    }

    /// Replaces the file at `path` with `bytes`.
    public static func write(_ bytes: [UInt8], toPath path: String) throws(FileError) {
        let failure = bytes.withUnsafeBytes { buffer -> FileError? in
            do throws(FileError) { try AtomicFile.write(buffer, toPath: path) } catch { return error }
            return nil
        }
        if let failure { throw failure }
    }

    public static func write(_ buffer: UnsafeRawBufferPointer, toPath path: String) throws(FileError) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temporary = directory + "/." + name + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .writeFailed(path: path, reason: String(cString: strerror(errno))) }
        var failure = POSIXWrite.all(fd, buffer)
        if failure == nil, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        if close(fd) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw .writeFailed(path: path, reason: failure)
        }
        syncDirectory(directory)
    }

    /// Makes a rename or a new file in `directory` durable.
    public static func syncDirectory(_ directory: String) {
        let dirFD = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dirFD >= 0 { fsync(dirFD); close(dirFD) }
    }
}

/// `write(2)` until done, retrying short writes and EINTR.
public enum POSIXWrite {
    /// Nil on success, else the reason (ENOSPC: "No space left on device").
    public static func all(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> String? {
        var written = 0
        while written < buffer.count {
            let n = write(fd, buffer.baseAddress! + written, buffer.count - written)
            if n < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            if n == 0 { return "the disk accepted no more bytes" }
            written += n
        }
        return nil
    }

    public static func all(_ fd: Int32, _ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBytes { all(fd, $0) }
    }
}
