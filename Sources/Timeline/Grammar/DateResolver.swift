/// Gives every found expression its value, filling missing years and months from the narrative so far.
///
/// Two anchors: the last date that named a month (the narrative's month; asides like "mất năm 1940" do not
/// move it, a sentence-opening "Năm 1946," does) and the last date of any precision (for relative phrases).
struct DateResolver {
    /// The last date with a year and month (or a sentence-opening year).
    var monthAnchor: DateParts?
    /// The last resolved date of any precision.
    var lastDate: DateParts? {
        didSet { lastDateSentence = sentence }
    }
    /// The year of the heading the text is under ("= 1945 =", "=== 2013 ==="), for the days it lists.
    var headingYear: Int?
    /// The index of the sentence being read, and of the one that set `lastDate`.
    var sentence = 0
    var lastDateSentence = 0

    struct Resolved {
        var value: String
        var valueLocal: String?
        var timexClass: TimexClass
        var parts: DateParts?
    }

    /// Resolves `found`; `opensSentence` says the expression starts its sentence (a topical time); `namesYear` says
    /// it is the year of a name before it ("bão Ike năm 2008"), which tells nothing of the narrative's year: after it,
    /// a date without a year has none to borrow (unless the narrative's month gives one).
    mutating func resolve(_ found: Found, opensSentence: Bool, namesYear: Bool = false) -> Resolved {
        if found.isAttributive {
            // the year of a noun moves the narrative only when it is the sentence's topic ("The first of the 1777
            // campaigns was …"); a reference inside the sentence ("… in his 1994 book") moves nothing
            let parts = found.parts
            if opensSentence {
                lastDate = parts
                monthAnchor = parts
            }
            return Resolved(value: parts.iso, timexClass: .explicit, parts: parts)
        }
        if namesYear {
            let resolved = date(found, opensSentence: false)
            lastDate = nil
            return resolved
        }
        switch found.kind {
        case .deictic(let value):
            return Resolved(value: value, timexClass: .deictic)
        case .duration(let value), .set(let value):
            return Resolved(value: value, timexClass: .explicit)
        case .narrativeNow:
            // "now" is the narrative's time only while the narrative is near: this or the two sentences before
            // dated something; otherwise it is the time of writing
            guard let lastDate, sentence - lastDateSentence <= 2 else {
                return Resolved(value: "PRESENT_REF", timexClass: .deictic)
            }
            return Resolved(value: lastDate.iso, timexClass: .relative, parts: lastDate)
        case .relative(let unit, let offset):
            return relative(unit, offset, found.parts, opensSentence: opensSentence)
        case .date:
            return date(found, opensSentence: opensSentence)
        }
    }

    private mutating func date(_ found: Found, opensSentence: Bool) -> Resolved {
        var parts = found.parts
        if found.isName { return Resolved(value: parts.iso, timexClass: .name) }
        if parts.century != nil || parts.decade != nil {
            return Resolved(value: parts.iso, timexClass: .explicit, parts: nil)
        }
        if found.sameYear, parts.year == nil, let year = lastDate?.year { parts.year = year }
        if parts.year != nil {
            var anchor = parts
            anchor.hour = nil
            anchor.minute = nil
            lastDate = anchor
            // ("In the spring of 1863, …" moves the story to 1863 as "In 1863, …" does: a yearless "in May" after it
            // is May 1863; the season itself anchors no month)
            if parts.month != nil || opensSentence && parts.season == nil { monthAnchor = anchor }
            else if opensSentence, parts.season != nil { monthAnchor = DateParts(year: parts.year!) }
            if found.sameYear {
                return Resolved(value: parts.iso, valueLocal: found.written?.iso, timexClass: .relative, parts: parts)
            }
            if let written = found.written, written.year == nil {
                return Resolved(value: parts.iso, valueLocal: written.iso, timexClass: .underspecified, parts: parts)
            }
            return Resolved(value: parts.iso, timexClass: .explicit, parts: parts)
        }
        let local = parts.iso
        var crossesYear = false
        if let headingYear, opensSentence, parts.month != nil {
            // "4 tháng 4 – …" opening an entry under "= 1945 =": the heading's year, not the last one mentioned
            parts.year = headingYear
        } else if parts.month != nil || parts.season != nil {
            parts.year = monthAnchor?.year ?? lastDate?.year
            // "… tháng 12 năm 2008 … Vào ngày 14 tháng 3, …": a month eight or more before the narrative's is the
            // next year's, the nearer reading of a story that goes forward. It moves no anchor: it may be a plan told
            // ahead ("… would issue a Proclamation in January"), after which the story goes on in its own year.
            if let month = parts.month, let anchor = monthAnchor, let anchorMonth = anchor.month,
               let year = anchor.year, anchorMonth - month >= 8 {
                parts.year = year + 1
                crossesYear = true
            }
        } else if parts.day != nil {
            guard let anchor = monthAnchor, anchor.month != nil else {
                return Resolved(value: local, valueLocal: local, timexClass: .underspecified)
            }
            parts.year = anchor.year
            parts.month = anchor.month
        } else if parts.hour != nil {
            guard let anchor = monthAnchor, anchor.day != nil else {
                return Resolved(value: local, valueLocal: local, timexClass: .underspecified)
            }
            parts.year = anchor.year
            parts.month = anchor.month
            parts.day = anchor.day
        }
        guard parts.year != nil else { return Resolved(value: local, valueLocal: local, timexClass: .underspecified) }
        if let day = parts.day, let month = parts.month, !DateParts.isValid(day: day, month: month, year: parts.year) {
            return Resolved(value: local, valueLocal: local, timexClass: .underspecified)
        }
        if parts.season == nil, !crossesYear {
            var anchor = parts
            anchor.hour = nil
            anchor.minute = nil
            monthAnchor = anchor
            lastDate = anchor
        }
        return Resolved(value: parts.iso, valueLocal: local, timexClass: .underspecified, parts: parts)
    }

    private mutating func relative(_ unit: RelativeUnit, _ offset: Int, _ own: DateParts, opensSentence: Bool) -> Resolved {
        guard var base = lastDate, let year = base.year else {
            return Resolved(value: "XXXX", timexClass: .relative)
        }
        switch unit {
        case .year:
            // Count on the astronomical scale (1 BC = 0) so "4 năm sau" from 221 TCN is 217 TCN, never 225.
            let astronomical = (base.beforeChrist ? 1 - year : year) + offset
            base = DateParts(year: astronomical <= 0 ? 1 - astronomical : astronomical)
            base.beforeChrist = astronomical <= 0
        case .month:
            guard let month = base.month else { base = DateParts(year: year); break }
            let bc = base.beforeChrist
            let total = year * 12 + (month - 1) + (bc ? -offset : offset)
            base = DateParts(year: total / 12, month: total % 12 + 1)
            base.beforeChrist = bc
        case .day, .week:
            let days = unit == .week ? offset * 7 : offset
            guard let month = base.month, let day = base.day else { break }
            base = DateParts.adding(days: days, to: DateParts(year: year, month: month, day: day))
        }
        base.hour = own.hour
        base.minute = own.minute
        if let season = own.season { base.season = season }
        var anchor = base
        anchor.hour = nil
        anchor.minute = nil
        anchor.season = nil
        // "that year" after "June 8, 1776" names the same period: the narrative keeps its day
        let samePeriod = offset == 0 && lastDate.map { $0.iso.hasPrefix(anchor.iso) } == true
        if !samePeriod {
            lastDate = anchor
            if anchor.month != nil || opensSentence { monthAnchor = anchor }
        }
        return Resolved(value: base.iso, timexClass: .relative, parts: base)
    }
}

extension DateParts {
    init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.init()
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date `days` days after `date` (which has year, month and day).
    static func adding(days: Int, to date: DateParts) -> DateParts {
        var year = date.year ?? 0, month = date.month ?? 1, day = date.day ?? 1
        var left = days
        while left > 0 {
            let length = daysIn(month: month, year: year)
            if day + left <= length { day += left; left = 0 } else {
                left -= length - day + 1
                day = 1
                month += 1
                if month > 12 { month = 1; year += 1 }
            }
        }
        while left < 0 {
            if day + left >= 1 { day += left; left = 0 } else {
                left += day
                month -= 1
                if month < 1 { month = 12; year -= 1 }
                day = daysIn(month: month, year: year)
            }
        }
        return DateParts(year: year, month: month, day: day)
    }

    /// The calendar date the parts fix (a century, a decade, or a year with its month and day), without the
    /// season or the time of day; nil without a year.
    var calendarDate: DateValue? {
        if let century {
            let date = DateValue(centuryStarting: century * 100)
            return beforeChrist ? date.beforeChrist : date
        }
        if let decade { return DateValue(decadeStarting: decade) }
        guard let year else { return nil }
        let date = season == nil ? DateValue(year: year, month: month, day: day) : DateValue(year: year)
        return beforeChrist ? date.beforeChrist : date
    }

    /// The ISO-like value at the precision the parts give (`1945-08-19T10:30`, `XXXX-08-06`, `198X`, `1776-SP`):
    /// the calendar part as `DateValue` writes it, then what TIMEX adds (a season, a day of an unknown month or
    /// year, the time of day).
    var iso: String {
        if century != nil || decade != nil, let date = calendarDate { return date.iso }
        var text = calendarDate?.iso ?? "XXXX"
        if let season { return text + "-" + season }
        if year == nil, let month {
            text += "-" + Self.twoDigits(month)
            if let day { text += "-" + Self.twoDigits(day) }
        } else if month == nil, let day {
            text += "-XX-" + Self.twoDigits(day)
        } else if hour != nil, year == nil {
            text += "-XX-XX"
        }
        if let hour, day != nil || year == nil {
            text += "T" + Self.twoDigits(hour) + ":" + Self.twoDigits(minute ?? 0)
        }
        return text
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0" + String(value) : String(value) }
}
