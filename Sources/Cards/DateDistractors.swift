import Timeline

/// Wrong dates for a multiple-choice question: at the answer's precision, near it, and preferably the dates of
/// other events in the deck, so that no option can be ruled out by its form alone.
struct DateDistractors {
    let answer: DateValue
    /// Dates of the other events of the deck (any precision; they are brought to the answer's).
    let deckDates: [DateValue]
    /// Context for the deterministic choice among equally good options (the card id).
    let salt: String
    /// How far (in the answer's unit) an option must be from the answer: 10 years for "about 1400", whose
    /// neighbours 1399 and 1401 would be just as right.
    var minimumGap: Int = 1
    /// Dates no option may be (at the answer's precision): those the answer's own sentence writes.
    var forbidden: Set<DateValue> = []

    /// How far apart options must be for "about `year`": as round as the year is ("khoảng năm 1000" → 100 years,
    /// "about 1740" → 10), so that no option is as right as the answer.
    static func approximateGap(_ year: Int) -> Int {
        var gap = 10
        while gap < 100, year % (gap * 10) == 0 { gap *= 10 }
        return gap
    }

    /// `earlier` dates before the answer and `later` after it, all distinct; nil when not enough exist.
    func pick(earlier: Int, later: Int) -> (earlier: [DateValue], later: [DateValue])? {
        let deck = Set(deckDates.compactMap(atAnswerPrecision)).subtracting([answer]).subtracting(forbidden)
            .filter { distance($0) >= minimumGap }
        // Made-up dates stay within the text's own time: never later than the latest date the deck names (a
        // "22nd century" option is ruled out by its form alone).
        let horizon = (deckDates.map(\.year) + [answer.year]).max() ?? answer.year
        let synthetic = nearby().filter { $0.year <= horizon && !forbidden.contains($0) }
        func side(_ isEarlier: Bool, count: Int) -> [DateValue]? {
            let keep = { (d: DateValue) in isEarlier ? d < answer : answer < d }
            let fromDeck = deck.filter(keep).sorted { distance($0) < distance($1) || distance($0) == distance($1) && $0 < $1 }
            let made = DeterministicOrder.shuffled(synthetic.filter(keep), salt: salt) { $0.iso }
            var result: [DateValue] = []
            var deckIndex = 0, madeIndex = 0
            // Alternate: the nearest deck date, then a made-up near date, and so on.
            while result.count < count, deckIndex < fromDeck.count || madeIndex < made.count {
                let takeDeck = (result.count % 2 == 0 && deckIndex < fromDeck.count) || madeIndex >= made.count
                let next = takeDeck ? fromDeck[deckIndex] : made[madeIndex]
                if takeDeck { deckIndex += 1 } else { madeIndex += 1 }
                if !result.contains(next) { result.append(next) }
            }
            return result.count == count ? result : nil
        }
        guard let before = side(true, count: earlier), let after = side(false, count: later) else { return nil }
        return (before, after)
    }

    /// `date` at the answer's precision, if it has that much detail (and is not too far away to be plausible).
    func atAnswerPrecision(_ date: DateValue) -> DateValue? {
        guard date.precision >= answer.precision else { return nil }
        let result: DateValue
        switch answer.precision {
        case .century: result = DateValue(centuryStarting: date.year)
        case .decade: result = DateValue(decadeStarting: date.year)
        case .year: result = DateValue(year: date.year)
        case .month: result = DateValue(year: date.year, month: date.month)
        case .day: result = DateValue(year: date.year, month: date.month, day: date.day)
        }
        return distance(result) <= maxDistance ? result : nil
    }

    /// Made-up dates near the answer, at its precision.
    func nearby() -> [DateValue] {
        let y = answer.year
        switch answer.precision {
        case .century: return (1...4).flatMap { [y - 100 * $0, y + 100 * $0] }.filter { $0 >= 0 }.map { DateValue(centuryStarting: $0) }
        case .decade: return (1...5).flatMap { [y - 10 * $0, y + 10 * $0] }.filter { $0 >= 0 }.map { DateValue(decadeStarting: $0) }
        // Same era as the answer: a BC answer gets BC options, never a year across the start of the era.
        // ("khoảng năm 1200" takes 900–1500, never "khoảng năm 200": an option a millennium off is ruled out by itself)
        case .year:
            let gap = minimumGap
            let years: [Int] = (1...12).filter { gap * $0 <= max(maxDistance, 3 * gap) }
                .flatMap { (step: Int) -> [Int] in [y - gap * step, y + gap * step] }
            return years.filter { y < 0 ? $0 <= -1 : $0 >= 1 }.map { DateValue(year: $0) }
        case .month:
            let m = answer.month ?? 1
            guard y > 0 else { return (1...6).flatMap { [y - $0, y + $0] }.filter { $0 <= -1 }.map { DateValue(year: $0, month: m) } }
            return (1...15).flatMap { [-$0, $0] }.compactMap { shift in
                let total = y * 12 + (m - 1) + shift
                return total >= 12 ? DateValue(year: total / 12, month: total % 12 + 1) : nil
            }
        case .day:
            let m = answer.month ?? 1, d = answer.day ?? 1
            var result: [DateValue] = []
            for shift in [1, 2, 3, 5, 7, 10] where (1...daysIn(m, y)).contains(d + shift) { result.append(DateValue(year: y, month: m, day: d + shift)) }
            for shift in [1, 2, 3, 5, 7, 10] where d - shift >= 1 { result.append(DateValue(year: y, month: m, day: d - shift)) }
            for shift in [-3, -2, -1, 1, 2, 3] {
                let month = m + shift
                if (1...12).contains(month), d <= daysIn(month, y) { result.append(DateValue(year: y, month: month, day: d)) }
                if (y < 0 ? y + shift <= -1 : y + shift >= 1), d <= daysIn(m, y + shift) { result.append(DateValue(year: y + shift, month: m, day: d)) }
            }
            return result
        }
    }

    /// How far a date is from the answer, in the answer's units.
    func distance(_ date: DateValue) -> Int {
        switch answer.precision {
        case .century, .decade, .year: return abs(date.year - answer.year)
        case .month: return abs((date.year * 12 + (date.month ?? 1)) - (answer.year * 12 + (answer.month ?? 1)))
        case .day: return abs(DateSpan.ordinal(date.year, date.month ?? 1, date.day ?? 1)
                              - DateSpan.ordinal(answer.year, answer.month ?? 1, answer.day ?? 1))
        }
    }

    var maxDistance: Int {
        switch answer.precision {
        case .century: return 400
        case .decade: return 60
        case .year: return 30
        case .month: return 36
        case .day: return 3 * 372
        }
    }

    func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
