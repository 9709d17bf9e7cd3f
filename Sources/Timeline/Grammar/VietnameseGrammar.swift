/// Vietnamese temporal expressions: `ngày 1 tháng 4 năm 2014`, `tháng 10/1972`, `cuối thế kỷ 16`, `một năm sau` …
struct VietnameseGrammar {
    let v: TokenView
    static let am = Lexicon.hash("âm"), lich = Lexicon.hash("lịch")
    static let verbsEndingInDau = Lexicon.hashes(["bắt", "mở", "khởi", "dẫn", "đứng", "cầm", "đương", "ban",
                                                  "lần"])  // ("được bầu lần đầu năm 2012": the first time, in 2012)

    /// The longest expression starting at token `i`, or nil. `rangeEnd` admits the short forms that only
    /// appear after `đến`/`–` (`16 tháng 10`, a bare day, a two-digit year).
    func match(_ i: Int, rangeEnd: Bool = false) -> Found? {
        var j = i
        var qualifier: Qualifier?
        switch v.word(j) {
        case .cuoi: qualifier = .late; j += 1
        // "bắt đầu năm 1813", "mở đầu năm 2007", "dẫn đầu": "đầu" ends a verb ("to begin", "to open", "to lead")
        case .dau where Self.verbsEndingInDau.contains(v.hash(j - 1)): return nil
        case .dau: qualifier = .early; j += 1
        case .giua: qualifier = .mid; j += 1
        case .khoang, .chung: qualifier = .approx; j += 1
        default: break
        }
        // "quý I năm 2015", "Q1 năm 2015", "quý hai năm 2008": a quarter of a year is dated by its year, and the
        // quarter goes with the phrase (it had been left on the card: "Vào Q1, hãng …")
        if qualifier == nil, let (afterQuarter, slash) = quarter(j) {
            if slash, let y = v.year(afterQuarter + 1) {
                var parts = DateParts()
                parts.year = y
                return Found(i, afterQuarter + 1, .date, parts)
            }
            guard !slash, var found = core(afterQuarter, rangeEnd: rangeEnd, prefixed: true), found.parts.year != nil,
                  found.parts.month == nil, found.parts.day == nil else { return nil }
            found.first = i
            return found
        }
        // "giữa cho tới cuối thập niên 1980": a span of qualifiers over one date
        if qualifier != nil, v.word(j) == .cho, v.word(j + 1) == .toiDen || v.word(j + 1) == .den,
           v.word(j + 2) == .cuoi || v.word(j + 2) == .dau || v.word(j + 2) == .giua {
            j += 3
        }
        // "Từ 5 đến 7-5-1954", "từ 19 tới 22/12/1946": a bare day opening a range takes month and year from its end
        if !rangeEnd, qualifier == nil, let d = v.day(j), v.digits(j) <= 2, v.word(j - 1) == .tu || v.word(j - 1) == .ngay,
           v.word(j + 1) == .den || v.word(j + 1) == .toiDen, v.day(j + 2) != nil,
           v.punct(j + 3, "-") || v.punct(j + 3, "/") || v.word(j + 3) == .thang {
            var parts = DateParts()
            parts.day = d
            return Found(i, j, .date, parts)
        }
        let afterQualifier = j
        j = skipDayPart(j)
        let dayPart = j > afterQualifier
        if var found = core(j, rangeEnd: rangeEnd, prefixed: j > i) {
            found.first = i
            if let qualifier, found.qualifier == nil { found.qualifier = qualifier }
            return found
        }
        if dayPart {
            // "tối khuya đó", "sáng hôm ấy"
            if v.word(j) == .do_ || v.word(j) == .ay { return Found(i, j, .relative(.day, 0)) }
        }
        return nil
    }

    static let q = Lexicon.hash("q")
    static let romanQuarters = Lexicon.hashes(["i", "ii", "iii", "iv"])
    static let glued = Lexicon.hashes(["q1", "q2", "q3", "q4"])

    /// A quarter at `j` (`quý I`, `quý 2`, `quý hai`, `Q1`): the index after it, and whether a "/" glues the year
    /// to it (`quý 3/2015`); nil when `j` names no quarter.
    func quarter(_ j: Int) -> (Int, Bool)? {
        var next: Int
        if v.word(j) == .quy {
            if let n = v.number(j + 1, maxDigits: 1), (1...4).contains(n) {
                next = j + 2
            } else if Self.romanQuarters.contains(v.hash(j + 1)) && v.isUpperWord(j + 1)
                        || [.mot, .hai, .ba, .bon, .tuNum].contains(v.word(j + 1)) {
                next = j + 2
            } else {
                return nil
            }
        } else if v.word(j) == .quarterLetter, Self.glued.contains(v.hash(j)), v.isUpperWord(j) {
            next = j + 1
        } else if v.word(j) == .quarterLetter, v.hash(j) == Self.q, v.isUpperWord(j), v.attached(j + 1), let n = v.number(j + 1, maxDigits: 1),
                  (1...4).contains(n) {
            next = j + 2
        } else {
            return nil
        }
        if v.punct(next, "/"), v.attached(next), v.attached(next + 1), v.digits(next + 1) == 4 { return (next, true) }
        return (next, false)
    }

    /// Skips a part of the day: sáng, chiều, tối, trưa, đêm, khuya, rạng sáng, sáng sớm, buổi …, nửa đêm.
    func skipDayPart(_ start: Int) -> Int {
        var j = start
        if v.word(j) == .buoi { j += 1 }
        if v.word(j) == .rang, v.word(j + 1) == .sang { j += 2 }
        if v.word(j) == .nua, v.word(j + 1) == .dem { j += 2 }
        switch v.word(j) {
        case .sang, .chieu, .toi, .trua, .dem, .khuya:
            j += 1
            if v.word(j) == .som || v.word(j) == .khuya { j += 1 }
        default:
            if j == start + 1 && v.word(start) == .buoi { return start }
        }
        return j
    }

    /// A weekday (`thứ Năm`, `thứ 6`, `Chủ nhật`) followed by a dated `ngày`: index after it, else nil.
    func weekday(_ j: Int) -> Int? {
        var k: Int
        if v.word(j) == .thu {
            switch v.word(j + 1) {
            case .hai, .ba, .tuNum, .nam, .sau6, .bay7: k = j + 2
            default:
                guard let n = v.number(j + 1, maxDigits: 1), (2...7).contains(n) else { return nil }
                k = j + 2
            }
        } else if v.word(j) == .chu, v.word(j + 1) == .nhat {
            k = j + 2
        } else {
            return nil
        }
        if v.punct(k, ",") { k += 1 }
        guard v.word(k) == .ngay || v.word(k) == .mong else { return nil }
        guard v.number(k + 1, maxDigits: 2) != nil else { return nil }
        return k
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    func core(_ j: Int, rangeEnd: Bool, prefixed: Bool) -> Found? {
        let w = v.word(j)
        switch w {
        case .ngay, .mong:
            if let k = weekday(j + 1), var found = core(k, rangeEnd: rangeEnd, prefixed: true) {
                found.first = j
                return found
            }
            if v.number(j + 1, maxDigits: 2) != nil {
                if let found = dayMonth(j + 1, first: j, needsContext: false) { return found }
                if let d = v.day(j + 1), !isUnitWord(j + 2), !v.punct(j + 2, "/"), !v.punct(j + 2, ".") || !v.attached(j + 2) {
                    if v.word(j + 2) == .thang { return nil }
                    var parts = DateParts()
                    parts.day = d
                    return Found(j, j + 1, .date, parts)
                }
                return nil
            }
            return relativeDay(j + 1, first: j)
        case .hom:
            return relativeDay(j, first: j)
        case .thu, .chu:
            if let k = weekday(j), var found = core(k, rangeEnd: rangeEnd, prefixed: true) {
                found.first = j
                return found
            }
            return nil
        case .thang:
            return month(j)
        case .nam:
            if let found = year(j) { return found }
            if let found = relativeNoun(j, unit: .year) { return found }
            return numberPhrase(j)
        case .nhung, .cac:
            guard v.word(j + 1) == .nam, let y = v.number(j + 2, maxDigits: 4) else { return nil }
            let count = v.digits(j + 2)
            guard y % 10 == 0, !v.isDash(j + 3) else { return nil }
            var parts = DateParts()
            if count == 4 && (1000...2190).contains(y) { parts.decade = y } else if count == 2 { parts.decade = 1900 + y } else {
                return nil
            }
            if count == 2, let (century, end) = centuryOfDecade(j + 3) {
                parts.decade = century * 100 + y
                return Found(j, end, .date, parts)
            }
            return Found(j, j + 2, .date, parts)
        case .thap:
            guard v.word(j + 1) == .nien || v.word(j + 1) == .ky, let y = v.number(j + 2, maxDigits: 4) else { return nil }
            let count = v.digits(j + 2)
            var parts = DateParts()
            if count == 4, y % 10 == 0 { parts.decade = y } else if count == 2, y % 10 == 0 { parts.decade = 1900 + y } else {
                return nil
            }
            if count == 2, let (century, end) = centuryOfDecade(j + 3) {
                parts.decade = century * 100 + y
                return Found(j, end, .date, parts)
            }
            return Found(j, j + 2, .date, parts)
        case .the_:
            return century(j)
        case .mua:
            return season(j)
        case .cung:
            let unit: RelativeUnit
            switch v.word(j + 1) {
            case .nam: unit = .year
            case .thang: unit = .month
            case .ngay: unit = .day
            default: return nil
            }
            var last = j + 1
            if v.word(last + 1) == .do_ || v.word(last + 1) == .ay { last += 1 }
            return Found(j, last, .relative(unit, 0))
        case .hien:
            return present(j)
        case .nay:
            // "nay" alone: now (nay là Nga, cho đến nay); not "nay mai"
            return Found(j, j, .deictic("PRESENT_REF"))
        case .bay_:
            return v.word(j + 1) == .gio ? Found(j, j + 1, .deictic("PRESENT_REF")) : nil
        case .tuong:
            return v.word(j + 1) == .lai ? Found(j, j + 1, .deictic("FUTURE_REF")) : nil
        case .hang, .moi:
            guard !prefixed else { return nil }
            let value: String
            switch v.word(j + 1) {
            case .nam: value = "P1Y"
            case .thang: value = "P1M"
            case .tuan: value = "P1W"
            case .ngay: value = "P1D"
            default: return nil
            }
            if v.number(j + 2) != nil { return nil }
            return Found(j, j + 1, .set(value))
        case .hon, .tren, .gan, .duoi, .chua:
            return qualifiedDuration(j)
        default:
            break
        }
        if v.has(j) && v.tokens[j].kind == .number {
            if let found = clock(j) { return found }
            // "15 tháng 2: …" (lists of births and deaths), "(3 tháng 9)": a day-month opening a line or a bracket
            // ("vào 31 tháng 8": "vào" (on) before a day and a month dates, as "ngày" does)
            let opens = v.isSentenceStart(j) || v.isPunct(j - 1) && !v.punct(j - 1, "/") && !v.punct(j - 1, ".")
                || v.word(j - 1) == .vao && v.word(j + 1) == .thang
            if let found = dayMonth(j, first: j, needsContext: !(rangeEnd || prefixed || afterFrom(j) || opens)) {
                return found
            }
            if let found = numericDate(j, rangeEnd: rangeEnd) { return found }
            if let found = numberPhrase(j) { return found }
            if let found = bareYear(j, rangeEnd: rangeEnd) { return found }
            return nil
        }
        if w.numberValue != nil { return numberPhrase(j) }
        return nil
    }

    /// The token before `j` is `từ` (a range start may use the short forms).
    func afterFrom(_ j: Int) -> Bool { v.word(j - 1) == .tu }

    /// Words that make a preceding number a quantity: ngày, tuần, tháng, năm, giờ, phút, tuổi …
    func isUnitWord(_ k: Int) -> Bool {
        switch v.word(k) {
        case .ngay, .tuan, .thang, .nam, .gio, .phut, .giay, .tuoi, .thap, .the_: return true
        default: return false
        }
    }

    /// `D tháng M [năm Y]`, `D/M[/Y]`, `D-M[-Y]`, `D.M.Y` at `k` (the day number).
    /// "năm Tân Hợi", "năm Canh Thìn" at `k`: a year of the sexagenary cycle, named, not numbered.
    func isCyclicYear(_ k: Int) -> Bool {
        v.word(k) == .nam && Self.stems.contains(v.hash(k + 1)) && Self.branches.contains(v.hash(k + 2))
    }
    static let stems = CycleYear.stems
    static let branches = CycleYear.branches

    func dayMonth(_ k: Int, first: Int, needsContext: Bool) -> Found? {
        guard let d = v.day(k) else { return nil }
        var parts = DateParts()
        parts.day = d
        if v.word(k + 1) == .thang, let (m, after) = monthValue(k + 2) {
            // "ngày 23 tháng 4 năm Tân Hợi": a lunar day in a year of the sixty-year cycle; its solar date is not this
            if isCyclicYear(after) { return nil }
            // "ngày 22 tháng 4 âm lịch" with no year: a festival every year, no one day in history
            if v.hash(after) == Self.am, v.hash(after + 1) == Self.lich, yearAfterMonth(after + 2) == nil { return nil }
            parts.month = m
            var last = after - 1
            if let (y, end) = yearAfterMonth(after) {
                parts.year = y
                last = end
            } else if let end = sameYear(after) {
                guard DateParts.isValid(day: d, month: m) else { return nil }
                var found = Found(first, end, .date, parts)
                found.sameYear = true
                return found
            } else if needsContext {
                return nil
            }
            guard DateParts.isValid(day: d, month: m, year: parts.year) else { return nil }
            return Found(first, last, .date, parts)
        }
        guard v.punct(k + 1, "/") || v.punct(k + 1, "-") || v.punct(k + 1, "."), v.attached(k + 1),
              v.attached(k + 2), let m = v.monthNumber(k + 2) else { return nil }
        // "Su-30MK2/3": a number glued to the letters before it is part of a model's name, no day
        if first == k, v.attached(k), v.isWord(k - 1) { return nil }
        let sep = v.tokens[k + 1].value
        parts.month = m
        if v.isPunct(k + 3), v.tokens[k + 3].value == sep, v.attached(k + 3), v.attached(k + 4),
           let y = v.number(k + 4, maxDigits: 4), v.digits(k + 4) == 4 || v.digits(k + 4) == 2 {
            parts.year = v.digits(k + 4) == 2 ? twoDigitYear(y) : y
            guard DateParts.isValid(day: d, month: m, year: parts.year), !v.attached(k + 5) || !v.isWord(k + 5) else {
                return nil
            }
            return Found(first, k + 4, .date, parts)
        }
        // "ngày 28/8 năm 1942": the day and month written with a slash, the year with "năm"
        if v.word(k + 3) == .nam, first != k || sep == 0x2F, let (y, end) = yearAfterMonth(k + 3) {
            parts.year = y
            guard DateParts.isValid(day: d, month: m, year: y) else { return nil }
            return Found(first, end, .date, parts)
        }
        // Day-month without a year: needs "ngày", or a shape no fraction has
        guard DateParts.isValid(day: d, month: m) else { return nil }
        // "ngày 1.11 cùng năm", "ngày 28/8 năm đó": the year of the date before, one phrase with the day
        if first != k, let end = sameYear(k + 3) {
            var found = Found(first, end, .date, parts)
            found.sameYear = true
            return found
        }
        if v.attached(k + 3), v.number(k + 3) != nil || v.isPunct(k + 3) && v.tokens[k + 3].value == sep { return nil }
        if first == k {
            guard sep != 0x2E && sep != 0x2D else { return nil }
            let proper = d > m || (d >= 10 && !v.tokens[k + 2].flags.contains(.leadingZero))
            if v.tokens[k + 2].flags.contains(.leadingZero) && !v.tokens[k].flags.contains(.leadingZero) { return nil }
            let followedByWord = v.isLowerWord(k + 3)
            guard proper || !followedByWord, !followedByWord || d > m else { return nil }
            if v.word(k - 1) == .khoang || v.word(k - 1) == .gan || v.word(k - 1) == .hon { return nil }
        }
        return Found(first, k + 2, .date, parts)
    }

    /// A month after `tháng`: digits 1…12 or a month word (Giêng, Hai … Mười Một, Chạp). Returns value and next index.
    func monthValue(_ k: Int) -> (Int, Int)? {
        if let m = v.monthNumber(k) { return (m, k + 1) }
        guard v.isWord(k) else { return nil }
        switch v.word(k) {
        case .gieng: return (1, k + 1)
        case .chap: return (12, k + 1)
        case .muoi:
            if v.word(k + 1) == .mot { return (11, k + 2) }
            if v.word(k + 1) == .hai { return (12, k + 2) }
            return (10, k + 1)
        default:
            guard let n = v.word(k).numberValue, (2...9).contains(n) else { return nil }
            if v.word(k) == .bon { return (4, k + 1) }
            return (n, k + 1)
        }
    }

    /// `năm Y`, `/Y`, `-Y` after a month: the year and the index of its last token.
    func yearAfterMonth(_ k: Int) -> (Int, Int)? {
        if v.word(k) == .nam, let y = v.year(k + 1, loose: v.digits(k + 1) >= 3) {
            var last = k + 1
            if let end = beforeChrist(k + 2) { return (-y, end) }
            if v.word(last + 1) == .cong, v.word(last + 2) == .nguyen { last += 2 }
            if let end = anno(last + 1) { last = end }
            return (y, last)
        }
        if v.punct(k, "/") || v.punct(k, "-"), v.attached(k), v.attached(k + 1), let y = v.number(k + 1, maxDigits: 4) {
            if v.digits(k + 1) == 4 { return (y, k + 1) }
            if v.digits(k + 1) == 2, v.punct(k, "/") { return (twoDigitYear(y), k + 1) }
        }
        // "25 tháng 5, 1791": the English order, common in translated text (a four-digit year, not a count)
        if v.punct(k, ","), v.digits(k + 1) == 4, let y = v.year(k + 1, loose: false), !v.attached(k + 2) || !v.isWord(k + 2),
           !isUnitWord(k + 2) {
            return (y, k + 1)
        }
        // "ngày 07 tháng 3 2014": a four-digit year right after the month, with neither "năm" nor a comma (translated
        // text), when what follows is no noun it could count ("tháng 12 2000 người" counts people)
        if v.digits(k) == 4, !v.attached(k), let y = v.year(k, loose: false),
           !v.isWord(k + 1) || v.isUpperWord(k + 1) || [.va, .khi, .tai, .vao, .den, .tu, .sau, .truoc, .trong, .cho]
            .contains(v.word(k + 1)) || Self.wordsAfterBareYear.contains(v.hash(k + 1)) {
            return (y, k)
        }
        // "vào ngày 13 tháng 7, năm 2000, Bắc Kinh …": the year after a comma, with its "năm"
        if v.punct(k, ","), v.word(k + 1) == .nam, v.digits(k + 2) == 4, let y = v.year(k + 2, loose: false) {
            return (y, k + 2)
        }
        return nil
    }

    /// `cùng năm`, `năm đó`, `năm ấy` after a day and month: index of its last token.
    func sameYear(_ k: Int) -> Int? {
        if v.word(k) == .cung, v.word(k + 1) == .nam {
            return v.word(k + 2) == .do_ || v.word(k + 2) == .ay ? k + 2 : k + 1
        }
        if v.word(k) == .nam, v.word(k + 1) == .do_ || v.word(k + 1) == .ay { return k + 1 }
        return nil
    }

    /// `SCN`, `CN` or `sau Công nguyên` (anno Domini) after a year: index of its last token.
    func anno(_ k: Int) -> Int? {
        let hash = v.hash(k)
        if hash == VietnameseGrammar.scn || hash == VietnameseGrammar.cn, v.isUpperWord(k) { return k }
        if v.word(k) == .sau, v.word(k + 1) == .cong, v.word(k + 2) == .nguyen { return k + 2 }
        return nil
    }
    static let scn = Lexicon.hash("scn"), cn = Lexicon.hash("cn"), tr = Lexicon.hash("tr")

    /// `TCN`, `tr. CN` or `trước Công nguyên` at `k`: index of its last token.
    func beforeChrist(_ k: Int) -> Int? {
        if v.word(k) == .tcn { return k }
        if v.hash(k) == VietnameseGrammar.tr, v.punct(k + 1, "."), v.hash(k + 2) == VietnameseGrammar.cn, v.isUpperWord(k + 2) {
            return k + 2
        }
        if v.word(k) == .truoc, v.word(k + 1) == .cong, v.word(k + 2) == .nguyen { return k + 2 }
        return nil
    }

    /// Small words that count nothing, after which a bare four-digit year ends its date ("ngày 01 Tháng Tư 1974 như là
    /// một kết quả …", "tháng 5 1968 bởi …").
    static let wordsAfterBareYear: Set<UInt64> = Set(["như", "nhưng", "bởi", "ở", "với", "để", "là", "thì", "đã", "được",
                                                      "bị", "khi", "nhờ", "do", "theo"].map { Lexicon.hash($0) })

    func twoDigitYear(_ y: Int) -> Int { y <= 30 ? 2000 + y : 1900 + y }

    /// `tháng M [năm Y | /Y]`, `tháng sau`, `tháng đó`.
    func month(_ j: Int) -> Found? {
        // "Cách mạng tháng Tám", "Cách mạng tháng Mười Nga": the name of a revolution
        if v.word(j - 1) == .mang, v.word(j - 2) == .cach { return nil }
        // "trong tháng năm 2011": May of that year, its month word written in lower case and its "năm" left out
        if v.word(j + 1) == .nam, let y = v.year(j + 2), v.digits(j + 2) == 4,
           [.trong, .vao, .tu, .den, .toiDen, .cuoi, .dau, .giua].contains(v.word(j - 1)) {
            var parts = DateParts()
            parts.month = 5
            parts.year = y
            return Found(j, j + 2, .date, parts)
        }
        if let (m, after) = monthValue(j + 1) {
            if isCyclicYear(after) { return nil }  // "tháng 4 năm Tân Hợi": a lunar month of a cycle year
            if v.hash(after) == Self.am, v.hash(after + 1) == Self.lich, yearAfterMonth(after + 2) == nil { return nil }
            var parts = DateParts()
            parts.month = m
            if let (y, end) = yearAfterMonth(after) {
                parts.year = y
                return Found(j, end, .date, parts)
            }
            if let end = sameYear(after) {
                var found = Found(j, end, .date, parts)
                found.sameYear = true
                return found
            }
            // A month word alone is too ambiguous ("tháng Năm" vs "tháng năm") except Giêng and Chạp.
            if v.number(j + 1) == nil, !(v.word(j + 1) == .gieng || v.word(j + 1) == .chap) { return nil }
            if isUnitWord(after) || v.punct(after, "/") && v.attached(after) { return nil }
            return Found(j, after - 1, .date, parts)
        }
        return relativeNoun(j, unit: .month)
    }

    /// `năm Y [TCN]`.
    func year(_ j: Int) -> Found? {
        guard let y = v.year(j + 1, loose: true) else { return nil }
        let count = v.digits(j + 1)
        var parts = DateParts()
        if let end = beforeChrist(j + 2) {
            parts.year = y
            parts.beforeChrist = true
            return Found(j, end, .date, parts)
        }
        guard count >= 3 else { return nil }
        parts.year = y
        var last = j + 1
        if v.word(last + 1) == .cong, v.word(last + 2) == .nguyen { last += 2 }
        if let end = anno(last + 1) { last = end }
        return Found(j, last, .date, parts)
    }

    /// `năm/tháng/ngày` + `sau|trước|đó|ấy|tiếp theo|tiếp sau|kế tiếp|sau đó`.
    func relativeNoun(_ j: Int, unit: RelativeUnit) -> Found? {
        if v.word(j - 1) == .nhung || v.word(j - 1) == .cac { return nil }
        // "3 tỷ năm trước" is a span back from now, not "the year before"
        if v.has(j - 1) {
            switch v.word(j - 1) {
            case .tram, .nghin, .van, .trieu: return nil
            case let word where word.numberValue != nil: return nil
            default: if v.tokens[j - 1].kind == .number { return nil }
            }
        }
        let next = v.word(j + 1)
        switch next {
        case .sau:
            if v.word(j + 2) == .khi { return nil }
            if v.word(j + 2) == .do_ { return Found(j, j + 2, .relative(unit, 1)) }
            return Found(j, j + 1, .relative(unit, 1))
        case .truoc:
            if v.word(j + 2) == .khi || v.word(j + 2) == .do_ { return Found(j, j + 1 + (v.word(j + 2) == .do_ ? 1 : 0), .relative(unit, -1)) }
            return Found(j, j + 1, .relative(unit, -1))
        case .do_, .ay:
            return Found(j, j + 1, .relative(unit, 0))
        case .tiep:
            if v.word(j + 2) == .theo || v.word(j + 2) == .sau { return Found(j, j + 2, .relative(unit, 1)) }
        case .ke:
            if v.word(j + 2) == .tiep { return Found(j, j + 2, .relative(unit, 1)) }
        default:
            break
        }
        return nil
    }

    /// After `ngày` (or at `hôm`): hôm sau, hôm trước, hôm đó/ấy, hôm nay, nay, đó, sau đó, tiếp theo.
    func relativeDay(_ k: Int, first: Int) -> Found? {
        if v.word(k) == .hom {
            switch v.word(k + 1) {
            case .sau: return Found(first, k + 1, .relative(.day, 1))
            case .truoc: return Found(first, k + 1, .relative(.day, -1))
            case .do_, .ay: return Found(first, k + 1, .relative(.day, 0))
            case .nay: return Found(first, k + 1, .deictic("PRESENT_REF"))
            default: return nil
            }
        }
        guard first < k else { return nil }
        switch v.word(k) {
        case .nay: return Found(first, k, .deictic("PRESENT_REF"))
        case .sau where v.word(k + 1) == .do_: return Found(first, k + 1, .relative(.day, 1))
        case .do_, .ay: return Found(first, k, .relative(.day, 0))
        case .tiep where v.word(k + 1) == .theo: return Found(first, k + 1, .relative(.day, 1))
        default: return nil
        }
    }

    /// `thế kỷ [thứ] XX|20|8 [TCN]`.
    /// "… của thế kỷ 19" right after a two-digit decade ("những năm 80 của thế kỷ 19" is the 1880s): the century's
    /// hundreds (18) and where the phrase ends; nil when no century of our era follows.
    func centuryOfDecade(_ k: Int) -> (Int, Int)? {
        guard v.hash(k) == VietnameseGrammar.cua, v.word(k + 1) == .the_, let found = century(k + 1),
              !found.parts.beforeChrist, let hundreds = found.parts.century else { return nil }
        return (hundreds, found.last)
    }
    static let cua = Lexicon.hash("của")

    func century(_ j: Int) -> Found? {
        guard v.word(j + 1) == .ky else { return nil }
        var k = j + 2
        if v.word(k) == .thu { k += 1 }
        var n: Int?
        if let value = v.number(k, maxDigits: 2), (1...21).contains(value) {
            n = value
        } else if v.has(k), v.tokens[k].flags.contains(.roman), v.tokens[k].isUpper || v.tokens[k].flags.contains(.allCaps) {
            n = RomanNumeral.value(v.text(k))
        }
        guard let n, (1...21).contains(n) else { return nil }
        var parts = DateParts()
        parts.century = n - 1
        if let end = beforeChrist(k + 1) {
            parts.beforeChrist = true
            return Found(j, end, .date, parts)
        }
        // "thế kỷ 7 sau Công nguyên": the era of our count goes with the century
        if let end = anno(k + 1) { return Found(j, end, .date, parts) }
        return Found(j, k, .date, parts)
    }

    /// `mùa xuân [năm] 1975`.
    func season(_ j: Int) -> Found? {
        let code: String
        switch v.word(j + 1) {
        case .xuan: code = "SP"
        case .ha, .he: code = "SU"
        case .thu_: code = "FA"
        case .dong: code = "WI"
        default: return nil
        }
        var k = j + 2
        if v.word(k) == .nam { k += 1 }
        guard let y = v.year(k) else { return nil }
        var parts = DateParts()
        parts.year = y
        parts.season = code
        return Found(j, k, .date, parts)
    }

    /// `hiện nay`, `hiện giờ`, `hiện tại`, and the adverb `hiện` (currently), but not `thực hiện`, `hiện đại` …
    func present(_ j: Int) -> Found? {
        switch v.word(j + 1) {
        case .nay: return Found(j, j + 1, .deictic("PRESENT_REF"))
        case .gio, .thoi: return Found(j, j + 1, .deictic("PRESENT_REF"))
        case .tai:
            // "cho đến hiện tại": up to the time of writing
            if v.word(j - 1) == .den || v.word(j - 1) == .toiDen { return Found(j, j + 1, .deictic("PRESENT_REF")) }
            return Found(j, j + 1, .narrativeNow)
        case .dai2, .tuongNoun, .trang, .thuc, .hanh, .dien, .vat, .huu, .hinh, .ra, .len, .thanVN, .dich,
             .kim, .nam, .ngay:
            return nil
        default: break
        }
        switch v.word(j - 1) {
        case .thuc, .xuat, .phat, .bieu, .the2, .hien2, .an_, .tai, .dai2: return nil
        default: break
        }
        guard v.isLowerWord(j + 1) || v.isUpperWord(j + 1) && v.word(j - 1) != .none else { return nil }
        guard v.isLowerWord(j) else { return nil }
        return Found(j, j, .deictic("PRESENT_REF"))
    }

    /// `hơn 28 năm`, `chưa đầy một tuần`, `gần 10 ngày`.
    func qualifiedDuration(_ j: Int) -> Found? {
        var k = j + 1
        let qualifier: Qualifier
        switch v.word(j) {
        case .hon, .tren: qualifier = .moreThan
        case .gan, .duoi: qualifier = .lessThan
        case .chua:
            guard [.day_, .toiDen, .den].contains(v.word(k)) else { return nil }
            k += 1
            qualifier = .lessThan
        default: return nil
        }
        guard var found = numberPhrase(k), case .duration = found.kind else { return nil }
        found.first = j
        found.qualifier = qualifier
        return found
    }

    /// A number (digits or words) and a calendar unit: a duration (`10 ngày`, `mười mấy ngày`), an age
    /// (`19 tuổi`), or a relative date (`một năm sau`, `3 ngày sau`).
    func numberPhrase(_ j: Int) -> Found? {
        var k = j
        var count: Int?
        if let n = v.anyNumber(j) {
            count = n
            k = j + 1
        } else {
            var total = 0, current = 0
            var unknown = false
            var any = false
            while let n = v.word(k).numberValue, v.isLowerWord(k) || k == j {
                if v.word(k) == .a || v.word(k) == .an || (v.word(k) == .nam && any && isUnitWord(k + 1) == false) { break }
                if n == 0 { unknown = true } else if n == 10 && current > 0 && v.word(k) == .muoi2 {
                    current *= 10
                } else if v.word(k) == .muoi2 {
                    current = current * 10
                } else {
                    current += n
                }
                any = true
                k += 1
                if v.word(k) == .tram { current = max(current, 1) * 100; k += 1 }
                if v.word(k) == .nghin { total += max(current, 1) * 1000; current = 0; k += 1 }
                if v.word(k) == .mot2 { current += 1; k += 1 }
                if v.word(k) == .lam { current += 5; k += 1 }
            }
            guard any else { return nil }
            total += current
            count = unknown ? nil : total
        }
        // the unit
        var unit: String
        var last = k
        var time = false
        switch v.word(k) {
        case .ngay:
            unit = "D"
            if v.word(k + 1) == .dem { last = k + 1 }
        case .tuan: unit = "W"
        case .thang: unit = "M"
        case .nam: unit = "Y"
        case .tuoi: unit = "Y"
        case .gio, .tieng: unit = "H"; time = true
        case .phut: unit = "M"; time = true
        case .thap:
            guard v.word(k + 1) == .ky || v.word(k + 1) == .nien else { return nil }
            unit = "DE"; last = k + 1
        case .the_:
            guard v.word(k + 1) == .ky else { return nil }
            unit = "CE"; last = k + 1
        default: return nil
        }
        // a number directly after the unit makes it a date ("năm 1945", "tháng 9")
        if v.number(last + 1) != nil && !time { return nil }
        if v.word(k) == .tieng && !(v.word(k + 1) == .dong && v.word(k + 2) == .ho) { return nil }
        // relative: "một năm sau", "ba ngày trước"
        let relativeUnit: RelativeUnit? = ["D": .day, "W": .week, "M": .month, "Y": .year][unit]
        if !time, v.word(k) != .tuoi, let relativeUnit, let count {
            if v.word(last + 1) == .sau && v.word(last + 2) != .khi && v.word(last + 2) != .do_ {
                return Found(j, last + 1, .relative(relativeUnit, count))
            }
            if v.word(last + 1) == .sau && v.word(last + 2) == .do_ {
                return Found(j, last + 2, .relative(relativeUnit, count))
            }
            if v.word(last + 1) == .truoc && v.word(last + 2) != .khi && v.word(last + 2) != .do_ && v.word(j - 1) != .tu {
                return Found(j, last + 1, .relative(relativeUnit, -count))
            }
        }
        var amount = count.map(String.init) ?? "X"
        if unit == "DE" { unit = "Y"; amount = count.map { String($0 * 10) } ?? "X" }
        if unit == "CE" { unit = "Y"; amount = count.map { String($0 * 100) } ?? "X" }
        let value = time ? "PT\(amount)\(unit)" : "P\(amount)\(unit)"
        var found = Found(j, last, .duration(value))
        if count == nil { found.qualifier = .approx }
        return found
    }

    /// `18 giờ 57`, `10 giờ rưỡi`, `4 giờ ngày hôm sau`, `7 giờ sáng`, `18:30`.
    func clock(_ j: Int) -> Found? {
        guard let h = v.number(j, maxDigits: 2), (0...24).contains(h), !v.isZoneOffset(j) else { return nil }
        var parts = DateParts()
        var k: Int
        if v.word(j + 1) == .gio {
            k = j + 2
            var minute = 0
            // ("12 giờ 45 ngày 1 tháng 4 năm 2001": "45" before a date is the minute, not "45 days")
            let dateAfter = v.word(k + 1) == .ngay && v.number(k + 2, maxDigits: 2) != nil && v.word(k + 3) == .thang
            if let m = v.number(k, maxDigits: 2), (0...59).contains(m), !isUnitWord(k + 1) || v.word(k + 1) == .phut || dateAfter {
                minute = m
                k += 1
                if v.word(k) == .phut { k += 1 }
            } else if v.word(k) == .ruoi {
                minute = 30
                k += 1
            }
            // duration readings: "trong 10 giờ", "suốt 3 giờ", "mất 2 giờ", "2 giờ đồng hồ"
            switch v.word(j - 1) {
            case .trong, .suot, .mat, .dai, .hon, .gan: return nil
            default: break
            }
            if v.word(k) == .dong && v.word(k + 1) == .ho { return nil }
            parts.hour = h
            parts.minute = minute
        } else if v.punct(j + 1, ":"), v.attached(j + 1), v.attached(j + 2), v.digits(j + 2) == 2,
                  let m = v.number(j + 2, maxDigits: 2), m < 60, h <= 23 {
            parts.hour = h
            parts.minute = m
            k = j + 3
        } else {
            return nil
        }
        var last = k - 1
        switch v.word(k) {
        case .sang:
            if parts.hour == 12 { parts.hour = 0 }
            last = k; k += 1
        case .chieu, .toi:
            if let hour = parts.hour, hour < 12 { parts.hour = hour + 12 }
            last = k; k += 1
        case .trua:
            last = k; k += 1
        case .dem:
            if let hour = parts.hour, hour >= 6 && hour < 12 { parts.hour = hour + 12 }
            last = k; k += 1
        default: break
        }
        if v.word(k) == .ngay || v.word(k) == .hom, var date = core(k, rangeEnd: false, prefixed: true) {
            date.first = j
            date.parts.hour = parts.hour
            date.parts.minute = parts.minute
            date.type = .time
            return date
        }
        var found = Found(j, last, .date, parts)
        found.type = .time
        return found
    }

    /// Digit-only dates without keywords: `25/1/1954`, `8/1994`, `4/02` (= 04/2002), `28/8`.
    func numericDate(_ j: Int, rangeEnd: Bool) -> Found? {
        guard v.punct(j + 1, "/") || v.punct(j + 1, "-") || v.punct(j + 1, "."), v.attached(j + 1), v.attached(j + 2) else {
            return nil
        }
        // M/YYYY, M/YY (zero-padded two-digit year)
        guard let m = v.monthNumber(j), v.punct(j + 1, "/"), let y = v.number(j + 2, maxDigits: 4) else { return nil }
        if v.attached(j + 3), v.isPunct(j + 3) && !v.punct(j + 3, ")") && !v.punct(j + 3, ",") && !v.punct(j + 3, ".") {
            return nil
        }
        var parts = DateParts()
        parts.month = m
        if v.digits(j + 2) == 4, (1000...2199).contains(y) {
            parts.year = y
        } else if v.digits(j + 2) == 2, v.tokens[j + 2].flags.contains(.leadingZero), !v.tokens[j].flags.contains(.leadingZero) {
            parts.year = twoDigitYear(y)
        } else {
            return nil
        }
        return Found(j, j + 2, .date, parts)
    }

    /// A bare year: in lists, parentheses, headings, ranges; class `name` inside a name (`Vigilant Skies 2011`).
    func bareYear(_ j: Int, rangeEnd: Bool) -> Found? {
        // "từ năm 343 tới 332 TCN": a range's end with its era, whatever its digits
        if rangeEnd, let y = v.number(j, maxDigits: 4), y > 0, let end = beforeChrist(j + 1) {
            var parts = DateParts()
            parts.year = y
            parts.beforeChrist = true
            return Found(j, end, .date, parts)
        }
        guard let y = v.year(j) ?? (rangeEnd ? v.number(j, maxDigits: 2) : nil) else { return nil }
        // "từ 1950 TCN cho đến năm 612 TCN": a bare year with its era is a BC year, whatever rule reads the year
        if v.year(j) != nil, let end = beforeChrist(j + 1) {
            var parts = DateParts()
            parts.year = y
            parts.beforeChrist = true
            return Found(j, end, .date, parts)
        }
        return YearRule.bareYear(v, j, y, rangeEnd: rangeEnd, prepositions: YearRule.vietnamesePrepositions)
    }
}
