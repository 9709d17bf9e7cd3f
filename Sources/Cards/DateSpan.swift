import Timeline

/// The stretch of calendar an event's date covers, so two dates can be told apart or found to overlap.
///
/// `1997` covers the whole year, `199X` the decade, `1946/1954` both ends; a date at day precision is one day.
struct DateSpan: Hashable, Sendable {
    /// First and last day covered, as `year * 372 + (month - 1) * 31 + (day - 1)`: monotone, not a day count.
    var first: Int
    var last: Int

    /// The span of an event's ISO date value (`2014-04-01`, `1997`, `199X`, `1946/1954`), or nil if unreadable.
    init?(value: String) {
        guard let date = EventDate(iso: value) else { return nil }
        self.init(date)
    }

    /// The span of one calendar date at its precision.
    init(_ date: DateValue) {
        (first, last) = DateSpan.bounds(of: date)
    }

    /// The span of an event's date; nil when a period ends before it starts. A season spans its year; a period to the
    /// present has an open end.
    init?(_ date: EventDate) {
        first = DateSpan.bounds(of: date.start.value).first
        switch date.end {
        case nil: last = DateSpan.bounds(of: date.start.value).last
        case .present: last = Int.max
        case .point(let end): last = DateSpan.bounds(of: end.value).last
        }
        guard first <= last else { return nil }
    }

    /// True when the two spans share at least one day.
    func overlaps(_ other: DateSpan) -> Bool { first <= other.last && other.first <= last }

    /// True when this span ends before `other` begins: the order of the two is certain.
    func isBefore(_ other: DateSpan) -> Bool { last < other.first }

    static func ordinal(_ year: Int, _ month: Int, _ day: Int) -> Int { year * 372 + (month - 1) * 31 + (day - 1) }

    static func bounds(of date: DateValue) -> (first: Int, last: Int) {
        switch date.precision {
        case .century: return (ordinal(date.year, 1, 1), ordinal(date.year + 99, 12, 31))
        case .decade: return (ordinal(date.year, 1, 1), ordinal(date.year + 9, 12, 31))
        case .year: return (ordinal(date.year, 1, 1), ordinal(date.year, 12, 31))
        case .month:
            let month = date.month ?? 1
            return (ordinal(date.year, month, 1), ordinal(date.year, month, 31))
        case .day:
            let day = ordinal(date.year, date.month ?? 1, date.day ?? 1)
            return (day, day)
        }
    }
}
