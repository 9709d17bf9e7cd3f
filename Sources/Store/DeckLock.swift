#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Scheduling

/// The one-writer-per-deck lock: an advisory `flock` on `Progress/NAME/.lock`, which the kernel releases when the
/// holder exits or crashes. The holder writes its pid and host into the file so a second process can name it.
final class DeckLock {
    /// How taking the lock went.
    enum Outcome {
        case acquired(DeckLock)
        case held(by: LockHolder?)
        /// The folder cannot be written (read-only file system, permissions).
        case unwritable(reason: String)
    }

    private let fd: Int32

    private init(fd: Int32) { self.fd = fd }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }

    static func acquire(in directory: String) -> Outcome {
        let path = directory + "/.lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return .unwritable(reason: String(cString: strerror(errno))) }
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
