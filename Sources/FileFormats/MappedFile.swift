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

    /// Maps `path`; nil when the file does not exist. With `copy`, reads it into memory instead: a file that another
    /// process may truncate (the holder of the deck taking back an answer) must not be mapped, since touching a
    /// mapped page past the new end of the file kills the reader with SIGBUS.
    public init?(path: String, copy: Bool = false) throws(FileError) {
        self.path = path
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .unreadable(path: path, reason: "not a regular file") }
        length = Int(info.st_size)
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
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        mapping = pointer
        bytes = UnsafeBufferPointer(start: pointer.assumingMemoryBound(to: UInt8.self), count: length)
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
