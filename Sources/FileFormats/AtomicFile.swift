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

    /// Replaces the file at `path` with the bytes in `buffer`.
    ///
    /// The temporary file beside it is created exclusively (`O_CREAT|O_EXCL|O_NOFOLLOW`) under an unpredictable name,
    /// so nothing placed in the folder beforehand (a symlink, a FIFO) can redirect the write to another file.
    public static func write(_ buffer: UnsafeRawBufferPointer, toPath path: String) throws(FileError) {
        let file = try Temporary(for: path)
        try file.finish(failure: POSIXWrite.all(file.fd, buffer))
    }

    /// Replaces the file at `path` with the bytes `produce` appends to the sink it is given, written to disk a chunk at
    /// a time, so a large file is never held whole. When `produce` throws, the old file stays as it was and its error
    /// is rethrown; a failed write throws a `FileError`.
    public static func write(toPath path: String, _ produce: (inout ChunkedSink) throws -> Void) throws {
        let file = try Temporary(for: path)
        var sink = ChunkedSink(fd: file.fd)
        do { try produce(&sink) } catch {
            close(file.fd)
            unlink(file.path)
            throw error
        }
        sink.flush()
        try file.finish(failure: sink.failure)
    }

    /// Bytes on their way to a file: kept until a chunk is full, then written.
    public struct ChunkedSink: ByteSink {
        let fd: Int32
        var buffer: [UInt8] = []
        /// The first write's failure (the rest are not attempted).
        var failure: FileProblem?
        static let chunk = 1 << 20

        init(fd: Int32) {
            self.fd = fd
            buffer.reserveCapacity(Self.chunk + 4096)
        }

        /// Appends `bytes`, writing the chunk when it is full.
        public mutating func append<Bytes: Sequence>(contentsOf bytes: Bytes) where Bytes.Element == UInt8 {
            buffer.append(contentsOf: bytes)
            if buffer.count >= Self.chunk { flush() }
        }

        mutating func flush() {
            if failure == nil, !buffer.isEmpty { failure = POSIXWrite.all(fd, buffer) }
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// A temporary file beside the target, created exclusively (`O_CREAT|O_EXCL|O_NOFOLLOW`) under an unpredictable
    /// name, so nothing placed in the folder beforehand (a symlink, a FIFO) can redirect the write to another file.
    struct Temporary {
        let fd: Int32
        /// The temporary file's path.
        let path: String
        let target: String
        let directory: String

        init(for target: String) throws(FileError) {
            let slash = target.lastIndex(of: "/")
            let directory = slash.map { String(target[..<$0]) } ?? "."
            let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
            var temporary = ""
            var fd: Int32 = -1
            for _ in 0..<8 {
                temporary = directory + "/" + AtomicFile.temporaryName(for: name)
                fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
                if fd >= 0 || errno != EEXIST { break }
            }
            guard fd >= 0 else { throw .writeFailed(path: target, problem: .lastSystemError) }
            self.fd = fd
            self.path = temporary
            self.target = target
            self.directory = directory
        }

        /// After the bytes are written (`failure` when they could not be): fsync, close, rename over the target,
        /// fsync of the folder; on any failure the temporary file is removed and the target left as it was.
        func finish(failure: FileProblem?) throws(FileError) {
            try AtomicFile.finish(fd: fd, temporary: path, path: target, directory: directory, failure: failure)
        }
    }

    static func finish(fd: Int32, temporary: String, path: String, directory: String, failure: FileProblem?) throws(FileError) {
        var failure = failure
        if failure == nil, fsync(fd) != 0 { failure = .lastSystemError }
        if close(fd) != 0, failure == nil { failure = .lastSystemError }
        if failure == nil, rename(temporary, path) != 0 { failure = .lastSystemError }
        if let failure {
            unlink(temporary)
            throw .writeFailed(path: path, problem: failure)
        }
        syncDirectory(directory)
    }

    /// `.NAME.tmp-` and 16 random hexadecimal digits: hidden, recognisable as a leftover, and not guessable.
    static func temporaryName(for name: String) -> String {
        var random = SystemRandomNumberGenerator()
        let digits = String(random.next(), radix: 16)
        return "." + name + temporaryMarker + String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// What every temporary name holds after the target's name.
    static let temporaryMarker = ".tmp-"

    /// Removes the temporary files a crash left in `directory` (`.*.tmp-*`, the link itself when it is a symlink)
    /// whose last write is at least `age` seconds before `now`; returns their names. Another writer's temporary
    /// file lives for milliseconds, so a caller that does not hold the folder's lock passes an age of minutes.
    @discardableResult
    public static func removeLeftovers(in directory: String, olderThan age: Int = 600,
                                       now: Int = Int(time(nil))) -> [String] {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var removed: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard name.hasPrefix("."), name != ".", name != "..", name.contains(temporaryMarker) else { continue }
            var info = stat()
            let full = directory + "/" + name
            guard lstat(full, &info) == 0 else { continue }
            let kind = info.st_mode & S_IFMT
            guard kind == S_IFREG || kind == S_IFLNK, now - Int(info.st_mtim.tv_sec) >= age else { continue }
            if unlink(full) == 0 { removed.append(name) }
        }
        return removed
    }

    /// Makes a rename or a new file in `directory` durable.
    public static func syncDirectory(_ directory: String) {
        let dirFD = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dirFD >= 0 { fsync(dirFD); close(dirFD) }
    }
}

/// `write(2)` until done, retrying short writes and EINTR.
public enum POSIXWrite {
    /// Nil on success, else the reason (ENOSPC: no space left on the device).
    public static func all(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> FileProblem? {
        var written = 0
        while written < buffer.count {
            let n = write(fd, buffer.baseAddress! + written, buffer.count - written)
            if n < 0 {
                if errno == EINTR { continue }
                return .lastSystemError
            }
            if n == 0 { return .system(errno: ENOSPC) }   // the disk accepted no more bytes
            written += n
        }
        return nil
    }

    public static func all(_ fd: Int32, _ bytes: [UInt8]) -> FileProblem? {
        bytes.withUnsafeBytes { all(fd, $0) }
    }
}
