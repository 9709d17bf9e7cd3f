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

    /// Parses `data` (UTF-8) with FileFormats' JSON reader (`JSONValue`, non-finite numbers allowed).
    /// - Throws: `SchedulingError.badInput` with the line of the first syntax error.
    public static func parse(_ data: Data) throws(SchedulingError) -> JSONNode {
        let bytes = [UInt8](data)
        let lines = JSONValue.Lines(bytes)
        let root: JSONValue
        do { root = try JSONValue.parse(bytes, nonFiniteNumbers: true) } catch {
            throw .badInput(file: "", line: lines.line(of: error.offset), problem: .syntax(column: nil, error.problem))
        }
        return node(root, lines)
    }

    static func node(_ value: JSONValue, _ lines: JSONValue.Lines) -> JSONNode {
        let line = lines.line(of: value.offset)
        switch value.kind {
        case let .object(members): return .object(members.map { (key: $0.key, value: node($0.value, lines)) }, line: line)
        case let .array(items): return .array(items.map { node($0, lines) }, line: line)
        case let .string(text): return .string(text, line: line)
        case let .number(text): return .number(Double(text) ?? .nan, text: text, line: line)
        case let .bool(flag): return .bool(flag, line: line)
        case .null: return .null(line: line)
        }
    }
}
