/// Line and column (1-based; the column counts characters) of a byte offset, for error messages.
public enum TextPosition {
    public static func of(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        let offset = max(0, min(offset, bytes.count))
        var line = 1
        var lineStart = 0
        for i in 0..<offset where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        let prefix = UnsafeBufferPointer(rebasing: bytes[lineStart..<offset])
        let column = UTF8Check.firstInvalid(prefix) == nil ? String(decoding: prefix, as: UTF8.self).count + 1 : prefix.count + 1
        return (line, column)
    }

    /// The `FileError.damaged` for `failure` met while reading the file at `path`.
    public static func error(_ failure: JSONFailure, in bytes: UnsafeBufferPointer<UInt8>, path: String) -> FileError {
        let (line, column) = of(failure.offset, in: bytes)
        return .damaged(path: path, line: line, column: column, problem: failure.problem)
    }
}
