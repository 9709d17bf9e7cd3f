/// A calendar date at the precision a text gives it, parsed from an ISO value (`1994`, `2017-03`, `199X`).
public struct DateValue: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// How much of the date the text fixes.
    public enum Precision: Int, Comparable, Sendable, Codable {
        case century, decade, year, month, day
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    // Eight bytes in all (every event of a deck carries one or two): the month and the day 0 when absent.
    private var storedYear: Int32
    private var storedMonth: UInt8
    private var storedDay: UInt8
    private var storedPrecision: UInt8

    /// For a decade the first year (1990), for a century its first year (1900; `19XX`). Negative before Christ
    /// (`BC0221` is -221; there is no year 0), so dates compare in time order across the eras.
    public var year: Int {
        get { Int(storedYear) }
        set { storedYear = Int32(clamping: newValue) }
    }
    public var month: Int? {
        get { storedMonth == 0 ? nil : Int(storedMonth) }
        set { storedMonth = UInt8(clamping: newValue ?? 0) }
    }
    public var day: Int? {
        get { storedDay == 0 ? nil : Int(storedDay) }
        set { storedDay = UInt8(clamping: newValue ?? 0) }
    }
    public var precision: Precision {
        get { Precision(rawValue: Int(storedPrecision)) ?? .year }
        set { storedPrecision = UInt8(newValue.rawValue) }
    }

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        storedYear = Int32(clamping: year)
        storedMonth = UInt8(clamping: month ?? 0)
        storedDay = month == nil ? 0 : UInt8(clamping: day ?? 0)
        storedPrecision = UInt8((day != nil && month != nil ? Precision.day : (month != nil ? .month : .year)).rawValue)
    }

    public init(decadeStarting year: Int) {
        self.init(year: year - year % 10)
        precision = .decade
    }

    public init(centuryStarting year: Int) {
        self.init(year: year - year % 100)
        precision = .century
    }

    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (time of day ignored), `YYYX` and `YYXX`, each optionally after `BC`
    /// (`BC0221`, the extractor's form for 221 BC); nil otherwise.
    public init?(iso: some StringProtocol) {
        if iso.hasPrefix("BC") {
            guard let after = DateValue(iso: iso.dropFirst(2)), after.year > 0 else { return nil }
            self = after.beforeChrist
            return
        }
        // The usual case, an ASCII value, read from its bytes (the card makers parse values again and again).
        switch Self.asciiISO(iso) {
        case .parsed(let value): self = value; return
        case .invalid: return nil
        case .notASCII: break
        }
        self.init(scalarISO: iso)
    }

    /// What `asciiISO` made of a value.
    enum ASCIIReading { case parsed(DateValue), invalid, notASCII }

    /// The reading of `init(scalarISO:)` for a value whose first ten scalars are ASCII, from its bytes.
    static func asciiISO(_ iso: some StringProtocol) -> ASCIIReading {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(10)
        for byte in iso.utf8.prefix(10) {
            guard byte < 0x80 else { return .notASCII }
            bytes.append(byte)
        }
        let count = bytes.count
        guard count >= 4 else { return .invalid }
        func digits(_ range: Range<Int>) -> Int? {
            var total = 0
            for index in range {
                guard index < count, bytes[index] >= 0x30, bytes[index] <= 0x39 else { return nil }
                total = total * 10 + Int(bytes[index] - 0x30)
            }
            return total
        }
        let x = UInt8(ascii: "X"), dash = UInt8(ascii: "-")
        if bytes[2] == x, bytes[3] == x, let century = digits(0..<2), count == 4 {
            return .parsed(DateValue(centuryStarting: century * 100))
        }
        if bytes[3] == x, let decade = digits(0..<3), count == 4 { return .parsed(DateValue(decadeStarting: decade * 10)) }
        guard let year = digits(0..<4) else { return .invalid }
        if count == 4 { return .parsed(DateValue(year: year)) }
        guard count >= 7, bytes[4] == dash, let month = digits(5..<7), (1...12).contains(month) else { return .invalid }
        if count == 7 { return .parsed(DateValue(year: year, month: month)) }
        guard count >= 10, bytes[7] == dash, let day = digits(8..<10), (1...31).contains(day) else { return .invalid }
        return .parsed(DateValue(year: year, month: month, day: day))
    }

    /// `init?(iso:)` after the era, read scalar by scalar (any text).
    init?(scalarISO iso: some StringProtocol) {
        let scalars = Array(iso.unicodeScalars.prefix(10))
        guard scalars.count >= 4 else { return nil }
        func digits(_ range: Range<Int>) -> Int? {
            var total = 0
            for index in range {
                guard index < scalars.count, let digit = scalars[index].properties.numericType == .decimal
                    ? Int(scalars[index].value) - 48 : nil, (0...9).contains(digit) else { return nil }
                total = total * 10 + digit
            }
            return total
        }
        let head = String(String.UnicodeScalarView(scalars[0..<4]))
        if head.hasSuffix("XX"), let century = digits(0..<2), scalars.count == 4 {
            self.init(centuryStarting: century * 100)
            return
        }
        if head.hasSuffix("X"), let decade = digits(0..<3), scalars.count == 4 {
            self.init(decadeStarting: decade * 10)
            return
        }
        guard let year = digits(0..<4) else { return nil }
        if scalars.count == 4 { self.init(year: year); return }
        guard scalars.count >= 7, scalars[4] == "-", let month = digits(5..<7), (1...12).contains(month) else {
            return nil
        }
        if scalars.count == 7 { self.init(year: year, month: month); return }
        guard scalars.count >= 10, scalars[7] == "-", let day = digits(8..<10), (1...31).contains(day) else {
            return nil
        }
        self.init(year: year, month: month, day: day)
    }

    /// True before Christ.
    public var isBC: Bool { year < 0 }

    /// The same date counted back from Christ (a year of 221 becomes 221 BC; a decade or a century keeps its first
    /// year as written, `BC02XX` being 300 to 201 BC).
    public var beforeChrist: DateValue {
        var date = self
        date.year = precision >= .year ? -year : -(year + (precision == .century ? 100 : 10) - 1)
        return date
    }

    /// The ISO value at this precision (`BC` before a year before Christ).
    public var iso: String {
        guard year >= 0 else {
            var positive = self
            positive.year = precision >= .year ? -year : -year - (precision == .century ? 100 : 10) + 1
            return "BC" + positive.iso
        }
        return adISO
    }

    private var adISO: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        switch precision {
        case .century: return String(pad(year, 4).prefix(2)) + "XX"
        case .decade: return String(pad(year, 4).prefix(3)) + "X"
        case .year: return pad(year, 4)
        case .month: return pad(year, 4) + "-" + pad(month ?? 1, 2)
        case .day: return pad(year, 4) + "-" + pad(month ?? 1, 2) + "-" + pad(day ?? 1, 2)
        }
    }

    public var description: String { iso }

    /// Sort key: earlier dates first; a coarser date sorts at its start.
    public static func < (lhs: DateValue, rhs: DateValue) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0, lhs.precision.rawValue)
            < (rhs.year, rhs.month ?? 0, rhs.day ?? 0, rhs.precision.rawValue)
    }
}
