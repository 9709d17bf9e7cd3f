/// Splits a stretch of UTF-8 text (no newlines) into tokens in one pass, counting scalars as it goes.
enum Tokenizer {
    /// Appends the tokens of `bytes[from..<to]` to `tokens`; `scalarStart` is the scalar offset of `from`.
    /// Returns the number of scalars in the stretch.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int, scalarStart: Int,
                         into tokens: inout [Token]) -> Int {
        let table = Lexicon.table
        var i = from
        var scalar = scalarStart
        var space = true
        while i < to {
            if bytes[i] == 0x20 {
                space = true
                i += 1
                scalar += 1
                continue
            }
            let (v, width) = decode(bytes, i)
            if ScalarClass.isSpace(v) {
                space = true
                i += width
                scalar += 1
                continue
            }
            if v >= 0x30 && v <= 0x39 {
                // Number, with optional thousands groups: 2.000, 4,000, 1.000.000
                let startByte = i, startScalar = scalar
                var value = 0
                var digits = 0
                var separated = false
                while i < to, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                    if digits < 18 { value = value * 10 + Int(bytes[i] - 0x30) }
                    digits += 1
                    i += 1
                    scalar += 1
                }
                let leadingZero = bytes[startByte] == 0x30 && digits > 1
                if digits <= 3 {
                    while i + 3 < to, bytes[i] == 0x2E || bytes[i] == 0x2C, isDigit(bytes[i + 1]),
                          isDigit(bytes[i + 2]), isDigit(bytes[i + 3]), !(i + 4 < to && isDigit(bytes[i + 4])) {
                        for k in 1...3 where digits < 18 {
                            // A grouped figure of more than 18 digits keeps the digits that fit (it overflowed before).
                            let (shifted, over) = value.multipliedReportingOverflow(by: 10)
                            let (next, carry) = shifted.addingReportingOverflow(Int(bytes[i + k] - 0x30))
                            if !over, !carry { value = next }
                        }
                        digits += 3
                        i += 4
                        scalar += 4
                        separated = true
                    }
                }
                var flags: Token.Flags = space ? [.spaceBefore] : []
                if separated { flags.insert(.separated) }
                if leadingZero { flags.insert(.leadingZero) }
                tokens.append(Token(start: startScalar, end: scalar, byteStart: startByte, byteEnd: i,
                                    value: value, kind: .number, word: .none, flags: flags,
                                    length: UInt8(min(digits, 255))))
                space = false
                continue
            }
            if ScalarClass.isLetter(v) {
                let startByte = i, startScalar = scalar
                var hash = Hasher64()
                var count = 0
                let firstUpper = ScalarClass.isUpper(v)
                // case and Roman-numeral tests only matter for capitalised words (a minority)
                var upperCount = 0
                var roman = firstUpper
                var cur = v, curWidth = width
                while true {
                    if cur < 0x80 {
                        let lower = cur | (cur >= 0x41 && cur <= 0x5A ? 0x20 : 0)
                        hash.add(lower)
                        if firstUpper {
                            if lower != cur { upperCount += 1 }
                            if roman, !ScalarClass.isRoman(cur) { roman = false }
                        }
                    } else {
                        hash.add(ScalarClass.lower(cur))
                        if firstUpper {
                            if ScalarClass.isUpper(cur) { upperCount += 1 }
                            roman = false
                        }
                    }
                    count += 1
                    i += curWidth
                    scalar += 1
                    guard i < to else { break }
                    let byte = bytes[i]
                    if byte < 0x80 {
                        // ASCII fast path: letters continue the word, anything else ends it
                        guard (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A else { break }
                        cur = UInt32(byte)
                        curWidth = 1
                        continue
                    }
                    let (next, nextWidth) = decode(bytes, i)
                    guard ScalarClass.isLetter(next) else { break }
                    cur = next
                    curWidth = nextWidth
                }
                var flags: Token.Flags = space ? [.spaceBefore] : []
                if firstUpper {
                    flags.insert(.upper)
                    if count >= 2 && upperCount == count { flags.insert(.allCaps) }
                    if roman { flags.insert(.roman) }
                } else if ScalarClass.isLower(v) {
                    flags.insert(.lower)
                }
                let word = count <= 13 ? table.lookup(hash.value) : .none  // the longest entry: "approximately"
                tokens.append(Token(start: startScalar, end: scalar, byteStart: startByte, byteEnd: i, value: 0,
                                    kind: .word, word: word, flags: flags, length: UInt8(min(count, 255))))
                space = false
                continue
            }
            tokens.append(Token(start: scalar, end: scalar + 1, byteStart: i, byteEnd: i + width, value: Int(v),
                                kind: .punct, word: .none, flags: space ? [.spaceBefore] : [], length: 1))
            space = false
            i += width
            scalar += 1
        }
        return scalar - scalarStart
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// Decodes the (valid) UTF-8 scalar at `i`: value and byte width.
    @inline(__always) static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        let n = bytes.count
        if b0 < 0xE0, i + 1 < n { return (((b0 & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F), 2) }
        if b0 < 0xF0, i + 2 < n {
            return (((b0 & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6) | (UInt32(bytes[i + 2]) & 0x3F), 3)
        }
        if i + 3 < n {
            return (((b0 & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12)
                    | ((UInt32(bytes[i + 2]) & 0x3F) << 6) | (UInt32(bytes[i + 3]) & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }
}
