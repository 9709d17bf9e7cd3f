/// Turns the bytes of a source file into text, refusing what is not UTF-8 prose.
public enum SourceText {
    /// Decodes UTF-8 (dropping a BOM), or throws with the line and column of the first bad byte.
    public static func decode(_ bytes: [UInt8]) throws(SourceTextError) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let nul = body.firstIndex(of: 0) {
            let (line, column) = position(of: nul, in: body)
            throw .binary(line: line, column: column)
        }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw SourceTextError.notUTF8(line: 0, column: 0).located(in: body)
        }
        if text.allSatisfy({ $0.isWhitespace }) { throw .empty }
        return text
    }

    /// 1-based line and column (in characters of the valid prefix) of byte `index`.
    static func position(of index: ArraySlice<UInt8>.Index, in body: ArraySlice<UInt8>) -> (Int, Int) {
        let prefix = body[body.startIndex..<index]
        let lineStart = prefix.lastIndex(of: 0x0A).map { $0 + 1 } ?? body.startIndex
        let line = prefix.count(where: { $0 == 0x0A }) + 1
        let column = String(decoding: body[lineStart..<index], as: UTF8.self).count + 1
        return (line, column)
    }
}

extension SourceTextError {
    /// Finds the first invalid UTF-8 sequence in `body` and names its place.
    func located(in body: ArraySlice<UInt8>) -> SourceTextError {
        var iterator = body.makeIterator()
        var decoder = UTF8()
        var offset = body.startIndex
        var consumed = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed += UTF8.width(scalar)
                offset = body.startIndex + consumed
            case .emptyInput:
                return self
            case .error:
                let (line, column) = SourceText.position(of: offset, in: body)
                return .notUTF8(line: line, column: column)
            }
        }
    }
}
