/// Roman numerals as centuries are written in Vietnamese (`thế kỷ XX`, `thế kỷ XIX`).
enum RomanNumeral {
    /// The value of an upper-case Roman numeral, or nil if it is not one.
    static func value(_ text: String) -> Int? {
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
}
