import Scheduling

/// One answered card, as one line of `reviews.jsonl`: the log that is the truth.
public struct ReviewRecord: Codable, Equatable, Hashable, Sendable {
    public var cardID: String
    public var rating: Rating
    /// When the grade was given (ms since the epoch, UTC).
    public var time: Timestamp
    /// How long the learner took to answer, in ms.
    public var durationMs: Int64

    public init(cardID: String, rating: Rating, time: Timestamp, durationMs: Int64) {
        self.cardID = cardID
        self.rating = rating
        self.time = time
        self.durationMs = durationMs
    }

    enum CodingKeys: String, CodingKey {
        case cardID = "card"
        case rating, time
        case durationMs = "duration_ms"
    }
}
