/// One question: what is asked, what counts as right, and where it came from.
public struct Card: Codable, Equatable, Hashable, Sendable, Identifiable {
    /// Derived from content (event text + kind), so regenerating keeps progress.
    public var id: String
    /// What sort of question this is.
    public var kind: CardKind
    /// The question as shown (choices, if any, are in `choices`; see `displayText(language:)`).
    public var prompt: String
    /// The expected answer as shown to the learner.
    public var answer: String
    /// Other answers that count as right (already NFC).
    public var accepted: [String]
    /// Options for multiple choice (A–D) and chronology; empty otherwise.
    public var choices: [String]
    /// The id of the event the card asks about (the first one for chronology).
    public var eventID: String
    /// The sentence the card was made from.
    public var sourceSentence: String

    /// A card; `accepted` and `choices` default to empty.
    public init(id: String, kind: CardKind, prompt: String, answer: String, accepted: [String] = [],
                choices: [String] = [], eventID: String, sourceSentence: String) {
        self.id = id
        self.kind = kind
        self.prompt = prompt
        self.answer = answer
        self.accepted = accepted
        self.choices = choices
        self.eventID = eventID
        self.sourceSentence = sourceSentence
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, prompt, answer, accepted, choices
        case eventID = "event_id"
        case sourceSentence = "source_sentence"
    }
}
