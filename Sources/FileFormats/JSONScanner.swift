#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where and why a byte-level JSON read failed: turned into a file, line and column by `TextPosition`.
public struct JSONFailure: Error, Equatable {
    /// Byte offset of the fault, counted from the start of the buffer the scanner reads.
    public var offset: Int
    public var problem: FileProblem

    @inlinable public init(offset: Int, problem: FileProblem) {
        self.offset = offset
        self.problem = problem
    }
}

/// A cursor over the UTF-8 bytes of the fixed JSON formats (state.json, reviews.jsonl).
///
/// Foundation's `JSONDecoder` reads such files at about 18 MB/s; this reads them in place, allocating only the
/// strings it returns. It accepts exactly RFC 8259 JSON (no comments, no trailing commas, no NaN).
public struct JSONScanner {
    public let bytes: UnsafeBufferPointer<UInt8>
    public var index: Int
    public let end: Int

    @inlinable public init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0, to end: Int? = nil) {
        self.bytes = bytes
        index = start
        self.end = end ?? bytes.count
    }

    @inlinable public var atEnd: Bool { index >= end }

    @inlinable public func fail(_ problem: FileProblem, at offset: Int? = nil) -> JSONFailure {
        JSONFailure(offset: offset ?? index, problem: problem)
    }

    /// The failure "expected `what` but found" the byte at the cursor.
    @inlinable public func failExpecting(_ what: FileProblem.Expected, at offset: Int? = nil) -> JSONFailure {
        fail(.expected(what, found: found), at: offset)
    }

    /// Skips spaces, tabs, carriage returns and line feeds.
    @inlinable public mutating func skipSpace() {
        while index < end {
            let b = bytes[index]
            guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { return }
            index += 1
        }
    }

    /// The next byte after white space, without consuming it.
    @inlinable public mutating func peek() -> UInt8? {
        skipSpace()
        return index < end ? bytes[index] : nil
    }

    /// What the learner should be told the byte at the cursor is.
    @inlinable public var found: FileProblem.Found {
        guard index < end else { return .end }
        let b = bytes[index]
        if b >= 0x20 && b < 0x7F { return .character(Character(UnicodeScalar(b))) }
        if b == 0 { return .nul }
        if b >= 0x80 { return .byte(b) }
        return .controlByte(b)
    }

    /// Consumes `byte` (after white space) or fails naming what was expected.
    @inlinable @inline(__always)
    public mutating func expect(_ byte: UInt8, _ what: FileProblem.Expected? = nil) throws(JSONFailure) {
        if index < end, bytes[index] == byte { index += 1; return }
        skipSpace()
        guard index < end, bytes[index] == byte else {
            throw failExpecting(what ?? .character(Character(UnicodeScalar(byte))))
        }
        index += 1
    }

    /// Consumes `byte` (after white space) if it is next.
    @inlinable public mutating func consume(_ byte: UInt8) -> Bool {
        skipSpace()
        guard index < end, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    // MARK: objects

    /// Reads the next key of an object whose `{` was consumed: nil at `}`. `first` tracks the comma rule.
    @inlinable public mutating func nextKey(first: inout Bool) throws(JSONFailure) -> String? {
        skipSpace()
        if consume(UInt8(ascii: "}")) {
            return nil
        }
        if !first { try expect(UInt8(ascii: ","), .either(",", "}")) }
        first = false
        skipSpace()
        guard index < end, bytes[index] == UInt8(ascii: "\"") else {
            throw failExpecting(.fieldName)
        }
        let key = try readString()
        try expect(UInt8(ascii: ":"))
        return key
    }

    /// Like `nextKey`, but gives the key's bytes (between the quotes) without making a String; escaped keys are
    /// returned as they are written, so they never equal a plain field name.
    @inlinable public mutating func nextKeyRange(first: inout Bool) throws(JSONFailure) -> Range<Int>? {
        skipSpace()
        guard index < end else { throw fail(.expected(.either(",", "}"), found: .end)) }
        if bytes[index] == UInt8(ascii: "}") { index += 1; return nil }
        if !first { try expect(UInt8(ascii: ","), .either(",", "}")); skipSpace() }
        first = false
        guard index < end, bytes[index] == UInt8(ascii: "\"") else {
            throw failExpecting(.fieldName)
        }
        let start = index + 1
        var i = start
        while i < end, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\"), bytes[i] >= 0x20 { i += 1 }
        guard i < end, bytes[i] == UInt8(ascii: "\"") else {
            _ = try readString()          // escapes or a fault: let the full reader judge and skip it
            let range = start..<(index - 1)
            try expect(UInt8(ascii: ":"))
            return range
        }
        index = i + 1
        try expect(UInt8(ascii: ":"))
        return start..<i
    }

    /// Consumes `,"name":` (or `"name":` for the first field) exactly as the encoder writes it; false (nothing consumed)
    /// when the bytes differ, so the caller falls back to the general reader.
    @inlinable @inline(__always)
    public mutating func consumeKey(_ quotedKeyColon: StaticString, first: inout Bool) -> Bool {
        let skip = first ? 0 : 1
        let count = quotedKeyColon.utf8CodeUnitCount
        guard index + skip + count <= end, first || bytes[index] == UInt8(ascii: ","),
              memcmp(bytes.baseAddress! + index + skip, quotedKeyColon.utf8Start, count) == 0 else { return false }
        index += skip + count
        first = false
        return true
    }

    /// Whether the bytes in `range` are exactly `word`.
    @inlinable @inline(__always)
    public func equals(_ range: Range<Int>, _ word: StaticString) -> Bool {
        range.count == word.utf8CodeUnitCount && memcmp(bytes.baseAddress! + range.lowerBound, word.utf8Start, range.count) == 0
    }

    /// The key bytes in `range` as text, for messages.
    @inlinable public func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }

    // MARK: scalars

    /// Reads a JSON string, checking that it is valid UTF-8 and has no raw control characters.
    @inlinable public mutating func readString() throws(JSONFailure) -> String {
        try expect(UInt8(ascii: "\""), .string)
        let start = index
        var ascii = true
        // Eight bytes at a time while none is a quote, a backslash or a control byte.
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            var high: UInt64 = 0
            while index + 8 <= end {
                let w = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let q = w ^ 0x2222_2222_2222_2222, b = w ^ 0x5C5C_5C5C_5C5C_5C5C
                let special = ((q &- 0x0101_0101_0101_0101) & ~q) | ((b &- 0x0101_0101_0101_0101) & ~b)
                    | ((w &- 0x2020_2020_2020_2020) & ~w)
                if special & 0x8080_8080_8080_8080 != 0 { break }
                high |= w
                index += 8
            }
            if high & 0x8080_8080_8080_8080 != 0 { ascii = false }
        }
        while index < end {
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                let raw = UnsafeBufferPointer(rebasing: bytes[start..<index])
                index += 1
                if ascii { return String(decoding: raw, as: UTF8.self) }
                if let text = String(validating: raw, as: UTF8.self) { return text }
                throw fail(.notUTF8, at: start + (UTF8Check.firstInvalid(raw) ?? 0))
            }
            if b == UInt8(ascii: "\\") { index = start; return try readEscapedString() }
            if b < 0x20 { throw fail(.controlCharacterInString) }
            if b >= 0x80 { ascii = false }
            index += 1
        }
        throw fail(.unterminatedString, at: start - 1)
    }

    @usableFromInline mutating func readEscapedString() throws(JSONFailure) -> String {
        var out: [UInt8] = []
        let start = index
        while index < end {
            let b = bytes[index]
            switch b {
            case UInt8(ascii: "\""):
                index += 1
                if let bad = UTF8Check.firstInvalid(out) { throw fail(.notUTF8, at: start + bad) }
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                index += 1
                guard index < end else { break }
                let e = bytes[index]
                index += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try readHex4()
                    if (0xD800..<0xDC00).contains(scalar) {
                        guard index + 1 < end, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                            throw fail(.loneSurrogate)
                        }
                        index += 2
                        let low = try readHex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw fail(.loneSurrogate) }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00..<0xE000).contains(scalar) {
                        throw fail(.loneSurrogate)
                    }
                    out.append(contentsOf: String(Character(UnicodeScalar(scalar)!)).utf8)
                default:
                    throw fail(.unknownEscape("\\" + String(UnicodeScalar(e))), at: index - 2)
                }
            default:
                if b < 0x20 { throw fail(.controlCharacterInString) }
                out.append(b)
                index += 1
            }
        }
        throw fail(.unterminatedString, at: start - 1)
    }

    @usableFromInline mutating func readHex4() throws(JSONFailure) -> UInt32 {
        guard index + 4 <= end else { throw fail(.unicodeEscapeCutShort) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[index]
            let digit: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
            default: throw fail(.unicodeEscapeNotHex)
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    /// Reads `null` if it is next.
    @inlinable public mutating func consumeNull() throws(JSONFailure) -> Bool {
        guard peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    /// Reads `true` or `false`.
    @inlinable public mutating func readBool() throws(JSONFailure) -> Bool {
        switch peek() {
        case UInt8(ascii: "t"): try literal("true"); return true
        case UInt8(ascii: "f"): try literal("false"); return false
        default: throw failExpecting(.trueOrFalse)
        }
    }

    @usableFromInline mutating func literal(_ word: StaticString) throws(JSONFailure) {
        let start = index
        let count = word.utf8CodeUnitCount
        guard index + count <= end else { throw fail(.valueCutShort, at: start) }
        for i in 0..<count where bytes[index + i] != word.utf8Start[i] {
            throw failExpecting(.word("\(word)"), at: start)
        }
        index += count
    }

    /// Reads a whole number that fits in 64 bits (no fraction, no exponent).
    @inlinable public mutating func readInt() throws(JSONFailure) -> Int64 {
        skipSpace()
        let start = index
        var negative = false
        if index < end, bytes[index] == UInt8(ascii: "-") { negative = true; index += 1 }
        var value: Int64 = 0
        let digitsStart = index
        while index < end {
            let b = bytes[index]
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { break }
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) = times10.addingReportingOverflow(Int64(b - UInt8(ascii: "0")))
            if o1 || o2 { throw fail(.numberTooLarge, at: start) }
            value = next
            index += 1
        }
        guard index > digitsStart else { throw failExpecting(.number) }
        if index - digitsStart > 1, bytes[digitsStart] == UInt8(ascii: "0") { throw fail(.leadingZero, at: start) }
        if index < end, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            throw fail(.expected(.wholeNumber, found: found), at: start)
        }
        return negative ? -value : value
    }

    /// Reads a whole number in `range`, naming `field` when it is out of range.
    @inlinable public mutating func readInt(in range: ClosedRange<Int64>, _ field: StaticString) throws(JSONFailure) -> Int64 {
        let start = index
        let value = try readInt()
        guard range.contains(value) else {
            throw fail(.outOfRange(field: "\(field)", lower: range.lowerBound, upper: range.upperBound, value: value), at: start)
        }
        return value
    }

    /// Reads a JSON number as a Double (`null` reads as NaN, which is how the encoder writes a non-finite value).
    @inlinable public mutating func readDouble() throws(JSONFailure) -> Double {
        if try consumeNull() { return .nan }
        skipSpace()
        let start = index
        var negative = false
        if index < end, bytes[index] == UInt8(ascii: "-") { negative = true; index += 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var exponent = 0
        let intStart = index
        while index < end, bytes[index] &- UInt8(ascii: "0") < 10 {
            if digits < 19 {
                mantissa = mantissa * 10 + UInt64(bytes[index] - UInt8(ascii: "0"))
                if mantissa != 0 { digits += 1 }
            } else { exponent += 1 }
            index += 1
        }
        guard index > intStart else { throw failExpecting(.number) }
        if index - intStart > 1, bytes[intStart] == UInt8(ascii: "0") { throw fail(.leadingZero, at: start) }
        if index < end, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fracStart = index
            while index < end, bytes[index] &- UInt8(ascii: "0") < 10 {
                if digits < 19 {
                    mantissa = mantissa * 10 + UInt64(bytes[index] - UInt8(ascii: "0"))
                    if mantissa != 0 { digits += 1 }
                    exponent -= 1
                }
                index += 1
            }
            guard index > fracStart else { throw fail(.noDigitAfterPoint) }
        }
        if index < end, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            var expNegative = false
            if index < end, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                expNegative = bytes[index] == UInt8(ascii: "-"); index += 1
            }
            let expStart = index
            var e = 0
            while index < end, bytes[index] &- UInt8(ascii: "0") < 10 {
                if e < 100_000 { e = e * 10 + Int(bytes[index] - UInt8(ascii: "0")) }
                index += 1
            }
            guard index > expStart else { throw fail(.noDigitInExponent) }
            exponent += expNegative ? -e : e
        }
        // Exact fast path (Clinger): the mantissa and the power of ten are both exact doubles.
        if mantissa < (1 << 53), exponent >= -22, exponent <= 22 {
            var value = Double(mantissa)
            if exponent < 0 { value /= Self.powersOfTen[-exponent] } else { value *= Self.powersOfTen[exponent] }
            return negative ? -value : value
        }
        return slowDouble(from: start, to: index)
    }

    @usableFromInline static let powersOfTen: [Double] = (0...22).map { p in (0..<p).reduce(1.0) { acc, _ in acc * 10 } }

    @usableFromInline func slowDouble(from start: Int, to stop: Int) -> Double {
        let count = stop - start
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: count + 1) { buffer in
            for i in 0..<count { buffer[i] = CChar(bitPattern: bytes[start + i]) }
            buffer[count] = 0
            return strtod(buffer.baseAddress!, nil)
        }
    }

    // MARK: skipping

    /// Skips one value of any kind (for fields a newer writer may add), checking its syntax.
    @inlinable public mutating func skipValue(depth: Int = 0) throws(JSONFailure) {
        guard depth < 64 else { throw fail(.nestedTooDeeply) }
        switch peek() {
        case UInt8(ascii: "{"):
            index += 1
            var first = true
            while try nextKey(first: &first) != nil { try skipValue(depth: depth + 1) }
        case UInt8(ascii: "["):
            index += 1
            if consume(UInt8(ascii: "]")) { return }
            repeat { try skipValue(depth: depth + 1) } while consume(UInt8(ascii: ","))
            try expect(UInt8(ascii: "]"), .either(",", "]"))
        case UInt8(ascii: "\""): _ = try readString()
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try readBool()
        case UInt8(ascii: "n"): _ = try consumeNull()
        case .some: _ = try readDouble()
        case nil: throw fail(.expected(.value, found: .end))
        }
    }
}
