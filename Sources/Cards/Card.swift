/// One question: what is asked, what counts as right, and where it came from.
public struct Card: Codable, Equatable, Hashable, Sendable, Identifiable {
    /// Derived from content (event text + kind), so regenerating keeps progress.
    public var id: String
    /// What sort of question this is.
    public var kind: CardKind
    /// The question as shown (choices, if any, are in `choices`; see `displayText`).
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
    /// The date of each choice as written on the card (chronology and "which event" cards), in choice order, so an
    /// answer can be explained item by item; empty for other cards.
    public var choiceDates: [String]
    /// The note guid the card had in the program it was imported from (Anki), kept so exporting it again updates
    /// that note; nil for ontap's own cards, whose guid comes from the deck name and card id.
    public var guid: String?
    /// The tags the card had in the program it was imported from, written back by the Anki exports instead of
    /// ontap's own; nil for ontap's own cards.
    public var tags: [String]?

    /// A card; `accepted` and `choices` default to empty.
    public init(id: String, kind: CardKind, prompt: String, answer: String, accepted: [String] = [],
                choices: [String] = [], eventID: String, sourceSentence: String, choiceDates: [String] = [], guid: String? = nil, tags: [String]? = nil) {
        self.id = id
        self.kind = kind
        self.prompt = prompt
        self.answer = answer
        self.accepted = accepted
        self.choices = choices
        self.eventID = eventID
        self.sourceSentence = sourceSentence
        self.choiceDates = choiceDates
        self.guid = guid
        self.tags = tags
    }

    /// Decodes a card; `choice_dates` may be absent (decks written before it existed).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        kind = try container.decode(CardKind.self, forKey: .kind)
        prompt = try container.decode(String.self, forKey: .prompt)
        answer = try container.decode(String.self, forKey: .answer)
        accepted = try container.decode([String].self, forKey: .accepted)
        choices = try container.decode([String].self, forKey: .choices)
        eventID = try container.decode(String.self, forKey: .eventID)
        sourceSentence = try container.decode(String.self, forKey: .sourceSentence)
        choiceDates = try container.decodeIfPresent([String].self, forKey: .choiceDates) ?? []
        guid = try container.decodeIfPresent(String.self, forKey: .guid)
        tags = try container.decodeIfPresent([String].self, forKey: .tags)
    }

    /// Encodes a card; an empty `choiceDates` is left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(kind, forKey: .kind)
        try container.encode(prompt, forKey: .prompt)
        try container.encode(answer, forKey: .answer)
        try container.encode(accepted, forKey: .accepted)
        try container.encode(choices, forKey: .choices)
        try container.encode(eventID, forKey: .eventID)
        try container.encode(sourceSentence, forKey: .sourceSentence)
        if !choiceDates.isEmpty { try container.encode(choiceDates, forKey: .choiceDates) }
        if let guid { try container.encode(guid, forKey: .guid) }
        if let tags { try container.encode(tags, forKey: .tags) }
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, prompt, answer, accepted, choices
        case eventID = "event_id"
        case sourceSentence = "source_sentence"
        case choiceDates = "choice_dates"
        case guid, tags
    }
}
