import Foundation

/// Text comparison that forgives what a learner should not be marked wrong for.
public enum TextNormalizer {
    /// Unicode NFC (precomposed) form.
    public static func nfc(_ text: String) -> String {
        // Plain text (`PlainText`) is its own NFC.
        PlainText.isPlain(text) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// NFC, lower-cased, punctuation dropped, runs of white space folded: for comparing answers.
    public static func answerKey(_ text: String) -> String {
        // Plain text (`PlainText`) is its own NFC, and its scalars' lower-case forms come from a table.
        if PlainText.isPlain(text) { return plainAnswerKey(text) }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var pendingSpace = false
        for scalar in nfc(text).lowercased().unicodeScalars {
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

    /// `answerKey` of plain text: `lowercased()` is each scalar's lower-case mapping, read from `lowerCase`.
    static func plainAnswerKey(_ text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        func add(_ scalar: Unicode.Scalar, word: Bool) {
            if word {
                if pendingSpace, !result.isEmpty { result.append(0x20) }
                pendingSpace = false
                if scalar.isASCII { result.append(UInt8(scalar.value)) } else { result.append(contentsOf: UTF8.encode(scalar)!) }
            } else {
                pendingSpace = true
            }
        }
        for scalar in text.unicodeScalars {
            let entry = scalar.value < UInt32(lowerCase.count) ? lowerCase[Int(scalar.value)] : LowerCase.unknown
            if entry != LowerCase.unknown {
                add(Unicode.Scalar(entry & LowerCase.scalarBits)!, word: entry & LowerCase.wordBit != 0)
            } else {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { add(lower, word: isWordScalar(lower)) }
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The table behind `plainAnswerKey`: for each scalar below U+20D0 whose lower-case mapping is one scalar, that
    /// scalar, with `wordBit` set when it is a word scalar; `unknown` otherwise.
    enum LowerCase {
        static let unknown: UInt32 = 0xFFFF_FFFF
        static let wordBit: UInt32 = 0x8000_0000
        static let scalarBits: UInt32 = 0x001F_FFFF
    }

    static let lowerCase: [UInt32] = (UInt32(0)..<0x20D0).map { value in
        guard let scalar = Unicode.Scalar(value) else { return LowerCase.unknown }
        let mapping = Array(scalar.properties.lowercaseMapping.unicodeScalars)
        guard mapping.count == 1 else { return LowerCase.unknown }
        return mapping[0].value | (isWordScalar(mapping[0]) ? LowerCase.wordBit : 0)
    }

    /// `text` in plain letters: every diacritic removed and "đ"/"Đ" read as "d"/"D" ("điện-biên-phủ" → "dien-bien-phu"),
    /// for matching names a learner or a file wrote without marks.
    public static func plainLetters(_ text: String) -> String {
        text.folding(options: .diacriticInsensitive, locale: nil).replacingOccurrences(of: "đ", with: "d")
            .replacingOccurrences(of: "Đ", with: "D")
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
