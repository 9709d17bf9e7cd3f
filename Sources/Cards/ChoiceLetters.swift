/// The letters that label options (A, B, C …) and reading them back from what a learner typed.
public enum ChoiceLetters {
    /// "A", "B", … for option `index` (0-based).
    public static func letter(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(65 + index)))
    }

    /// The 0-based option indices a typed order names: "CADB", "c a d b", "C, A, D, B", "3142", "3 1 4 2";
    /// nil when the text is not a list of option letters or numbers.
    public static func indices(in typed: String, optionCount: Int) -> [Int]? {
        let cleaned = TextNormalizer.nfc(typed).uppercased().filter { !$0.isWhitespace && !",;.-–>→()".contains($0) }
        guard !cleaned.isEmpty else { return nil }
        var result: [Int] = []
        for character in cleaned {
            if let ascii = character.asciiValue, (65..<65 + optionCount).contains(Int(ascii)) {
                result.append(Int(ascii) - 65)
            } else if let digit = character.wholeNumberValue, (1...optionCount).contains(digit) {
                result.append(digit - 1)
            } else {
                return nil
            }
        }
        return result
    }
}
