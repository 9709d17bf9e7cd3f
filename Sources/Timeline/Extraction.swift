/// Everything the extractor found in one text: the shape of `ontap events --json`.
public struct Extraction: Codable, Equatable, Sendable {
    public var language: Language
    public var timexes: [Timex]
    public var intervals: [TimexInterval]
    public var events: [Event]

    public init(language: Language, timexes: [Timex], intervals: [TimexInterval], events: [Event]) {
        self.language = language
        self.timexes = timexes
        self.intervals = intervals
        self.events = events
    }
}
