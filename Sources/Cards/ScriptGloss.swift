/// A bracketed gloss written in another script ("Hakata Dontaku (博多どんたく)", "thư ký (秘書官, bí thư quan)",
/// "Moskva (Москва)"): the card's reader cannot read it and no exam asks it, so it leaves the card's text.
enum ScriptGloss {
    /// Is `scalar` a letter of a script other than Latin (Greek, Cyrillic, Hebrew, Arabic, the Indic scripts, Thai,
    /// Georgian, Hangul, kana, CJK)?
    static func isForeign(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0370...0x058F, 0x0590...0x077F, 0x0900...0x0FFF, 0x10A0...0x11FF, 0x2E80...0x9FFF, 0xAC00...0xD7AF,
             0xF900...0xFAFF, 0xFF00...0xFFEF, 0x20000...0x2FA1F:
            return true
        default: return false
        }
    }

    /// `text` without its brackets that hold a letter of another script (and the space before each); the same text
    /// when it has none.
    static func removed(from text: String) -> String {
        guard text.unicodeScalars.contains(where: isForeign) else { return text }
        var result = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "(") {
            guard let close = rest[open...].firstIndex(of: ")") else { break }
            let inside = rest[rest.index(after: open)..<close]
            result += rest[..<open]
            if inside.unicodeScalars.contains(where: isForeign) {
                while result.last == " " { result.removeLast() }
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }
}
