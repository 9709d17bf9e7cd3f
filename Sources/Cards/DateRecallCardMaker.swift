import Timeline

/// "NATO và Nga đã ký Đạo luật sáng lập vào ngày tháng năm nào?" → "ngày 27 tháng 5 năm 1997".
struct DateRecallCardMaker {
    let language: Language
    /// Words the text writes in lower case mid-sentence and never capitalised there ("pure", "trials").
    var commonWords: Set<String> = []

    func card(for deckEvent: DeckEvent) -> Card? {
        let event = deckEvent.event
        guard let answer = DateText.render(event, in: language),
              let prompt = QuestionText.dateQuestion(statement: event.statement, date: event.when, in: language,
                                                        context: event.sentence, surface: event.dateSurface, common: commonWords)
        else { return nil }
        return Card(id: ContentID.make("c", deckEvent.id, CardKind.dateRecall.rawValue), kind: .dateRecall,
                    prompt: prompt, answer: answer, accepted: event.when.map { DateText.acceptedForms($0, in: language) } ?? [],
                    eventID: deckEvent.id, sourceSentence: CitationMarks.removed(from: event.sentence))
    }
}
