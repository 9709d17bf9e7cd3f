import Timeline

/// "Sự kiện nào diễn ra vào ngày 27 tháng 5 năm 1997?" → the statement.
///
/// When other events of the deck share the date, their statements are accepted too: the prompt cannot tell them apart.
struct ReverseCardMaker {
    let language: Language

    /// At most this many other events' statements are accepted (a century holds many events).
    static let maxAccepted = 12
    /// At most this many events are looked at for them.
    static let maxScan = 400

    func card(for deckEvent: DeckEvent, sameDate others: [DeckEvent]) -> Card? {
        let event = deckEvent.event
        // The prompt gives the date, so the answer need not repeat it ("Từ năm 1994, NATO…" → "NATO…").
        let answer = QuestionText.statementWithoutOwnDate(event.statement, date: event.date, in: language)
            ?? QuestionText.trimmedStatement(event.statement)
        guard let date = DateText.render(value: event.date, qualifier: event.qualifier, in: language),
              answer.split(separator: " ").count >= 2 else { return nil }
        let accepted = others.map { QuestionText.trimmedStatement($0.event.statement) }
            .filter { TextNormalizer.answerKey($0) != TextNormalizer.answerKey(answer) }.sorted()
        return Card(id: ContentID.make("c", deckEvent.id, CardKind.reverse.rawValue), kind: .reverse,
                    prompt: ReverseCardMaker.prompt(date: date, value: event.date, qualifier: event.qualifier,
                                                    in: language),
                    answer: answer, accepted: accepted, eventID: deckEvent.id,
                    sourceSentence: CitationMarks.removed(from: event.sentence))
    }

    /// "Sự kiện nào diễn ra vào năm 1997?" / "What happened in 1997?" for a rendered date.
    static func prompt(date: String, value: String, qualifier: Qualifier?, in language: Language) -> String {
        // A period ("từ … đến …") or a bound ("trước năm 1945", "before 1945") brings its own preposition.
        let bare = value.contains("/") || [.before, .after, .moreThan, .lessThan].contains(qualifier)
        switch language {
        case .vi: return "Sự kiện nào diễn ra \(bare ? "" : "vào ")\(date)?"
        case .en:
            if qualifier == .approx, date.hasPrefix("about ") { return "What happened around \(date.dropFirst(6))?" }
            return "What happened \(bare ? "" : englishPreposition(for: value) + " ")\(date)?"
        }
    }

    /// "on" for a day, "in" for a month, year, decade or century.
    static func englishPreposition(for value: String) -> String {
        DateValue(iso: value)?.precision == .day ? "on" : "in"
    }
}
