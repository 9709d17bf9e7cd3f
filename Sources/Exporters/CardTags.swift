import Cards
import Timeline

/// Anki tags for a card, under `ontap::` so they never mix with the learner's own: its deck, its kind, and the
/// century and decade of the event it asks about (`ontap::deck::nato-russia ontap::kind::choice
/// ontap::century::20 ontap::decade::1990s`), so a learner can filter or build a study deck by period.
enum CardTags {
    /// The tags of `card` in `deck` (no spaces inside a tag).
    static func tags(of card: Card, in deck: Deck) -> [String] {
        let date = deck.events.first { $0.id == card.eventID }?.event.when
        return tags(of: card, deckTag: deckTag(deck.name), period: period(ofDate: date))
    }

    /// The tags of `card` given its deck's tag (`deckTag`) and its event's `period` tags; an imported card keeps the
    /// tags it came with.
    static func tags(of card: Card, deckTag: String, period: [String]) -> [String] {
        if let tags = card.tags { return tags }
        return [deckTag, "ontap::kind::" + card.kind.rawValue] + period
    }

    /// The tag naming deck `name`.
    static func deckTag(_ name: String) -> String { "ontap::deck::" + clean(Escaping.nfc(name)) }

    /// The period tags of an event's date (a range: its start), none if unreadable.
    static func period(ofDate date: EventDate?) -> [String] {
        date?.startDate.map(period(of:)) ?? []
    }

    /// Each event's period tags by event id, to tag many cards without searching or parsing each time.
    static func eventPeriods(of deck: Deck) -> [String: [String]] {
        Dictionary(deck.events.map { ($0.id, period(ofDate: $0.event.when)) }, uniquingKeysWith: { first, _ in first })
    }

    /// Century (`20` for 1901–2000; `5BC` before year 1) and, below century precision, decade (`1990s`).
    static func period(of date: DateValue) -> [String] {
        let year = date.year
        // A century-precision value (`19XX`) names its first year, 1900, which is the 20th century's last.
        let ordinalYear = date.precision == .century ? year + 1 : year
        let century = ordinalYear > 0 ? "\((ordinalYear - 1) / 100 + 1)" : "\((-ordinalYear) / 100 + 1)BC"
        var tags = ["ontap::century::" + century]
        if date.precision > .century {
            let decade = year >= 0 ? year - year % 10 : year - ((year % 10) + 10) % 10
            tags.append("ontap::decade::" + (decade >= 0 ? "\(decade)s" : "\(-decade)sBC"))
        }
        return tags
    }

    /// A tag part: spaces become `_` (Anki splits tags at spaces).
    static func clean(_ text: String) -> String {
        String(text.map { $0.isWhitespace ? "_" : $0 })
    }
}
