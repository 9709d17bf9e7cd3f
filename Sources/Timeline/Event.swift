/// One dated happening: the clause that states it, its date, who took part, and a clean statement.
public struct Event: Codable, Equatable, Hashable, Sendable {
    /// ISO value of the date (`2014-04-01`), or `A/B` for a period.
    public var date: String { didSet { when = EventDate(iso: date) } }
    /// The date read once from `date` (nil when it is unreadable): what the cards read.
    public private(set) var when: EventDate?
    public var qualifier: Qualifier?
    /// Span of the clause that carries the event (Unicode scalars, end exclusive).
    public var start: Int
    public var end: Int
    /// Span of the whole sentence.
    public var sentenceStart: Int
    public var sentenceEnd: Int
    /// The sentence as written (citation marks removed).
    public var sentence: String
    /// The clause without its date phrase, connective and citations, capitalised: a complete sentence.
    public var statement: String
    /// People, organisations, countries, treaties named in the clause.
    public var actors: [String]
    /// Surface of the date phrase as written (`ngày 1 tháng 4 năm 2014`).
    public var dateSurface: String
    /// Labels a teacher gave the event in a timeline file (empty for events read from prose).
    public var tags: [String]
    /// A teacher's notes on the event in a timeline file.
    public var notes: String?

    public init(date: String, qualifier: Qualifier? = nil, start: Int, end: Int,
                sentenceStart: Int, sentenceEnd: Int, sentence: String, statement: String,
                actors: [String], dateSurface: String, tags: [String] = [], notes: String? = nil) {
        self.date = date
        self.when = EventDate(iso: date)
        self.qualifier = qualifier
        self.start = start
        self.end = end
        self.sentenceStart = sentenceStart
        self.sentenceEnd = sentenceEnd
        self.sentence = sentence
        self.statement = statement
        self.actors = actors
        self.dateSurface = dateSurface
        self.tags = tags
        self.notes = notes
    }

    /// Decodes an event; `tags` and `notes` may be absent (decks written before they existed).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        date = try container.decode(String.self, forKey: .date)
        when = EventDate(iso: date)
        qualifier = try container.decodeIfPresent(Qualifier.self, forKey: .qualifier)
        start = try container.decode(Int.self, forKey: .start)
        end = try container.decode(Int.self, forKey: .end)
        sentenceStart = try container.decode(Int.self, forKey: .sentenceStart)
        sentenceEnd = try container.decode(Int.self, forKey: .sentenceEnd)
        sentence = try container.decode(String.self, forKey: .sentence)
        statement = try container.decode(String.self, forKey: .statement)
        actors = try container.decode([String].self, forKey: .actors)
        dateSurface = try container.decode(String.self, forKey: .dateSurface)
        tags = try container.decodeIfPresent([String].self, forKey: .tags) ?? []
        notes = try container.decodeIfPresent(String.self, forKey: .notes)
    }

    /// Encodes an event; empty `tags` and a nil `notes` are left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(date, forKey: .date)
        try container.encodeIfPresent(qualifier, forKey: .qualifier)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(sentenceStart, forKey: .sentenceStart)
        try container.encode(sentenceEnd, forKey: .sentenceEnd)
        try container.encode(sentence, forKey: .sentence)
        try container.encode(statement, forKey: .statement)
        try container.encode(actors, forKey: .actors)
        try container.encode(dateSurface, forKey: .dateSurface)
        if !tags.isEmpty { try container.encode(tags, forKey: .tags) }
        try container.encodeIfPresent(notes, forKey: .notes)
    }

    enum CodingKeys: String, CodingKey {
        case date, qualifier, start, end, sentence, statement, actors, tags, notes
        case sentenceStart = "sentence_start"
        case sentenceEnd = "sentence_end"
        case dateSurface = "date_surface"
    }
}
