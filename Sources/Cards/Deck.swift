import Foundation
import Timeline

/// A deck file (`Decks/NAME.json`): the events found in a source and the cards made from them.
public struct Deck: Codable, Equatable, Sendable {
    /// The `format` field every deck file carries.
    public static let formatName = "ontap-deck"
    /// The deck file version this build writes.
    public static let currentVersion = 1

    /// Always `formatName`; a file with another is not a deck.
    public var format: String
    /// The file version, for migrations.
    public var version: Int
    /// The deck name (`Decks/NAME.json`).
    public var name: String
    /// The language of the source and of the cards.
    public var language: Language
    /// The source file the deck was made from.
    public var source: DeckSource
    /// The dated events found in the source, in text order.
    public var events: [DeckEvent]
    /// The cards, grouped by kind (with the learner's `edits` applied).
    public var cards: [Card]
    /// The learner's fixes, by card id (`:edit`); applied to `cards` when the deck is read.
    public var edits: [String: CardEdit]
    /// The deck's title as a person would write it (the text's heading, an imported Anki deck's name); nil when
    /// there is none, and the name stands for it.
    public var title: String?

    /// A deck of the current format and version.
    public init(name: String, language: Language, source: DeckSource, events: [DeckEvent], cards: [Card],
                edits: [String: CardEdit] = [:], title: String? = nil) {
        self.format = Deck.formatName
        self.version = Deck.currentVersion
        self.name = name
        self.language = language
        self.source = source
        self.events = events
        self.edits = edits
        self.title = title
        self.cards = edits.isEmpty ? cards : cards.map { card in edits[card.id].map { $0.applied(to: card) } ?? card }
    }

    enum CodingKeys: String, CodingKey { case format, version, name, title, language, source, events, cards, edits }

    /// Decodes a deck; `edits` may be absent, and when present they are applied to the cards.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        format = try c.decode(String.self, forKey: .format)
        version = try c.decode(Int.self, forKey: .version)
        name = try c.decode(String.self, forKey: .name)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        language = try c.decode(Language.self, forKey: .language)
        source = try c.decode(DeckSource.self, forKey: .source)
        events = try c.decode([DeckEvent].self, forKey: .events)
        let edits = try c.decodeIfPresent([String: CardEdit].self, forKey: .edits) ?? [:]
        self.edits = edits
        let cards = try c.decode([Card].self, forKey: .cards)
        self.cards = edits.isEmpty ? cards : cards.map { card in edits[card.id].map { $0.applied(to: card) } ?? card }
    }

    /// Encodes a deck; `edits` only when there are some.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(format, forKey: .format)
        try c.encode(version, forKey: .version)
        try c.encode(name, forKey: .name)
        try c.encode(language, forKey: .language)
        try c.encode(source, forKey: .source)
        try c.encodeIfPresent(title, forKey: .title)  // where the deck file writer (DeckStore) puts it
        try c.encode(events, forKey: .events)
        try c.encode(cards, forKey: .cards)
        if !edits.isEmpty { try c.encode(edits, forKey: .edits) }
    }

    /// The title of a text: its first line when it reads as a heading (`# Chiến dịch Điện Biên Phủ`, a short line
    /// without a sentence's final stop, followed by more text); nil otherwise.
    public static func title(ofText text: String) -> String? {
        // Only the first two non-empty lines matter: reading them, not splitting the whole text (24 MB: 1.6 s).
        var lines: [String] = []
        var rest = text[...]
        while lines.count < 2, !rest.isEmpty {
            let end = rest.firstIndex(where: \.isNewline) ?? rest.endIndex
            let line = rest[..<end].trimmingCharacters(in: .whitespaces)
            if !line.isEmpty { lines.append(line) }
            rest = end == rest.endIndex ? rest[end...] : rest[rest.index(after: end)...]
        }
        guard lines.count > 1 else { return nil }
        let first = lines[0].drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
        guard !first.isEmpty, first.count <= 100, let last = first.last, !".:;,!?…".contains(last),
              !first.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return nil }
        return TextNormalizer.nfc(first)
    }

    /// Keeps the learner's edits of `previous` (the deck this one replaces) for the cards this deck still has.
    public mutating func carryEdits(from previous: Deck) {
        let ids = Set(cards.map(\.id))
        let kept = previous.edits.filter { ids.contains($0.key) }
        guard !kept.isEmpty else { return }
        edits.merge(kept) { mine, _ in mine }
        cards = cards.map { card in edits[card.id].map { $0.applied(to: card) } ?? card }
    }

}

/// Where a deck came from: the source file's name and the SHA-256 of its bytes.
public struct DeckSource: Codable, Equatable, Sendable {
    /// The source file name.
    public var file: String
    /// Hex SHA-256 of the source bytes, to notice an edited source.
    public var sha256: String

    /// A source reference.
    public init(file: String, sha256: String) {
        self.file = file
        self.sha256 = sha256
    }
}
