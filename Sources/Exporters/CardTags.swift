import Cards
import Timeline

/// Anki tags for a card, under `ontap::` so they never mix with the learner's own: its deck, its kind, and the
/// century and decade of the event it asks about (`ontap::deck::nato-russia ontap::kind::choice
/// ontap::century::20 ontap::decade::1990s`), so a learner can filter or build a study deck by period.
enum CardTags {
    /// The tags of `card` in `deck` (no spaces inside a tag).
    static func tags(of card: Card, in deck: Deck) -> [String] {
        var tags = ["ontap::deck::" + clean(TextNormalizer.nfc(deck.name)), "ontap::kind::" + card.kind.rawValue]
        if let date = deck.events.first(where: { $0.id == card.eventID })?.event.date,
           let value = DateValue(iso: date.split(separator: "/").first ?? "") {
            tags += period(of: value)
        }
        return tags
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
