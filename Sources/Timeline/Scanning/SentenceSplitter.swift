/// Sentence spans over the tokens of one line, by the rules of the evaluation kit's splitter.
///
/// A sentence ends after `.`, `!`, `?` or `…` (plus closing quotes, brackets and citation marks like `[12]`)
/// when whitespace and then a character that is not lower case follow, unless the dot ends an initial
/// (`J.`) or a known abbreviation (`Gen.`, `U.S.`).
enum SentenceSplitter {
    static let abbreviations: Set<String> = ["mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "capt", "sgt", "jr",
                                             "sr", "no", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "ft", "mt", "adm",
                                             "gov", "rev", "prof", "brig", "maj", "sen", "rep", "cpl", "pvt", "v",
                                             "c", "ca", "approx", "cf", "vol", "bvt",
                                             // Vietnamese: "tr. CN" (trước Công nguyên), "tr. 45" (trang)
                                             "tr"]

    /// Token ranges of the sentences in `tokens[lo..<hi]`, appended to `out`.
    static func split(_ tokens: [Token], _ lo: Int, _ hi: Int, bytes: UnsafeBufferPointer<UInt8>,
                      into out: inout [Range<Int>]) {
        var start = lo
        var k = lo
        while k < hi {
            let token = tokens[k]
            guard token.kind == .punct, isTerminal(token.value) else { k += 1; continue }
            var j = k + 1
            while j < hi, !tokens[j].spaceBefore, tokens[j].kind == .punct, isTerminal(tokens[j].value) { j += 1 }
            // closing quotes/brackets and citation marks
            while j < hi, !tokens[j].spaceBefore {
                if tokens[j].kind == .punct, isCloser(tokens[j].value) {
                    j += 1
                } else if tokens[j].isPunct("["), j + 2 < hi, tokens[j + 1].kind == .number,
                          !tokens[j + 1].spaceBefore, !tokens[j + 1].flags.contains(.separated),
                          tokens[j + 2].isPunct("]"), !tokens[j + 2].spaceBefore {
                    j += 3
                } else {
                    break
                }
            }
            defer { k = j }
            // "… của lực lượng Anh.Chiếc Sherman đầu tiên …", "… cỡ nòng 76 mm.Từ sau năm 1943 …": a full stop glued to
            // a word and to the capitalised word of the next sentence, the space lost
            if j == k + 1, j < hi, token.value == 0x2E, isGluedSentenceStart(tokens, k, bytes: bytes, lo: lo) {
                out.append(start..<j)
                start = j
                continue
            }
            guard j < hi, tokens[j].spaceBefore, !tokens[j].flags.contains(.lower) else { continue }
            if token.value == 0x2E, isAbbreviation(tokens, lo, k, bytes) { continue }
            out.append(start..<j)
            start = j
        }
        if start < hi { out.append(start..<hi) }
    }

    /// Does the full stop at `k`, with no space after it, end a sentence? The word before it has two letters or more
    /// and is no acronym or listed abbreviation ("TP.HCM", "St.Petersburg" stay whole), and the word after it is
    /// capitalised, of two letters or more, and no acronym.
    static func isGluedSentenceStart(_ tokens: [Token], _ k: Int, bytes: UnsafeBufferPointer<UInt8>, lo: Int) -> Bool {
        guard k > lo, k + 1 < tokens.count else { return false }
        let before = tokens[k - 1], after = tokens[k + 1]
        // ("Khoác chiếc áo số 3.Anh có trận ra mắt …": a number before the dot, a capitalised word after it)
        guard !tokens[k].spaceBefore, !after.spaceBefore, before.isWord || before.isNumber, after.isWord, after.isUpper,
              !before.flags.contains(.allCaps), !after.flags.contains(.allCaps),
              before.end - before.start >= 2 || before.isNumber, after.end - after.start >= 2 else { return false }
        // ("Ph.D", "U.S.": a letter and a dot before it make an abbreviation of several parts)
        if k >= 2, tokens[k - 2].isPunct("."), !before.spaceBefore { return false }
        if k + 2 < tokens.count, tokens[k + 2].isPunct("."), !tokens[k + 2].spaceBefore { return false }
        return !isAbbreviation(tokens, lo, k, bytes)
    }

    @inline(__always) static func isTerminal(_ v: Int) -> Bool { v == 0x2E || v == 0x21 || v == 0x3F || v == 0x2026 }

    @inline(__always) static func isCloser(_ v: Int) -> Bool {
        v == 0x22 || v == 0x201D || v == 0x2019 || v == 0xBB || v == 0x29 || v == 0x5D
    }

    /// The word glued before the dot at `k` is an initial or a listed abbreviation.
    static func isAbbreviation(_ tokens: [Token], _ lo: Int, _ k: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !tokens[k].spaceBefore, k > lo else { return false }
        var first = k
        while first > lo, !tokens[first].spaceBefore {
            let previous = tokens[first - 1]
            guard previous.kind != .punct || previous.isPunct(".") || previous.isPunct("_") else { break }
            first -= 1
        }
        guard first < k else { return false }
        // abbreviations are short: at most 5 scalars glued before the dot
        if tokens[k].start - tokens[first].start > 5 { return false }
        if tokens[k].start - tokens[first].start == 1, tokens[first].isUpper {
            // ("… lánh xa Ý. Mussolini …", "… ở châu Á. Năm …": a letter with a Vietnamese mark is a word — Italy,
            // Asia — not a name's initial)
            if bytes[tokens[first].byteStart] >= 0x80 { return false }
            // "… gọi là Robert I. Ông giành …", "… Edward I. He …": a pronoun or a function word after the letter
            // opens the next sentence (an initial is followed by the rest of a name)
            if k + 1 < tokens.count, tokens[k + 1].isUpper, openerHashes.contains(hash(of: tokens[k + 1], bytes)) {
                return false
            }
            return true
        }
        // Initials run together ("E.E.", "J.R.R."): single capitals, each followed by a dot.
        var initials = true
        var index = first
        while index < k {
            let letter = tokens[index]
            guard letter.isUpper, letter.end - letter.start == 1, index + 1 <= k, tokens[index + 1].isPunct(".") else {
                initials = false
                break
            }
            index += 2
        }
        if initials, index == k + 1 || index == k { return true }
        var hash = Hasher64()
        var i = tokens[first].byteStart
        let end = tokens[k - 1].byteEnd
        var lastDot = end
        while lastDot > i, bytes[lastDot - 1] == 0x2E { lastDot -= 1 }
        while i < lastDot {
            let (scalar, width) = Tokenizer.decode(bytes, i)
            hash.add(ScalarClass.lower(scalar))
            i += width
        }
        return abbreviationHashes.contains(hash.value)
    }

    static let abbreviationHashes = Set(abbreviations.map(Lexicon.hash))

    /// Words that open a sentence and never go on a name after its initial.
    static let openerHashes = Lexicon.hashes([
        "ông", "bà", "họ", "năm", "sau", "khi", "trong", "vào", "ngày", "tháng", "tuy", "nhưng", "do", "vì", "từ",
        "lúc", "các", "những", "đây", "đó", "cũng", "he", "she", "they", "it", "in", "on", "after", "the", "his", "her",
    ])

    /// The lexicon hash of one token's text.
    static func hash(of token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = Hasher64()
        var i = token.byteStart
        while i < token.byteEnd {
            let (scalar, width) = Tokenizer.decode(bytes, i)
            hash.add(ScalarClass.lower(scalar))
            i += width
        }
        return hash.value
    }
}
