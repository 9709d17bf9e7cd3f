/// A list of named events, each followed by its own date: "Chiến tranh Đông Dương (1946–1954), Khủng hoảng Suez 1956
/// và Chiến tranh Sáu ngày (1967)", "the Suez Crisis (1956) and the Six-Day War (1967)".
///
/// Each item becomes an event of its own ("Chiến tranh Đông Dương diễn ra", "The Suez Crisis took place") when its
/// name opens (Vietnamese) or closes (English) with a word for a happening: a war, a crisis, a battle, a treaty.
struct NamedEventList {
    struct Item {
        var nameFirst: Int
        var nameLast: Int
        var dateFirst: Int
        var dateLast: Int
        var value: String
        var statement: String
    }

    /// The named items of the sentence in `view`, from its dates (`founds`, linked into ranges by `links`).
    static func items(_ view: TokenView, founds: [Found], links: [(Int, Int)], values: [String], language: Language) -> [Item] {
        var units: [(first: Int, last: Int, value: String, isName: Bool)] = []
        for (a, b) in links { units.append((founds[a].first, founds[b].last, values[a] + "/" + values[b], false)) }
        for (index, found) in founds.enumerated() where found.kind == .date
            && !links.contains(where: { $0.0 == index || $0.1 == index }) {
            units.append((found.first, found.last, values[index], found.isName))
        }
        var items: [Item] = []
        for unit in units {
            let bracketed = view.punct(unit.first - 1, "(") && view.punct(unit.last + 1, ")")
            guard bracketed || unit.isName else { continue }
            let nameLast = bracketed ? unit.first - 2 : unit.first - 1
            guard view.isWord(nameLast) else { continue }
            var nameFirst = nameLast
            var hadThe = false
            while nameFirst - 1 >= view.lo, nameLast - nameFirst < 8 {
                // "Six-Day War": a hyphen inside the name
                if view.isDash(nameFirst - 1), view.attached(nameFirst), view.attached(nameFirst - 1), view.isWord(nameFirst - 2) {
                    nameFirst -= 2
                    continue
                }
                guard view.isWord(nameFirst - 1) else { break }
                let hash = view.hash(nameFirst - 1)
                if stops.contains(hash) { hadThe = hash == the; break }
                nameFirst -= 1
            }
            while nameFirst < nameLast, !view.isUpperWord(nameFirst) { nameFirst += 1 }
            guard view.isUpperWord(nameFirst) else { continue }
            let words = (nameFirst...nameLast).filter { view.isWord($0) }.map { view.text($0) }
            guard let kind = kind(of: words, language: language) else { continue }
            let name = Clause.sourceText(view, nameFirst, nameLast + 1, skip: TokenSet())
            let statement: String
            switch language {
            case .vi: statement = name + (kind == .treaty ? " được ký kết." : " diễn ra.")
            case .en: statement = (hadThe ? "The " : "") + name + (kind == .treaty ? " was signed." : " took place.")
            }
            items.append(Item(nameFirst: nameFirst, nameLast: nameLast, dateFirst: unit.first, dateLast: unit.last,
                              value: unit.value, statement: statement))
        }
        return items.sorted { $0.dateFirst < $1.dateFirst }
    }

    enum Kind { case happening, treaty }

    static func kind(of words: [String], language: Language) -> Kind? {
        switch language {
        case .vi:
            guard words.count >= 3 else { return nil }
            let head = (words[0] + " " + words[1]).lowercased()
            if ["hiệp định", "hiệp ước", "hòa ước", "hoà ước"].contains(head) { return .treaty }
            if ["chiến tranh", "khủng hoảng", "cách mạng", "khởi nghĩa", "hội nghị", "chiến dịch", "phong trào", "nội chiến"]
                .contains(head) || words[0].lowercased() == "trận" { return .happening }
            return nil
        case .en:
            guard words.count >= 2 else { return nil }
            if ["Treaty", "Accords", "Agreement", "Pact"].contains(words.last!) || words[0] == "Treaty" { return .treaty }
            if ["War", "Crisis", "Revolution", "Rebellion", "Uprising", "Conference", "Campaign", "Siege", "Invasion",
                "Massacre", "Affair", "Blockade", "Offensive"].contains(words.last!)
                || ["Battle", "Siege", "Congress"].contains(words[0]) { return .happening }
            return nil
        }
    }

    static let the = Lexicon.hash("the")
    static let stops = Lexicon.hashes(["và", "gồm", "như", "là", "các", "cuộc", "and", "the", "including", "such", "as",
                                        "or", "hoặc", "with", "với", "của", "of"])
}

extension ExtractionRun {
    /// An event for one named item of a list.
    mutating func emitNamedEvent(_ view: TokenView, _ item: NamedEventList.Item) {
        let tokens = view.tokens
        let sentence = Clause.sourceText(view, view.lo, view.hi, skip: TokenSet())
        let first = tokens[item.dateFirst], last = tokens[item.dateLast]
        let event = Event(date: item.value, start: tokens[item.nameFirst].start, end: last.end,
                          sentenceStart: tokens[view.lo].start, sentenceEnd: tokens[view.hi - 1].end, sentence: sentence,
                          statement: item.statement, actors: [], dateSurface: text(first.byteStart, last.byteEnd))
        guard admits(date: item.value, statement: item.statement) else { return }
        extraction.events.append(event)
    }
}
