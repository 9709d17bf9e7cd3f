/// When a bare four-digit number is a year, shared by both languages.
enum YearRule {
    static let vietnamesePrepositions: Set<Word> = [.vao, .tu, .den, .toiDen, .trong, .sau, .truoc, .nam, .cuoi, .dau,
                                                    .giua, .khoang, .va, .hoac, .hay, .den]
    static let englishPrepositions: Set<Word> = [.in_, .of, .since, .until, .till, .by, .from, .to, .during, .before,
                                                 .after, .around, .about, .circa, .c, .early, .late, .mid, .and,
                                                 .through, .between, .on, .at, .for_, .over]

    /// Units and counted nouns after a number: the number measures or counts, it is no year.
    static let units = Lexicon.hashes(["km", "m", "mét", "dặm", "kg", "tấn", "ha", "hécta", "người", "quân", "lính",
                                       "miles", "mi", "feet", "ft", "metres", "meters", "tons", "tonnes", "people",
                                       "men", "troops", "soldiers", "acres", "hectares", "km²", "kilômét", "ki-lô-mét",
                                       "mm", "cm", "ml", "độ", "inch", "inches", "du", "khách", "lượt", "tourists",
                                       "usd", "vnd", "vnđ", "euro", "euros", "yen", "pounds", "dollars"])

    static let englishPossessives = Lexicon.hashes(["his", "her", "its", "their", "our", "my", "your"])

    /// An English determiner ends at `k`: "the", a possessive pronoun, or a name's "'s".
    static func isEnglishDeterminer(_ v: TokenView, _ k: Int) -> Bool {
        if v.word(k) == .theEN || englishPossessives.contains(v.hash(k)) { return true }
        return v.isWord(k) && v.text(k) == "s" && v.attached(k) && (v.punct(k - 1, "'") || v.punct(k - 1, "\u{2019}"))
    }

    /// `y` at token `j` read as a bare year, a year inside a name (class name), or nil for a count.
    static func bareYear(_ v: TokenView, _ j: Int, _ y: Int, rangeEnd: Bool, prepositions: Set<Word>) -> Found? {
        let next = j + 1
        // a percentage, a number with decimals or a unit glued on, or a count of people/things
        if v.punct(next, "%") { return nil }
        // "1000₫", "500¥": a sum of money
        if v.attached(next), ["₫", "¥", "₩", "₽", "₹", "€", "$", "£"].contains(where: { v.punct(next, $0) }) { return nil }
        if v.attached(next) && (v.isWord(next) || v.punct(next, ".") && v.number(next + 1) != nil) {
            return nil
        }
        // "12/1945", "10:30" are not years; "1288: Kháng chiến …" (a year heading its line) is
        if v.attached(next), v.punct(next, "/") || v.punct(next, ":") && v.attached(next + 1) { return nil }
        if v.punct(j - 1, "$") || v.punct(j - 1, "€") || v.punct(j - 1, "£") || v.punct(j - 1, "#") { return nil }
        if v.attached(j), v.punct(j - 1, "/") || v.punct(j - 1, ":") || v.punct(j - 1, ".") || v.punct(j - 1, ",") {
            return nil
        }
        if v.attached(j), v.isWord(j - 1) { return nil }
        // "ANSI X3.4-1986", "ISO 8859-1": a code's number after a dotted part, not a year
        if v.attached(j), v.isDash(j - 1), v.attached(j - 1), v.attached(j - 2), v.punct(j - 3, "."), v.attached(j - 3) {
            return nil
        }
        var parts = DateParts()
        parts.year = y
        var found = Found(j, j, .date, parts)
        // inside a name: "Vigilant Skies 2011", "Hiệp định Genève 1954", "the 1777 Articles of Confederation"
        if v.isUpperWord(j - 1), v.word(j - 1) == .none, !v.isSentenceStart(j - 1) || v.punct(next, ",") {
            found.isName = true
            return found
        }
        if v.word(j - 1) == .theEN, v.isUpperWord(next), v.word(next).monthEN == nil {
            found.isName = true
            return found
        }
        if rangeEnd { return found }
        // "khoảng 1300 km", "about 1200 miles": a measure, whatever word comes before it
        if units.contains(v.hash(next)) { return nil }
        // "the 1777 campaigns", "his 1994 book", "Grant's 1864 spring campaigns": the year of the noun after it
        if v.isLowerWord(next), isEnglishDeterminer(v, j - 1) {
            found.isAttributive = true
            return found
        }
        // "khoảng 1000 bảo tàng": Vietnamese writes "khoảng năm 1000" for a year, so a noun after it is counted
        if v.word(j - 1) == .khoang, v.isLowerWord(next) { return nil }
        // "along with about 1200 blacks who remained slaves", "around 1500 men": a plural noun right after "about" or
        // "around" is counted ("around 1200 the town grew" keeps its year)
        if v.word(j - 1) == .about || v.word(j - 1) == .around, v.isLowerWord(next),
           case let noun = v.text(next).lowercased(), noun.count >= 3 && noun.hasSuffix("s") && !noun.hasSuffix("ss")
            && !["was", "his", "this", "its", "has", "thus", "whereas", "always", "perhaps", "towards", "afterwards"]
                .contains(noun)
            || ["men", "women", "people", "children", "cattle", "militia", "infantry", "cavalry"].contains(noun) {
            return nil
        }
        // "giá 4000 trên một người lớn và 2000 đối với trẻ em", "4500 men and 2000 horses": a number joined to one that
        // can be no year is counted or priced like it
        if [.va, .hoac, .hay, .and].contains(v.word(j - 1)) {
            for k in stride(from: j - 2, through: max(0, j - 8), by: -1) {
                guard let other = v.anyNumber(k) else { continue }
                if other > 2100 { return nil }
                break
            }
        }
        if v.isLowerWord(next) && !prepositions.contains(v.word(j - 1)) && !v.isDash(j - 1) {
            // "1500 quân", "2000 người": a count, unless a preposition or a list marks it as a time
            if !(v.punct(j - 1, "(") || v.punct(j - 1, ",")) || v.word(next) != .va && v.word(next) != .and {
                return nil
            }
        }
        return found
    }
}
