/// One word, number or punctuation mark of a line, with its place in the text (scalars and UTF-8 bytes).
///
/// Kept to 24 bytes: the tokenizer writes one for every word of the input.
struct Token: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punct }

    private var storedStart: UInt32
    private var storedEnd: UInt32
    private var storedByteStart: UInt32
    private var storedByteEnd: UInt32
    private var storedValue: Int32
    var word: Word
    var kind: Kind
    var flags: Flags
    /// Digits of a number, scalars of a word, 1 for punctuation.
    var length: UInt8

    init(start: Int, end: Int, byteStart: Int, byteEnd: Int, value: Int, kind: Kind, word: Word, flags: Flags,
         length: UInt8) {
        storedStart = UInt32(truncatingIfNeeded: start)
        storedEnd = UInt32(truncatingIfNeeded: end)
        storedByteStart = UInt32(truncatingIfNeeded: byteStart)
        storedByteEnd = UInt32(truncatingIfNeeded: byteEnd)
        storedValue = Int32(clamping: value)
        self.kind = kind
        self.word = word
        self.flags = flags
        self.length = length
    }

    /// Unicode-scalar offsets in the whole text, end exclusive.
    @inline(__always) var start: Int { Int(storedStart) }
    @inline(__always) var end: Int { Int(storedEnd) }
    /// UTF-8 byte offsets in the whole text, end exclusive.
    @inline(__always) var byteStart: Int { Int(storedByteStart) }
    @inline(__always) var byteEnd: Int { Int(storedByteEnd) }
    /// The number's value (capped) for `.number`, the scalar value for `.punct`, 0 for words.
    @inline(__always) var value: Int { Int(storedValue) }

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
        kind == .punct && storedValue == Int32(bitPattern: scalar.value)
    }
    /// A plain number (no thousands separator) with `digits` digits or fewer.
    @inline(__always) func plainNumber(maxDigits: Int = 4) -> Int? {
        kind == .number && !flags.contains(.separated) && Int(length) <= maxDigits ? value : nil
    }
    /// Dashes that join ranges: hyphen, en dash, em dash, minus.
    var isDash: Bool {
        kind == .punct && (storedValue == 0x2D || storedValue == 0x2013 || storedValue == 0x2014 || storedValue == 0x2212)
    }
}
