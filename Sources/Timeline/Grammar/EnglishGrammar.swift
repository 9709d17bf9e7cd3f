/// English temporal expressions: `April 1, 2014`, `27th June 1775`, `late 1774`, `the 1990s`, `the following year` …
struct EnglishGrammar {
    let v: TokenView

    /// The longest expression starting at token `i`, or nil; `rangeEnd` admits `–28`, `10, 1776` after a dash.
    func match(_ i: Int, rangeEnd: Bool = false) -> Found? {
        var j = i
        var qualifier: Qualifier?
        var the = false
        var dayPart = false
        if v.word(j) == .theEN { the = true; j += 1 }
        switch v.word(j) {
        case .early: qualifier = .early; j += 1
        case .late: qualifier = .late; j += 1
        case .mid:
            qualifier = .mid
            j += 1
            if v.isDash(j), v.attached(j) { j += 1 }
        case .around, .circa, .about:
            guard !the else { return nil }
            qualifier = .approx; j += 1
        case .c:
            guard !the, v.punct(j + 1, "."), v.year(j + 2) != nil else { break }
            qualifier = .approx; j += 2
        case .end, .beginning, .start, .middle, .close:
            guard the, v.word(j + 1) == .of else { return nil }
            qualifier = v.word(j) == .middle ? .mid : (v.word(j) == .end || v.word(j) == .close ? .late : .early)
            j += 2
            if v.word(j) == .theEN, v.word(j + 1) != .night { the = true; j += 1 }
        case .night, .morning, .evening, .afternoon:
            if the, v.word(j + 1) == .of { j += 2; dayPart = true }
        default: break
        }
        if j > i, v.word(j) == .theEN, !(v.word(j - 1) == .theEN) { j += 1 }
        let prefixed = qualifier != nil || dayPart
        if var found = core(j, rangeEnd: rangeEnd, the: the || v.word(j - 1) == .theEN, prefixed: prefixed) {
            // "the" belongs to "the 1990s", "the following year", "the end of 1776", not to a bare year
            let plainYear = found.kind == .date && found.parts.month == nil && found.parts.decade == nil
                && found.parts.century == nil && found.parts.season == nil && !prefixed
            if !found.isName && !plainYear { found.first = min(found.first, i) }
            if let qualifier { found.qualifier = qualifier }
            return found
        }
        return nil
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    func core(_ j: Int, rangeEnd: Bool, the: Bool, prefixed: Bool) -> Found? {
        let w = v.word(j)
        if w.isWeekdayEN, v.isUpperWord(j) {
            var k = j + 1
            if v.punct(k, ",") { k += 1 }
            if var found = core(k, rangeEnd: rangeEnd, the: false, prefixed: true), found.parts.day != nil {
                found.first = j
                return found
            }
            return nil
        }
        if let month = w.monthEN, v.isUpperWord(j) { return monthFirst(j, month: month, prefixed: prefixed) }
        switch w {
        case .following, .next, .previous, .same:
            let offset = w == .same ? 0 : (w == .previous ? -1 : 1)
            if let season = seasonCode(j + 1) {
                // "the following spring": the season of the next year
                var parts = DateParts()
                parts.season = season
                return Found(j, j + 1, .relative(.year, offset), parts)
            }
            guard the || v.word(j - 1) == .theEN, let unit = unitAt(j + 1) else { return nil }
            return Found(j, j + 1, .relative(unit, offset))
        case .that:
            if let season = seasonCode(j + 1) {
                var parts = DateParts()
                parts.season = season
                return Found(j, j + 1, .relative(.year, 0), parts)
            }
            guard let unit = unitAt(j + 1), !v.isLowerWord(j + 2) || v.word(j + 2) != .none else { return nil }
            var found = Found(j, j + 1, .relative(unit, 0))
            if v.word(j - 1) == .later || v.word(j - 1) == .earlier { found.first = j - 1 }
            return found
        case .dayEN:
            // "the day before", "the day after"
            guard the, v.word(j + 1) == .before || v.word(j + 1) == .after, !v.isWord(j + 2) || v.word(j + 2) == .none && !v.isUpperWord(j + 2) else {
                return nil
            }
            return Found(j, j + 1, .relative(.day, v.word(j + 1) == .before ? -1 : 1))
        case .now:
            return now(j)
        case .today, .currently, .nowadays:
            return Found(j, j, .deictic("PRESENT_REF"))
        case .present:
            guard the || v.word(j - 1) == .at else { return nil }
            if v.word(j + 1) == .dayEN { return Found(j, j + 1, .deictic("PRESENT_REF")) }
            return v.isWord(j + 1) && v.isLowerWord(j + 1) ? nil : Found(j, j, .deictic("PRESENT_REF"))
        case .future:
            guard the else { return nil }
            return Found(j, j, .deictic("FUTURE_REF"))
        case .every, .each:
            guard let unit = unitAt(j + 1) else { return nil }
            let value = ["P1D", "P1W", "P1M", "P1Y"][[RelativeUnit.day, .week, .month, .year].firstIndex(of: unit)!]
            return Found(j, j + 1, .set(value))
        case .annually:
            return Found(j, j, .set("P1Y"))
        case .spring, .summer, .fall, .autumn, .winter:
            return season(j, the: the, prefixed: prefixed)
        case .for_:
            // "for months", "for years"
            guard let unit = unitAt(j + 1), v.has(j + 1), v.text(j + 1).hasSuffix("s") else { return nil }
            let code = ["D", "W", "M", "Y"][[RelativeUnit.day, .week, .month, .year].firstIndex(of: unit)!]
            return Found(j + 1, j + 1, .duration("PX" + code))
        default: break
        }
        if let ordinal = w.ordinalEN, v.word(j + 1) == .century || v.isDash(j + 1) && v.word(j + 2) == .century {
            return century(j, ordinal, last: v.word(j + 1) == .century ? j + 1 : j + 2)
        }
        if v.has(j), v.tokens[j].kind == .number {
            if let found = dayFirst(j) { return found }
            if let found = iso(j) { return found }
            if let found = clock(j) { return found }
            if let n = v.number(j, maxDigits: 2), let suffix = ordinalSuffix(j + 1), v.word(suffix + 1) == .century {
                return century(j, n, last: suffix + 1)
            }
            if let found = quantity(j) { return found }
            if let found = decade(j) { return found }
            if rangeEnd, v.digits(j) == 2, let yy = v.number(j, maxDigits: 2), v.day(j) == nil || !v.punct(j + 1, ",") {
                // "1927–28", "the winter of 1777–78": a two-digit year end (the range gives its century)
                var parts = DateParts()
                parts.year = yy
                return Found(j, j, .date, parts)
            }
            if rangeEnd, let d = v.day(j), v.number(j, maxDigits: 2) != nil {
                // "June 8–10, 1776": the day after a dash, with the year if given
                var parts = DateParts()
                parts.day = d
                var last = ordinalSuffix(j + 1) ?? j
                if v.punct(last + 1, ","), let y = v.year(last + 2) { parts.year = y; last += 2 }
                if v.digits(j) == 2, parts.year == nil, !v.isWord(j + 1) || true { parts.year = nil }
                if parts.year == nil && v.digits(j) == 2 {
                    // "1927–28": a two-digit year end (kept as a day until the range resolves it)
                    var found = Found(j, last, .date, parts)
                    found.parts.year = v.number(j, maxDigits: 2)
                    found.parts.day = nil
                    found.parts.month = nil
                    return found
                }
                return Found(j, last, .date, parts)
            }
            // "568 AD", "44 BC": a short year is a year when an era follows it
            guard let y = v.year(j) ?? (era(j + 1) != nil ? v.year(j, loose: true) : nil) else { return nil }
            if let end = era(j + 1) {
                var parts = DateParts()
                parts.year = y
                parts.beforeChrist = isBC(j + 1)
                return Found(j, end, .date, parts)
            }
            return YearRule.bareYear(v, j, y, rangeEnd: rangeEnd, prepositions: YearRule.englishPrepositions)
        }
        if w.numberValue != nil { return quantity(j) }
        return nil
    }

    /// The TIMEX3 code of a season word at `k`.
    func seasonCode(_ k: Int) -> String? {
        switch v.word(k) {
        case .spring: return "SP"
        case .summer: return "SU"
        case .fall, .autumn: return "FA"
        case .winter: return "WI"
        default: return nil
        }
    }

    /// `st`, `nd`, `rd`, `th` glued to a number at `k`: its index.
    func ordinalSuffix(_ k: Int) -> Int? {
        switch v.word(k) {
        case .st, .nd, .rd, .th: return v.attached(k) ? k : nil
        default: return nil
        }
    }

    /// `BC`, `BCE`, `AD`, `CE` after a year.
    func era(_ k: Int) -> Int? {
        switch v.word(k) {
        case .bc, .bce, .ad, .ce: return v.isUpperWord(k) && v.has(k) && v.tokens[k].flags.contains(.allCaps) ? k : nil
        default: return dottedEra(k)?.end
        }
    }

    /// "B.C.", "B.C.E.", "A.D." written with full stops at `k`: the index of its last stop, and whether it is BC.
    func dottedEra(_ k: Int) -> (end: Int, bc: Bool)? {
        let first = v.text(k)
        guard first == "B" || first == "A", v.punct(k + 1, "."), v.attached(k + 1), v.attached(k + 2), v.punct(k + 3, "."),
              v.attached(k + 3) else { return nil }
        switch (first, v.text(k + 2)) {
        case ("B", "C"):
            // "B.C.E."
            if v.attached(k + 4), v.text(k + 4) == "E", v.punct(k + 5, "."), v.attached(k + 5) { return (k + 5, true) }
            return (k + 3, true)
        case ("A", "D"): return (k + 3, false)
        default: return nil
        }
    }

    /// Is the era at `k` before Christ ("BC", "BCE", "B.C.")?
    func isBC(_ k: Int) -> Bool { [.bc, .bce].contains(v.word(k)) || dottedEra(k)?.bc == true }

    /// The calendar unit word at `k` (day, week, month, year and their plurals).
    func unitAt(_ k: Int) -> RelativeUnit? {
        switch v.word(k) {
        case .dayEN, .morning, .evening, .night, .afternoon: return .day
        case .week: return .week
        case .month: return .month
        case .year: return .year
        default: return nil
        }
    }

    /// `Month D[th][,] YYYY`, `Month D`, `Month [of] YYYY`, `Month` after a preposition.
    func monthFirst(_ j: Int, month: Int, prefixed: Bool) -> Found? {
        var k = j + 1
        let abbreviated = v.has(j) && v.tokens[j].length <= 4 && v.text(j).count < monthNameLength(month)
        if abbreviated, v.punct(k, "."), v.attached(k) { k += 1 } else if abbreviated, month != 5, month != 6, month != 7 {
            if v.number(k) == nil { return nil }
        }
        var parts = DateParts()
        parts.month = month
        if let d = v.day(k), v.digits(k) <= 2, !(v.punct(k + 1, ":") && v.attached(k + 1)) {
            parts.day = d
            var last = ordinalSuffix(k + 1) ?? k
            var after = last + 1
            if v.punct(after, ",") { after += 1 }
            if let y = v.year(after) {
                parts.year = y
                last = after
            }
            guard DateParts.isValid(day: d, month: month, year: parts.year) else { return nil }
            // "the play Night of January 16th": a day with no year after a capitalised word and "of" ends a title
            if parts.year == nil, v.word(j - 1) == .of, v.isUpperWord(j - 2), !v.isSentenceStart(j - 2) { return nil }
            return Found(j, last, .date, parts)
        }
        var after = k
        if v.word(after) == .of { after += 1 }
        if v.punct(after, ",") && v.word(after - 1) != .of { after += 1 }
        if let y = v.year(after) {
            parts.year = y
            return Found(j, after, .date, parts)
        }
        // a month alone: only after a preposition or qualifier ("in October", "early November", "the end of March")
        let before = v.word(j - 1)
        guard prefixed || [.in_, .of, .by, .until, .till, .since, .during, .from, .to, .through, .last, .next, .that,
                           .this, .each, .every, .between, .early, .late, .mid, .around, .before, .after].contains(before)
        else { return nil }
        if month == 5 || month == 3 {
            // "May" and "March" are also words: only after a preposition that takes a time
            guard prefixed || [.in_, .of, .by, .until, .till, .since, .during, .early, .late, .mid].contains(before),
                  !v.isSentenceStart(j) else { return nil }
        }
        return Found(j, k - 1, .date, parts)
    }

    func monthNameLength(_ month: Int) -> Int {
        [7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8][month - 1]
    }

    /// `D[th] [of] Month [YYYY]`.
    func dayFirst(_ j: Int) -> Found? {
        guard let d = v.day(j), v.digits(j) <= 2 else { return nil }
        var k = (ordinalSuffix(j + 1) ?? j) + 1
        if v.word(k) == .of { k += 1 }
        guard let month = v.word(k).monthEN, v.isUpperWord(k) else { return nil }
        var parts = DateParts()
        parts.day = d
        parts.month = month
        var last = k
        if v.punct(k + 1, "."), v.attached(k + 1) { last = k + 1 }
        var after = last + 1
        if v.punct(after, ",") { after += 1 }
        if let y = v.year(after) {
            parts.year = y
            last = after
        }
        guard DateParts.isValid(day: d, month: month, year: parts.year) else { return nil }
        var found = Found(j, last, .date, parts)
        if v.word(j - 1) == .theEN { found.first = j - 1 }
        return found
    }

    /// `1945-08-19` (ISO).
    func iso(_ j: Int) -> Found? {
        guard let y = v.year(j), v.punct(j + 1, "-"), v.attached(j + 1), v.attached(j + 2), v.digits(j + 2) == 2,
              let m = v.monthNumber(j + 2) else { return nil }
        var parts = DateParts()
        parts.year = y
        parts.month = m
        if v.punct(j + 3, "-"), v.attached(j + 3), v.attached(j + 4), v.digits(j + 4) == 2, let d = v.day(j + 4),
           DateParts.isValid(day: d, month: m, year: y) {
            parts.day = d
            return Found(j, j + 4, .date, parts)
        }
        return Found(j, j + 2, .date, parts)
    }

    /// `10:30`, `10:30 pm`.
    func clock(_ j: Int) -> Found? {
        guard let h = v.number(j, maxDigits: 2), h <= 23, !v.isZoneOffset(j), v.punct(j + 1, ":"), v.attached(j + 1),
              v.attached(j + 2), v.digits(j + 2) == 2, let m = v.number(j + 2, maxDigits: 2), m < 60 else { return nil }
        var parts = DateParts()
        parts.hour = h
        parts.minute = m
        var last = j + 2
        if v.word(j + 3) == .pm || v.word(j + 3) == .am {
            if v.word(j + 3) == .pm, h < 12 { parts.hour = h + 12 }
            last = j + 3
        }
        // "died at 7:22 am on April 15": one date, its day the one that follows (the time alone would take its day from
        // another sentence)
        if v.text(last + 1).lowercased() == "on", var day = core(last + 2, rangeEnd: false, the: false, prefixed: false),
           day.parts.day != nil, day.kind == .date {
            day.first = j
            day.parts.hour = parts.hour
            day.parts.minute = parts.minute
            return day
        }
        var found = Found(j, last, .date, parts)
        found.type = .time
        return found
    }

    /// `the 1990s`, `1770s`.
    func decade(_ j: Int) -> Found? {
        guard let y = v.year(j), y % 10 == 0, v.word(j + 1) == .none, v.attached(j + 1), v.text(j + 1) == "s" else {
            return nil
        }
        var parts = DateParts()
        parts.decade = y
        var found = Found(j, j + 1, .date, parts)
        if v.word(j - 1) == .theEN { found.first = j - 1 }
        return found
    }

    /// `the 18th century`, `the eighteenth century`.
    func century(_ j: Int, _ n: Int, last: Int) -> Found? {
        guard (1...21).contains(n) else { return nil }
        // "the 19th and 20th centuries": two centuries together are no one century's date (and no range the
        // values can hold), so neither is read as the date of what the sentence says; nor "the late 7th and early 8th
        // centuries", whose qualifier stands between "and" and the second century
        var before = j - 1
        if v.isDash(before), v.word(before - 1) == .mid { before -= 2 } else if [.early, .late, .mid].contains(v.word(before)) { before -= 1 }
        if v.word(before) == .theEN, before < j - 1 { before -= 1 }
        if v.word(before) == .and || v.punct(before, ","), v.text(last).hasSuffix("ies") { return nil }
        // "the 1st or 2nd century": either century, so neither
        if v.text(j - 1).lowercased() == "or", v.number(j - 2, maxDigits: 2) != nil || ordinalSuffix(j - 2) != nil {
            return nil
        }
        var parts = DateParts()
        parts.century = n - 1
        var found = Found(j, last, .date, parts)
        if v.word(j - 1) == .theEN { found.first = j - 1 }
        if let end = era(last + 1) {
            found.last = end
            found.parts.beforeChrist = isBC(last + 1)
        }
        return found
    }

    /// `the spring of 1776`, `the fall`, `winter` (after the, in, during, and …).
    func season(_ j: Int, the: Bool, prefixed: Bool) -> Found? {
        let code: String
        switch v.word(j) {
        case .spring: code = "SP"
        case .summer: code = "SU"
        case .fall, .autumn: code = "FA"
        default: code = "WI"
        }
        var parts = DateParts()
        parts.season = code
        var k = j + 1
        if v.word(k) == .of { k += 1 }
        if let y = v.year(k) {
            parts.year = y
            return Found(j, k, .date, parts)
        }
        if v.word(j + 1) == .of { return nil }
        let before = v.word(j - 1)
        if v.word(j) == .fall, !the { return nil }
        guard the || prefixed || [.in_, .during, .and, .that, .this, .last, .next, .each, .every, .through].contains(before),
              !v.isUpperWord(j) || v.isSentenceStart(j) else { return nil }
        if v.isLowerWord(j + 1), v.word(j + 1) == .none { return nil }
        return Found(j, j, .date, parts)
    }

    /// `now`: the time of writing in "what is now", "now known as", "until now"; otherwise the narrative's time.
    func now(_ j: Int) -> Found? {
        let before = v.word(j - 1), after = v.word(j + 1)
        if [.known, .called, .named, .celebrated, .part].contains(after) { return Found(j, j, .deictic("PRESENT_REF")) }
        if before == .is_ || before == .are, [Word.what, .that].contains(v.word(j - 2)) {
            return Found(j, j, .deictic("PRESENT_REF"))
        }
        if [.until, .till, .right].contains(before) || before == .to && v.word(j - 2) == .up {
            return Found(j, j, .deictic("PRESENT_REF"))
        }
        return Found(j, j, .narrativeNow)
    }

    /// `Three weeks`, `19-year-old`, `two years later`, `a month earlier`.
    func quantity(_ j: Int) -> Found? {
        var k = j
        var count: Int?
        if let n = v.anyNumber(j) {
            count = n
            k = j + 1
        } else {
            var total = 0
            var any = false
            var unknown = false
            while let n = v.word(k).numberValue {
                if n == 0 { unknown = true }
                total += n
                any = true
                k += 1
                if v.isDash(k), v.attached(k), v.word(k + 1).numberValue != nil { k += 1 }
                if v.word(k) == .hundred { total = max(total, 1) * 100; k += 1 }
                if v.word(k) == .thousand { total = max(total, 1) * 1000; k += 1 }
            }
            guard any else { return nil }
            count = unknown ? nil : total
            if v.word(j) == .a || v.word(j) == .an, v.word(j + 1) == .few { count = nil }
        }
        var adjective = false
        if v.isDash(k), v.attached(k), v.attached(k + 1) { k += 1; adjective = true }
        var code: String
        var time = false
        switch v.word(k) {
        case .dayEN: code = "D"
        case .week: code = "W"
        case .month: code = "M"
        case .year: code = "Y"
        case .decade: code = "DE"
        case .century: code = "CE"
        case .hour: code = "H"; time = true
        case .minute: code = "M"; time = true
        default: return nil
        }
        var last = k
        if adjective, v.isDash(k + 1), v.attached(k + 1), v.word(k + 2) == .old { last = k + 2 }
        if !time, !adjective, let count, let unit = unitAt(k) ?? (code == "DE" || code == "CE" ? nil : nil) {
            switch v.word(k + 1) {
            case .later: return Found(j, k + 1, .relative(unit, count))
            case .earlier: return Found(j, k + 1, .relative(unit, -count))
            default: break
            }
        }
        if v.word(j) == .a || v.word(j) == .an || v.word(j) == .oneEN, v.word(k + 1) == .of { return nil }
        var amount = count.map(String.init) ?? "X"
        if code == "DE" { code = "Y"; amount = count.map { String($0 * 10) } ?? "X" }
        if code == "CE" { code = "Y"; amount = count.map { String($0 * 100) } ?? "X" }
        var found = Found(j, last, .duration(time ? "PT\(amount)\(code)" : "P\(amount)\(code)"))
        if v.word(j - 1) == .about || v.word(j - 1) == .around || v.word(j - 1) == .nearly || v.word(j - 1) == .almost {
            found.first = j - 1
            found.qualifier = v.word(j - 1) == .about || v.word(j - 1) == .around ? .approx : .lessThan
        } else if v.word(j - 1) == .than, v.word(j - 2) == .more || v.word(j - 2) == .less {
            found.first = j - 2
            found.qualifier = v.word(j - 2) == .more ? .moreThan : .lessThan
        } else if v.word(j - 1) == .over {
            found.qualifier = .moreThan
        }
        return found
    }
}
