/// Clause spans inside a sentence and the statement a clause makes once its date phrase is taken out.
enum Clause {
    /// Where the clause of `left` ends and that of `right` begins: the strongest break between the two dates
    /// (`;` > `, và`/`, and` > `,` > `và`/`and`), else just before the right date and its preposition.
    static func boundary(_ v: TokenView, after left: EventCandidate, before right: EventCandidate, floor: Int) -> Int {
        var best = -1, bestScore = 0
        let opensClause = isClauseStart(v, left.first, floor: floor)
        let lead = leadStart(v, right.first, floor: left.last + 1)
        var k = left.last + 1
        while k < right.first {
            var score = 0
            let token = v.tokens[k]
            if token.isPunct(";") {
                score = 4
            } else if token.isPunct(","), isDecimalComma(v, k) {
                score = 0  // "tăng 15,89%": a Vietnamese decimal comma, inside a number
            } else if token.isPunct(",") {
                switch v.word(k + 1) {
                case .va, .and, .sau, .khi: score = 3
                default: score = 2
                }
                if v.word(k + 1) == .none, clauseOpeners.contains(v.hash(k + 1)) { score = 3 }
                // "… tại Viên, Áo từ ngày 1.11", "… in Stamford, Connecticut, on May 2": a place's region after its
                // comma, right before the right date's phrase, is no clause break
                if v.isUpperWord(k - 1), k + 1 < lead, (k + 1..<lead).allSatisfy({ v.isUpperWord($0) || v.tokens[$0].isPunct(",") }) {
                    score = 0
                }
            } else if contrastive.contains(v.hash(k)) {
                score = 2  // "… từ thế kỷ 18 song đạt được danh tiếng vào cuối thế kỷ 19": "but" opens a clause
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
        return leadStart(v, right.first, floor: left.last + 1)
    }

    /// A comma written between two digits with no space ("15,89", "1,5 triệu"): part of a number.
    static func isDecimalComma(_ v: TokenView, _ k: Int) -> Bool {
        guard v.has(k - 1), v.has(k + 1) else { return false }
        let before = v.tokens[k - 1], comma = v.tokens[k], after = v.tokens[k + 1]
        return before.byteEnd == comma.byteStart && comma.byteEnd == after.byteStart
            && v.number(k - 1) != nil && v.number(k + 1) != nil
    }

    /// Where the temporal phrase of the date starting at `first` begins: its prepositions (`vào`, `in`), and the
    /// governing words around them (`Kể từ hậu bán`, `Trong suốt những`, `Giai đoạn`, `in the latter half of`),
    /// so that taking the date out takes its whole phrase. The longer chain counts only when a governing word
    /// opens it or it opens the clause; otherwise just the prepositions go.
    static func leadStart(_ v: TokenView, _ first: Int, floor: Int) -> Int {
        // "Ngày 3 tháng 10 âm lịch năm 1459": a lunar day and month before the year belong to its phrase
        if first - 2 >= floor, v.hash(first - 1) == lich, v.hash(first - 2) == am, v.number(first - 3) != nil,
           v.word(first - 4) == .thang {
            var start = first - 4
            if v.number(start - 1) != nil, v.word(start - 2) == .ngay { start -= 2 }
            if start - 1 >= floor, isPreposition(v.word(start - 1)) { start -= 1 }
            if start >= floor { return start }
        }
        var p = first - 1
        while p >= floor, isBasicLead(v, p) { p -= 1 }
        let basic = p + 1
        // "quy hoạch … đến năm 2030 và tầm nhìn đến năm 2050": a plan's horizon is nothing without its year, and goes
        // with it (and with the "và" or comma that joined it)
        if basic - 2 >= floor, basic < first, v.hash(basic - 1) == nhin, v.hash(basic - 2) == tam {
            let start = basic - 2
            if start - 1 >= floor, v.word(start - 1) == .va || v.punct(start - 1, ",") { return start - 1 }
            return start
        }
        var q = first - 1
        var governing: Int? = nil
        while q >= floor, isBasicLead(v, q) || leadWords.contains(v.hash(q)) {
            let hash = v.hash(q)
            // "ở thế kỷ thứ 9", "tại thời điểm năm 2006"; but "tồn tại năm 1945", "hiện tại": "tại" ends a word, and
            // "tại" before the date itself may be a place ("tại 1994 World Cup")
            if hash == tai, tailOfWord.contains(v.hash(q - 1)) || q + 1 == first { break }
            // "ở 1994 European Championships": a bare year before a name is part of the name, not a phrase
            if hash == o, q + 1 == first, v.number(first) != nil { break }
            // "hồi đầu thế kỷ 7", "hồi năm 1945"; but "phục hồi năm 1945", "thu hồi": "hồi" ends a word
            if hash == hoi, tailOfWord.contains(v.hash(q - 1)) { break }
            // "Mùa 2005-2006, CLB lần đầu …" (a season opening the clause); but "bệnh đậu mùa năm 1977": a word's end
            if hash == mua, !(q - 1 < floor || v.punct(q - 1, ",") || v.punct(q - 1, ";")) { break }
            // "Bắt đầu từ thế kỷ 19, …" opens the clause; "X bắt đầu từ năm 1813" is the verb of X
            if hash == bat {
                guard v.hash(q + 1) == dauWord, q + 2 == first || v.word(q + 2) == .tu,
                      q - 1 < floor || v.punct(q - 1, ",") || v.punct(q - 1, ";") else { break }
            }
            if isPreposition(v.word(q)) || governingWords.contains(hash) { governing = q }
            q -= 1
        }
        let chain = q + 1
        guard chain < basic else { return basic }
        if governing == chain || q < floor || v.punct(q, ",") || v.punct(q, ";") || v.punct(q, ":") { return chain }
        if let governing, governing < basic { return governing }
        return basic
    }

    /// Where "năm <Era> thứ <N>" ends just before `bracket` ("Năm Minh Mạng thứ 14 (1833)"), with its
    /// preposition; nil when the words before the bracket are not an era year.
    static func eraYear(_ v: TokenView, before bracket: Int, floor: Int) -> Int? {
        // "năm Canh Thìn (1460)": a year of the sixty-year cycle, two capitalised words after "năm"
        if bracket - 3 >= floor, v.isUpperWord(bracket - 1), v.isUpperWord(bracket - 2), v.word(bracket - 3) == .nam {
            var k = bracket - 3
            while k - 1 >= floor, isPreposition(v.word(k - 1)) { k -= 1 }
            return k
        }
        var k = bracket - 1
        // "thứ nhất" (the first year) is an ordinal the number words do not hold
        guard k > floor, v.number(k) != nil || v.word(k).numberValue != nil || v.hash(k) == nguyenNien
            || v.hash(k) == nhat && v.hash(k - 1) == thu else { return nil }
        if v.hash(k) == nguyenNien, v.hash(k - 1) == nguyenWord { k -= 1 }  // "nguyên niên"
        else {
            while k - 1 > floor, v.word(k - 1).numberValue != nil || v.hash(k - 1) == muoiWord { k -= 1 }  // "mười bốn"
            k -= 1
            guard v.hash(k) == thu else { return nil }
        }
        var names = 0
        while k - 1 >= floor, v.isUpperWord(k - 1), v.word(k - 1) != .nam { k -= 1; names += 1 }
        guard (1...3).contains(names), k - 1 >= floor, v.word(k - 1) == .nam else { return nil }
        k -= 1
        while k - 1 >= floor, isPreposition(v.word(k - 1)) { k -= 1 }
        return k
    }
    /// "niên hiệu Diên Ninh thứ 6" starting at `k`: the index of its last token (and of the comma after it, if any).
    static func eraAppositive(_ v: TokenView, from k: Int, ceiling: Int) -> Int? {
        // "…, năm Canh Thìn (1460), …": the cycle year and its gloss
        if v.word(k) == .nam, v.isUpperWord(k + 1), v.isUpperWord(k + 2), v.punct(k + 3, "("), v.number(k + 4) != nil,
           v.punct(k + 5, ")") {
            return v.punct(k + 6, ",") ? k + 6 : k + 5
        }
        guard v.hash(k) == nienWord, v.hash(k + 1) == hieuWord else { return nil }
        var j = k + 2
        var names = 0
        while j < ceiling, v.isUpperWord(j) { j += 1; names += 1 }
        guard (1...3).contains(names), v.hash(j) == thu else { return nil }
        j += 1
        guard v.number(j) != nil || v.word(j).numberValue != nil else { return nil }
        while j + 1 < ceiling, v.word(j + 1).numberValue != nil || v.hash(j + 1) == muoiWord { j += 1 }
        return v.punct(j + 1, ",") ? j + 1 : j
    }
    static let nienWord = Lexicon.hash("niên"), hieuWord = Lexicon.hash("hiệu")
    static let am = Lexicon.hash("âm"), lich = Lexicon.hash("lịch")
    static let tam = Lexicon.hash("tầm"), nhin = Lexicon.hash("nhìn")

    static let thu = Lexicon.hash("thứ"), nguyenWord = Lexicon.hash("nguyên"), nguyenNien = Lexicon.hash("niên")
    static let muoiWord = Lexicon.hash("mười"), nhat = Lexicon.hash("nhất")

    /// The words always taken out with a date: prepositions, `sau`/`trước`/`after`/`before`, `ngày`.
    static func isBasicLead(_ v: TokenView, _ k: Int) -> Bool {
        isPreposition(v.word(k)) || v.word(k) == .sau || v.word(k) == .truoc || v.word(k) == .after
            || v.word(k) == .before || v.hash(k) == ngay
    }

    /// Words that open a temporal phrase on their own (`sang năm`, `kể từ`, `suốt`, `throughout`).
    static let governingWords = Lexicon.hashes([
        "sang", "kể", "suốt", "khoảng", "nửa", "bằng", "ở", "tại", "hồi", "bắt", "mùa", "throughout", "around", "about", "circa", "approximately", "roughly", "starting", "early", "late", "mid",
        "toward", "towards", "for", "only", "just", "already",
    ])
    /// Words that belong to a temporal phrase between its governing word and the date
    /// (`những`, `đoạn`, `kỳ`, `bán`; `the`, `latter`, `half`, `closing decades`, `turn`).
    static let leadWords = governingWords.union(Lexicon.hashes([
        "những", "các", "giai", "đoạn", "thời", "gian", "kỳ", "kì", "hậu", "tiền", "bán", "đầu", "giữa", "cuối", "điểm", "tận", "mãi", "the", "latter", "former", "first", "second", "last",
        "half", "part", "end", "beginning", "start", "middle", "turn", "course", "closing", "opening", "final",
        "decades", "years", "earlier", "later", "very", "most", "much", "rest", "remainder",
    ]))
    /// Conjunctions left at the end of a clause when the next clause is cut off (`… phục hồi nhưng`).
    static let trailingConjunctions = Lexicon.hashes([
        "nhưng", "và", "thì", "mà", "rồi", "còn", "hoặc", "hay", "and", "but", "or", "while", "whereas", "then",
    ])

    static func isClauseStart(_ v: TokenView, _ k: Int, floor: Int) -> Bool {
        var j = k - 1
        while j >= floor, isPreposition(v.word(j)) { j -= 1 }
        return j < floor || v.punct(j, ",") || v.punct(j, ";")
    }

    static func isPreposition(_ word: Word) -> Bool {
        switch word {
        case .vao, .trong, .tu, .den, .toiDen, .luc, .in_, .on, .at, .by, .during, .since, .from, .until, .of, .cho, .between:
            return true
        default: return false
        }
    }

    /// Citation marks `[12]` in `lo..<hi`: token indices to skip.
    static func citations(_ v: TokenView, _ lo: Int, _ hi: Int) -> TokenSet {
        var skip = TokenSet()
        var k = lo
        while k + 2 < hi {
            if v.tokens[k].isPunct("["), v.tokens[k + 1].kind == .number, v.tokens[k + 2].isPunct("]") {
                skip.insert(k...(k + 2))
                k += 3
            } else {
                k += 1
            }
        }
        return skip
    }

    /// The text of tokens `lo..<hi` as written, leaving out `skip` and citation marks.
    static func sourceText(_ v: TokenView, _ lo: Int, _ hi: Int, skip: TokenSet) -> String {
        String(decoding: sourceBytes(v, lo, hi, skip: skip), as: UTF8.self)
    }

    /// UTF-8 of tokens `lo..<hi` as written, leaving out `skip` and citation marks; `tidy` also drops the
    /// spaces before marks, empty brackets and doubled commas that leaving tokens out can produce.
    static func sourceBytes(_ v: TokenView, _ lo: Int, _ hi: Int, skip: TokenSet, citations known: TokenSet? = nil,
                            tidy tidying: Bool = false) -> [UInt8] {
        let citations = known ?? citations(v, lo, hi)
        if tidying {
            var bytes = sourceBytes(v, lo, hi, skip: skip, citations: citations, tidy: false)
            tidy(&bytes)
            return bytes
        }
        if citations.isEmpty && skip.isEmpty {
            return Array(v.bytes[v.tokens[lo].byteStart..<v.tokens[hi - 1].byteEnd])
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
        return out
    }

    static let roi = Lexicon.hash("rồi"), then = Lexicon.hash("then"), o = Lexicon.hash("ở"), tai = Lexicon.hash("tại")
    static let tro = Lexicon.hash("trở"), di = Lexicon.hash("đi"), onwards = Lexicon.hashes(["onwards", "onward"])
    static let contrastive = Lexicon.hashes(["song", "nhưng", "but", "whereas", "rồi"])
    static let clauseOpeners = Lexicon.hashes(["while", "but", "then", "nhưng", "còn", "rồi", "đồng", "which"])
    static let connectives = Lexicon.hashes(["then", "however", "meanwhile", "also", "but", "nhưng", "rồi",
                                             "thereafter", "thì", "additionally", "moreover", "furthermore",
                                             "consequently", "thus", "therefore", "nevertheless", "subsequently",
                                             "hence", "accordingly"])
    /// Two- and three-word links to what came before: "Ngoài ra,", "Bên cạnh đó,", "Do đó,", "In addition,".
    static let linkPhrases: [[UInt64]] = [
        ["ngoài", "ra"], ["bên", "cạnh", "đó"], ["hơn", "nữa"], ["do", "đó"], ["vì", "vậy"], ["vì", "thế"],
        ["thêm", "vào", "đó"], ["in", "addition"], ["as", "a", "result"], ["hơn", "thế", "nữa"], ["nhằm", "phản", "ứng"],
        ["để", "đáp", "lại"], ["in", "response"], ["in", "retaliation"],
        ["như", "vậy"], ["như", "thế"], ["đặc", "biệt"], ["mặt", "khác"], ["tuy", "vậy"], ["dù", "vậy"], ["nhờ", "đó"],
        ["chính", "vì", "vậy"], ["in", "particular"], ["on", "the", "other", "hand"], ["in", "turn"], ["cuối", "cùng"],
    ].map { $0.map(Lexicon.hash) }
    static let tuy = Lexicon.hash("tuy"), nhien = Lexicon.hash("nhiên"), dong = Lexicon.hash("đồng")
    /// The copula `là`: "sau đó là X" is "then came X", so `là` belongs to the connective.
    static let la = Lexicon.hash("là")
    /// `khi` / `when`: in "X khi Y vào DATE" the date belongs to Y, so the statement is Y.
    static let whenWords = Lexicon.hashes(["khi", "when"])
    static let thoi = Lexicon.hash("thời")
    static let forWord = Lexicon.hash("for"), examples = Lexicon.hashes(["example", "instance"])
    static let vi = Lexicon.hash("ví"), du = Lexicon.hash("dụ"), chang = Lexicon.hash("chẳng"), han = Lexicon.hash("hạn")
    static let ngay = Lexicon.hash("ngay")
    static let tiep = Lexicon.hash("tiếp"), ke = Lexicon.hash("kế"), ket = Lexicon.hash("kết"), qua = Lexicon.hash("quả")
    static let hoi = Lexicon.hash("hồi"), bat = Lexicon.hash("bắt"), dauWord = Lexicon.hash("đầu"), mua = Lexicon.hash("mùa")
    /// Syllables before which "tại" / "hồi" end a word ("tồn tại", "hiện tại", "phục hồi", "thu hồi").
    static let tailOfWord = Lexicon.hashes(["tồn", "hiện", "thực", "đương", "phục", "khôi", "thu", "vãn", "triệu", "trở", "quay"])

    /// How many leading tokens at `k` only link a clause to what came before (`Vào`, `Sau đó,`, `Then`, `and`).
    static func isConnective(_ v: TokenView, _ k: Int) -> Int {
        // "Ngoài ra, …", "In addition, …": only with their comma (without it they may be the clause's own words)
        for phrase in linkPhrases where phrase.indices.allSatisfy({ v.hash(k + $0) == phrase[$0] })
            && v.punct(k + phrase.count, ",") {
            return phrase.count + 1
        }
        switch v.word(k) {
        case .vao, .va, .and, .in_, .on, .at, .by, .during, .since, .from, .until, .trong, .tu, .den, .toiDen, .luc:
            return 1
        case .sau where v.word(k + 1) == .do_ && v.punct(k + 2, ","): return 3
        case .sau where v.word(k + 1) == .do_ && v.hash(k + 2) == la: return 3
        case .sau where v.word(k + 1) == .do_: return 2
        default:
            let hash = v.hash(k)
            if hash == tuy && v.hash(k + 1) == nhien || hash == dong && v.hash(k + 1) == thoi {
                return v.punct(k + 2, ",") ? 3 : 2
            }
            // "Tiếp đó, …", "Kế đó …": then
            if hash == tiep || hash == ke, v.word(k + 1) == .do_ { return v.punct(k + 2, ",") ? 3 : 2 }
            // "Kết quả là …": as a result
            if hash == ket, v.hash(k + 1) == qua, v.hash(k + 2) == la { return v.punct(k + 3, ",") ? 4 : 3 }
            if connectives.contains(hash) { return v.punct(k + 1, ",") ? 2 : 1 }
            // "For example,", "Ví dụ,", "Chẳng hạn,"
            if hash == forWord && examples.contains(v.hash(k + 1)) || hash == vi && v.hash(k + 1) == du
                || hash == chang && v.hash(k + 1) == han {
                return v.punct(k + 2, ",") ? 3 : 2
            }
            return 0
        }
    }

    /// The clause `lo..<hi` as a sentence: without the date phrase (and its preposition), leading connectives
    /// and citation marks; first letter capitalised; a full stop at the end.
    static func statement(_ v: TokenView, _ lo: Int, _ hi: Int, date: ClosedRange<Int>, language: Language) -> String {
        statement(v, lo, hi, dates: [date])
    }

    /// A statement shorter than two words is no statement.
    static func isTooShort(_ statement: String) -> Bool {
        statement.utf8.count < 4 || !statement.utf8.contains(0x20)
    }

    /// The clause `lo..<hi` without all of `dates` (each with its preposition), as a sentence.
    static func statement(_ v: TokenView, _ lo: Int, _ hi: Int, dates: [ClosedRange<Int>]) -> String {
        var skip = TokenSet()
        for date in dates where date.lowerBound >= lo && date.upperBound < hi {
            skip.insert(date)
            // "1939-1945" given as two dates: the dash between them goes too
            if v.isDash(date.upperBound + 1), dates.contains(where: { $0.lowerBound == date.upperBound + 2 }) {
                skip.insert((date.upperBound + 1)...(date.upperBound + 1))
            }
            var lead = leadStart(v, date.lowerBound, floor: lo)
            var eraBefore = false
            if lead < date.lowerBound { skip.insert(lead...(date.lowerBound - 1)) }
            // "đến niên hiệu Cảnh Hưng thứ 2 năm 1741, …": the era year just before the date restates it, and goes
            // with it (with the preposition that governs both)
            if let era = stride(from: lead - 3, through: max(lo, lead - 9), by: -1).first(where: { k in
                eraAppositive(v, from: k, ceiling: lead) == lead - 1
            }) {
                var start = era
                while start - 1 >= lo, isPreposition(v.word(start - 1)) { start -= 1 }
                skip.insert(start...(lead - 1))
                lead = start
                eraBefore = true
            }
            let p = lead - 1
            // "năm 1459, niên hiệu Diên Ninh thứ 6, …": the era year restating the date goes with it
            if v.punct(date.upperBound + 1, ","), let eraEnd = eraAppositive(v, from: date.upperBound + 2, ceiling: hi) {
                skip.insert((date.upperBound + 1)...eraEnd)
            }
            // "Tháng 6, năm Đại Bảo thứ nhất (1440), …", "Ngày 21 tháng 3 năm Thành Thái thứ 2 (1890) …": the era year
            // and its bracket that give the day or the month its year go with it, or the era name gives the year away
            let eraStart = v.punct(date.upperBound + 1, ",") ? date.upperBound + 2 : date.upperBound + 1
            if v.word(eraStart) == .nam,
               let bracket = stride(from: eraStart + 1, to: min(hi, eraStart + 9), by: 1).first(where: { v.punct($0, "(") }),
               eraYear(v, before: bracket, floor: eraStart) == eraStart,
               v.number(bracket + 1) != nil, v.punct(bracket + 2, ")") {
                skip.insert((date.upperBound + 1)...(bracket + 2))
                if v.punct(bracket + 3, ","), p < lo || v.punct(p, ",") { skip.insert((bracket + 3)...(bracket + 3)) }
            }
            // "từ năm 1500 trở đi", "from 1500 onwards": the rest of the phrase goes with the date
            if v.hash(date.upperBound + 1) == tro, v.hash(date.upperBound + 2) == di {
                skip.insert((date.upperBound + 1)...(date.upperBound + 2))
            } else if onwards.contains(v.hash(date.upperBound + 1)) {
                skip.insert((date.upperBound + 1)...(date.upperBound + 1))
            }
            // a comma that only set the date off: "Vào ngày X, NATO …"
            if v.punct(date.upperBound + 1, ","), p < lo || v.punct(p, ",") { skip.insert((date.upperBound + 1)...(date.upperBound + 1)) }
            // "…, and in late September 2009, a similar move …": after a conjunction too ("and a similar move", not
            // "and, a similar move")
            if v.punct(date.upperBound + 1, ","), p >= lo, v.isWord(p), trailingConjunctions.contains(v.hash(p)) {
                skip.insert((date.upperBound + 1)...(date.upperBound + 1))
            }
            // "Năm đầu tiên của cuộc chiến, 1846, Cộng hòa California …": a time named by a phrase that opens the clause,
            // with the date as its apposition, goes with the date (or it fixes the year the card asks)
            if p > lo, p - lo <= 8, v.punct(p, ","), v.punct(date.upperBound + 1, ","),
               [.nam, .ngay, .thang].contains(v.word(lo)), (lo..<p).allSatisfy({ v.isWord($0) }) {
                skip.insert(lo...(date.upperBound + 1))
            }
            // "Arthur Danto, in 1964, suggested …": both commas set the date off inside the clause
            // (not after a fronted phrase and an era year: "…, thuộc xứ Sơn Nam, đến niên hiệu … năm 1741, vùng đất …")
            // ("Quá bức xúc, ngày 16/10/2007, Phương Thanh đã gởi …", "Trong phiên họp … tại Moskva, Liên bang Nga, vào
            // ngày 13 tháng 7, năm 2000, Bắc Kinh vượt qua …": a fronted phrase, then the subject's name after the date,
            // keeps the comma that closes the phrase)
            if p >= lo, p > lo, !eraBefore, v.punct(p, ","), v.punct(date.upperBound + 1, ","), v.isWord(p - 1),
               !v.isUpperWord(date.upperBound + 2) { skip.insert(p...p) }
            // "… Marco, hình thành trong tháng 10 năm 2008, ở vịnh Mexico": the comma after the date before a place's
            // preposition goes on with the same predicate, and goes with the date
            if p >= lo, !v.punct(p, ","), v.punct(date.upperBound + 1, ","),
               [o, tai].contains(v.hash(date.upperBound + 2)) { skip.insert((date.upperBound + 1)...(date.upperBound + 1)) }
            // "(29/8)": brackets around the date alone
            if v.punct(date.lowerBound - 1, "("), v.punct(date.upperBound + 1, ")") {
                skip.insert((date.lowerBound - 1)...(date.lowerBound - 1))
                skip.insert((date.upperBound + 1)...(date.upperBound + 1))
                // "Năm Minh Mạng thứ 14 (1833)": the era year the bracket glosses goes with it, or it gives the year away
                if let era = eraYear(v, before: date.lowerBound - 1, floor: lo) {
                    skip.insert(era...(date.lowerBound - 2))
                    if v.punct(date.upperBound + 2, ","), era == lo || v.isPunct(era - 1) {
                        skip.insert((date.upperBound + 2)...(date.upperBound + 2))
                    }
                }
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
            // "During the Achaemenid Empire, …": a preposition is only a link when its date was taken out after it
            if connective == 1, v.word(start) != .va, v.word(start) != .and, isPreposition(v.word(start)),
               !(skip.contains(start + 1) || v.isPunct(start + 1)) {
                break
            }
            if connective > 0 {
                skip.insert(start...(min(hi, start + connective) - 1))
                start += connective
                continue
            }
            break
        }
        var clauseEnd = hi
        if let firstDate = dates.map(\.lowerBound).filter({ $0 > start && $0 < hi }).min() {
            var p = firstDate - 1
            while p > start, !v.isPunct(p) || v.punct(p, "\"") {
                // `sau khi` / `trước khi` are "after" / "before", not "when".
                if whenWords.contains(v.hash(p)), v.word(p - 1) != .sau, v.word(p - 1) != .truoc {
                    start = p + 1
                    // "when Y on DATE, X …": Y ends at the comma after the date.
                    let lastDate = dates.map(\.upperBound).filter { $0 < hi }.max() ?? firstDate
                    clauseEnd = (lastDate + 1..<hi).first { v.punct($0, ",") } ?? hi
                    break
                }
                p -= 1
            }
        }
        var end = clauseEnd
        while end > start, skip.contains(end - 1) || citations.contains(end - 1) || v.isPunct(end - 1)
            && (v.punct(end - 1, ",") || v.punct(end - 1, ";") || v.punct(end - 1, ":") || v.isDash(end - 1)
                || v.punct(end - 1, "(") || v.punct(end - 1, ".") && end == hi) {
            end -= 1
        }
        // a conjunction whose clause was cut off ("… phục hồi nhưng"), with the commas before it — not a word that ends
        // the sentence itself ("động cơ đốt trong bốn thì.": four-stroke)
        // (a date taken out after it counts: "ngày 18 và 19 tháng 9" leaves "và")
        let cutOff = (end..<hi).contains { !v.isPunct($0) && !citations.contains($0) }
        while cutOff, end - 1 > start, trailingConjunctions.contains(v.hash(end - 1)) || skip.contains(end - 1)
            || v.punct(end - 1, ",") {
            end -= 1
        }
        guard start < end else { return "" }
        var bytes = sourceBytes(v, start, end, skip: skip, citations: citations, tidy: true)
        capitalise(&bytes)
        if let last = bytes.last, last != 0x2E, last != 0x21, last != 0x3F, last != 0x22,
           !(bytes.count >= 3 && bytes[bytes.count - 3] == 0xE2 && bytes[bytes.count - 2] == 0x80
             && (last == 0xA6 || last == 0x9D)) {
            bytes.append(0x2E)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Upper-cases the first letter of UTF-8 `bytes` (Vietnamese and English letters).
    static func capitalise(_ bytes: inout [UInt8]) {
        guard !bytes.isEmpty else { return }
        let (scalar, width) = bytes.withUnsafeBufferPointer { Tokenizer.decode($0, 0) }
        guard ScalarClass.isLower(scalar), let upper = Unicode.Scalar(ScalarClass.upper(scalar)), upper.value != scalar
        else { return }
        bytes.replaceSubrange(0..<width, with: Array(String(upper).utf8))
    }

    /// Spaces before marks, empty brackets and doubled commas that taking out a date leaves behind.
    static func tidy(_ text: [UInt8]) -> [UInt8] {
        var out = text
        tidy(&out)
        return out
    }

    /// `tidy`, compacting the bytes in place (no second buffer).
    static func tidy(_ bytes: inout [UInt8]) {
        var n = 0
        bytes.withUnsafeMutableBufferPointer { out in
            for index in 0..<out.count {
                let byte = out[index]
                switch byte {
                case 0x2C, 0x2E, 0x3B, 0x3A, 0x29: // , . ; : )
                    if n > 0, out[n - 1] == 0x20 { n -= 1 }
                    if byte == 0x29, n > 0, out[n - 1] == 0x28 {
                        n -= 1
                        if n > 0, out[n - 1] == 0x20 { n -= 1 }
                        continue
                    }
                    if byte == 0x2C, n > 0, out[n - 1] == 0x2C || out[n - 1] == 0x28 || out[n - 1] == 0x3B { continue }
                case 0x20:
                    if n == 0 || out[n - 1] == 0x20 || out[n - 1] == 0x28 { continue }
                default: break
                }
                out[n] = byte
                n += 1
            }
            while n > 0, out[n - 1] == 0x20 || out[n - 1] == 0x2C { n -= 1 }
        }
        bytes.removeLast(bytes.count - n)
    }
}

/// A few token ranges to leave out of a text (date phrases, citation marks): four kept inline, no allocation
/// in the common case (this runs for every event of a 24 MB corpus).
struct TokenSet {
    private var first: (Int, Int) = (0, -1)
    private var second: (Int, Int) = (0, -1)
    private var third: (Int, Int) = (0, -1)
    private var fourth: (Int, Int) = (0, -1)
    private var count = 0
    private var more: [ClosedRange<Int>] = []

    var isEmpty: Bool { count == 0 }

    mutating func insert(_ range: ClosedRange<Int>) {
        let pair = (range.lowerBound, range.upperBound)
        switch count {
        case 0: first = pair
        case 1: second = pair
        case 2: third = pair
        case 3: fourth = pair
        default: more.append(range)
        }
        count += 1
    }

    @inline(__always) func contains(_ k: Int) -> Bool {
        if count == 0 { return false }
        if k >= first.0 && k <= first.1 { return true }
        if count > 1 && k >= second.0 && k <= second.1 { return true }
        if count > 2 && k >= third.0 && k <= third.1 { return true }
        if count > 3 && k >= fourth.0 && k <= fourth.1 { return true }
        if count > 4 { for range in more where range.contains(k) { return true } }
        return false
    }
}
