import Cards
import Crypto
import Foundation
import Scheduling
import Store
import Timeline

/// An Anki package (`.apkg`, "legacy 1" layout): a zip of `collection.anki2` (SQLite, schema 11) and `media` (`{}`).
///
/// One note per card (`AnkiNote`), of ontap's own note types (Front/Back/Source, and a Cloze type Text/Source, so a
/// Vietnamese-UI profile needs no stock note type), in deck `ontap::NAME`. Guids (`NoteIdentity`) and ids come from
/// the deck name and card id, so re-importing updates notes instead of duplicating them. With progress, cards carry their scheduling state (incl. FSRS
/// memory state) and the review log becomes Anki's revlog, following `shared/anki/FORMAT.md`.
public struct AnkiPackageExporter: DeckExporter {
    /// The note type's id: fixed for this design of fields and templates (change it if they change).
    static let noteTypeID: Int64 = 1_764_000_000_001
    /// The note type's name as Anki shows it.
    static let noteTypeName = "ontap (Front/Back/Source)"
    /// The Cloze note type's id (fields Text/Source), fixed like `noteTypeID`.
    static let clozeTypeID: Int64 = 1_764_000_000_002
    /// The Cloze note type's name as Anki shows it.
    static let clozeTypeName = "ontap Cloze (Text/Source)"
    /// What `notes.data` starts with before the ontap card id.
    static let cardIDMark = "ontap:"
    /// The top deck every ontap deck is filed under.
    static let parentDeck = "ontap"

    /// The exporter (no options).
    public init() {}

    /// Anki packages end in `.apkg`.
    public var fileExtension: String { "apkg" }
    /// A zip file.
    public var isBinary: Bool { true }

    /// The package bytes.
    public func export(_ input: ExportInput) throws(ExportError) -> [UInt8] {
        var bytes: [UInt8] = []
        try write(input) { piece throws(ExportError) in bytes.append(contentsOf: piece) }
        return bytes
    }

    /// The package, streamed: the collection is built in SQLite's memory and its pages go to `emit` in place.
    public func write(_ input: ExportInput, to emit: (UnsafeRawBufferPointer) throws(ExportError) -> Void) throws(ExportError) {
        let db = try collection(input)
        var zip = ZipArchive()
        try db.withFileBytes { bytes throws(ExportError) in try zip.add("collection.anki2", bytes, emit: emit) }
        var failure: ExportError?
        Array("{}".utf8).withUnsafeBytes { bytes in
            do throws(ExportError) { try zip.add("media", bytes, emit: emit) } catch { failure = error }
        }
        if let failure { throw failure }
        try zip.finish(emit: emit)
    }

    /// The collection (`collection.anki2`): notes, cards and revlog streamed in through prepared statements in one
    /// transaction, indexes built after.
    func collection(_ input: ExportInput) throws(ExportError) -> SQLiteDatabase {
        let deck = input.deck
        let nowSeconds = input.now / 1000
        let settings = input.progress?.settings ?? SchedulerSettings()
        let reviews = input.progress == nil ? [] : input.reviews
        var earliest = input.progress?.cards.values.lazy.map { $0.lastReview ?? $0.due }.min()
        if let first = reviews.lazy.map(\.time).min() { earliest = min(earliest ?? first, first) }
        let timing = AnkiScheduling(now: input.now, earliest: earliest, settings: settings)
        let deckName = Self.parentDeck + "::" + TextNormalizer.nfc(deck.name)
        let parentID = Self.stableID("deck", Self.parentDeck)
        let deckID = Self.stableID("deck", deckName)

        let db = try SQLiteDatabase()
        try db.execute(Self.schema)
        try db.execute("BEGIN")
        // "schedVer": 2 — without it Anki takes the package for a v1-scheduler collection and rewrites the
        // buttons of learning and relearning revlog rows on import (FORMAT.md A.2).
        let conf = ["schedVer": 2, "nextPos": deck.cards.count + 1, "curDeck": deckID, "activeDecks": [deckID], "sortType": "noteFld",
                    "sortBackwards": false, "collapseTime": 1200] as [String: Any]
        let decks: [String: Any] = ["1": Self.deckJSON(id: 1, name: "Default", modified: nowSeconds),
                                    String(parentID): Self.deckJSON(id: parentID, name: Self.parentDeck, modified: nowSeconds),
                                    String(deckID): Self.deckJSON(id: deckID, name: deckName, modified: nowSeconds)]
        try db.insert("insert into col values (1,?,?,?,11,0,0,0,?,?,?,'{}','{}')", rows: [[
            .integer(timing.crt), .integer(input.now), .integer(input.now), .text(Self.json(conf)),
            .text(Self.json([String(Self.noteTypeID): Self.noteType(modified: nowSeconds),
                             String(Self.clozeTypeID): Self.clozeType(modified: nowSeconds)])), .text(Self.json(decks)),
        ]])

        // `notes.data` (unused by Anki) holds the ontap card id and its place in the deck (`ontap:ID/POSITION`), so
        // `ontap import` gives the card back its id (and with it its progress and review fuzz) and its order. Anki
        // empties `notes.data` when it imports a package, so the card's custom data carries the same (`cd`).
        let notes = try db.prepare("insert into notes values (?,?,?,?,-1,?,?,?,?,0,?)")
        let cards = try db.prepare("insert into cards values (?,?,?,0,?,-1,?,?,?,?,?,?,?,?,0,0,0,?)")
        var usedIDs = Set<Int64>()
        var ankiCardID: [String: Int64] = [:]
        ankiCardID.reserveCapacity(deck.cards.count)
        let periods = CardTags.eventPeriods(of: deck)
        for (index, card) in deck.cards.enumerated() {
            let note = AnkiNote(card: card, deck: deck, periods: periods)
            var id = Self.stableID("note", note.guid)
            while usedIDs.contains(id) { id += 1 }
            usedIDs.insert(id)
            ankiCardID[card.id] = id
            let fields = note.shape == .cloze ? [note.text, note.source] : [note.text, note.back, note.source]
            let sortText = Self.plain(fields[0])
            try notes.run([.integer(id), .text(note.guid), .integer(note.shape == .cloze ? Self.clozeTypeID : Self.noteTypeID),
                           .integer(nowSeconds), .text(" " + note.tags.joined(separator: " ") + " "),
                           .text(fields.joined(separator: "\u{1F}")), .text(sortText), .integer(Self.checksum(sortText)),
                           .text(Self.cardIDMark + card.id + "/\(index + 1)")])
            let state = input.progress?.cards[card.id].map { timing.state(of: $0, position: index + 1) }
                ?? AnkiScheduling.newCard(position: index + 1)
            try cards.run([.integer(id), .integer(id), .integer(deckID), .integer(nowSeconds), .integer(state.type),
                           .integer(state.queue), .integer(state.due), .integer(state.ivl), .integer(state.factor),
                           .integer(state.reps), .integer(state.lapses), .integer(state.left),
                           .text(AnkiScheduling.withCustomMark(state.data, card.id + "/\(index + 1)"))])
        }
        let revlog = try db.prepare("insert or ignore into revlog values (?,?,-1,?,?,?,?,?,?)")
        var error: ExportError?
        timing.forEachReviewRow(reviews, known: ankiCardID) { row, ankiID in
            guard error == nil else { return }
            do throws(ExportError) {
                // The id is the review time in ms and must be unique: a clash moves on by 1 ms.
                var id = row.id
                while true {
                    revlog.bind(1, id)
                    revlog.bind(2, ankiID)
                    revlog.bind(3, row.ease)
                    revlog.bind(4, row.ivl)
                    revlog.bind(5, row.lastIvl)
                    revlog.bind(6, row.factor)
                    revlog.bind(7, row.time)
                    revlog.bind(8, row.type)
                    try revlog.step()
                    if db.changes > 0 { break }
                    id += 1
                }
            } catch let failure { error = failure }
        }
        if let error { throw error }
        try db.execute("COMMIT")
        try db.execute(Self.indexes)
        return db
    }

    /// A stable id shaped like Anki's (a ms timestamp between 2020 and 2023) from a hash of `kind` and `key`.
    static func stableID(_ kind: String, _ key: String) -> Int64 {
        let hash = SHA256.hash(data: Array("\(kind)\u{1F}\(key)".utf8)).prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return 1_600_000_000_000 + Int64(hash % 100_000_000_000)
    }

    /// What Anki compares and sorts by: the field without `<br>` tags, the five entities ontap writes decoded,
    /// trimmed. One pass over the bytes (this runs once per note).
    static func plain(_ html: String) -> String {
        let entities: [(pattern: [UInt8], byte: UInt8?)] = [
            (Array("<br>".utf8), nil), (Array("&lt;".utf8), 0x3C), (Array("&gt;".utf8), 0x3E),
            (Array("&quot;".utf8), 0x22), (Array("&#39;".utf8), 0x27), (Array("&amp;".utf8), 0x26),
        ]
        var out: [UInt8] = []
        out.reserveCapacity(html.utf8.count)
        var bytes = html.utf8[...]
        outer: while let first = bytes.first {
            if first == 0x3C || first == 0x26 {
                for (pattern, byte) in entities where bytes.starts(with: pattern) {
                    if let byte { out.append(byte) }
                    bytes = bytes.dropFirst(pattern.count)
                    continue outer
                }
            }
            out.append(first)
            bytes = bytes.dropFirst()
        }
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || (0x09...0x0D).contains($0) }
        let start = out.firstIndex { !isSpace($0) } ?? out.endIndex
        let end = out.lastIndex { !isSpace($0) }.map { $0 + 1 } ?? start
        let trimmed = String(decoding: out[start..<max(start, end)], as: UTF8.self)
        // Other white space (no-break space …) at the ends is rare: leave it to Foundation.
        guard let head = trimmed.unicodeScalars.first, let tail = trimmed.unicodeScalars.last,
              head.properties.isWhitespace || tail.properties.isWhitespace else { return trimmed }
        return trimmed.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `notes.csum`: the first 8 hex digits of the SHA-1 of the plain first field, as a number.
    static func checksum(_ plain: String) -> Int64 {
        Int64(Insecure.SHA1.hash(data: Array(plain.utf8)).prefix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
    }

    static func json(_ object: Any) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// A deck's JSON with every key the importer requires (FORMAT.md A.4).
    static func deckJSON(id: Int64, name: String, modified: Int64) -> [String: Any] {
        ["id": id, "name": name, "mod": modified, "usn": -1, "dyn": 0, "conf": 1, "desc": "", "collapsed": false,
         "browserCollapsed": false, "extendNew": 0, "extendRev": 0, "newToday": [0, 0], "revToday": [0, 0],
         "lrnToday": [0, 0], "timeToday": [0, 0]]
    }

    /// ontap's note type: Front/Back/Source, one card template (FORMAT.md A.3).
    static func noteType(modified: Int64) -> [String: Any] {
        let fields = ["Front", "Back", "Source"].enumerated().map { index, name -> [String: Any] in
            ["name": name, "ord": index, "sticky": false, "rtl": false, "font": "Arial", "size": 20, "media": [String]()]
        }
        let template: [String: Any] = [
            "name": "ontap", "ord": 0, "qfmt": "{{Front}}",
            "afmt": "{{FrontSide}}<hr id=answer>{{Back}}{{#Source}}<div class=source>{{Source}}</div>{{/Source}}",
            "bqfmt": "", "bafmt": "", "did": NSNull(), "bfont": "", "bsize": 0,
        ]
        return ["id": noteTypeID, "name": noteTypeName, "type": 0, "mod": modified, "usn": -1, "sortf": 0, "did": NSNull(),
                "flds": fields, "tmpls": [template], "tags": [String](), "vers": [String](), "req": [[0, "any", [0]]],
                "latexPre": "", "latexPost": "", "latexsvg": false,
                "css": ".card { font-family: Arial, sans-serif; font-size: 20px; text-align: left; }\n"
                    + ".source { margin-top: 1em; font-style: italic; font-size: 16px; color: #555; }"]
    }

    /// ontap's Cloze note type: Text/Source, one cloze template (type 1; FORMAT.md A.3).
    static func clozeType(modified: Int64) -> [String: Any] {
        let fields = ["Text", "Source"].enumerated().map { index, name -> [String: Any] in
            ["name": name, "ord": index, "sticky": false, "rtl": false, "font": "Arial", "size": 20, "media": [String]()]
        }
        let template: [String: Any] = [
            "name": "Cloze", "ord": 0, "qfmt": "{{cloze:Text}}",
            "afmt": "{{cloze:Text}}{{#Source}}<div class=source>{{Source}}</div>{{/Source}}",
            "bqfmt": "", "bafmt": "", "did": NSNull(), "bfont": "", "bsize": 0,
        ]
        return ["id": clozeTypeID, "name": clozeTypeName, "type": 1, "mod": modified, "usn": -1, "sortf": 0, "did": NSNull(),
                "flds": fields, "tmpls": [template], "tags": [String](), "vers": [String](),
                "latexPre": "", "latexPost": "", "latexsvg": false,
                "css": ".card { font-family: Arial, sans-serif; font-size: 20px; text-align: left; }\n"
                    + ".cloze { font-weight: bold; color: #1a5fb4; }\n"
                    + ".source { margin-top: 1em; font-style: italic; font-size: 16px; color: #555; }"]
    }

    /// The five tables of schema 11.
    static let schema = """
    CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
      ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
      models text not null, decks text not null, dconf text not null, tags text not null);
    CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
      usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
      flags integer not null, data text not null);
    CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
      mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
      ivl integer not null, factor integer not null, reps integer not null, lapses integer not null,
      left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
    CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
      ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null,
      type integer not null);
    CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
    """

    /// The indexes Anki keeps on notes and cards (built after the rows are in: faster than row by row). The revlog's
    /// two are left out: optional for import (FORMAT.md A.2), Anki builds its own, and on a long history they would
    /// add a third to the package.
    static let indexes = """
    CREATE INDEX ix_notes_usn on notes (usn);
    CREATE INDEX ix_cards_usn on cards (usn);
    CREATE INDEX ix_cards_nid on cards (nid);
    CREATE INDEX ix_cards_sched on cards (did, queue, due);
    CREATE INDEX ix_notes_csum on notes (csum);
    """
}
