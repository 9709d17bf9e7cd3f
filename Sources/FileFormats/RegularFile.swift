#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks that a path ontap is about to let a library write (readline's history file) is absent or a regular file:
/// a symbolic link there, placed by hand or carried by a shared folder, would make the write land on its target.
public enum RegularFile {
    /// What is at `path` when ontap must not write there (a symbolic link, a FIFO, a device or a folder); nil when
    /// `path` is a regular file or does not exist.
    public static func refusal(at path: String) -> FileProblem.FileKind? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return FileProblem.kind(of: info.st_mode)
    }
}
