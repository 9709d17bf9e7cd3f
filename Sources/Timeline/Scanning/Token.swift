/// One word, number or punctuation mark of a line, with its place in the text (scalars and UTF-8 bytes).
struct Token: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punct }

    /// Unicode-scalar offsets in the whole text, end exclusive.
    var start: Int
    var end: Int
    /// UTF-8 byte offsets in the whole text, end exclusive.
    var byteStart: Int
    var byteEnd: Int
    /// The number's value (capped) for `.number`, the scalar value for `.punct`, 0 for words.
    var value: Int
    var kind: Kind
    var word: Word
    var flags: Flags
    /// Digits of a number, scalars of a word, 1 for punctuation.
    var length: UInt8

    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        /// Whitespace (or a line start) precedes the token.
        static let spaceBefore = Flags(rawValue: 1)
        /// Word whose first letter is upper case.
        static let upper = Flags(rawValue: 2)
        /// Word of two or more letters, all upper case (NATO).
        static let allCaps = Flags(rawValue: 4)
        /// Number written with thousands separators (2.000, 4,000).
        static let separated = Flags(rawValue: 8)
        /// Word whose first letter is lower case.
        static let lower = Flags(rawValue: 16)
        /// Number with a leading zero (03, 08).
        static let leadingZero = Flags(rawValue: 32)
        /// Word made of Roman-numeral letters only (XX, IV).
        static let roman = Flags(rawValue: 64)
    }

    @inline(__always) var isWord: Bool { kind == .word }
    @inline(__always) var isNumber: Bool { kind == .number }
    @inline(__always) var spaceBefore: Bool { flags.contains(.spaceBefore) }
    @inline(__always) var isUpper: Bool { flags.contains(.upper) }
    @inline(__always) func isPunct(_ scalar: Unicode.Scalar) -> Bool {
        kind == .punct && value == Int(scalar.value)
    }
    /// A plain number (no thousands separator) with `digits` digits or fewer.
    @inline(__always) func plainNumber(maxDigits: Int = 4) -> Int? {
        kind == .number && !flags.contains(.separated) && Int(length) <= maxDigits ? value : nil
    }
    /// Dashes that join ranges: hyphen, en dash, em dash, minus.
    var isDash: Bool {
        kind == .punct && (value == 0x2D || value == 0x2013 || value == 0x2014 || value == 0x2212)
    }
}
