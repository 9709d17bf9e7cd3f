import Timeline

/// Dates as a learner reads and types them, in Vietnamese or English.
public enum DateText {
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July",
                                "August", "September", "October", "November", "December"]

    /// `ngày 1 tháng 4 năm 2014` / `April 1, 2014`, with the qualifier (`cuối tháng 3 năm 2017`).
    public static func render(_ date: DateValue, qualifier: Qualifier? = nil, in language: Language) -> String {
        let plain = render(date, in: language)
        guard let qualifier, let word = qualifierWord(qualifier, language) else { return plain }
        if qualifier == .mid, language == .en { return "mid-" + plain }  // mid-1997, mid-March 1997
        // "the early 20th century", never "early the 20th century"
        if language == .en, plain.hasPrefix("the ") {
            // "about the 5th century", "the early 20th century"
            return qualifier == .approx ? word + " " + plain : "the " + word + " " + plain.dropFirst(4)
        }
        return word + " " + plain
    }

    /// Renders an event's date value: a single date, or a period `A/B`.
    public static func render(value: String, qualifier: Qualifier? = nil, in language: Language) -> String? {
        let parts = value.split(separator: "/")
        if parts.count == 2, let fromText = renderPart(parts[0], in: language) {
            // "đến nay" only for the present ("2008/PRESENT_REF"); a season ("1688-SP") is that season of its year
            let toText = parts[1] == "PRESENT_REF" ? (language == .vi ? "nay" : "the present") : renderPart(parts[1], in: language)
            guard let toText else { return nil }
            return language == .vi ? "từ \(fromText) đến \(toText)" : "from \(fromText) to \(toText)"
        }
        return DateValue(iso: value).map { render($0, qualifier: qualifier, in: language) }
    }

    /// One end of a period: a date value, or a season of a year.
    static func renderPart(_ part: Substring, in language: Language) -> String? {
        DateValue(iso: part).map { render($0, in: language) } ?? renderSeason(String(part), in: language)
    }

    /// "1688-SP" → "mùa xuân năm 1688" / "spring 1688"; nil for any other value.
    static func renderSeason(_ value: String, in language: Language) -> String? {
        guard let (year, code) = season(of: Substring(value)), let name = seasonNames[code] else { return nil }
        return language == .vi ? "\(name.vi) năm \(year.year)" : "\(name.en) \(year.year)"
    }

    /// A season's value ("1688-SP"): its year and its code; nil for any other value. (The one reader of seasons:
    /// `DateSpan` spans the year.)
    static func season(of value: Substring) -> (year: DateValue, code: String)? {
        let pieces = value.split(separator: "-")
        guard pieces.count == 2, seasonNames[String(pieces[1])] != nil, let year = DateValue(iso: pieces[0]) else { return nil }
        return (year, String(pieces[1]))
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
        case (.month, .en): return "\(englishMonths[(date.month ?? 1) - 1]) \(date.year)"
        case (.day, .vi): return "ngày \(date.day ?? 1) tháng \(date.month ?? 1) năm \(date.year)"
        case (.day, .en): return "\(englishMonths[(date.month ?? 1) - 1]) \(date.day ?? 1), \(date.year)"
        }
    }

    /// Short forms a learner may type for the same date (`1/4/2014`, `2014-04-01`, `1994`).
    public static func typedForms(_ date: DateValue) -> [String] {
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
        var forms: [String] = []
        if let date = DateValue(iso: value) { forms = typedForms(date) }
        for other in Language.allCases {
            if let text = render(value: value, in: other) { forms.append(text) }
        }
        var seen = Set<String>()
        let primary = render(value: value, in: language).map(TextNormalizer.answerKey)
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
