import FileFormats
import Foundation
import Scheduling

/// A parsed JSON value that remembers the line it started on, so input errors can name the line.
///
/// Accepts `NaN`, `Infinity` and `-Infinity` (Python's `json` writes them) so that callers can reject them
/// with a clear message instead of a syntax error.
public indirect enum JSONNode: Sendable, Equatable {
    case object([(key: String, value: JSONNode)], line: Int)
    case array([JSONNode], line: Int)
    case string(String, line: Int)
    /// A number with its source text (to tell `3` from `3.0`).
    case number(Double, text: String, line: Int)
    case bool(Bool, line: Int)
    case null(line: Int)

    /// The 1-based line where the value starts.
    public var line: Int {
        switch self {
        case let .object(_, l), let .array(_, l), let .string(_, l), let .number(_, _, l), let .bool(_, l), let .null(l): l
        }
    }

    public static func == (a: JSONNode, b: JSONNode) -> Bool {
        switch (a, b) {
        case let (.object(x, _), .object(y, _)):
            x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case let (.array(x, _), .array(y, _)): x == y
        case let (.string(x, _), .string(y, _)): x == y
        case let (.number(x, _, _), .number(y, _, _)): x == y || (x.isNaN && y.isNaN)
        case let (.bool(x, _), .bool(y, _)): x == y
        case (.null, .null): true
        default: false
        }
    }

    /// The member `key` of an object, nil if absent or not an object.
    public subscript(key: String) -> JSONNode? {
        guard case let .object(members, _) = self else { return nil }
        return members.last { $0.key == key }?.value
    }

    /// Parses `data` (UTF-8).
    /// - Throws: `SchedulingError.badInput` with the line of the first syntax error.
    public static func parse(_ data: Data) throws(SchedulingError) -> JSONNode {
        var p = JSONParser(bytes: [UInt8](data))
        let v = try p.value()
        p.skipSpace()
        guard p.i == p.b.count else { throw p.fail("unexpected text after the end of the JSON value") }
        return v
    }
}

/// A small recursive-descent JSON parser that counts lines.
struct JSONParser {
    let b: [UInt8]
    var i = 0
    var line = 1
    var depth = 0

    init(bytes: [UInt8]) { b = bytes }

    func fail(_ message: String) -> SchedulingError { .badInput(file: "", line: line, message: message) }

    mutating func skipSpace() {
        while i < b.count {
            switch b[i] {
            case 0x0A: line += 1; i += 1
            case 0x20, 0x09, 0x0D: i += 1
            default: return
            }
        }
    }

    mutating func literal(_ word: String) -> Bool {
        let w = Array(word.utf8)
        guard i + w.count <= b.count, Array(b[i..<i + w.count]) == w else { return false }
        i += w.count
        return true
    }

    mutating func value() throws(SchedulingError) -> JSONNode {
        skipSpace()
        guard i < b.count else { throw fail("unexpected end of file") }
        let start = line
        switch b[i] {
        case UInt8(ascii: "{"):
            depth += 1
            guard depth < 200 else { throw fail("JSON nested too deeply") }
            defer { depth -= 1 }
            i += 1
            var members: [(key: String, value: JSONNode)] = []
            skipSpace()
            if i < b.count, b[i] == UInt8(ascii: "}") { i += 1; return .object(members, line: start) }
            while true {
                skipSpace()
                guard i < b.count, b[i] == UInt8(ascii: "\"") else { throw fail("expected a quoted key") }
                let key = try string()
                skipSpace()
                guard i < b.count, b[i] == UInt8(ascii: ":") else { throw fail("expected ':' after \"\(key)\"") }
                i += 1
                members.append((key, try value()))
                skipSpace()
                guard i < b.count else { throw fail("unexpected end of file inside an object") }
                if b[i] == UInt8(ascii: ",") { i += 1; continue }
                if b[i] == UInt8(ascii: "}") { i += 1; return .object(members, line: start) }
                throw fail("expected ',' or '}'")
            }
        case UInt8(ascii: "["):
            depth += 1
            guard depth < 200 else { throw fail("JSON nested too deeply") }
            defer { depth -= 1 }
            i += 1
            var items: [JSONNode] = []
            skipSpace()
            if i < b.count, b[i] == UInt8(ascii: "]") { i += 1; return .array(items, line: start) }
            while true {
                items.append(try value())
                skipSpace()
                guard i < b.count else { throw fail("unexpected end of file inside an array") }
                if b[i] == UInt8(ascii: ",") { i += 1; continue }
                if b[i] == UInt8(ascii: "]") { i += 1; return .array(items, line: start) }
                throw fail("expected ',' or ']'")
            }
        case UInt8(ascii: "\""):
            return .string(try string(), line: start)
        case UInt8(ascii: "t"): if literal("true") { return .bool(true, line: start) }
        case UInt8(ascii: "f"): if literal("false") { return .bool(false, line: start) }
        case UInt8(ascii: "n"): if literal("null") { return .null(line: start) }
        case UInt8(ascii: "N"): if literal("NaN") { return .number(.nan, text: "NaN", line: start) }
        case UInt8(ascii: "I"): if literal("Infinity") { return .number(.infinity, text: "Infinity", line: start) }
        default:
            if literal("-Infinity") { return .number(-.infinity, text: "-Infinity", line: start) }
            return try number()
        }
        throw fail("unexpected character")
    }

    mutating func number() throws(SchedulingError) -> JSONNode {
        let start = i
        while i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: ".")
            || b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") || (b[i] >= 0x30 && b[i] <= 0x39) {
            i += 1
        }
        let text = String(decoding: b[start..<i], as: UTF8.self)
        guard !text.isEmpty, let v = Double(text), text.first != "+" else { throw fail("unexpected character") }
        return .number(v, text: text, line: line)
    }

    mutating func string() throws(SchedulingError) -> String {
        i += 1  // opening quote
        var out: [UInt8] = []
        while i < b.count {
            let c = b[i]
            i += 1
            switch c {
            case UInt8(ascii: "\""): return String(decoding: out, as: UTF8.self)
            case 0x0A: throw fail("line break inside a string")
            case UInt8(ascii: "\\"):
                guard i < b.count else { break }
                let e = b[i]
                i += 1
                switch e {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    guard i + 4 <= b.count, let u = UInt32(String(decoding: b[i..<i + 4], as: UTF8.self), radix: 16) else {
                        throw fail("bad \\u escape")
                    }
                    i += 4
                    var scalar = u
                    if (0xD800..<0xDC00).contains(u), i + 6 <= b.count, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u"),
                       let lo = UInt32(String(decoding: b[i + 2..<i + 6], as: UTF8.self), radix: 16), (0xDC00..<0xE000).contains(lo) {
                        scalar = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00)
                        i += 6
                    }
                    out.append(contentsOf: Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8))
                default: out.append(e)
                }
            default: out.append(c)
            }
        }
        throw fail("unterminated string")
    }
}
