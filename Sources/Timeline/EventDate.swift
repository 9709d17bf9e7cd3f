/// An event's date read once from its ISO value: one date, a season of a year, or a period from one to another (or to
/// the present). Card makers, checkers and exporters read this value, never the string again.
public struct EventDate: Hashable, Sendable {
    /// One end of the date: a calendar date at its precision, or a season of a year (`1688-SP`).
    public enum Point: Hashable, Sendable {
        case date(DateValue)
        case season(year: DateValue, Season)

        /// The date, or the season's year: where the point lies in time.
        public var value: DateValue {
            switch self {
            case .date(let date): return date
            case .season(let year, _): return year
            }
        }

        /// The season's code (`SP`, `SU`, `FA`, `WI`), or nil for a date.
        public var seasonCode: String? {
            if case .season(_, let season) = self { return season.rawValue }
            return nil
        }

        /// The point's ISO form (`1688-SP`, `BC0221`).
        public var iso: String {
            switch self {
            case .date(let date): return date.iso
            case .season(let year, let season): return year.iso + "-" + season.rawValue
            }
        }

        /// Reads `2014-04-01`, `199X`, `BC0221` or `1688-SP`; nil otherwise.
        init?(iso: some StringProtocol) {
            if let date = DateValue(iso: iso) {
                self = .date(date)
                return
            }
            let pieces = iso.split(separator: "-")
            guard pieces.count == 2, let season = Season(rawValue: String(pieces[1])), let year = DateValue(iso: pieces[0]) else {
                return nil
            }
            self = .season(year: year, season)
        }
    }

    /// A season of a year, by its code in an ISO value (`1688-SP`).
    public enum Season: String, Hashable, Sendable {
        case spring = "SP", summer = "SU", autumn = "FA", winter = "WI"
    }

    /// Where a period ends: at a point, or at the present (`PRESENT_REF`).
    public enum End: Hashable, Sendable {
        case point(Point)
        case present
    }

    /// Where the date begins (the whole date when it is no period).
    public let start: Point
    /// Where a period ends; nil for one date or one season.
    public let end: End?

    /// Reads an event's value: `2014-04-01`, `199X`, `BC0221`, `1688-SP`, `1946/1954`, `2008/PRESENT_REF`; nil when
    /// either end is unreadable.
    public init?(iso: some StringProtocol) {
        if let slash = iso.firstIndex(of: "/") {
            let tail = iso[iso.index(after: slash)...]
            guard let start = Point(iso: iso[..<slash]), !tail.contains("/") else { return nil }
            if let point = Point(iso: tail) {
                end = .point(point)
            } else if tail == "PRESENT_REF" || tail.isEmpty {
                end = .present
            } else {
                return nil
            }
            self.start = start
        } else {
            guard let start = Point(iso: iso) else { return nil }
            self.start = start
            end = nil
        }
    }

    /// The one calendar date this is, or nil for a period or a season.
    public var single: DateValue? {
        guard end == nil, case .date(let date) = start else { return nil }
        return date
    }

    /// The calendar date it begins on, or nil when it begins on a season.
    public var startDate: DateValue? {
        if case .date(let date) = start { return date }
        return nil
    }

    /// The calendar dates at its ends (`1946/1954` → 1946 and 1954; a season and the present are none).
    public var calendarDates: [DateValue] {
        var dates: [DateValue] = []
        if case .date(let start) = start { dates.append(start) }
        if case .point(.date(let last))? = end { dates.append(last) }
        return dates
    }

    /// True for a period (`A/B`).
    public var isPeriod: Bool { end != nil }

    /// The ISO form, as decks store it.
    public var iso: String {
        switch end {
        case nil: return start.iso
        case .present: return start.iso + "/PRESENT_REF"
        case .point(let point): return start.iso + "/" + point.iso
        }
    }
}
