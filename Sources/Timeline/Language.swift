/// The language of a source text, of the cards made from it, and of the interface.
public enum Language: String, Codable, Sendable, CaseIterable {
    case vi
    case en

    /// Guesses the language of `text` from Vietnamese letters and function words.
    public static func detect(in text: some StringProtocol) -> Language {
        var vietnamese = 0
        var latin = 0
        for scalar in text.unicodeScalars.prefix(20_000) {
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A: latin += 1
            case 0xC0...0x1EF9: vietnamese += 1
            default: break
            }
        }
        // Vietnamese prose has a diacritic on roughly every third letter; English almost never.
        return vietnamese * 20 > latin ? .vi : .en
    }

    /// The interface language a `LANG`/`LC_ALL` value asks for (`vi_VN.UTF-8` → vi), or nil.
    public init?(localeIdentifier: String) {
        let lower = localeIdentifier.lowercased()
        if lower.hasPrefix("vi") { self = .vi } else if lower.hasPrefix("en") { self = .en } else { return nil }
    }
}
