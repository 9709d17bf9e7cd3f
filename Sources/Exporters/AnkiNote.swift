import Cards

/// One Anki note for one ontap card, shared by the `.apkg` and Anki-text writers so both say the same thing.
///
/// A cloze card becomes a Cloze note (`{{c1::answer}}` where the card shows `[...]`), every other card a basic
/// note. Fronts carry no "(answer with a letter)" line: nothing is typed in Anki, the learner turns the card over.
struct AnkiNote {
    /// Which of the two shapes of note.
    enum Shape { case basic, cloze }

    var shape: Shape
    /// The card's guid (`NoteIdentity`).
    var guid: String
    /// Basic: the question (HTML). Cloze: the text with its `{{c1::…}}` deletion.
    var text: String
    /// Basic: the answer (HTML; empty for a cloze note, whose answer is inside `text`).
    var back: String
    /// The source sentence (HTML).
    var source: String
    /// Tags (`CardTags`), none with a space.
    var tags: [String]

    /// The blank a cloze card's prompt shows where the answer was.
    static let blank = "[...]"

    /// The note for `card` of `deck`; `periods` (`CardTags.eventPeriods`) saves a search of the deck's events.
    init(card: Card, deck: Deck, periods: [String: [String]]? = nil) {
        guid = NoteIdentity.guid(deck: deck.name, card: card)
        source = Escaping.htmlLines(card.sourceSentence)
        tags = periods.map { CardTags.tags(of: card, deckTag: CardTags.deckTag(deck.name), period: $0[card.eventID] ?? []) }
            ?? CardTags.tags(of: card, in: deck)
        let blanked = card.kind.behaviour.promptBlanksAnswer
        let pieces = blanked ? card.prompt.components(separatedBy: Self.blank) : []
        if blanked, pieces.count > 1, !card.answer.isEmpty {
            shape = .cloze
            let deletion = "{{c1::" + Self.clozeSafe(Escaping.htmlLines(card.answer)) + "}}"
            text = pieces.map { Escaping.htmlLines($0) }.joined(separator: deletion)
            back = ""
        } else {
            shape = .basic
            text = Escaping.htmlLines(card.displayText)
            back = CardAnswer.lines(of: card).map { Escaping.htmlLines($0) }.joined(separator: "<br>")
        }
    }

    /// Text inside `{{c1::…}}` with the characters that would end or split the deletion written as entities.
    static func clozeSafe(_ html: String) -> String {
        html.replacingOccurrences(of: ":", with: "&#58;").replacingOccurrences(of: "}", with: "&#125;")
    }
}
