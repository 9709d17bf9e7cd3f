/// The calendar fields one expression states; missing fields come from context when it is resolved.
struct DateParts: Equatable, Sendable {
    var year: Int?
    var month: Int?
    var day: Int?
    var hour: Int?
    var minute: Int?
    /// `SP`, `SU`, `FA`, `WI`.
    var season: String?
    /// First year of a decade (1920 for `những năm 1920`).
    var decade: Int?
    /// Century as its first two digits (19 for `thế kỷ XX`).
    var century: Int?
    var beforeChrist = false

    var isEmpty: Bool {
        year == nil && month == nil && day == nil && hour == nil && season == nil && decade == nil
            && century == nil
    }

    /// Days in `month` of `year` (Gregorian; 29 for February of an unknown year).
    static func daysIn(month: Int, year: Int?) -> Int {
        switch month {
        case 2:
            guard let year else { return 29 }
            return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func isValid(day: Int, month: Int, year: Int? = nil) -> Bool {
        (1...12).contains(month) && day >= 1 && day <= daysIn(month: month, year: year)
    }
}

/// The unit a relative expression counts in (`ngày hôm sau` → day, `một năm sau` → year).
enum RelativeUnit: Sendable, Equatable {
    case day, week, month, year
}

/// A temporal expression found by a grammar, before its value is resolved against context.
struct Found: Sendable {
    enum Kind: Sendable, Equatable {
        /// A calendar date or time, possibly missing its year or month.
        case date
        /// Offset from the narrative's reference date.
        case relative(RelativeUnit, Int)
        /// "now" or "hiện tại" inside a narrative: the narrative time, or the time of writing if none.
        case narrativeNow
        case deictic(String)
        case duration(String)
        case set(String)
    }

    /// Token indices, inclusive.
    var first: Int
    var last: Int
    var kind: Kind
    var parts = DateParts()
    var qualifier: Qualifier?
    var isName = false
    var type: TimexType = .date

    init(_ first: Int, _ last: Int, _ kind: Kind, _ parts: DateParts = DateParts()) {
        self.first = first
        self.last = last
        self.kind = kind
        self.parts = parts
        if parts.hour != nil { type = .time }
        switch kind {
        case .duration: type = .duration
        case .set: type = .set
        default: break
        }
    }
}
