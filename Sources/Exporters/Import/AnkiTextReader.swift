import Cards
import FileFormats

/// Reads Anki's "Notes in Plain Text" files: the `#` headers Anki writes and reads (`#separator`, `#html`, `#tags`,
/// `#notetype`, `#deck`, `#notetype column`, `#deck column`, `#tags column`, `#guid column`), then one note a row
/// (RFC 4180 quoting, as Anki writes it).
///
/// A text file names its note type but not the type's fields, so only the stock types are understood (in English
/// or Vietnamese: Basic and its reversed variants, Cloze) and ontap's own; a file without a note type is read as
/// Basic. Any other note type is refused, naming it, unless `skipUnknownNoteTypes`.
enum AnkiTextReader {
    struct Header {
        var separator: Unicode.Scalar?
        var html = true
        var tags: [String] = []
        var noteType: String?
        var deck: String?
        var noteTypeColumn: Int?
        var deckColumn: Int?
        var tagsColumn: Int?
        var guidColumn: Int?
        /// Lines the header takes.
        var lines = 0
    }

    static func header(_ text: String, path: String) throws(ImportError) -> Header {
        var header = Header()
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("#"), let colon = line.firstIndex(of: ":") else { break }
            header.lines += 1
            let key = line[line.index(after: line.startIndex)..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: CharacterSet.whitespacesAndCarriageReturn)
            func column() throws(ImportError) -> Int {
                guard let number = Int(value), number >= 1 else {
                    throw .badRow(path: path, line: header.lines, problem: .notAColumnNumber(header: "#" + key, value: value))
                }
                return number
            }
            switch key {
            case "separator":
                switch value.lowercased() {
                case "tab": header.separator = "\t"
                case "comma": header.separator = ","
                case "semicolon": header.separator = ";"
                case "space": header.separator = " "
                case "pipe": header.separator = "|"
                case "colon": header.separator = ":"
                default:
                    guard value.unicodeScalars.count == 1 else {
                        throw .badRow(path: path, line: header.lines, problem: .unknownSeparator(value))
                    }
                    header.separator = value.unicodeScalars.first
                }
            case "html": header.html = value.lowercased() == "true"
            case "tags": header.tags = value.split(separator: " ").map(String.init)
            case "notetype": header.noteType = value
            case "deck": header.deck = value
            case "notetype column": header.noteTypeColumn = try column()
            case "deck column": header.deckColumn = try column()
            case "tags column": header.tagsColumn = try column()
            case "guid column": header.guidColumn = try column()
            default: break   // #columns, #if matches …: nothing ontap needs
            }
        }
        return header
    }

    /// The stock (or ontap) note type a name means, in Anki's English or Vietnamese.
    enum StockType: Equatable {
        case basic(reversed: Bool, optional: Bool)
        case cloze
        case ontapBasic
        case ontapCloze

        init?(name: String) {
            let lower = TextNormalizer.nfc(name).lowercased()
            if name == AnkiPackageExporter.noteTypeName { self = .ontapBasic; return }
            if name == AnkiPackageExporter.clozeTypeName { self = .ontapCloze; return }
            if lower == "cloze" || lower == "điền chỗ trống" { self = .cloze; return }
            guard lower.hasPrefix("basic") || lower.hasPrefix("cơ bản") else { return nil }
            let optional = lower.contains("optional") || lower.contains("tùy chọn") || lower.contains("tuỳ chọn")
            self = .basic(reversed: lower.contains("revers") || lower.contains("đảo"), optional: optional)
        }
    }

    static func read(_ text: String, path: String, options: ImportOptions) throws(ImportError) -> ImportedDeck {
        let header = try header(text, path: path)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let body = lines.dropFirst(header.lines).joined(separator: "\n")
        let records: [CSV.Record]
        do { records = try CSV.records(body, separator: header.separator) } catch {
            throw .badQuoting(path: path, line: error.line + header.lines, column: error.column)
        }
        let special = Set([header.noteTypeColumn, header.deckColumn, header.tagsColumn, header.guidColumn].compactMap { $0 })
        var cards: [Card] = []
        var unknown: [String: Int] = [:]
        var empty = 0
        var deckCounts: [String: Int] = [:]
        let html = header.html
        func plain(_ field: String) -> String { html ? HTMLText.plain(field) : HTMLText.text(field) }
        for record in records where !(record.fields.first?.hasPrefix("#") ?? false) {
            let line = record.line + header.lines
            func column(_ number: Int?) -> String? {
                number.flatMap { $0 <= record.fields.count ? record.fields[$0 - 1] : nil }
            }
            let fields = record.fields.enumerated().filter { !special.contains($0.offset + 1) }.map(\.element)
            let typeName = column(header.noteTypeColumn) ?? header.noteType ?? "Basic"
            guard let type = StockType(name: typeName) else { unknown[typeName, default: 0] += 1; continue }
            let tags = header.tags + (column(header.tagsColumn)?.split(separator: " ").map(String.init) ?? [])
            let guid = column(header.guidColumn).flatMap { $0.isEmpty ? nil : $0 }
            let key = guid ?? fields.joined(separator: "\u{1F}")
            if let deck = column(header.deckColumn) ?? header.deck { deckCounts[deck, default: 0] += 1 }
            let kind = ImportedCards.kind(fromTags: tags)
            var made: [Card] = []
            switch type {
            case .cloze, .ontapCloze:
                let source = fields.count > 1 ? plain(fields[1]) : ""
                for (k, cloze) in ImportedCards.clozes(fields.first ?? "").enumerated() {
                    made.append(Card(id: DeckImporter.cardID(key, String(cloze.number - 1)), kind: .cloze, prompt: cloze.prompt,
                                     answer: cloze.answer, eventID: ContentID.make("e", "import", key),
                                     sourceSentence: source, guid: k == 0 ? guid : nil, tags: tags))
                }
            case .basic, .ontapBasic:
                guard fields.count >= 2 else {
                    throw .badRow(path: path, line: line, problem: .tooFewFields(noteType: typeName, fields: fields.count))
                }
                var back = fields[1], source = type == .ontapBasic && fields.count > 2 ? plain(fields[2]) : ""
                // ontap's text export puts the source under the answer: `answer<br><br><i>source</i>`.
                if header.html, source.isEmpty, back.hasSuffix("</i>"), let cut = back.range(of: "<br><br><i>", options: .backwards) {
                    source = plain(String(back[cut.upperBound...].dropLast(4)))
                    back = String(back[..<cut.lowerBound])
                }
                let front = plain(fields[0]), answer = plain(back)
                made.append(ImportedCards.card(id: DeckImporter.cardID(key, "0"), kind: kind ?? .reverse, front: front,
                                               back: answer, source: source, guid: guid, tags: tags))
                if case let .basic(reversed, optional) = type, reversed,
                   !optional || (fields.count > 2 && !plain(fields[2]).isEmpty) {
                    made.append(ImportedCards.card(id: DeckImporter.cardID(key, "1"), kind: .reverse, front: answer,
                                                   back: front, source: source, guid: nil, tags: tags))
                }
            }
            let kept = made.filter { !$0.prompt.isEmpty && !$0.answer.isEmpty }
            if kept.isEmpty { empty += 1 }
            cards += kept
        }
        let counts = unknown.map { ImportError.NoteTypeCount(name: $0.key, notes: $0.value) }.sorted { $0.name < $1.name }
        if !counts.isEmpty, !options.skipUnknownNoteTypes { throw .unknownNoteTypes(path: path, counts: counts) }
        let mainDeck = deckCounts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
            .components(separatedBy: "::").last
        let deck = try DeckImporter.deck(cards, suggested: mainDeck, path: path, bytes: Array(text.utf8), options: options)
        return ImportedDeck(deck: deck, skipped: counts, empty: empty)
    }
}

import Foundation

extension CharacterSet {
    /// Spaces, tabs and a carriage return (a header line of a CRLF file).
    static let whitespacesAndCarriageReturn = CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\r"))
}
