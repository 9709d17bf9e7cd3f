import Timeline

/// Dates as a learner reads and types them, in Vietnamese or English.
public enum DateText {
    /// `ngày 1 tháng 4 năm 2014` / `April 1, 2014`, with the qualifier (`cuối tháng 3 năm 2017`).
    public static func render(_ date: DateValue, qualifier: Qualifier? = nil, in language: Language) -> String {
        let plain = render(date, in: language)
        guard let qualifier, let word = qualifierWord(qualifier, language) else { return plain }
        if qualifier == .mid, language == .en {
            // mid-1997, mid-March 1997; "the mid-19th century", never "mid-the 19th century"
            return plain.hasPrefix("the ") ? "the mid-" + plain.dropFirst(4) : "mid-" + plain
        }
        // "the early 20th century", never "early the 20th century"
        if language == .en, plain.hasPrefix("the ") {
            // "about the 5th century", "the early 20th century"
            return qualifier == .approx ? word + " " + plain : "the " + word + " " + plain.dropFirst(4)
        }
        return word + " " + plain
    }

    /// Renders an event's date value: a single date, or a period `A/B`.
    public static func render(value: String, qualifier: Qualifier? = nil, in language: Language) -> String? {
        EventDate(iso: value).flatMap { render($0, qualifier: qualifier, in: language) }
    }

    /// Renders `event`'s date with its qualifier, as its cards show it.
    public static func render(_ event: Event, in language: Language) -> String? {
        event.when.flatMap { render($0, qualifier: event.qualifier, in: language) }
    }

    /// Renders an event's date: a single date (with its qualifier), or a period from one point to another or to the
    /// present. A season on its own is no date to ask.
    public static func render(_ date: EventDate, qualifier: Qualifier? = nil, in language: Language) -> String? {
        let toText: String
        switch date.end {
        case nil:
            return date.single.map { render($0, qualifier: qualifier, in: language) }
        case .present:
            // "đến nay" only for the present ("2008/PRESENT_REF")
            toText = language == .vi ? "nay" : "the present"
        case .point(let end):
            toText = render(end, in: language)
        }
        let fromText = render(date.start, in: language)
        return language == .vi ? "từ \(fromText) đến \(toText)" : "from \(fromText) to \(toText)"
    }

    /// One end of a period: a date, or a season of a year ("1688-SP" → "mùa xuân năm 1688" / "spring 1688").
    static func render(_ point: EventDate.Point, in language: Language) -> String {
        switch point {
        case .date(let date):
            return render(date, in: language)
        case .season(let year, let season):
            let name = seasonNames[season.rawValue] ?? ("", "")
            return language == .vi ? "\(name.vi) năm \(year.year)" : "\(name.en) \(year.year)"
        }
    }

    static let seasonNames: [String: (vi: String, en: String)] = ["SP": ("mùa xuân", "spring"), "SU": ("mùa hè", "summer"),
                                                                  "FA": ("mùa thu", "autumn"), "WI": ("mùa đông", "winter")]

    static func render(_ date: DateValue, in language: Language) -> String {
        // "AD 40": a bare "in 40" reads as an age or a count
        if !date.isBC, language == .en, date.precision == .year, date.year < 1000 { return "AD \(date.year)" }
        guard date.isBC else { return renderAD(date, in: language) }
        // "năm 221 TCN", "tháng 3 năm 221 TCN", "thế kỷ III TCN"; "221 BC", "the 3rd century BC".
        var positive = date
        positive.year = date.precision >= .year ? -date.year : -date.year - (date.precision == .century ? 99 : 9)
        return renderAD(positive, in: language) + (language == .vi ? " TCN" : " BC")
    }

    static func renderAD(_ date: DateValue, in language: Language) -> String {
        switch (date.precision, language) {
        case (.century, .vi): return "thế kỷ \(RomanNumeral.string(date.year / 100 + 1))"
        case (.century, .en): return "the \(ordinal(date.year / 100 + 1)) century"
        case (.decade, .vi): return "thập niên \(date.year)"
        case (.decade, .en): return "the \(date.year)s"
        case (.year, .vi): return "năm \(date.year)"
        case (.year, .en): return "\(date.year)"
        case (.month, .vi): return "tháng \(date.month ?? 1) năm \(date.year)"
        case (.month, .en): return "\(MonthName.english[(date.month ?? 1) - 1]) \(date.year)"
        case (.day, .vi): return "ngày \(date.day ?? 1) tháng \(date.month ?? 1) năm \(date.year)"
        case (.day, .en): return "\(MonthName.english[(date.month ?? 1) - 1]) \(date.day ?? 1), \(date.year)"
        }
    }

    /// Short forms a learner may type for the same date (`1/4/2014`, `2014-04-01`, `1994`).
    public static func typedForms(_ date: DateValue) -> [String] {
        // "VI TCN", "6 TCN", "VI BC": a century before Christ counted back from the era (-599 is the 6th)
        if date.isBC, date.precision == .century {
            let n = -date.year / 100 + 1
            let numbers = [RomanNumeral.string(n), String(n)]
            return numbers.flatMap { [$0 + " TCN", $0 + " BC", $0 + " trước Công nguyên"] }
        }
        if date.isBC, date.precision >= .year {
            let y = String(-date.year)
            let era = [y + " TCN", y + " BC", y + " trước Công nguyên", "-" + y]
            switch date.precision {
            case .month: return era.map { "\(date.month ?? 1)/" + $0 }
            case .day: return era.map { "\(date.day ?? 1)/\(date.month ?? 1)/" + $0 }
            default: return era
            }
        }
        let y = String(date.year)
        switch date.precision {
        case .century: return [RomanNumeral.string(date.year / 100 + 1), String(date.year / 100 + 1)]
        case .decade: return [y, y + "s"]
        case .year: return [y]
        case .month:
            let m = date.month ?? 1
            return ["\(m)/\(y)", "\(m)-\(y)", date.iso]
        case .day:
            let m = date.month ?? 1, d = date.day ?? 1
            return ["\(d)/\(m)/\(y)", "\(d)-\(m)-\(y)", "\(d).\(m).\(y)", date.iso]
        }
    }

    /// Every form that counts as the date `value` on a card: typed short forms and the rendering in each language.
    public static func acceptedForms(value: String, in language: Language) -> [String] {
        EventDate(iso: value).map { acceptedForms($0, in: language) } ?? []
    }

    /// Every form that counts as `date` on a card: typed short forms and the rendering in each language.
    public static func acceptedForms(_ date: EventDate, in language: Language) -> [String] {
        var forms: [String] = []
        if let single = date.single { forms = typedForms(single) }
        for other in Language.allCases {
            if let text = render(date, in: other) { forms.append(text) }
        }
        var seen = Set<String>()
        let primary = render(date, in: language).map(TextNormalizer.answerKey)
        return forms.filter { TextNormalizer.answerKey($0) != primary && seen.insert(TextNormalizer.answerKey($0)).inserted }
    }

    static func qualifierWord(_ qualifier: Qualifier, _ language: Language) -> String? {
        switch (qualifier, language) {
        case (.early, .vi): return "đầu"
        case (.mid, .vi): return "giữa"
        case (.late, .vi): return "cuối"
        case (.approx, .vi): return "khoảng"
        case (.before, .vi): return "trước"
        case (.after, .vi): return "sau"
        case (.early, .en): return "early"
        case (.mid, .en): return "mid"
        case (.late, .en): return "late"
        case (.approx, .en): return "about"
        case (.before, .en): return "before"
        case (.after, .en): return "after"
        case (.moreThan, _), (.lessThan, _): return nil
        }
    }

    static func ordinal(_ n: Int) -> String {
        let suffix = (11...13).contains(n % 100) ? "th" : (n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th")
        return "\(n)\(suffix)"
    }
}
