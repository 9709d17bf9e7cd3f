#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FileFormats
import Scheduling

/// The one-writer-per-deck lock: an advisory `flock` on `Progress/NAME/.lock`, which the kernel releases when the
/// holder exits or crashes. The holder writes its pid and host into the file so a second process can name it.
final class DeckLock {
    /// How taking the lock went.
    enum Outcome {
        case acquired(DeckLock)
        case held(by: LockHolder?)
        /// The folder cannot be written (read-only file system, permissions).
        case unwritable(FileProblem)
    }

    private let fd: Int32

    private init(fd: Int32) { self.fd = fd }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }

    /// Takes the lock of `directory`, creating `.lock`. The file is opened without following a symbolic link (a
    /// `Progress/` shared through git may carry one pointing anywhere) and must be a regular file.
    static func acquire(in directory: String) -> Outcome {
        let path = directory + "/.lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o644)
        guard fd >= 0 else {
            if errno == ELOOP { return .unwritable(.notOntapFile(path: path, kind: .symbolicLink)) }
            return .unwritable(.lastSystemError)
        }
        if let kind = notRegular(fd) {
            close(fd)
            return .unwritable(.notOntapFile(path: path, kind: kind))
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let holder = readHolder(fd: fd)
            close(fd)
            return .held(by: holder)
        }
        let me = LockHolder(pid: getpid(), host: hostName()).encoded
        let written = me.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        if written == me.count { _ = ftruncate(fd, off_t(me.count)) }
        return .acquired(DeckLock(fd: fd))
    }

    /// Whether another process holds the lock of `directory`, and who; never creates or writes anything.
    /// - Returns: nil when nobody holds it (or there is no lock file); `.some(holder)` when it is held.
    static func holder(in directory: String) -> LockHolder?? {
        let fd = open(directory + "/.lock", O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        guard notRegular(fd) == nil else { return nil }
        guard flock(fd, LOCK_SH | LOCK_NB) == 0 else { return .some(readHolder(fd: fd)) }
        flock(fd, LOCK_UN)
        return nil
    }

    /// What kind of file `fd` is when it is not a regular file (nil for a regular file).
    private static func notRegular(_ fd: Int32) -> FileProblem.FileKind? {
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .special }
        return FileProblem.kind(of: info.st_mode)
    }

    private static func readHolder(fd: Int32) -> LockHolder? {
        var buffer = [UInt8](repeating: 0, count: 1024)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 1024, 0) }
        guard n > 0 else { return nil }
        var info = stat()
        let since: Timestamp? = fstat(fd, &info) == 0 ? Timestamp(info.st_mtim.tv_sec) * 1000 + Timestamp(info.st_mtim.tv_nsec / 1_000_000) : nil
        return buffer.withUnsafeBufferPointer { LockHolder.decode(UnsafeBufferPointer(rebasing: $0[0..<n]), since: since) }
    }

    private static func hostName() -> String {
        var name = [CChar](repeating: 0, count: 256)
        guard gethostname(&name, 255) == 0 else { return "" }
        return String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
