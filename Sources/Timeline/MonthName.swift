/// The months' names, in one table for the whole of ontap: the grammar reads them in text, the cards write them, and
/// the answer checker reads them in what a learner types.
public enum MonthName {
    /// "January" … "December", as cards write them.
    public static let english = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                 "October", "November", "December"]

    /// Every English spelling read in text, lower-case, with its month: the full names and the abbreviations.
    public static let englishForms: [(form: String, month: Int)] =
        english.enumerated().map { ($1.lowercased(), $0 + 1) }
        + [("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9),
           ("oct", 10), ("nov", 11), ("dec", 12)]

    /// The month of an English full name or abbreviation (any case), or nil.
    public static func englishMonth(_ word: String) -> Int? {
        let lower = word.lowercased()
        return englishForms.first { $0.form == lower }?.month
    }

    /// Month names written in words after "tháng": "giêng" (the first month), "tư" (the fourth), "chạp" (the last),
    /// and the numbers in words.
    public static let vietnameseWords: [String: Int] = [
        "giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
        "chín": 9, "mười": 10, "chạp": 12,
    ]
}
