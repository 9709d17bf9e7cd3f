/// One dated happening: the clause that states it, its date, who took part, and a clean statement.
public struct Event: Codable, Equatable, Hashable, Sendable {
    /// ISO value of the date (`2014-04-01`), or `A/B` for a period.
    public var date: String
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

    public init(date: String, qualifier: Qualifier? = nil, start: Int, end: Int,
                sentenceStart: Int, sentenceEnd: Int, sentence: String, statement: String,
                actors: [String], dateSurface: String) {
        self.date = date
        self.qualifier = qualifier
        self.start = start
        self.end = end
        self.sentenceStart = sentenceStart
        self.sentenceEnd = sentenceEnd
        self.sentence = sentence
        self.statement = statement
        self.actors = actors
        self.dateSurface = dateSurface
    }

    enum CodingKeys: String, CodingKey {
        case date, qualifier, start, end, sentence, statement, actors
        case sentenceStart = "sentence_start"
        case sentenceEnd = "sentence_end"
        case dateSurface = "date_surface"
    }
}
