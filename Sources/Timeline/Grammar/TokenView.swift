/// Read access to the tokens of one sentence (`lo..<hi`) with the small tests every grammar rule uses.
struct TokenView {
    let tokens: UnsafeBufferPointer<Token>
    let lo: Int
    let hi: Int
    let bytes: UnsafeBufferPointer<UInt8>

    @inline(__always) func has(_ k: Int) -> Bool { k >= lo && k < hi }
    @inline(__always) func word(_ k: Int) -> Word {
        has(k) && tokens[k].kind == .word ? tokens[k].word : .none
    }
    @inline(__always) func isWord(_ k: Int) -> Bool { has(k) && tokens[k].kind == .word }
    @inline(__always) func isUpperWord(_ k: Int) -> Bool { has(k) && tokens[k].kind == .word && tokens[k].isUpper }
    @inline(__always) func isLowerWord(_ k: Int) -> Bool {
        has(k) && tokens[k].kind == .word && tokens[k].flags.contains(.lower)
    }
    /// A plain number of at most `maxDigits` digits.
    @inline(__always) func number(_ k: Int, maxDigits: Int = 4) -> Int? {
        has(k) ? tokens[k].plainNumber(maxDigits: maxDigits) : nil
    }
    @inline(__always) func digits(_ k: Int) -> Int { has(k) && tokens[k].kind == .number ? Int(tokens[k].length) : 0 }
    /// Any number (thousands separators allowed).
    @inline(__always) func anyNumber(_ k: Int) -> Int? {
        has(k) && tokens[k].kind == .number && tokens[k].length <= 9 ? tokens[k].value : nil
    }
    @inline(__always) func punct(_ k: Int, _ scalar: Unicode.Scalar) -> Bool { has(k) && tokens[k].isPunct(scalar) }
    @inline(__always) func isPunct(_ k: Int) -> Bool { has(k) && tokens[k].kind == .punct }
    @inline(__always) func isDash(_ k: Int) -> Bool { has(k) && tokens[k].isDash }
    /// Token `k` directly follows token `k - 1` with no space.
    @inline(__always) func attached(_ k: Int) -> Bool { has(k) && !tokens[k].spaceBefore }
    /// A year-like number: 4 digits, no separators, in 1000…2199 (or 3-4 digits when `loose`).
    @inline(__always) func year(_ k: Int, loose: Bool = false) -> Int? {
        guard let value = number(k, maxDigits: 4) else { return nil }
        let count = digits(k)
        if count == 4 && (1000...2199).contains(value) && !tokens[k].flags.contains(.leadingZero) { return value }
        if loose && count >= 1 && value > 0 && !tokens[k].flags.contains(.leadingZero) { return value }
        return nil
    }
    /// Day of month 1…31 written with one or two digits.
    @inline(__always) func day(_ k: Int) -> Int? {
        guard let value = number(k, maxDigits: 2), (1...31).contains(value) else { return nil }
        return value
    }
    /// Month 1…12 written with one or two digits.
    @inline(__always) func monthNumber(_ k: Int) -> Int? {
        guard let value = number(k, maxDigits: 2), (1...12).contains(value) else { return nil }
        return value
    }
    /// The lower-case hash of word `k` (0 when it is not a word).
    func hash(_ k: Int) -> UInt64 {
        guard has(k), tokens[k].kind == .word else { return 0 }
        var hash = Hasher64()
        var i = tokens[k].byteStart
        let end = tokens[k].byteEnd
        while i < end {
            let (scalar, width) = Tokenizer.decode(bytes, i)
            hash.add(ScalarClass.lower(scalar))
            i += width
        }
        return hash.value
    }
    /// Lower-cased text of token `k` (slow path, for rare checks).
    func text(_ k: Int) -> String {
        guard has(k) else { return "" }
        let token = tokens[k]
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[token.byteStart..<token.byteEnd]), as: UTF8.self)
    }
    /// Is the number at `k` a time zone's offset ("UTC+6:30", "GMT-5", "UTC−3")? It is no time of day.
    func isZoneOffset(_ k: Int) -> Bool {
        guard attached(k), punct(k - 1, "+") || punct(k - 1, "-") || punct(k - 1, "−"), attached(k - 1) else { return false }
        return ["utc", "gmt"].contains(text(k - 2).lowercased())
    }
    /// First index of the sentence (for sentence-initial tests).
    @inline(__always) func isSentenceStart(_ k: Int) -> Bool {
        var j = lo
        while j < k, has(j), tokens[j].kind == .punct { j += 1 }
        return j == k
    }
}
