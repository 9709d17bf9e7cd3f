/// A JSON document as a tree, read with `JSONScanner` (so it accepts exactly what every other ontap JSON reader
/// accepts): for the small documents other programs write whose shape ontap does not fix (Anki's note types and
/// decks).
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    /// Members in file order.
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.number(x), .number(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)): return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// Parses a whole document (white space around it allowed, nothing else).
    public static func parse(_ bytes: [UInt8]) throws(JSONFailure) -> JSONValue {
        var failure: JSONFailure?
        let value: JSONValue? = bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer)
            do throws(JSONFailure) {
                let value = try read(&scanner, depth: 0)
                scanner.skipSpace()
                guard scanner.atEnd else { throw scanner.fail("text after the end of the JSON value") }
                return value
            } catch {
                failure = error
                return nil
            }
        }
        if let failure { throw failure }
        return value!
    }

    /// Parses `text`.
    public static func parse(_ text: String) throws(JSONFailure) -> JSONValue { try parse(Array(text.utf8)) }

    static func read(_ s: inout JSONScanner, depth: Int) throws(JSONFailure) -> JSONValue {
        guard depth < 64 else { throw s.fail("values nested too deeply") }
        switch s.peek() {
        case UInt8(ascii: "{"):
            s.index += 1
            var members: [(String, JSONValue)] = []
            var first = true
            while let key = try s.nextKey(first: &first) { members.append((key, try read(&s, depth: depth + 1))) }
            return .object(members)
        case UInt8(ascii: "["):
            s.index += 1
            var items: [JSONValue] = []
            if s.consume(UInt8(ascii: "]")) { return .array(items) }
            repeat { items.append(try read(&s, depth: depth + 1)) } while s.consume(UInt8(ascii: ","))
            try s.expect(UInt8(ascii: "]"), "',' or ']'")
            return .array(items)
        case UInt8(ascii: "\""): return .string(try s.readString())
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool(try s.readBool())
        case UInt8(ascii: "n"):
            _ = try s.consumeNull()
            return .null
        case .some: return .number(try s.readDouble())
        case nil: throw s.fail("a value was expected but the text ends here")
        }
    }

    /// The member `key` of an object (the first of that name), nil otherwise.
    public subscript(key: String) -> JSONValue? {
        guard case let .object(members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// The members of an object, empty otherwise.
    public var members: [(String, JSONValue)] {
        if case let .object(members) = self { return members }
        return []
    }

    /// The items of an array, empty otherwise.
    public var items: [JSONValue] {
        if case let .array(items) = self { return items }
        return []
    }

    /// A string's text.
    public var string: String? {
        if case let .string(text) = self { return text }
        return nil
    }

    /// A number as a whole number, when it is one.
    public var int: Int64? {
        guard case let .number(value) = self, value == value.rounded(), abs(value) < 9.2e18 else { return nil }
        return Int64(value)
    }
}
