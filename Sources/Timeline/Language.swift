/// The language of a source text, of the cards made from it, and of the interface.
public enum Language: String, Codable, Sendable, CaseIterable {
    case vi
    case en

    /// Guesses the language of `text` from Vietnamese letters and function words.
    public static func detect(in text: some StringProtocol) -> Language {
        var vietnamese = 0, latin = 0
        // the same counts over the lines that are sentences (ending on a full stop): in a Vietnamese list of English
        // film titles ("1943 - Desert Victory"), the prose around the list tells the language
        var proseVietnamese = 0, proseLatin = 0
        var lineVietnamese = 0, lineLatin = 0, lastVisible: Unicode.Scalar = " "
        for scalar in text.unicodeScalars.prefix(20_000) {
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A: latin += 1; lineLatin += 1
            case 0xC0...0x1EF9: vietnamese += 1; lineVietnamese += 1
            case 0x0A:
                if lastVisible == "." { proseVietnamese += lineVietnamese; proseLatin += lineLatin }
                lineVietnamese = 0; lineLatin = 0
            default: break
            }
            if !scalar.properties.isWhitespace { lastVisible = scalar }
        }
        if lastVisible == "." { proseVietnamese += lineVietnamese; proseLatin += lineLatin }
        // Vietnamese prose has a diacritic on roughly every third letter; English almost never.
        if vietnamese * 20 > latin { return .vi }
        return proseLatin >= 60 && proseVietnamese * 20 > proseLatin ? .vi : .en
    }

    /// The interface language a `LANG`/`LC_ALL` value asks for (`vi_VN.UTF-8` → vi), or nil.
    public init?(localeIdentifier: String) {
        let lower = localeIdentifier.lowercased()
        if lower.hasPrefix("vi") { self = .vi } else if lower.hasPrefix("en") { self = .en } else { return nil }
    }
}
