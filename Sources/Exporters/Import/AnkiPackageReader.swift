import Cards
import FileFormats
import Scheduling
import Store

/// Reads an Anki package (`.apkg`: the current layout's `collection.anki21b`, Zstandard-compressed SQLite of schema
/// 18, or the legacy `collection.anki21` or `collection.anki2`, schema 11): one ontap card per Anki card.
///
/// ontap's own notes come back as the cards they were (the id in `notes.data`, kind from the `ontap::kind::` tag,
/// choices and dates read back from the fields); Basic-like notes (any standard note type whose templates show
/// fields on the front and other fields on the back: Basic, Basic and reversed, optional reversed, type in the
/// answer) become question/answer cards, one per template that has a card; Cloze notes one cloze card per
/// deletion number. Other note types (Image Occlusion, templates without fields) are refused, naming them, unless
/// `skipUnknownNoteTypes`. With `withProgress`, the review log (`revlog`) becomes ontap's review log.
enum AnkiPackageReader {
    /// A note type as the collection describes it.
    struct NoteType {
        var name: String
        var isCloze: Bool
        var fields: [String]
        var templates: [(question: String, answer: String)]
        var isOntap: Bool
    }

    static func read(_ bytes: consuming [UInt8], path: String, options: ImportOptions) throws(ImportError) -> ImportedDeck {
        let sha256 = ContentID.sha256(bytes)
        let (db, media, name) = try collection(bytes, path: path)
        // The package's bytes are not needed any more: the collection is in SQLite's memory.
        _ = consume bytes
        do {
            var deck = try read(db, path: path, sha256: sha256, options: options)
            deck.droppedMedia = media
            return deck
        } catch let error as ImportError {
            throw error
        } catch {
            throw .damaged(path: path, what: name, reason: reason(error))
        }
    }

    /// The newest package layout ontap reads: `meta` version 3, Anki 2.1.50's `collection.anki21b` (Zstandard).
    static let newestLayout = 3

    /// The package's collection, opened in memory and checked by SQLite (`PRAGMA quick_check`), and the number of
    /// media files the package lists, and the name of the entry it came from.
    ///
    /// Current packages (`collection.anki21b`, Zstandard-compressed, schema 18) come with a legacy
    /// `collection.anki2` that only tells old Anki versions to update, so the newest collection present is read:
    /// `collection.anki21b`, else `collection.anki21`, else `collection.anki2`.
    static func collection(_ bytes: [UInt8], path: String) throws(ImportError) -> (SQLiteDatabase, media: Int, entry: String) {
        let zip: ZipReader
        do { zip = try ZipReader(bytes, maximumEntryBytes: Int(DeckImporter.maximumBytes)) } catch {
            throw fault(error, path: path)
        }
        // `meta` (PackageMetadata, field 1: the layout's version) is only in packages of Anki 2.1.50 and later.
        if let meta = zip.entry("meta"), let content = try? zip.read(meta),
           let version = (try? ProtobufFields(content[...]))?.varint(1), version > UInt64(newestLayout) {
            throw .newerAnkiPackage(path: path, version: Int(min(version, UInt64(Int.max))))
        }
        guard let entry = zip.entry("collection.anki21b") ?? zip.entry("collection.anki21") ?? zip.entry("collection.anki2") else {
            throw .notAnkiPackage(path: path, entries: zip.entries.prefix(8).map(\.name))
        }
        let db: SQLiteDatabase
        do {
            if entry.name == "collection.anki21b" {
                db = try SQLiteDatabase()
                try zip.withContent(entry) { compressed in
                    try db.load { reallocate throws(PackageProblem) in
                        try ZstdDecoder.decompress(compressed, maximumBytes: Int(DeckImporter.maximumBytes), reallocate: reallocate)
                    }
                }
            } else {
                db = try zip.withContent(entry) { buffer in try SQLiteDatabase(copying: buffer) }
            }
        } catch let error as ZipReader.Fault {
            throw fault(error, path: path)
        } catch let problem as PackageProblem {
            throw .damagedPart(path: path, entry: entry.name, problem: problem)
        } catch {
            throw .damaged(path: path, what: entry.name, reason: reason(error))
        }
        do {
            let check = try db.rows("PRAGMA quick_check")
            guard check.count == 1, check[0].first == "ok" else {
                throw ExportError.database(check.prefix(3).compactMap { $0.first ?? nil }.joined(separator: "; "))
            }
        } catch {
            throw .damaged(path: path, what: entry.name, reason: reason(error))
        }
        var media = 0
        if let map = zip.entry("media") {
            do {
                media = try zip.withContent(map) { content in try PackageMedia.count(content) }
            } catch let error as ZipReader.Fault {
                throw fault(error, path: path)
            } catch let problem as PackageProblem {
                throw .damagedPart(path: path, entry: "media", problem: problem)
            } catch {
                throw .damaged(path: path, what: "media", reason: reason(error))
            }
        }
        return (db, media, entry.name)
    }

    /// What went wrong, on one line (SQLite's integrity report spreads over several: `*** in database main ***`).
    static func reason(_ error: any Error) -> String {
        var text = "\(error)"
        if case let .database(message) = error as? ExportError { text = message }
        return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && $0 != "*** in database main ***" }.joined(separator: "; ")
    }

    static func fault(_ error: ZipReader.Fault, path: String) -> ImportError {
        switch error {
        case let .notAZip(problem): return .notAZip(path: path, problem: problem)
        case let .escapes(name): return .entryEscapes(path: path, entry: name)
        case let .damaged(name, problem): return .damagedPart(path: path, entry: name, problem: problem)
        }
    }

    static func read(_ db: SQLiteDatabase, path: String, sha256: String, options: ImportOptions) throws -> ImportedDeck {
        let ontapTypes: Set<Int64> = [AnkiPackageExporter.noteTypeID, AnkiPackageExporter.clozeTypeID]
        var types: [Int64: NoteType] = [:]
        var deckNames: [Int64: String] = [:]
        if try ModernCollection.isModern(db) {
            types = try ModernCollection.noteTypes(db, ontapIDs: ontapTypes)
            deckNames = try ModernCollection.deckNames(db)
        } else {
            guard let col = try db.rows("select models, decks from col").first, let modelsText = col[0], let decksText = col[1] else {
                throw ImportError.damaged(path: path, what: "col", reason: "the collection has no note types")
            }
            let models = try JSONValue.parse(modelsText)
            let decks = try JSONValue.parse(decksText)
            for member in models.members {
                let key = member.key, model = member.value
                guard let id = Int64(key) else { continue }
                let fields = model["flds"]?.items.compactMap { $0["name"]?.string } ?? []
                let templates = model["tmpls"]?.items.map { ($0["qfmt"]?.string ?? "", $0["afmt"]?.string ?? "") } ?? []
                types[id] = NoteType(name: model["name"]?.string ?? key, isCloze: model["type"]?.int == 1, fields: fields,
                                     templates: templates, isOntap: ontapTypes.contains(id))
            }
            for member in decks.members { if let id = Int64(member.key) { deckNames[id] = member.value["name"]?.string } }
        }

        struct Note { var guid: String; var type: Int64; var tags: [String]; var fields: [String]; var data: String }
        var notes: [Int64: Note] = [:]
        try db.forEachRow("select id, guid, mid, tags, flds, data from notes") { row in
            notes[row.int(0)] = Note(guid: row.text(1) ?? "", type: row.int(2),
                                     tags: (row.text(3) ?? "").split(separator: " ").map(String.init),
                                     fields: (row.text(4) ?? "").split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init),
                                     data: row.text(5) ?? "")
        }
        var cards: [Card] = []
        var positions: [Int] = []
        var ankiIDs: [Int64: String] = [:]
        var unknown: [String: Set<Int64>] = [:]
        var empty = 0
        var deckCounts: [Int64: Int] = [:]
        var marks: [(cardID: String, suspended: Bool, flag: Int, modified: Int64)] = []
        try db.forEachRow("select id, nid, did, ord, queue, flags, mod, data from cards order by nid, ord") { row in
            let cid = row.int(0), nid = row.int(1), ord = Int(row.int(3))
            guard let note = notes[nid] else { return }
            guard let type = types[note.type] else { unknown["#\(note.type)", default: []].insert(nid); return }
            let tags = note.tags
            // ontap's id and place: in `notes.data` as ontap wrote it, else in the card's custom data, which Anki
            // keeps when it imports the package and writes in its own exports (it empties `notes.data`).
            let written = note.data.hasPrefix(AnkiPackageExporter.cardIDMark)
                ? note.data.dropFirst(AnkiPackageExporter.cardIDMark.count) : type.isOntap ? customMark(row.text(7)) : nil
            let mark = written?.split(separator: "/", maxSplits: 1) ?? []
            let ontapID = mark.first.map(String.init)
            let position = mark.count > 1 ? Int(mark[1]) : nil
            let id = ontapID.flatMap { $0.isEmpty || $0.utf8.count > 64 || $0.contains(where: { $0.isWhitespace }) ? nil : $0 }
                ?? DeckImporter.cardID(note.guid, String(ord))
            let card: Card?
            switch NoteShape.of(type, ord: ord) {
            case .unknown:
                unknown[type.name, default: []].insert(nid)
                return
            case let .ontapBasic(front, back, source):
                card = ImportedCards.card(id: id, kind: ImportedCards.kind(fromTags: tags) ?? .reverse,
                                          front: HTMLText.plain(note.fields.field(front)), back: HTMLText.plain(note.fields.field(back)),
                                          source: HTMLText.plain(note.fields.field(source)), guid: note.guid, tags: tags)
            case let .cloze(text, extra):
                let clozes = ImportedCards.clozes(note.fields.field(text))
                card = clozes.first { $0.number == ord + 1 }.map { cloze in
                    Card(id: id, kind: .cloze, prompt: cloze.prompt, answer: cloze.answer,
                         eventID: ContentID.make("e", "import", note.guid),
                         sourceSentence: extra.map { HTMLText.plain(note.fields.field($0)) } ?? "",
                         guid: ord == 0 || ontapID != nil ? note.guid : nil, tags: tags)
                }
            case let .basic(question, answer, extra):
                let front = question.map { HTMLText.plain(note.fields.field($0)) }.filter { !$0.isEmpty }.joined(separator: "\n")
                let back = answer.map { HTMLText.plain(note.fields.field($0)) }.first { !$0.isEmpty } ?? ""
                let source = extra.map { HTMLText.plain(note.fields.field($0)) }.filter { !$0.isEmpty }.joined(separator: "\n")
                card = front.isEmpty || back.isEmpty ? nil
                    : ImportedCards.card(id: id, kind: ImportedCards.kind(fromTags: tags) ?? .reverse, front: front,
                                         back: back, source: source, guid: ord == 0 ? note.guid : nil, tags: tags)
            }
            guard let card, !card.prompt.isEmpty || !card.choices.isEmpty, !card.answer.isEmpty else { empty += 1; return }
            cards.append(card)
            positions.append(position ?? Int.max)
            let suspended = row.int(4) == -1, flag = Int(row.int(5) & 7)
            if suspended || flag != 0 { marks.append((card.id, suspended, flag, row.int(6))) }
            ankiIDs[cid] = card.id
            deckCounts[row.int(2), default: 0] += 1
        }
        // ontap's own cards go back to their place in the deck; others keep Anki's order (notes as created).
        if positions.contains(where: { $0 != Int.max }) {
            cards = zip(cards, positions).enumerated().sorted { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }.map(\.element.0)
        }
        let counts = unknown.map { ImportError.NoteTypeCount(name: $0.key, notes: $0.value.count) }.sorted { $0.name < $1.name }
        if !counts.isEmpty, !options.skipUnknownNoteTypes { throw ImportError.unknownNoteTypes(path: path, counts: counts) }
        // The deck most cards are in names the ontap deck (`ontap::NAME` → NAME; `Lịch sử::Chương 3` → Chương-3).
        let mainDeck = deckCounts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }
            .flatMap { deckNames[$0.key] }
            .map { $0.components(separatedBy: "::").last ?? $0 }
        let deck = try DeckImporter.deck(cards, suggested: mainDeck, path: path, sha256: sha256, options: options)
        var reviews: [ReviewRecord] = []
        var skippedReviews = 0
        if options.withProgress {
            let imported = Set(deck.cards.map(\.id))
            try db.forEachRow("select id, cid, ease, time, type from revlog order by id") { row in
                let time = row.int(0), type = row.int(4)
                guard let cardID = ankiIDs[row.int(1)], imported.contains(cardID), (0...3).contains(type),
                      let rating = Rating(rawValue: Int(row.int(2))), (0...253_402_300_799_999).contains(time) else {
                    skippedReviews += 1
                    return
                }
                reviews.append(ReviewRecord(cardID: cardID, rating: rating, time: time, durationMs: max(0, row.int(3))))
            }
        }
        // Suspended and flagged cards stay so: operation lines after the card's last review (or when Anki last changed it).
        var operations: [ReviewOperation] = []
        if options.withProgress, !marks.isEmpty {
            var last: [String: Int64] = [:]
            for review in reviews { last[review.cardID] = max(last[review.cardID] ?? 0, review.time) }
            let imported = Set(deck.cards.map(\.id))
            for mark in marks where imported.contains(mark.cardID) {
                let time = max(mark.modified * 1000, (last[mark.cardID] ?? 0) + 1)
                if mark.suspended { operations.append(ReviewOperation(.suspend, cardID: mark.cardID, time: time)) }
                if mark.flag != 0 { operations.append(ReviewOperation(.flag(mark.flag), cardID: mark.cardID, time: time)) }
            }
        }
        return ImportedDeck(deck: deck, reviews: reviews, operations: operations, skipped: counts, empty: empty,
                            skippedReviews: skippedReviews)
    }

    /// The `ID/POSITION` ontap wrote in a card's custom data (`cards.data`: `{"cd":"{\\"ontap\\":\\"ID/POSITION\\"}"}`).
    static func customMark(_ data: String?) -> Substring? {
        guard let data, data.contains(AnkiScheduling.customDataKey), let object = try? JSONValue.parse(data),
              let custom = object["cd"]?.string, let fields = try? JSONValue.parse(custom),
              let mark = fields[AnkiScheduling.customDataKey]?.string else { return nil }
        return Substring(mark)
    }

    /// How the fields of a note type's card `ord` make an ontap card.
    enum NoteShape {
        /// ontap's own Front/Back/Source note type (field indices).
        case ontapBasic(front: Int, back: Int, source: Int)
        /// A Cloze note type: the field with the deletions, and the next field (Back Extra, Source) if any.
        case cloze(text: Int, extra: Int?)
        /// A standard note type: the fields on the question side, the answer side, and the rest of the answer side.
        case basic(question: [Int], answer: [Int], extra: [Int])
        case unknown

        static func of(_ type: NoteType, ord: Int) -> NoteShape {
            if type.isOntap, !type.isCloze, type.fields.count >= 3 { return .ontapBasic(front: 0, back: 1, source: 2) }
            if type.isCloze {
                guard let template = type.templates.first, !template.question.contains("image-occlusion"),
                      let name = TemplateFields.references(in: template.question).first(where: { $0.filters.contains("cloze") })?.name,
                      let index = type.fields.firstIndex(of: name) else { return .unknown }
                return .cloze(text: index, extra: index + 1 < type.fields.count ? index + 1 : nil)
            }
            guard ord < type.templates.count else { return .unknown }
            let template = type.templates[ord]
            let asked = TemplateFields.references(in: template.question)
            let question = asked.filter { !$0.filters.contains("type") }.compactMap { type.fields.firstIndex(of: $0.name) }
            let typed = asked.filter { $0.filters.contains("type") }.compactMap { type.fields.firstIndex(of: $0.name) }
            let shown = TemplateFields.references(in: template.answer).compactMap { type.fields.firstIndex(of: $0.name) }
            var answer = typed
            for index in shown where !question.contains(index) && !answer.contains(index) { answer.append(index) }
            guard !question.isEmpty, !answer.isEmpty else { return .unknown }
            return .basic(question: unique(question), answer: [answer[0]], extra: Array(answer.dropFirst()))
        }

        static func unique(_ indices: [Int]) -> [Int] {
            var seen = Set<Int>()
            return indices.filter { seen.insert($0).inserted }
        }
    }
}

extension Array where Element == String {
    fileprivate func field(_ index: Int) -> String { index < count ? self[index] : "" }
}

/// The fields a card template shows: `{{Field}}`, `{{text:Field}}`, `{{type:Field}}`, `{{cloze:Text}}`; section
/// tags (`{{#Field}}`) and Anki's special names (`FrontSide`, `Tags`, `Deck` …) are not fields shown.
enum TemplateFields {
    struct Reference: Equatable {
        var name: String
        var filters: [String]
    }

    static let special: Set<String> = ["FrontSide", "Tags", "Deck", "Subdeck", "Card", "CardFlag", "Type", "CardID"]

    static func references(in template: String) -> [Reference] {
        var result: [Reference] = []
        var rest = Substring(template)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            let inner = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            rest = rest[close.upperBound...]
            guard let first = inner.first, !"#^/!".contains(first) else { continue }
            let parts = inner.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            let name = parts.last!.trimmingCharacters(in: .whitespaces)
            guard !special.contains(name), !name.isEmpty else { continue }
            result.append(Reference(name: name, filters: parts.dropLast().map { $0.trimmingCharacters(in: .whitespaces) }))
        }
        return result
    }
}
