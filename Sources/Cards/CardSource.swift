import Timeline

/// The cards of one deck by position: a `Deck` in memory, or a deck file read card by card as they are shown.
///
/// A study session needs every card's id to build its queue but the text of only the cards it shows, so a large
/// deck need not be decoded whole before the first card appears.
public protocol CardSource: AnyObject {
    var name: String { get }
    var language: Language { get }
    var cardCount: Int { get }
    /// The id of the card at `index` (cheap).
    func cardID(at index: Int) -> String
    /// The whole card at `index`.
    func card(at index: Int) -> Card
    /// The id of the event the card at `index` asks about (its siblings share it).
    func eventID(at index: Int) -> String
    /// The kind of the card at `index`.
    func kind(at index: Int) -> CardKind
}

extension CardSource {
    /// From the whole card (a source that reads cards lazily may do better).
    public func eventID(at index: Int) -> String { card(at: index).eventID }
    /// From the whole card (a source that reads cards lazily may do better).
    public func kind(at index: Int) -> CardKind { card(at: index).kind }
}

/// A deck already in memory as a card source.
public final class LoadedDeck: CardSource {
    public let deck: Deck

    public init(_ deck: Deck) { self.deck = deck }

    public var name: String { deck.name }
    public var language: Language { deck.language }
    public var cardCount: Int { deck.cards.count }
    public func cardID(at index: Int) -> String { deck.cards[index].id }
    public func card(at index: Int) -> Card { deck.cards[index] }
}
