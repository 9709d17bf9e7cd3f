import Foundation

/// Turns a decoding error into a line and column in the file, so the learner can find the fault.
public enum JSONErrorLocation {
    public static func fileError(_ error: any Error, data: Data, path: String) -> FileError {
        var reason = "not valid JSON"
        var offset: Int?
        if let decoding = error as? DecodingError {
            switch decoding {
            case let .dataCorrupted(context):
                reason = "not valid JSON"
                offset = byteOffset(in: context)
            case let .keyNotFound(key, context):
                reason = "missing field '\(key.stringValue)'" + pathText(context.codingPath)
            case let .typeMismatch(_, context), let .valueNotFound(_, context):
                reason = "wrong kind of value at '" + context.codingPath.map(\.stringValue).joined(separator: ".") + "'"
            @unknown default: break
            }
        }
        let (line, column) = position(of: offset ?? 0, in: data)
        return .damaged(path: path, line: line, column: column, reason: reason)
    }

    /// The first syntax error in `data` as a damaged-file error at its line and column (Foundation's decoder on
    /// Linux does not say where it stopped); nil when `data` is one well-formed JSON value.
    public static func syntaxFault(in data: Data, path: String) -> FileError? {
        data.withUnsafeBytes { raw -> FileError? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var scanner = JSONScanner(bytes)
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { scanner.index = 3 }
            do {
                guard scanner.peek() != nil else { throw scanner.fail("the file is empty") }
                try scanner.skipValue()
                if scanner.peek() != nil { throw scanner.fail("text after the end of the JSON value") }
                return nil
            } catch let failure as JSONFailure {
                return TextPosition.error(failure, in: bytes, path: path)
            } catch {
                return nil
            }
        }
    }

    public static func pathText(_ path: [any CodingKey]) -> String {
        path.isEmpty ? "" : " in '" + path.map(\.stringValue).joined(separator: ".") + "'"
    }

    public static func byteOffset(in context: DecodingError.Context) -> Int? {
        let text = "\(context.underlyingError.map { "\($0)" } ?? "") \(context.debugDescription)"
        guard let range = text.range(of: #"(?:index|offset|character) (\d+)"#, options: .regularExpression) else { return nil }
        return Int(text[range].split(separator: " ").last ?? "")
    }

    /// 1-based line and column of byte `offset`.
    public static func position(of offset: Int, in data: Data) -> (Int, Int) {
        let prefix = data.prefix(max(0, min(offset, data.count)))
        let line = prefix.count(where: { $0 == 0x0A }) + 1
        let lineStart = prefix.lastIndex(of: 0x0A).map { $0 + 1 } ?? prefix.startIndex
        let column = String(decoding: prefix[lineStart...], as: UTF8.self).count + 1
        return (line, column)
    }
}
