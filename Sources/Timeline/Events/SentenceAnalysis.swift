/// Reading one sentence: its temporal expressions, ranges, values, and the events they date.
extension ExtractionRun {
    mutating func analyse(_ range: Range<Int>, _ tokens: UnsafeBufferPointer<Token>) {
        var trigger = false
        for k in range where tokens[k].word != .none || tokens[k].kind == .number {
            trigger = true
            break
        }
        resolver.sentence += 1
        guard trigger else { return }
        let view = TokenView(tokens: tokens, lo: range.lowerBound, hi: range.upperBound, bytes: bytes)
        var founds: [Found] = []
        var links: [(Int, Int)] = []
        var k = range.lowerBound
        while k < range.upperBound {
            guard tokens[k].kind == .number || tokens[k].word.canStart, !isDecimalTail(view, k),
                  let found = match(view, k, rangeEnd: false) else { k += 1; continue }
            founds.append(found)
            k = found.last + 1
            guard let right = connector(view, found),
                  var end = bareCenturyEnd(view, right, after: found) ?? match(view, right, rangeEnd: true) else { continue }
            var start = found
            guard link(view, &start, &end) else { continue }
            if view.word(right - 1) == .va, start.qualifier == .mid { start.qualifier = nil }
            founds[founds.count - 1] = start
            founds.append(end)
            links.append((founds.count - 2, founds.count - 1))
            k = end.last + 1
        }
        guard !founds.isEmpty else { return }
        borrowYears(&founds)
        borrowGlossedYears(view, &founds)

        // values, in text order, against the narrative so far
        let firstTimex = extraction.timexes.count
        var resolved: [DateResolver.Resolved] = []
        resolved.reserveCapacity(founds.count)
        for found in founds {
            let value = resolver.resolve(found, opensSentence: opensSentence(view, found.first)
                                            || found.isAttributive && isOpeningPhrase(view, found.first),
                                         namesYear: yearOfName(view, found))
            resolved.append(value)
            let start = tokens[found.first], end = tokens[found.last]
            extraction.timexes.append(Timex(
                surface: text(start.byteStart, end.byteEnd), start: start.start, end: end.end, value: value.value,
                valueLocal: value.valueLocal == value.value ? nil : value.valueLocal, type: found.type,
                timexClass: value.timexClass, qualifier: found.qualifier))
        }
        for (a, b) in links {
            let start = tokens[founds[a].first], end = tokens[founds[b].last]
            extraction.intervals.append(TimexInterval(
                surface: text(start.byteStart, end.byteEnd), start: start.start, end: end.end,
                value: resolved[a].value + "/" + resolved[b].value, timexIndices: [firstTimex + a, firstTimex + b]))
        }

        // dated happenings
        var candidates: [EventCandidate] = []
        for (a, b) in links where isEventDate(founds[a], resolved[a]) {
            let rightOK = isEventDate(founds[b], resolved[b]) || resolved[b].timexClass == .deictic
            guard rightOK else { continue }
            candidates.append(EventCandidate(first: founds[a].first, last: founds[b].last,
                                             date: resolved[a].value + "/" + resolved[b].value,
                                             qualifier: founds[a].qualifier))
        }
        for (index, found) in founds.enumerated()
        where !links.contains(where: { $0.0 == index || $0.1 == index }) && isEventDate(found, resolved[index]) {
            candidates.append(EventCandidate(first: found.first, last: found.last, date: resolved[index].value,
                                             qualifier: found.qualifier))
        }
        // "Chiến tranh Đông Dương (1946–1954), Khủng hoảng Suez 1956 và Chiến tranh Sáu ngày (1967)": a list of named
        // events, each with its own date, is one event per item, not one sentence dated by its last item
        let items = NamedEventList.items(view, founds: founds, links: links, values: resolved.map(\.value), language: language)
        if items.count >= 2 {
            for item in items { emitNamedEvent(view, item) }
            candidates.removeAll { candidate in items.contains { $0.dateFirst <= candidate.last && candidate.first <= $0.dateLast } }
        }
        guard !candidates.isEmpty else { return }
        // "Hồ Chí Minh (1890–1969) về nước năm 1941": a bracketed range after a name is a life or a period, not
        // the happening, when the sentence dates something else
        if candidates.count > 1 {
            let bracketed = candidates.filter {
                $0.date.contains("/") && view.punct($0.first - 1, "(") && view.punct($0.last + 1, ")")
                    && view.isUpperWord($0.first - 2)
            }
            if !bracketed.isEmpty && bracketed.count < candidates.count {
                candidates.removeAll { candidate in bracketed.contains { $0.first == candidate.first } }
            }
        }
        candidates = EventCandidate.distinct(candidates, view)
        emitEvents(view, candidates, founds: founds)
    }

    /// The digits after the decimal mark of a number (`29,37`, `3.5`): never the start of a date.
    func isDecimalTail(_ view: TokenView, _ k: Int) -> Bool {
        guard view.tokens[k].kind == .number, view.attached(k), view.attached(k - 1) else { return false }
        return (view.punct(k - 1, ",") || view.punct(k - 1, ".")) && view.has(k - 2) && view.tokens[k - 2].kind == .number
    }

    /// "đêm … ngày 9 tháng 11, rạng sáng … ngày 10 tháng 11 năm 1989": a date without a year takes the year of
    /// the next date of the sentence when that one follows within a few words and names the same or next month.
    func borrowYears(_ founds: inout [Found]) {
        guard founds.count > 1 else { return }
        for index in 0..<(founds.count - 1) {
            let next = founds[index + 1]
            guard founds[index].kind == .date, founds[index].parts.year == nil, !founds[index].sameYear,
                  let month = founds[index].parts.month, founds[index].parts.day != nil, next.kind == .date,
                  let year = next.parts.year, let nextMonth = next.parts.month,
                  nextMonth == month || nextMonth == month % 12 + 1,
                  next.first - founds[index].last <= 8 else { continue }
            if founds[index].written == nil { founds[index].written = founds[index].parts }
            founds[index].parts.year = nextMonth == month ? year : (month == 12 ? year - 1 : year)
        }
    }

    /// "Ngày 6 tháng 6, năm Canh Thìn (1460), …": a day and month followed by a year named in another calendar and
    /// glossed in brackets take the bracketed year (never one from the narrative around them).
    func borrowGlossedYears(_ view: TokenView, _ founds: inout [Found]) {
        guard founds.count > 1 else { return }
        for index in 0..<(founds.count - 1) {
            let next = founds[index + 1]
            guard founds[index].kind == .date, founds[index].parts.year == nil, founds[index].parts.month != nil,
                  next.kind == .date, let year = next.parts.year, next.parts.month == nil,
                  view.punct(next.first - 1, "("), next.first - founds[index].last <= 8,
                  (founds[index].last + 1..<next.first).contains(where: { view.word($0) == .nam }) else { continue }
            if founds[index].written == nil { founds[index].written = founds[index].parts }
            // the day and month of such a date are the old calendar's: only the year is known for sure
            founds[index].parts = DateParts()
            founds[index].parts.year = year
        }
    }

    func match(_ view: TokenView, _ k: Int, rangeEnd: Bool) -> Found? {
        switch language {
        case .vi: return VietnameseGrammar(v: view).match(k, rangeEnd: rangeEnd)
        case .en: return EnglishGrammar(v: view).match(k, rangeEnd: rangeEnd)
        }
    }

    /// Index where the other end of a range starts after `found` (`đến`, `tới`, `cho đến`, `to`, `until`, `–`).
    func connector(_ view: TokenView, _ found: Found) -> Int? {
        guard found.kind == .date, !found.isName, found.type != .duration else { return nil }
        let c = found.last + 1
        if view.isDash(c) { return c + 1 }
        switch view.word(c) {
        case .den, .toiDen, .to, .until, .till, .through: return c + 1
        case .cho where view.word(c + 1) == .den || view.word(c + 1) == .toiDen: return c + 2
        case .and where view.word(found.first - 1) == .between: return c + 1
        // "giữa năm 2800 TCN và năm 1800 TCN": "giữa … và …" is between, not the middle of the first year
        case .va where found.qualifier == .mid && view.word(found.first) == .giua: return c + 1
        // "các thế kỷ 6 và 5 TCN": two centuries with one era, a span
        case .va where found.parts.century != nil && view.word(c + 2) == .tcn: return c + 1
        default: return nil
        }
    }

    /// "thế kỷ 8 đến 10", "thế kỷ XII đến XIV": after a century, a bare number or Roman numeral ends a range of
    /// centuries (never year 10, or nothing).
    func bareCenturyEnd(_ view: TokenView, _ k: Int, after start: Found) -> Found? {
        guard start.parts.century != nil, view.has(k) else { return nil }
        var n: Int?
        if let value = view.number(k, maxDigits: 2) {
            n = value
        } else if view.tokens[k].flags.contains(.roman), view.tokens[k].isUpper || view.tokens[k].flags.contains(.allCaps) {
            n = RomanNumeral.value(view.text(k))
        }
        guard let n, (1...21).contains(n), !(view.isWord(k + 1) && view.attached(k + 1)) else { return nil }
        var parts = DateParts()
        parts.century = n - 1
        parts.beforeChrist = start.parts.beforeChrist || view.word(k + 1) == .tcn
        return Found(k, view.word(k + 1) == .tcn ? k + 1 : k, .date, parts)
    }

    /// Checks that `start … end` is a range and fills each side's missing fields from the other.
    func link(_ view: TokenView, _ start: inout Found, _ end: inout Found) -> Bool {
        guard !end.isName else { return false }
        if case .deictic(let value) = end.kind { return value == "PRESENT_REF" && start.parts.year != nil }
        guard end.kind == .date, end.type != .duration else { return false }
        // "từ thế kỷ 13 đến thế kỷ 15", "from the 13th century to the 15th century": a range of centuries is one span
        if let a = start.parts.century, let b = end.parts.century {
            // (BC centuries count down: "thế kỷ 6 đến 5 TCN", whose era is written once, after the second)
            if end.parts.beforeChrist, !start.parts.beforeChrist, a > b { start.parts.beforeChrist = true }
            guard start.parts.beforeChrist == end.parts.beforeChrist else { return false }
            return start.parts.beforeChrist ? a > b : a < b
        }
        guard start.parts.century == nil, end.parts.century == nil else { return false }
        let dash = view.isDash(start.last + 1)
        if let y = end.parts.year, y < 100 {
            // "1985–91", "1927–28"
            guard let left = start.parts.year, left >= 1000, start.parts.month == nil, end.parts.month == nil,
                  view.digits(end.first) == 2, end.first == end.last,
                  !(view.attached(end.last + 1) && (view.isPunct(end.last + 1) && !view.punct(end.last + 1, ")")
                      && !view.punct(end.last + 1, ",") && !view.punct(end.last + 1, ".") || view.isWord(end.last + 1)))
            else { return false }
            var full = left / 100 * 100 + y
            if full <= left {
                // "1998–02" crosses a century; "2013-13" is no range
                guard left % 100 >= 80 else { return false }
                full += 100
            }
            end.parts.year = full
            return true
        }
        if dash {
            // a dash joins like with like: years, or days of one month
            let yearsOnly = start.parts.month == nil && start.parts.day == nil && end.parts.month == nil
                && end.parts.day == nil && start.parts.year != nil && end.parts.year != nil
            let days = start.parts.day != nil && end.parts.day != nil
            guard yearsOnly || days else { return false }
        }
        if start.written == nil { start.written = start.parts }
        if end.written == nil { end.written = end.parts }
        if start.parts.year == nil, start.parts.decade == nil, let y = end.parts.year {
            if start.parts.month == nil, start.parts.day != nil { start.parts.month = end.parts.month }
            if start.parts.month != nil { start.parts.year = y }
        }
        if end.parts.year == nil, end.parts.decade == nil, let y = start.parts.year {
            if end.parts.month == nil, end.parts.day != nil { end.parts.month = start.parts.month }
            if end.parts.month != nil || end.parts.day == nil { end.parts.year = y }
        }
        // "May 9–10, 1860": the end's day takes the start's month, even when the year is written with the end
        if end.parts.month == nil, end.parts.day != nil, let m = start.parts.month { end.parts.month = m }
        // ("từ năm 343 tới 332 TCN", "221–206 BC": the era written once, after the second year, is both years')
        if end.parts.beforeChrist, !start.parts.beforeChrist, let a = start.parts.year, let b = end.parts.year, a > b {
            start.parts.beforeChrist = true
        }
        // (BC years count down: "từ 1950 TCN cho đến năm 612 TCN")
        if let a = start.parts.year, let b = end.parts.year,
           (start.parts.beforeChrist ? -a : a) > (end.parts.beforeChrist ? -b : b) { return false }
        return true
    }

    /// The expression opens its sentence (only prepositions or marks before it): a topical time.
    /// "bão Ike năm 2008", "Hiệp định Genève năm 1954": a bare year ("năm" and a year) right after a capitalised word
    /// that does not open the sentence tells which of the name's kind, not when the narrative is.
    func yearOfName(_ view: TokenView, _ found: Found) -> Bool {
        guard found.kind == .date, found.parts.year != nil, found.parts.month == nil, found.parts.day == nil,
              found.parts.century == nil, found.parts.decade == nil, view.word(found.first) == .nam else { return false }
        let before = found.first - 1
        return view.isUpperWord(before) && !view.isSentenceStart(before) && view.word(before) == .none
    }

    /// "The first of the 1777 campaigns was …", "When Grant's 1864 spring campaigns turned …": a few words and no
    /// comma before token `first`, so a year there is the topic of the sentence, not a reference inside it.
    func isOpeningPhrase(_ view: TokenView, _ first: Int) -> Bool {
        guard first - view.lo <= 5 else { return false }
        return !(view.lo..<first).contains { view.punct($0, ",") || view.punct($0, "(") }
    }

    func opensSentence(_ view: TokenView, _ first: Int) -> Bool {
        var k = view.lo
        while k < first {
            let token = view.tokens[k]
            switch token.word {
            case .vao, .trong, .tu, .den, .in_, .on, .by, .during, .from, .since, .cuoi, .dau, .giua, .early, .late,
                 .at:
                k += 1
                continue
            default:
                if token.kind == .punct { k += 1; continue }
                // "Đến mùa hè năm 887, …", "Mùa thu năm 1945, …": the season before the year opens the sentence with
                // it (the year is read alone, the season words are not part of the expression)
                if Self.vietnameseSeasonWords.contains(view.hash(k)) { k += 1; continue }
                return false
            }
        }
        return true
    }

    /// The words of a Vietnamese season before its year ("mùa hè", "mùa xuân").
    static let vietnameseSeasonWords = Lexicon.hashes(["mùa", "xuân", "hạ", "hè", "thu", "đông"])

    /// An expression that can date a history card: a calendar date (resolved to a year at least), not a name,
    /// duration, set, the time of writing, the narrative "now", or a season with no year.
    func isEventDate(_ found: Found, _ value: DateResolver.Resolved) -> Bool {
        guard !found.isName, !found.isAttributive, found.type == .date || found.type == .time else { return false }
        switch found.kind {
        case .date, .relative: break
        default: return false
        }
        if found.kind == .date, found.parts.season != nil, found.parts.year == nil { return false }
        let scalars = value.value.utf8
        guard scalars.count >= 2 else { return false }
        var index = scalars.startIndex
        if value.value.hasPrefix("BC") { index = scalars.index(index, offsetBy: 2) }
        guard let first = scalars[index...].first, first >= 0x30, first <= 0x39 else { return false }
        return !value.value.hasPrefix("XXXX")
    }

    /// Source text between two byte offsets.
    func text(_ from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
    }
}

/// A date in a sentence that will become an event: its tokens and value.
struct EventCandidate {
    var first: Int
    var last: Int
    var date: String
    var qualifier: Qualifier?

    /// One candidate per date and clause; a year or month dropped when a finer date close by in the same clause
    /// contains it ("Năm 1954, ngày 7 tháng 5, …"). Clauses are told apart by `;` and by a date that opens a
    /// clause after a comma ("…; cùng năm, Kế hoạch Marshall …").
    static func distinct(_ candidates: [EventCandidate], _ view: TokenView) -> [EventCandidate] {
        func separated(_ a: EventCandidate, _ b: EventCandidate) -> Bool {
            let (left, right) = a.first < b.first ? (a, b) : (b, a)
            var k = left.last + 1
            while k < right.first {
                if view.punct(k, ";") { return true }
                k += 1
            }
            var p = right.first - 1
            while p > left.last, Clause.isPreposition(view.word(p)) { p -= 1 }
            return view.punct(p, ",") && p > left.last + 1
        }
        var kept: [EventCandidate] = []
        for candidate in candidates.sorted(by: { $0.first < $1.first }) {
            if let index = kept.firstIndex(where: { $0.date == candidate.date && !separated($0, candidate) }) {
                // "Ngày hôm sau, ngày 8 tháng 5 năm 1945": an appositive restating the date is one date phrase
                if candidate.first - kept[index].last <= 2 { kept[index].last = max(kept[index].last, candidate.last) }
                continue
            }
            kept.append(candidate)
        }
        return kept.filter { coarse in
            !kept.contains { fine in
                fine.date != coarse.date && fine.date.hasPrefix(coarse.date + "-") && !fine.date.contains("/")
                    && abs(fine.first - coarse.last) <= 4 && !separated(fine, coarse)
            }
        }
    }
}
