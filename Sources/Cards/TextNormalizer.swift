import Foundation

/// Text comparison that forgives what a learner should not be marked wrong for.
public enum TextNormalizer {
    /// Unicode NFC (precomposed) form.
    public static func nfc(_ text: String) -> String { text.precomposedStringWithCanonicalMapping }

    /// NFC, lower-cased, punctuation dropped, runs of white space folded: for comparing answers.
    public static func answerKey(_ text: String) -> String {
        let lowered = nfc(text).lowercased()
        var result = ""
        var pendingSpace = false
        for scalar in lowered.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                if pendingSpace, !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return result
    }

    /// `answerKey` with Vietnamese tone marks and diacritics removed, for "almost" answers.
    public static func looseKey(_ text: String) -> String {
        answerKey(text).folding(options: [.diacriticInsensitive], locale: nil).replacingOccurrences(of: "đ", with: "d")
    }
}
