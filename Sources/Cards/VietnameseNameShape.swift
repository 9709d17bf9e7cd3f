/// How Vietnamese writes names, for telling a whole name from the capitalised head of a common phrase.
///
/// Personal and place names capitalise every syllable (`Liên Xô`, `Hồ Chí Minh`); institutions capitalise the
/// first syllable and continue in lower case (`Hội đồng hợp tác …`, `Trụ sở NATO`). So a capitalised syllable
/// followed by a lower-case one is usually the head of a longer phrase, unless it is one of the common
/// one-syllable names of countries, peoples and dynasties (`Nga tham gia …`) or a foreign name.
enum VietnameseNameShape {
    /// One-syllable names that stand alone before a verb: countries, peoples, dynasties.
    static let oneSyllableNames: Set<String> = [
        "Nga", "Pháp", "Mỹ", "Đức", "Anh", "Nhật", "Bỉ", "Lào", "Ý", "Hàn", "Triều", "Tàu", "Hoa", "Úc", "Áo",
        "Hà", "Thái", "Miến", "Tây", "Xiêm", "Chăm", "Tống", "Minh", "Thanh", "Nguyên", "Hán", "Đường", "Tần",
        "Tùy", "Lý", "Trần", "Lê", "Nguyễn", "Mạc", "Hồ", "Ngô", "Đinh", "Tưởng", "Mao", "Lenin", "Stalin",
    ]

    /// True when `candidate`, met at `range` of `sentence`, is the capitalised head of a longer phrase.
    static func isHeadOfLongerPhrase(_ candidate: String, at range: Range<String.Index>, in sentence: String) -> Bool {
        guard !NameFinder.isAcronym(candidate) else { return false }
        let syllables = candidate.split(separator: " ")
        // `Hội nghị` (ends in lower case) is cut short; `Hội đồng NATO-Nga` (ends in a name) is whole.
        let endsLowercase = syllables.count > 1 && syllables.last?.first?.isLowercase == true
        if syllables.count == 1, oneSyllableNames.contains(candidate) { return false }
        // A foreign name written without diacritics (`Shevardnadze đến thăm …`) is a whole name before a verb.
        if syllables.count == 1, candidate.unicodeScalars.allSatisfy(\.isASCII) { return false }
        guard syllables.count == 1 || endsLowercase else { return false }
        let after = sentence[range.upperBound...].drop { $0 == " " }
        guard sentence[range.upperBound...].first == " ", let next = after.first else { return false }
        return next.isLowercase
    }
}
