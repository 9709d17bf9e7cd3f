import Cards
import Study

/// `ontap cards`: one line a card (id, kind, state, flag, prompt — a chronology's events), cut to the terminal's width.
public enum CardListing {
    /// One card's line; `due` is the study-day date of a card in review (already formatted), nil otherwise.
    public static func line(_ card: Card, schedule: CardSchedule?, due: String?, suspended: Bool, flag: Int?,
                            messages: Messages, columns: Int) -> String {
        var state: String
        switch schedule?.phase ?? .new {
        case .new: state = messages.phaseName(.new)
        case .learning, .relearning: state = messages.phaseName(.learning)
        case .review: state = messages.phaseName(.review) + (due.map { " " + $0 } ?? "")
        }
        if suspended { state = messages.suspendedMark }
        let flagText = flag.map { " ⚑\($0)" } ?? ""
        let head = "\(card.id)  \(messages.kindName(card.kind))  [\(state)]\(flagText)  "
        // What tells the card apart: its prompt, or a chronology's events, or a "which event" card's answer.
        let text = card.kind.behaviour.listingText(of: card)
        let prompt = TerminalText.sanitize(text).replacingOccurrences(of: "\n", with: " ")
        return TerminalText.truncate(head + prompt, columns: columns)
    }

    /// Whether `card` matches `search` (ignoring case and diacritics) in its prompt, answer or accepted answers.
    public static func matches(_ card: Card, search: String) -> Bool {
        let wanted = TextNormalizer.looseKey(search)
        guard !wanted.isEmpty else { return true }
        return ([card.prompt, card.answer, card.id] + card.accepted + card.choices)
            .contains { TextNormalizer.looseKey($0).contains(wanted) || $0 == search }
    }
}
