#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks that a path ontap is about to let a library write (readline's history file) is absent or a regular file:
/// a symbolic link there, placed by hand or carried by a shared folder, would make the write land on its target.
public enum RegularFile {
    /// Why ontap must not write at `path` (it is a symbolic link, a FIFO, a device or a folder); nil when `path` is a
    /// regular file or does not exist.
    public static func refusal(at path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, let kind = kind(of: info.st_mode) else { return nil }
        return "\(path) is \(kind), not a file ontap made; ontap never writes through it, so nothing is kept there: delete it"
    }

    /// What a file of `mode` is, for a message ("a symbolic link", "a FIFO"…); nil for a regular file.
    public static func kind(of mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFLNK: "a symbolic link"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFDIR: "a folder"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFSOCK: "a socket"
        default: "a special file"
        }
    }
}
