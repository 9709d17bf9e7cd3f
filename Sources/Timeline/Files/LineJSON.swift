/// A small JSON reader that remembers the line of every value, so timeline errors can point at the row.
struct LineJSON {
    indirect enum Value {
        case string(String)
        case number(String)
        case bool(Bool)
        case null
        case array([Located])
        case object([(key: String, value: Located)])
    }

    struct Located {
        var value: Value
        var line: Int
    }

    struct Failure: Error {
        var line: Int
        var column: Int
        var problem: String
    }

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Parses a whole document.
    static func parse(_ bytes: [UInt8]) throws(Failure) -> Located {
        var reader = LineJSON(bytes)
        reader.skipSpace()
        let value = try reader.value()
        reader.skipSpace()
        guard reader.index == bytes.count else { throw reader.failure("unexpected text after the JSON value") }
        return value
    }

    private func failure(_ problem: String) -> Failure {
        Failure(line: line, column: index - lineStart + 1, problem: problem)
    }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A: index += 1; line += 1; lineStart = index
            default: return
            }
        }
    }

    private mutating func value() throws(Failure) -> Located {
        guard index < bytes.count else { throw failure("unexpected end of file") }
        let here = line
        switch bytes[index] {
        case 0x7B: return Located(value: try object(), line: here)
        case 0x5B: return Located(value: try array(), line: here)
        case 0x22: return Located(value: .string(try string()), line: here)
        case 0x74: try literal("true"); return Located(value: .bool(true), line: here)
        case 0x66: try literal("false"); return Located(value: .bool(false), line: here)
        case 0x6E: try literal("null"); return Located(value: .null, line: here)
        case 0x2D, 0x30...0x39: return Located(value: .number(number()), line: here)
        default: throw failure("expected a value (text in quotes, a number, a list or an object)")
        }
    }

    private mutating func literal(_ word: String) throws(Failure) {
        for byte in word.utf8 {
            guard index < bytes.count, bytes[index] == byte else { throw failure("expected '\(word)'") }
            index += 1
        }
    }

    private mutating func number() -> String {
        let start = index
        while index < bytes.count, [0x2D, 0x2B, 0x2E, 0x45, 0x65].contains(bytes[index]) || (0x30...0x39).contains(bytes[index]) {
            index += 1
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func string() throws(Failure) -> String {
        index += 1
        var out: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x22:
                index += 1
                return String(decoding: out, as: UTF8.self)
            case 0x5C:
                index += 1
                guard index < bytes.count else { throw failure("unfinished escape") }
                let escape = bytes[index]
                index += 1
                switch escape {
                case 0x22, 0x5C, 0x2F: out.append(escape)
                case 0x62: out.append(0x08)
                case 0x66: out.append(0x0C)
                case 0x6E: out.append(0x0A)
                case 0x72: out.append(0x0D)
                case 0x74: out.append(0x09)
                case 0x75:
                    var code = try hex4()
                    if (0xD800...0xDBFF).contains(code), index + 1 < bytes.count, bytes[index] == 0x5C,
                       bytes[index + 1] == 0x75 {
                        index += 2
                        let low = try hex4()
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    out.append(contentsOf: Array(String(Unicode.Scalar(code) ?? "\u{FFFD}").utf8))
                default: throw failure("unknown escape \\\(Unicode.Scalar(escape))")
                }
            case 0x0A:
                throw failure("line break inside a string; close the quote or write \\n")
            default:
                out.append(byte)
                index += 1
            }
        }
        throw failure("unterminated string")
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count, let digit = Self.hexValue(bytes[index]) else { throw failure("bad \\u escape") }
            code = code * 16 + digit
            index += 1
        }
        return code
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x41...0x46: return UInt32(byte - 0x41 + 10)
        case 0x61...0x66: return UInt32(byte - 0x61 + 10)
        default: return nil
        }
    }

    private mutating func nest() throws(Failure) {
        depth += 1
        if depth > 200 { throw failure("nested too deeply") }
    }

    private mutating func array() throws(Failure) -> Value {
        try nest()
        defer { depth -= 1 }
        index += 1
        var items: [Located] = []
        skipSpace()
        if index < bytes.count, bytes[index] == 0x5D { index += 1; return .array(items) }
        while true {
            skipSpace()
            items.append(try value())
            skipSpace()
            guard index < bytes.count else { throw failure("unterminated list: missing ']'") }
            if bytes[index] == 0x2C { index += 1; continue }
            if bytes[index] == 0x5D { index += 1; return .array(items) }
            throw failure("expected ',' or ']' in a list")
        }
    }

    private mutating func object() throws(Failure) -> Value {
        try nest()
        defer { depth -= 1 }
        index += 1
        var members: [(key: String, value: Located)] = []
        skipSpace()
        if index < bytes.count, bytes[index] == 0x7D { index += 1; return .object(members) }
        while true {
            skipSpace()
            guard index < bytes.count, bytes[index] == 0x22 else { throw failure("expected a field name in quotes") }
            let key = try string()
            skipSpace()
            guard index < bytes.count, bytes[index] == 0x3A else { throw failure("expected ':' after \"\(key)\"") }
            index += 1
            skipSpace()
            members.append((key, try value()))
            skipSpace()
            guard index < bytes.count else { throw failure("unterminated object: missing '}'") }
            if bytes[index] == 0x2C { index += 1; continue }
            if bytes[index] == 0x7D { index += 1; return .object(members) }
            throw failure("expected ',' or '}' in an object")
        }
    }
}
