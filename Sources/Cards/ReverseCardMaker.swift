import Timeline

/// "Sự kiện nào diễn ra vào ngày 27 tháng 5 năm 1997?" → the statement.
struct ReverseCardMaker {
    let language: Language

    func card(for deckEvent: DeckEvent) -> Card? {
        let event = deckEvent.event
        guard let date = DateText.render(value: event.date, qualifier: event.qualifier, in: language),
              !event.statement.isEmpty else { return nil }
        let prompt = language == .vi ? "Sự kiện nào diễn ra vào \(date)?" : "What happened in \(date)?"
        return Card(id: ContentID.make("c", deckEvent.id, CardKind.reverse.rawValue), kind: .reverse,
                    prompt: prompt, answer: QuestionText.trimmedStatement(event.statement), accepted: event.actors,
                    eventID: deckEvent.id, sourceSentence: event.sentence)
    }
}
