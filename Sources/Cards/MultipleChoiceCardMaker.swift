import Timeline

/// A–D questions in the style of the Vietnamese national history exam.
///
/// Two variants: "Sự kiện X diễn ra vào năm nào?" with four dates (A. 1991 B. 1994 C. 1997 D. 2002, in time order)
/// and "Sự kiện nào sau đây diễn ra vào năm 1997?" with four events of the deck. The correct letter comes from the
/// card id, so it is fixed for a card but spread over A–D across a deck.
struct MultipleChoiceCardMaker {
    let language: Language
    /// All events of the deck (distractors come from them).
    let deckEvents: [DeckEvent]
    let optionIDs: Set<String>
    /// Words the text writes in lower case mid-sentence and never capitalised there (`DateRecallCardMaker`).
    var commonWords: Set<String> = []
    let neighbours: EventNeighbours
    /// The dates of the deck's events, sorted and unique, for date distractors.
    let deckDates: [DateValue]
    /// The dates of each sentence's events: a distractor is never a date its own sentence writes ("… Po Klong Garai
    /// xây dựng thế kỷ 13 và … Po Rome xây dựng thế kỷ 17" offers no "thế kỷ XVII" for Po Klong Garai).
    let sentenceDates: [String: Set<DateValue>]
    /// Happenings the text tells twice: a date another telling gives is no wrong option, nor is that telling.
    var sameHappening = SameHappening()

    static let optionCount = 4
    /// How many other events are considered as distractors for one card.
    static let poolSize = 40

    /// `sentenceEvents`: every event whose dates may be its sentence's (all the usable events; by default the options).
    init(language: Language, deckEvents: [DeckEvent], sentenceEvents: [DeckEvent]? = nil) {
        self.language = language
        self.deckEvents = deckEvents
        optionIDs = Set(deckEvents.map(\.id))
        neighbours = EventNeighbours(deckEvents)
        deckDates = Set(deckEvents.compactMap { $0.event.when?.single }).sorted()
        var bySentence: [String: Set<DateValue>] = [:]
        for event in sentenceEvents ?? deckEvents {
            for value in event.event.when?.calendarDates ?? [] {
                bySentence[event.event.sentence, default: []].insert(value)
            }
        }
        sentenceDates = bySentence
    }

    /// The deck dates nearest to `date`: up to `count` on each side.
    func nearestDeckDates(to date: DateValue, count: Int = 12) -> [DateValue] {
        var low = 0, high = deckDates.count
        while low < high {
            let mid = (low + high) / 2
            if deckDates[mid] < date { low = mid + 1 } else { high = mid }
        }
        return Array(deckDates[max(0, low - count)..<min(deckDates.count, low + count)])
    }

    enum Variant: String { case date, event }

    /// One multiple-choice card for `deckEvent`: the variant picked from its id when both are possible.
    func card(for deckEvent: DeckEvent) -> Card? {
        let prefersEvent = ContentID.seed(of: deckEvent.id) % 3 == 0
        let order: [Variant] = prefersEvent ? [.event, .date] : [.date, .event]
        for variant in order {
            if let card = card(for: deckEvent, variant: variant) { return card }
        }
        return nil
    }

    func card(for deckEvent: DeckEvent, variant: Variant) -> Card? {
        let id = ContentID.make("c", deckEvent.id, CardKind.multipleChoice.rawValue, variant.rawValue)
        let position = Int(ContentID.seed(of: id) % UInt64(Self.optionCount))
        switch variant {
        case .date: return dateCard(deckEvent, id: id, position: position)
        case .event: return eventCard(deckEvent, id: id, position: position)
        }
    }

    /// "… vào năm nào?" with four dates in time order; the answer's place is `position` (or the nearest possible).
    func dateCard(_ deckEvent: DeckEvent, id: String, position: Int) -> Card? {
        let event = deckEvent.event
        guard let answerDate = event.when?.single,
              let prompt = QuestionText.dateQuestion(statement: event.statement, date: event.when, in: language,
                                                        context: event.sentence, surface: event.dateSurface,
                                                        common: commonWords)
        else { return nil }
        var distractors = DateDistractors(answer: answerDate, deckDates: nearestDeckDates(to: answerDate), salt: id,
                                          minimumGap: event.qualifier == .approx && answerDate.precision == .year
                                              ? DateDistractors.approximateGap(answerDate.year) : 1)
        distractors.forbidden = Set(((sentenceDates[event.sentence] ?? [])
            .union(sameHappening.otherDates[deckEvent.id] ?? [])).compactMap(distractors.atAnswerPrecision))
        let tries = [position] + (0..<Self.optionCount).filter { $0 != position }
            .sorted { abs($0 - position) < abs($1 - position) }
        for place in tries {
            guard let picked = distractors.pick(earlier: place, later: Self.optionCount - 1 - place) else { continue }
            let dates = picked.earlier.sorted() + [answerDate] + picked.later.sorted()
            let options = dates.map { DateText.render($0, qualifier: event.qualifier, in: language) }
            guard Set(options.map(TextNormalizer.answerKey)).count == Self.optionCount else { continue }
            return Card(id: id, kind: .multipleChoice, prompt: prompt, answer: options[place],
                        accepted: event.when.map { DateText.acceptedForms($0, in: language) } ?? [], choices: options,
                        eventID: deckEvent.id, sourceSentence: CitationMarks.removed(from: event.sentence))
        }
        return nil
    }

    /// "Sự kiện nào sau đây diễn ra vào năm 1997?" with three events of the deck that did not happen then.
    func eventCard(_ deckEvent: DeckEvent, id: String, position: Int) -> Card? {
        let event = deckEvent.event
        // the answer is an option too: only an event fit to be one (`deckEvents`) is asked this way
        guard optionIDs.contains(deckEvent.id), let span = event.when.flatMap(DateSpan.init),
              let date = DateText.render(event, in: language),
              let answer = QuestionText.statementWithoutOwnDate(event.statement, date: event.when, in: language)
        else { return nil }
        var keys: Set<String> = [TextNormalizer.answerKey(answer)]
        var distractors: [String] = []
        var distractorDates: [String] = []
        // the distractors' own times: two options of one time are often one event told twice ("China took over
        // sovereignty of Macau" and "Portugal handed Macau over"), which gives both away
        var chosenSpans: [DateSpan] = []
        let ranked = DeterministicOrder.shuffled(neighbours.pool(after: deckEvent.id, size: Self.poolSize), salt: id) { $0.id }
        for other in ranked where distractors.count < Self.optionCount - 1 {
            // never an option from the answer's own sentence (its other clause is true of the same moment)
            guard other.event.sentence != event.sentence, !(sameHappening.tellings[deckEvent.id]?.contains(other.id) ?? false),
                  let otherSpan = other.event.when.flatMap(DateSpan.init), !otherSpan.overlaps(span),
                  !chosenSpans.contains(where: { $0.overlaps(otherSpan) }),
                  Self.isSameEra(other.event.when, event.when),
                  let statement = QuestionText.statementWithoutOwnDate(other.event.statement, date: other.event.when,
                                                                       in: language),
                  !QuestionText.reveals(statement, date: event.when),
                  keys.insert(TextNormalizer.answerKey(statement)).inserted else { continue }
            distractors.append(statement)
            chosenSpans.append(otherSpan)
            distractorDates.append(DateText.render(other.event, in: language)
                                   ?? other.event.dateSurface)
        }
        guard distractors.count == Self.optionCount - 1 else { return nil }
        var options = distractors
        options.insert(answer, at: position)
        distractorDates.insert(date, at: position)
        return Card(id: id, kind: .multipleChoice,
                    prompt: MultipleChoiceCardMaker.eventPrompt(date: date, value: event.when,
                                                                qualifier: event.qualifier, in: language),
                    answer: answer, choices: options, eventID: deckEvent.id,
                    sourceSentence: CitationMarks.removed(from: event.sentence), choiceDates: distractorDates)
    }

    /// Is an event of `other` near enough in time to `answer` to be a plausible wrong option ("Which of these events
    /// happened in 1519?" with options from 1919 and 2006 is answered by elimination)? Within a quarter of the time
    /// since the answer (at least 30 years): 965 takes 700–1230, 1943 takes 1913–1973.
    static func isSameEra(_ other: EventDate?, _ answer: EventDate?) -> Bool {
        guard let a = answer?.startDate, let o = other?.startDate else { return false }
        let window = max(30, (2030 - a.year) / 4)
        return abs(o.year - a.year) <= window
    }

    /// "Sự kiện nào sau đây diễn ra vào năm 1997?" / "Which of these events happened in 1997?"
    static func eventPrompt(date: String, value: EventDate?, qualifier: Qualifier?, in language: Language) -> String {
        // A period ("từ … đến …") or a bound ("trước năm 1945", "before 1945") brings its own preposition.
        let bare = value?.isPeriod == true || [.before, .after, .moreThan, .lessThan].contains(qualifier)
        switch language {
        case .vi: return "Sự kiện nào sau đây diễn ra \(bare ? "" : "vào ")\(date)?"
        case .en:
            if qualifier == .approx, date.hasPrefix("about ") { return "Which of these events happened around \(date.dropFirst(6))?" }
            let preposition = value?.single?.precision == .day ? "on" : "in"
            return "Which of these events happened \(bare ? "" : preposition + " ")\(date)?"
        }
    }
}
