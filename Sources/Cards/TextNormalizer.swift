import Foundation

/// Text comparison that forgives what a learner should not be marked wrong for.
public enum TextNormalizer {
    /// Unicode NFC (precomposed) form.
    public static func nfc(_ text: String) -> String { text.precomposedStringWithCanonicalMapping }

    /// NFC, lower-cased, punctuation dropped, runs of white space folded: for comparing answers.
    public static func answerKey(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var pendingSpace = false
        // Plain text (`PlainText`) is its own NFC.
        for scalar in (PlainText.isPlain(text) ? text : nfc(text)).lowercased().unicodeScalars {
            if isWordScalar(scalar) {
                if pendingSpace, !result.isEmpty { result.unicodeScalars.append(" ") }
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
        var result = ""
        for scalar in answerKey(text).decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: result.unicodeScalars.append(scalar == "đ" ? "d" : scalar)
            }
        }
        return result
    }

    /// Letters, digits and the combining marks that belong to them.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (0x30...0x39).contains(v) || (0x61...0x7A).contains(v) || (0x41...0x5A).contains(v)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
    }
}
