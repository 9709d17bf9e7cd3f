/// A JSON document as a tree, read with `JSONScanner` (so it accepts exactly what every other ontap JSON reader
/// accepts, and says the same about what it refuses): for documents whose shape ontap does not fix — a teacher's
/// timeline, Anki's note types and decks. Each value keeps the byte offset where it starts, so an error can name
/// its line (`line(in:)`), and a number keeps its text (`1945` stays `1945`, not `1945.0`).
public struct JSONValue: Equatable, Sendable {
    /// What the value is.
    public indirect enum Kind: Equatable, Sendable {
        case null
        case bool(Bool)
        /// A number as written.
        case number(String)
        case string(String)
        case array([JSONValue])
        /// Members in file order.
        case object([Member])
    }

    /// One member of an object.
    public struct Member: Equatable, Sendable {
        public var key: String
        public var value: JSONValue
    }

    public var kind: Kind
    /// Byte offset of the value's first byte in the document.
    public var offset: Int

    /// Equal when the values are (offsets aside).
    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.kind == b.kind }

    /// Parses a whole document (white space around it allowed, nothing else). With `nonFiniteNumbers`, the
    /// `NaN`, `Infinity` and `-Infinity` that Python's `json` writes are read as numbers, so that a caller can
    /// reject them with a clear message instead of a syntax error.
    public static func parse(_ bytes: [UInt8], nonFiniteNumbers: Bool = false) throws(JSONFailure) -> JSONValue {
        var failure: JSONFailure?
        let value: JSONValue? = bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer)
            do throws(JSONFailure) {
                let value = try read(&scanner, depth: 0, nonFinite: nonFiniteNumbers)
                scanner.skipSpace()
                guard scanner.atEnd else { throw scanner.failExpecting(.endOfDocument) }
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

    static func read(_ s: inout JSONScanner, depth: Int, nonFinite: Bool) throws(JSONFailure) -> JSONValue {
        guard depth < 200 else { throw s.fail(.nestedTooDeeply) }
        s.skipSpace()
        let offset = s.index
        if nonFinite {
            for word in ["NaN", "Infinity", "-Infinity"] where s.bytes[offset..<s.end].starts(with: word.utf8) {
                s.index += word.utf8.count
                return JSONValue(kind: .number(word), offset: offset)
            }
        }
        switch s.peek() {
        case UInt8(ascii: "{"):
            s.index += 1
            var members: [Member] = []
            var first = true
            while let key = try s.nextKey(first: &first) { members.append(Member(key: key, value: try read(&s, depth: depth + 1, nonFinite: nonFinite))) }
            return JSONValue(kind: .object(members), offset: offset)
        case UInt8(ascii: "["):
            s.index += 1
            var items: [JSONValue] = []
            if s.consume(UInt8(ascii: "]")) { return JSONValue(kind: .array(items), offset: offset) }
            repeat { items.append(try read(&s, depth: depth + 1, nonFinite: nonFinite)) } while s.consume(UInt8(ascii: ","))
            try s.expect(UInt8(ascii: "]"), .either(",", "]"))
            return JSONValue(kind: .array(items), offset: offset)
        case UInt8(ascii: "\""): return JSONValue(kind: .string(try s.readString()), offset: offset)
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return JSONValue(kind: .bool(try s.readBool()), offset: offset)
        case UInt8(ascii: "n"):
            guard try s.consumeNull() else { throw s.failExpecting(.value) }
            return JSONValue(kind: .null, offset: offset)
        case .some(let byte) where byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte):
            _ = try s.readDouble()
            let text = String(decoding: UnsafeBufferPointer(rebasing: s.bytes[offset..<s.index]), as: UTF8.self)
            return JSONValue(kind: .number(text), offset: offset)
        case .some:
            throw s.failExpecting(.value)
        case nil: throw s.fail(.expected(.value, found: .end))
        }
    }

    /// Line numbers of byte offsets in one document, each found by a binary search (for many values).
    public struct Lines {
        private let breaks: [Int]

        /// The line index of `bytes`.
        public init(_ bytes: [UInt8]) {
            breaks = bytes.indices.filter { bytes[$0] == 0x0A }
        }

        /// The 1-based line of the byte at `offset`.
        public func line(of offset: Int) -> Int {
            var low = 0, high = breaks.count
            while low < high {
                let middle = (low + high) / 2
                if breaks[middle] < offset { low = middle + 1 } else { high = middle }
            }
            return low + 1
        }
    }

    /// The 1-based line the value starts on in `bytes` (the document it was parsed from).
    public func line(in bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { TextPosition.of(offset, in: $0).line }
    }

    /// The member `key` of an object (the first of that name), nil otherwise.
    public subscript(key: String) -> JSONValue? {
        guard case let .object(members) = kind else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The members of an object, empty otherwise.
    public var members: [Member] {
        if case let .object(members) = kind { return members }
        return []
    }

    /// The items of an array, empty otherwise.
    public var items: [JSONValue] {
        if case let .array(items) = kind { return items }
        return []
    }

    /// A string's text.
    public var string: String? {
        if case let .string(text) = kind { return text }
        return nil
    }

    /// A number as a whole number, when it is written as one.
    public var int: Int64? {
        if case let .number(text) = kind { return Int64(text) }
        return nil
    }
}
