/// The calendar fields one expression states; missing fields come from context when it is resolved.
struct DateParts: Equatable, Sendable {
    // Compact storage (this struct is copied for every token a grammar tries): Int32.min means absent.
    private var storedYear = Int32.min
    private var storedMonth = Int8.min
    private var storedDay = Int8.min
    private var storedHour = Int8.min
    private var storedMinute = Int8.min
    private var storedSeason: UInt8 = 0
    private var storedCentury = Int8.min
    private var storedDecade = Int32.min
    var beforeChrist = false

    init() {}

    var year: Int? {
        get { storedYear == .min ? nil : Int(storedYear) }
        set { storedYear = newValue.map { Int32(clamping: $0) } ?? .min }
    }
    var month: Int? {
        get { storedMonth == .min ? nil : Int(storedMonth) }
        set { storedMonth = newValue.map { Int8(clamping: $0) } ?? .min }
    }
    var day: Int? {
        get { storedDay == .min ? nil : Int(storedDay) }
        set { storedDay = newValue.map { Int8(clamping: $0) } ?? .min }
    }
    var hour: Int? {
        get { storedHour == .min ? nil : Int(storedHour) }
        set { storedHour = newValue.map { Int8(clamping: $0) } ?? .min }
    }
    var minute: Int? {
        get { storedMinute == .min ? nil : Int(storedMinute) }
        set { storedMinute = newValue.map { Int8(clamping: $0) } ?? .min }
    }
    /// `SP`, `SU`, `FA`, `WI`.
    var season: String? {
        get { storedSeason == 0 ? nil : ["SP", "SU", "FA", "WI"][Int(storedSeason) - 1] }
        set { storedSeason = newValue.map { UInt8((["SP", "SU", "FA", "WI"].firstIndex(of: $0) ?? 0) + 1) } ?? 0 }
    }
    /// First year of a decade (1920 for `những năm 1920`).
    var decade: Int? {
        get { storedDecade == .min ? nil : Int(storedDecade) }
        set { storedDecade = newValue.map { Int32(clamping: $0) } ?? .min }
    }
    /// Century as its first two digits (19 for `thế kỷ XX`).
    var century: Int? {
        get { storedCentury == .min ? nil : Int(storedCentury) }
        set { storedCentury = newValue.map { Int8(clamping: $0) } ?? .min }
    }

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
    /// A year between a determiner and the noun it dates ("the 1777 campaigns", "Grant's 1864 spring campaigns"):
    /// a time that can set the narrative's year, never an event's own date.
    var isAttributive = false
    var type: TimexType = .date
    /// The fields as written, when a range or a nearby date lent the missing ones (`Ngày 13 đến 16 tháng 10`).
    var written: DateParts?
    /// The year comes from "cùng năm"/"năm đó" (the year last mentioned), not from the narrative's month.
    var sameYear = false

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
