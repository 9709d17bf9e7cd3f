import Foundation

/// Turns a decoding error into a line and column in the file, so the learner can find the fault.
public enum JSONErrorLocation {
    public static func fileError(_ error: any Error, data: Data, path: String) -> FileError {
        var offset: Int?
        if case let .dataCorrupted(context) = error as? DecodingError { offset = byteOffset(in: context) }
        let (line, column) = position(of: offset ?? 0, in: data)
        return .damaged(path: path, line: line, column: column, problem: problem(error))
    }

    /// What a decoding error says is wrong, as a value.
    public static func problem(_ error: any Error) -> FileProblem {
        guard let decoding = error as? DecodingError else { return .notValidJSON }
        switch decoding {
        case .dataCorrupted: return .notValidJSON
        case let .keyNotFound(key, context):
            return .missingField(key.stringValue, place: context.codingPath.isEmpty ? nil : dotted(context.codingPath))
        case let .typeMismatch(_, context), let .valueNotFound(_, context):
            return .wrongKindOfValue(at: dotted(context.codingPath))
        @unknown default: return .notValidJSON
        }
    }

    static func dotted(_ path: [any CodingKey]) -> String { path.map(\.stringValue).joined(separator: ".") }

    /// The first syntax error in `data` as a damaged-file error at its line and column (Foundation's decoder on
    /// Linux does not say where it stopped); nil when `data` is one well-formed JSON value.
    public static func syntaxFault(in data: Data, path: String) -> FileError? {
        data.withUnsafeBytes { raw -> FileError? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var scanner = JSONScanner(bytes)
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { scanner.index = 3 }
            do {
                guard scanner.peek() != nil else { throw scanner.fail(.emptyFile) }
                try scanner.skipValue()
                if scanner.peek() != nil { throw scanner.fail(.textAfterEnd) }
                return nil
            } catch let failure as JSONFailure {
                return TextPosition.error(failure, in: bytes, path: path)
            } catch {
                return nil
            }
        }
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
