/// Roman numerals as centuries are written (`thế kỷ XX`, `thế kỷ XIX`): the one reader and writer of them, for the
/// grammar, the card text and the answer checker.
public enum RomanNumeral {
    /// The value of an upper-case Roman numeral, or nil if it is not one; lenient, as text writes them (`IIII` is 4).
    public static func value(_ text: String) -> Int? {
        var total = 0
        var previous = 0
        for scalar in text.unicodeScalars.reversed() {
            let digit: Int
            switch scalar {
            case "I": digit = 1
            case "V": digit = 5
            case "X": digit = 10
            case "L": digit = 50
            case "C": digit = 100
            case "D": digit = 500
            case "M": digit = 1000
            default: return nil
            }
            if digit < previous { total -= digit } else { total += digit; previous = digit }
        }
        return total > 0 ? total : nil
    }

    /// The value of an upper-case Roman numeral written the standard way (`XX`, never `XVVV`), or nil: what a typed
    /// answer or a word must be to count as a numeral.
    public static func canonicalValue(_ text: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
        guard !text.isEmpty, text.count <= 12, text.allSatisfy({ values[$0] != nil }) else { return nil }
        let numbers = text.compactMap { values[$0] }
        var total = 0
        for (index, value) in numbers.enumerated() {
            total += index + 1 < numbers.count && value < numbers[index + 1] ? -value : value
        }
        return string(total) == text ? total : nil
    }

    /// `value` in Roman numerals (20 → "XX"); values below 1 give "I".
    public static func string(_ value: Int) -> String {
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = max(1, value)
        var result = ""
        for (amount, letters) in table { while rest >= amount { result += letters; rest -= amount } }
        return result
    }
}
