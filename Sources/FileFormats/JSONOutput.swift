import Foundation

/// Appends JSON text to a byte buffer: the fast encoder for the fixed formats (plain JSON, readable, jq-friendly).
public struct JSONOutput {
    public var bytes: [UInt8] = []

    @inlinable public init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

    @inlinable public mutating func raw(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    @inlinable public mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    @inlinable public mutating func byte(_ b: UInt8) { bytes.append(b) }

    /// A JSON string with the escapes RFC 8259 requires, and the characters that act on a terminal (DEL, C1
    /// controls, bidi overrides) as `\uXXXX`, so `cat` or `jq` of the file never runs them; nothing else is escaped,
    /// so Vietnamese stays readable.
    @inlinable public mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        let start = bytes.count
        for b in text.utf8 {
            // C1 controls start with 0xC2, the bidi controls with 0xE2: only then look at whole characters
            if b == 0xC2 || b == 0xE2 {
                bytes.removeSubrange(start...)
                stringByScalars(text)
                return
            }
            escapeASCII(b)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    @usableFromInline mutating func stringByScalars(_ text: String) {
        for scalar in text.unicodeScalars {
            if Self.actsOnTerminal(scalar) {
                raw("\\u")
                let hex = String(scalar.value, radix: 16)
                raw(String(repeating: "0", count: 4 - hex.count) + hex)
            } else if scalar.value < 0x80 {
                escapeASCII(UInt8(scalar.value))
            } else {
                bytes.append(contentsOf: String(scalar).utf8)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    @inlinable mutating func escapeASCII(_ b: UInt8) {
        switch b {
        case UInt8(ascii: "\""): raw("\\\"")
        case UInt8(ascii: "\\"): raw("\\\\")
        case 0x0A: raw("\\n")
        case 0x0D: raw("\\r")
        case 0x09: raw("\\t")
        case 0..<0x20, 0x7F:
            raw("\\u00")
            bytes.append(Self.hex[Int(b >> 4)])
            bytes.append(Self.hex[Int(b & 0xF)])
        default: bytes.append(b)
        }
    }

    /// DEL, the C1 controls (U+0080–U+009F) and the bidi embeddings, overrides and isolates.
    @inlinable public static func actsOnTerminal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// `json` (UTF-8 JSON text, as Foundation's encoder writes it) with every character that acts on a terminal
    /// written as `\uXXXX`; such characters can only stand inside strings, so the result means the same JSON.
    @inlinable public static func escapingTerminalControls(_ json: Data) -> Data {
        let text = String(decoding: json, as: UTF8.self)
        guard text.unicodeScalars.contains(where: actsOnTerminal) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if actsOnTerminal(scalar) {
                let hex = String(scalar.value, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return Data(String(out).utf8)
    }

    @usableFromInline static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    @inlinable public mutating func int<T: BinaryInteger>(_ value: T) {
        var v = Int64(value)
        if v < 0 {
            if v == .min { raw("-9223372036854775808"); return }
            bytes.append(UInt8(ascii: "-")); v = -v
        }
        if v < 10 { bytes.append(UInt8(ascii: "0") + UInt8(v)); return }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)   // 24 bytes of scratch, no allocation
        var count = 0
        withUnsafeMutableBytes(of: &digits) { scratch in
            while v > 0 {
                scratch[23 - count] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
                count += 1
            }
            bytes.append(contentsOf: scratch[(24 - count)...])
        }
    }

    /// The shortest text that reads back as the same Double; a non-finite value is written as `null`.
    @inlinable public mutating func double(_ value: Double) {
        guard value.isFinite else { raw("null"); return }
        if value == value.rounded(.towardZero), abs(value) < 1e15 {
            int(Int64(value))
            if value == 0, value.sign == .minus { bytes.insert(UInt8(ascii: "-"), at: bytes.count - 1) }
            return
        }
        raw(value.description)
    }
}
