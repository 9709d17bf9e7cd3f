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
        // Every chronology card asks the same thing: its events tell it apart. A "which event" card ("Sự kiện nào sau
        // đây diễn ra vào năm 1471?", one prompt for many cards) is told apart by its answer, the event.
        let text = card.kind == .chronology && !card.choices.isEmpty ? card.choices.joined(separator: " · ")
            : card.kind == .multipleChoice && !card.choiceDates.isEmpty ? card.answer + " — " + card.prompt
            : card.prompt
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
