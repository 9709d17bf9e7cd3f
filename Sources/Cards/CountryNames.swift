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

    /// The person's name after a country that opens or sits inside `candidate`, when two capitalised words or more
    /// follow it ("Thụy Điển Selma Lagerlöf" → "Selma Lagerlöf"); nil when there is none.
    static func nameAfterCountry(in candidate: String) -> String? {
        let words = candidate.split(separator: " ").map(String.init)
        guard words.count >= 3 else { return nil }
        for start in 0..<(words.count - 2) {
            // (a one-word country only where the run opens: "Tân Anh Cát Lợi" is New England)
            for length in 1...3 where start + length + 2 <= words.count && (length > 1 || start == 0) {
                guard vietnamese.contains(words[start..<(start + length)].joined(separator: " ")) else { continue }
                let rest = words[(start + length)...]
                guard rest.allSatisfy({ $0.first?.isUppercase == true }) else { continue }
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
    /// inside a longer name ("Nguyễn Anh Tuấn", "Đảng Cộng sản Việt Nam Nhật") is not counted: only one with a word in
    /// small letters or a mark on each side.
    static func home(in text: String) -> Set<String> {
        var counts: [String: Int] = [:]
        // each run of words between two marks, scanned for countries with no capitalised word on either side
        for segment in text.split(whereSeparator: { !$0.isLetter && $0 != " " }) {
            let words = segment.split(separator: " ")
            var index = 0
            while index < words.count {
                guard firstWords.contains(words[index]) else { index += 1; continue }
                var found = 0
                for length in stride(from: min(3, words.count - index), through: 1, by: -1)
                where vietnamese.contains(words[index..<(index + length)].joined(separator: " ")) {
                    found = length
                    break
                }
                guard found > 0 else { index += 1; continue }
                let capitalBefore = index > 0 && words[index - 1].first?.isUppercase == true
                let capitalAfter = index + found < words.count && words[index + found].first?.isUppercase == true
                if !capitalBefore, !capitalAfter {
                    let name = words[index..<(index + found)].joined(separator: " ")
                    counts[min(name, aliases[name] ?? name), default: 0] += 1  // (a country's two names count as one)
                }
                index += found
            }
        }
        guard let top = counts.values.max() else { return [] }
        let home = counts.filter { $0.value >= max(5, (top + 1) / 2) }.keys
        return Set(home + home.compactMap { aliases[$0] })
    }
}
