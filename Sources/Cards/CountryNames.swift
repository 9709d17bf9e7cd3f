/// The Vietnamese names of the countries history texts name most, for telling a nationality from the name it stands
/// before: "nhà văn Thụy Điển Selma Lagerlöf", "Bộ trưởng Ngoại giao Nhật Bản Mamoru Shigemitsu" write the country
/// and the person as one run of capitals.
enum CountryNames {
    static let vietnamese: Set<String> = [
        "Việt Nam", "Trung Quốc", "Nhật Bản", "Hàn Quốc", "Triều Tiên", "Thái Lan", "Lào", "Campuchia", "Miến Điện",
        "Ấn Độ", "Indonesia", "Philippines", "Malaysia", "Singapore", "Mông Cổ", "Pháp", "Anh", "Mỹ", "Hoa Kỳ", "Đức",
        "Nga", "Liên Xô", "Ý", "Tây Ban Nha", "Bồ Đào Nha", "Hà Lan", "Bỉ", "Áo", "Thụy Sĩ", "Thụy Điển", "Na Uy",
        "Đan Mạch", "Phần Lan", "Ba Lan", "Hungary", "Tiệp Khắc", "Séc", "Nam Tư", "Hy Lạp", "Thổ Nhĩ Kỳ", "Ai Cập",
        "Iran", "Iraq", "Israel", "Canada", "Úc", "Brasil", "Brazil", "Argentina", "México", "Cuba", "Ireland",
        "Scotland", "Ukraina", "Romania", "Bulgaria", "Nam Phi", "Chile", "Peru", "Colombia", "New Zealand",
    ]

    /// More states, old and new, that a text writes right before the name of their ruler or officer ("Nhà độc tài
    /// Uganda Idi Amin", "nhà vua Phổ Friedrich II"): read only to split such a run of capitals, not as the countries
    /// history texts name most.
    static let beforeNames: Set<String> = [
        "Uganda", "Kenya", "Ethiopia", "Nigeria", "Ghana", "Zimbabwe", "Angola", "Algérie", "Maroc", "Libya", "Sudan",
        "Syria", "Liban", "Pakistan", "Afghanistan", "Bangladesh", "Myanmar", "Đài Loan", "Serbia", "Croatia", "Gruzia",
        "Venezuela", "Bolivia", "Panama", "Haiti", "Guatemala", "Nicaragua", "Phổ", "Ottoman", "Byzantine", "Áo-Hung",
    ]

    /// The person's name after a country that opens or sits inside `candidate`, when two capitalised words or more
    /// follow it ("Thụy Điển Selma Lagerlöf" → "Selma Lagerlöf"); nil when there is none.
    static func nameAfterCountry(in candidate: String) -> String? {
        let words = candidate.split(separator: " ").map(String.init)
        guard words.count >= 3 else { return nil }
        for start in 0..<(words.count - 2) {
            // (a one-word country only where the run opens: "Tân Anh Cát Lợi" is New England)
            for length in 1...3 where start + length + 2 <= words.count && (length > 1 || start == 0) {
                let country = words[start..<(start + length)].joined(separator: " ")
                guard vietnamese.contains(country) || beforeNames.contains(country) else { continue }
                let rest = words[(start + length)...]
                guard rest.allSatisfy({ $0.first?.isUppercase == true }) else { continue }
                // ("Nhà thờ Đức Bà Sài Gòn", "Đức Mẹ", "Đức Phật": "Đức" before an honorific is "Holy", no Germany)
                if length == 1, start == 0, words[0] == "Đức", let next = rest.first,
                   ["Bà", "Mẹ", "Chúa", "Phật", "Cha", "Ông", "Thánh", "Giáo", "Thầy", "Vua", "Tổng", "Hồng"].contains(next) {
                    continue
                }
                return rest.joined(separator: " ")
            }
        }
        return nil
    }

    /// Does `text` end on a country's name ("… Tổng thống Hoa Kỳ "), a one-word one after a lower-case word ("nhà văn
    /// Pháp", not "Tân Anh")?
    static func endsOnCountry(_ text: Substring) -> Bool {
        let words = StatementShape.words(String(text))
        for length in 1...3 where words.count >= length {
            guard vietnamese.contains(words.suffix(length).joined(separator: " ")) else { continue }
            if length > 1 { return true }
            return words.count == 1 || words[words.count - 2].first?.isLowercase == true
        }
        return false
    }

    /// The first word of each name, to pass over most words at once.
    static let firstWords: Set<Substring> = Set(vietnamese.compactMap { $0.split(separator: " ").first })

    /// Names of one country written two ways: each counts for the other.
    static let aliases: [String: String] = ["Mỹ": "Hoa Kỳ", "Hoa Kỳ": "Mỹ"]

    /// The countries `text` names most (five times at least, and at least half as often as the most named one), with
    /// their other names: where the text happens, so a card that blanks one asks what every card implies. A country
    /// inside a run of capitals ("Nguyễn Anh Tuấn") is not counted: only one with a word in small letters or a mark on
    /// each side.
    static func home(in text: String) -> Set<String> {
        var counts: [String: Int] = [:]
        // Read on the UTF-8 bytes (a whole corpus may come through here): runs of words between marks, each scanned
        // for countries with no capitalised word on either side.
        var utf8 = Array(text.utf8)
        utf8.append(0x2E)  // (a mark closes the last run)
        var words: [Range<Int>] = []
        var wordStart: Int?
        func upper(_ word: Range<Int>) -> Bool {
            let first = utf8[word.lowerBound]
            if first < 0x80 { return first >= 0x41 && first <= 0x5A }
            let end = min(word.upperBound, word.lowerBound + 4)
            let scalar = String(decoding: utf8[word.lowerBound..<end], as: UTF8.self).unicodeScalars.first
            return scalar?.properties.isUppercase == true
        }
        func string(_ range: Range<Int>) -> String { String(decoding: utf8[range], as: UTF8.self) }
        func closeRun() {
            defer { words.removeAll(keepingCapacity: true) }
            var index = 0
            while index < words.count {
                // (only a capitalised word of a few letters may open a country's name)
                guard words[index].count <= 12, upper(words[index]),
                      firstWords.contains(Substring(string(words[index]))) else {
                    index += 1
                    continue
                }
                var found = 0
                var name = ""
                for length in stride(from: min(3, words.count - index), through: 1, by: -1) {
                    let candidate = string(words[index].lowerBound..<words[index + length - 1].upperBound)
                    if vietnamese.contains(candidate) { found = length; name = candidate; break }
                }
                guard found > 0 else { index += 1; continue }
                let capitalBefore = index > 0 && upper(words[index - 1])
                let capitalAfter = index + found < words.count && upper(words[index + found])
                if !capitalBefore, !capitalAfter {
                    counts[min(name, aliases[name] ?? name), default: 0] += 1  // (a country's two names count as one)
                }
                index += found
            }
        }
        var offset = 0
        while offset < utf8.count {
            let byte = utf8[offset]
            // a letter: an ASCII one, or a character outside ASCII but the general punctuation block ("–", "“", "…")
            let letter = byte < 0x80 ? (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) : byte != 0xE2
            let width = byte < 0xC0 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            if letter {
                if wordStart == nil { wordStart = offset }
            } else {
                if let start = wordStart { words.append(start..<offset) }
                wordStart = nil
                if byte != 0x20 { closeRun() }
            }
            offset += width
        }
        guard let top = counts.values.max() else { return [] }
        let home = counts.filter { $0.value >= max(5, (top + 1) / 2) }.keys
        return Set(home + home.compactMap { aliases[$0] })
    }
}
