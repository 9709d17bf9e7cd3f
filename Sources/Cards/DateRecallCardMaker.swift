import Timeline

/// "NATO và Nga đã ký Đạo luật sáng lập vào ngày tháng năm nào?" → "ngày 27 tháng 5 năm 1997".
struct DateRecallCardMaker {
    let language: Language

    func card(for deckEvent: DeckEvent) -> Card? {
        let event = deckEvent.event
        guard let answer = DateText.render(value: event.date, qualifier: event.qualifier, in: language),
              !event.statement.isEmpty else { return nil }
        let statement = QuestionText.trimmedStatement(event.statement)
        let prompt: String
        switch language {
        case .vi: prompt = statement + " " + QuestionText.vietnameseDateQuestion(for: event.date) + "?"
        case .en: prompt = QuestionText.englishDateQuestion(for: event.date) + " " + QuestionText.lowercasedFirst(statement) + "?"
        }
        guard !QuestionText.prompt(prompt, reveals: event.date) else { return nil }
        var accepted: [String] = []
        if let date = DateValue(iso: event.date) {
            accepted = DateText.typedForms(date)
            if event.qualifier != nil { accepted.append(DateText.render(date, in: language)) }
        }
        return Card(id: ContentID.make("c", deckEvent.id, CardKind.dateRecall.rawValue), kind: .dateRecall,
                    prompt: prompt, answer: answer, accepted: accepted, eventID: deckEvent.id,
                    sourceSentence: event.sentence)
    }
}
