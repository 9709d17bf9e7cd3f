/// Clause spans inside a sentence and the statement a clause makes once its date phrase is taken out.
enum Clause {
    /// Where the clause of `left` ends and that of `right` begins: the strongest break between the two dates
    /// (`;` > `, và`/`, and` > `,` > `và`/`and`), else just before the right date and its preposition.
    static func boundary(_ v: TokenView, after left: EventCandidate, before right: EventCandidate, floor: Int) -> Int {
        var best = -1, bestScore = 0
        let opensClause = isClauseStart(v, left.first, floor: floor)
        var k = left.last + 1
        while k < right.first {
            var score = 0
            let token = v.tokens[k]
            if token.isPunct(";") {
                score = 4
            } else if token.isPunct(",") {
                switch v.word(k + 1) {
                case .va, .and, .sau, .khi: score = 3
                default: score = 2
                }
                if v.word(k + 1) == .none, let text = Optional(v.text(k + 1).lowercased()),
                   ["while", "but", "then", "nhưng", "còn", "rồi", "đồng", "which"].contains(text) {
                    score = 3
                }
            } else if v.word(k) == .va || v.word(k) == .and {
                score = 1
            } else if token.isPunct("(") || token.isPunct(":") {
                score = 1
            }
            if score > bestScore || (score == bestScore && score > 0 && opensClause) {
                best = k
                bestScore = score
            }
            k += 1
        }
        if best > left.last { return best }
        var cut = right.first
        while cut - 1 > left.last, isPreposition(v.word(cut - 1)) { cut -= 1 }
        return cut
    }

    static func isClauseStart(_ v: TokenView, _ k: Int, floor: Int) -> Bool {
        var j = k - 1
        while j >= floor, isPreposition(v.word(j)) { j -= 1 }
        return j < floor || v.punct(j, ",") || v.punct(j, ";")
    }

    static func isPreposition(_ word: Word) -> Bool {
        switch word {
        case .vao, .trong, .tu, .den, .toiDen, .luc, .in_, .on, .at, .by, .during, .since, .from, .until, .of, .cho:
            return true
        default: return false
        }
    }

    /// Citation marks `[12]` in `lo..<hi`: token indices to skip.
    static func citations(_ v: TokenView, _ lo: Int, _ hi: Int) -> Set<Int> {
        var skip = Set<Int>()
        var k = lo
        while k + 2 < hi {
            if v.tokens[k].isPunct("["), v.tokens[k + 1].kind == .number, v.tokens[k + 2].isPunct("]") {
                skip.formUnion([k, k + 1, k + 2])
                k += 3
            } else {
                k += 1
            }
        }
        return skip
    }

    /// The text of tokens `lo..<hi` as written, leaving out `skip` and citation marks.
    static func sourceText(_ v: TokenView, _ lo: Int, _ hi: Int, skip: Set<Int>) -> String {
        let citations = citations(v, lo, hi)
        if citations.isEmpty && skip.isEmpty {
            return String(decoding: UnsafeBufferPointer(rebasing: v.bytes[v.tokens[lo].byteStart..<v.tokens[hi - 1].byteEnd]),
                          as: UTF8.self)
        }
        var out: [UInt8] = []
        var previous = -1
        var gap = false
        for k in lo..<hi {
            if skip.contains(k) || citations.contains(k) {
                gap = gap || v.tokens[k].spaceBefore
                continue
            }
            let token = v.tokens[k]
            if previous >= 0 {
                if previous == k - 1 {
                    out.append(contentsOf: v.bytes[v.tokens[previous].byteEnd..<token.byteStart])
                } else if token.spaceBefore || gap {
                    out.append(0x20)
                }
            }
            out.append(contentsOf: v.bytes[token.byteStart..<token.byteEnd])
            previous = k
            gap = false
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Leading words that only link a clause to what came before (`Vào`, `Sau đó,`, `Then`, `and`).
    static func isConnective(_ v: TokenView, _ k: Int) -> Int {
        switch v.word(k) {
        case .vao, .va, .and, .in_, .on, .at, .by, .during, .since, .from, .until, .trong, .tu, .den, .toiDen, .luc:
            return 1
        case .sau where v.word(k + 1) == .do_ && v.punct(k + 2, ","): return 3
        case .sau where v.word(k + 1) == .do_: return 2
        default:
            let text = v.text(k).lowercased()
            if ["then", "however", "meanwhile", "also", "but", "nhưng", "tuy", "rồi", "đồng", "thereafter"].contains(text) {
                if text == "tuy" && v.text(k + 1).lowercased() == "nhiên" { return v.punct(k + 2, ",") ? 3 : 2 }
                if text == "đồng" && v.text(k + 1).lowercased() == "thời" { return v.punct(k + 2, ",") ? 3 : 2 }
                if text == "tuy" || text == "đồng" { return 0 }
                return v.punct(k + 1, ",") ? 2 : 1
            }
            return 0
        }
    }

    /// The clause `lo..<hi` as a sentence: without the date phrase (and its preposition), leading connectives
    /// and citation marks; first letter capitalised; a full stop at the end.
    static func statement(_ v: TokenView, _ lo: Int, _ hi: Int, date: ClosedRange<Int>, language: Language) -> String {
        var skip = Set<Int>()
        if date.lowerBound >= lo && date.upperBound < hi {
            skip.formUnion(date)
            var p = date.lowerBound - 1
            while p >= lo, isPreposition(v.word(p)) || v.word(p) == .ngay && false { skip.insert(p); p -= 1 }
            // a comma that only set the date off: "Vào ngày X, NATO …"
            if v.punct(date.upperBound + 1, ","), p < lo || v.punct(p, ",") { skip.insert(date.upperBound + 1) }
            // "(29/8)": brackets around the date alone
            if v.punct(date.lowerBound - 1, "("), v.punct(date.upperBound + 1, ")") {
                skip.insert(date.lowerBound - 1)
                skip.insert(date.upperBound + 1)
            }
        }
        let citations = citations(v, lo, hi)
        var start = lo
        while start < hi {
            if skip.contains(start) || citations.contains(start) || v.isPunct(start) && !v.punct(start, "\"")
                && !v.punct(start, "(") && !v.punct(start, "\u{201C}") {
                start += 1
                continue
            }
            let connective = isConnective(v, start)
            if connective > 0 {
                for k in start..<min(hi, start + connective) { skip.insert(k) }
                start += connective
                continue
            }
            break
        }
        var end = hi
        while end > start, skip.contains(end - 1) || citations.contains(end - 1) || v.isPunct(end - 1)
            && (v.punct(end - 1, ",") || v.punct(end - 1, ";") || v.punct(end - 1, ":") || v.isDash(end - 1)
                || v.punct(end - 1, "(")) {
            end -= 1
        }
        guard start < end else { return "" }
        var text = sourceText(v, start, end, skip: skip)
        text = tidy(text)
        if let first = text.unicodeScalars.first, ScalarClass.isLower(first.value) {
            text = String(text.prefix(1)).uppercased() + text.dropFirst()
        }
        if let last = text.unicodeScalars.last, !".!?…\"”".unicodeScalars.contains(last) { text += "." }
        return text
    }

    /// Spaces before marks, empty brackets and doubled commas that taking out a date leaves behind.
    static func tidy(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if ",.;:)".unicodeScalars.contains(scalar), out.last == " " { out.removeLast() }
            if scalar == ")", out.last == "(" {
                out.removeLast()
                if out.last == " " { out.removeLast() }
                continue
            }
            if scalar == ",", out.last == "," || out.last == "(" { continue }
            if scalar == " ", out.last == " " || out.last == "(" || out.isEmpty { continue }
            out.append(scalar)
        }
        while let last = out.last, last == " " || last == "," { out.removeLast() }
        return String(out)
    }
}
