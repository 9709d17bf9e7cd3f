import Cards
import FileFormats
import Store
import Timeline

/// The formats `ontap import` reads (a timeline file is read by `generate`'s own reader, `TimelineFile`).
public enum ImportFormat: String, CaseIterable, Sendable {
    case apkg
    case tsv
    case csv
    case quizlet
    case timeline

    /// One line for `--help`.
    public var summary: String {
        switch self {
        case .apkg: return "Anki package (.apkg/.colpkg, current or legacy layout); --with-progress also reads its scheduling and review history"
        case .tsv: return "Anki text export (#separator, #html, #notetype, #deck/#tags/#guid column headers)"
        case .csv: return "CSV (RFC 4180), ontap's own export or question,answer columns"
        case .quizlet: return "Quizlet text: term and definition split by a tab or comma, cards by new lines or ';'"
        case .timeline: return "a timeline (JSON, CSV or YAML rows of date, event), made into cards as `generate` does"
        }
    }

    /// The format of a file from its name, then its first bytes; nil when neither tells.
    public static func detect(fileName: String, head: [UInt8]) -> ImportFormat? {
        let lower = fileName.lowercased()
        if head.starts(with: [0x50, 0x4B]) || lower.hasSuffix(".apkg") || lower.hasSuffix(".colpkg") { return .apkg }
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") || lower.hasSuffix(".json") { return .timeline }
        var text = String(decoding: head.prefix(4096), as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.hasPrefix("#separator:") || text.hasPrefix("#html:") || text.hasPrefix("#notetype")
            || text.hasPrefix("#guid column") || text.hasPrefix("#deck") || text.hasPrefix("#tags") || text.hasPrefix("#columns:") {
            return .tsv
        }
        if lower.hasSuffix(".csv") {
            let header = (try? CSV.records(String(text.prefix { $0 != "\n" && $0 != "\r" })).first?.fields) ?? []
            let names = Set(header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
            return names.contains("date") || names.contains("ngày") ? .timeline : .csv
        }
        if lower.hasSuffix(".tsv") { return .tsv }
        if lower.hasSuffix(".txt") || lower.hasSuffix(".quizlet") || fileName == "-" { return .quizlet }
        return nil
    }
}

/// What to import and how.
public struct ImportOptions: Sendable {
    /// The deck's name (nil: from the file: the Anki deck's name, else the file's name).
    public var deckName: String?
    /// Read the package's scheduling and review log too (`.apkg` only).
    public var withProgress: Bool
    /// Import the notes ontap understands and count the others, instead of refusing the file.
    public var skipUnknownNoteTypes: Bool

    /// Options; by default the name comes from the file, without progress, refusing unknown note types.
    public init(deckName: String? = nil, withProgress: Bool = false, skipUnknownNoteTypes: Bool = false) {
        self.deckName = deckName
        self.withProgress = withProgress
        self.skipUnknownNoteTypes = skipUnknownNoteTypes
    }
}

/// A deck read from another program's file, and what came with it.
public struct ImportedDeck: Sendable {
    /// The deck (no events: only a timeline brings events).
    public var deck: Deck
    /// The review history (`--with-progress` of an `.apkg`), oldest first.
    public var reviews: [ReviewRecord]
    /// Cards Anki had suspended or flagged (`--with-progress` of an `.apkg`): log operations after their last review.
    public var operations: [ReviewOperation]
    /// Notes of note types ontap cannot read, left out (`skipUnknownNoteTypes`).
    public var skipped: [ImportError.NoteTypeCount]
    /// Notes or rows with no text left once images and sounds are removed, left out.
    public var empty: Int
    /// Review-log rows left out: manual reschedulings, rows of cards not imported.
    public var skippedReviews: Int
    /// Media files (images, sounds) the package carried, left out: ontap's cards are text.
    public var droppedMedia: Int

    /// A deck and what came with it (nothing, by default).
    public init(deck: Deck, reviews: [ReviewRecord] = [], operations: [ReviewOperation] = [],
                skipped: [ImportError.NoteTypeCount] = [], empty: Int = 0, skippedReviews: Int = 0, droppedMedia: Int = 0) {
        self.deck = deck
        self.reviews = reviews
        self.operations = operations
        self.skipped = skipped
        self.empty = empty
        self.skippedReviews = skippedReviews
        self.droppedMedia = droppedMedia
    }
}

extension ImportedDeck {
    /// Gives the cards that `previous` (the deck of the same name being replaced) already has, known by their Anki
    /// guid, that deck's card ids, so re-importing your own Anki text or package over your deck keeps every card's
    /// id and progress; the review history is renamed with them. Returns how many cards were matched.
    @discardableResult
    public mutating func adoptIDs(of previous: Deck) -> Int {
        var byGuid: [String: String] = [:]
        for card in previous.cards { byGuid[NoteIdentity.guid(deck: previous.name, card: card)] = card.id }
        var renamed: [String: String] = [:]
        var taken = Set(deck.cards.map(\.id))
        for index in deck.cards.indices {
            let card = deck.cards[index]
            let guid = NoteIdentity.guid(deck: deck.name, card: card)
            guard let id = byGuid[guid], id != card.id, !taken.contains(id) else { continue }
            taken.insert(id)
            renamed[card.id] = id
            deck.cards[index].id = id
            if deck.cards[index].guid == NoteIdentity.guid(deck: deck.name, card: id) { deck.cards[index].guid = nil }
        }
        guard !renamed.isEmpty else { return 0 }
        reviews = reviews.map { review in
            var review = review
            if let id = renamed[review.cardID] { review.cardID = id }
            return review
        }
        operations = operations.map { operation in
            var operation = operation
            if let id = renamed[operation.cardID] { operation.cardID = id }
            return operation
        }
        return renamed.count
    }
}

/// Reads a deck from the bytes of an Anki package, Anki text, CSV or Quizlet file: pure, bytes in, deck out (the
/// command reads and writes the files).
public enum DeckImporter {
    /// The largest file ontap imports (1 GiB), checked before the file is read.
    public static let maximumBytes: Int64 = 1 << 30

    /// The deck in `bytes` (the file `path`, in `format`).
    public static func read(_ bytes: consuming [UInt8], path: String, format: ImportFormat, options: ImportOptions)
        throws(ImportError) -> ImportedDeck {
        switch format {
        case .apkg: return try AnkiPackageReader.read(consume bytes, path: path, options: options)
        case .tsv: return try AnkiTextReader.read(try text(bytes, path: path), path: path, options: options)
        case .csv: return try CardCSVReader.read(try text(bytes, path: path), path: path, options: options)
        case .quizlet: return try QuizletReader.read(try text(bytes, path: path), path: path, options: options)
        case .timeline: throw .unknownFormat(path: path)
        }
    }

    /// `bytes` as text: UTF-8 (a bad byte is named by line and column), a byte-order mark dropped.
    public static func text(_ bytes: [UInt8], path: String) throws(ImportError) -> String {
        if let bad = bytes.withUnsafeBufferPointer({ UTF8Check.firstInvalid($0) }) {
            var line = 1, column = 1
            for byte in bytes[..<bad] {
                if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
            }
            throw .invalidUTF8(path: path, line: line, column: column)
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// A deck of `cards`: named `options.deckName`, else `suggested`, else after the file; language detected.
    static func deck(_ cards: [Card], suggested: String?, path: String, bytes: some Sequence<UInt8>,
                     options: ImportOptions) throws(ImportError) -> Deck {
        try deck(cards, suggested: suggested, path: path, sha256: ContentID.sha256(bytes), options: options)
    }

    /// As above, for a file whose SHA-256 (hex) is already known.
    static func deck(_ cards: [Card], suggested: String?, path: String, sha256: String,
                     options: ImportOptions) throws(ImportError) -> Deck {
        guard !cards.isEmpty else { throw .noCards(path: path) }
        let name = options.deckName ?? suggested.map(safeName) ?? safeName(fileStem(path))
        var seen = Set<String>()
        // A guid equal to the one ontap derives for this deck and id is not stored: the card's own identity.
        let unique = cards.filter { seen.insert($0.id).inserted }.map { card -> Card in
            var card = card
            if card.guid == NoteIdentity.guid(deck: name, card: card.id) { card.guid = nil }
            return card
        }
        let sample = unique.prefix(500).map { $0.prompt + " " + $0.answer }.joined(separator: " ")
        let fileName = path == "-" ? "-" : String(path.split(separator: "/").last ?? Substring(path))
        // The Anki deck's own name is the title (`Chương 3` for the deck file `Chương-3`).
        let title = suggested.map(TextNormalizer.nfc).flatMap { $0 == name || $0.isEmpty ? nil : HTMLText.text($0) }
        return Deck(name: name, language: Language.detect(in: sample),
                    source: DeckSource(file: fileName, sha256: sha256), events: [], cards: unique,
                    title: title)
    }

    /// `path`'s file name without its extension(s).
    static func fileStem(_ path: String) -> String {
        var name = String(path.split(separator: "/").last ?? "deck")
        for suffix in [".apkg", ".colpkg", ".tsv", ".txt", ".csv", ".quizlet"] where name.lowercased().hasSuffix(suffix) {
            name.removeLast(suffix.count)
        }
        return name
    }

    /// A deck name ontap accepts (`DeckName`): other characters become `-`.
    public static func safeName(_ raw: String) -> String {
        let safe = TextNormalizer.nfc(raw).unicodeScalars.map {
            $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_".unicodeScalars.contains($0) ? String($0) : "-"
        }.joined()
        var collapsed = ""
        for character in safe where !(character == "-" && collapsed.last == "-") { collapsed.append(character) }
        var trimmed = String(collapsed.drop { $0 == "-" }.prefix(100))
        while trimmed.last == "-" { trimmed.removeLast() }
        return trimmed.isEmpty ? "imported" : trimmed
    }

    /// The id of a card imported without one: from what identifies it in the file (an Anki guid and card number, a
    /// CSV row's text), so importing the same file again gives the same ids.
    static func cardID(_ parts: String...) -> String {
        ContentID.make("c", (["import"] + parts).joined(separator: "\u{1F}"))
    }
}
