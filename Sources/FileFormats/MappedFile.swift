#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's bytes mapped read-only: only the pages read are loaded, so a 150 MB log costs nothing to open.
public final class MappedFile {
    public let path: String
    public let bytes: UnsafeBufferPointer<UInt8>
    private let mapping: UnsafeMutableRawPointer?
    private var length: Int
    private var copied = false

    /// Maps `path`; nil when the file does not exist. A FIFO or a device is refused without blocking.
    ///
    /// A file that another process may truncate or rewrite in place must not be mapped as it is, since touching a
    /// mapped page past its new end kills the reader with SIGBUS. With `copy`, the file is read into memory. With
    /// `stable`, its bytes are copied into an unnamed file in memory that no other process can reach, and that copy
    /// is mapped (pages are still read, and released, one by one); where there is no such memory file, it is read
    /// into memory as with `copy`.
    public init?(path: String, copy: Bool = false, stable: Bool = false) throws(FileError) {
        self.path = path
        let opened = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        var fd = opened
        if opened < 0 {
            if errno == ENOENT { return nil }
            throw .unreadable(path: path, problem: .lastSystemError)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(path: path, problem: .lastSystemError) }
        if let kind = FileProblem.kind(of: info.st_mode) { throw .unreadable(path: path, problem: .notRegularFile(kind)) }
        length = Int(info.st_size)
        var copy = copy
        if stable, length > 0 {
            if let snapshot = Self.memoryCopy(of: fd, length: length) {
                close(fd)
                fd = snapshot.fd
                length = snapshot.length
            } else {
                copy = true
            }
        }
        if length == 0 {
            mapping = nil
            bytes = UnsafeBufferPointer(start: nil, count: 0)
            return
        }
        if copy {
            let buffer = UnsafeMutableRawPointer.allocate(byteCount: length, alignment: 16)
            var done = 0
            while done < length {
                let n = pread(fd, buffer + done, length - done, off_t(done))
                if n < 0, errno == EINTR { continue }
                if n <= 0 { break }
                done += n
            }
            copied = true
            mapping = buffer
            length = done
            bytes = UnsafeBufferPointer(start: buffer.assumingMemoryBound(to: UInt8.self), count: done)
            return
        }
        let pointer = mmap(nil, length, PROT_READ, MAP_PRIVATE, fd, 0)
        guard let pointer, pointer != MAP_FAILED else {
            throw .unreadable(path: path, problem: .lastSystemError)
        }
        mapping = pointer
        bytes = UnsafeBufferPointer(start: pointer.assumingMemoryBound(to: UInt8.self), count: length)
    }

    /// An unnamed file in memory (tmpfs, `O_TMPFILE`) holding the first `length` bytes of `fd` as they are now;
    /// nil where the system has none.
    static func memoryCopy(of fd: Int32, length: Int) -> (fd: Int32, length: Int)? {
        #if os(Linux)
        let temporaryFile = Int32(0o20000000) | O_DIRECTORY   // Linux's O_TMPFILE, which Glibc's module does not export
        let copy = open("/dev/shm", temporaryFile | O_RDWR | O_CLOEXEC, 0o600)
        guard copy >= 0 else { return nil }
        var offset: off_t = 0
        while Int(offset) < length {
            let n = sendfile(copy, fd, &offset, length - Int(offset))
            if n < 0, errno == EINTR { continue }
            if n < 0 { close(copy); return nil }
            if n == 0 { break }                    // the file was cut short meanwhile: keep what was there
        }
        return (copy, Int(offset))
        #else
        return nil
        #endif
    }

    deinit {
        if let mapping {
            if copied { mapping.deallocate() } else { munmap(mapping, length) }
        }
    }

    /// Drops the pages before `offset` from this process's memory (they are read again from the page cache if
    /// touched): a 75 MB deck then never counts 75 MB in the resident set while it is parsed.
    public func release(upTo offset: Int) {
        guard let mapping, !copied else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let end = min(offset, length) / page * page
        if end > 0 { madvise(mapping, end, MADV_DONTNEED) }
    }
}
