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
    /// The cards, grouped by kind.
    public var cards: [Card]

    /// A deck of the current format and version.
    public init(name: String, language: Language, source: DeckSource, events: [DeckEvent], cards: [Card]) {
        self.format = Deck.formatName
        self.version = Deck.currentVersion
        self.name = name
        self.language = language
        self.source = source
        self.events = events
        self.cards = cards
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
