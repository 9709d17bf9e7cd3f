/// How much a deck asks for in one study day (Anki's daily limits): new cards introduced and reviews shown.
public struct DailyLimits: Codable, Equatable, Sendable {
    /// New cards introduced per study day (counted by first review, however many learning steps follow).
    public var newCards: Int
    /// Review cards shown per study day (learning steps are never held back).
    public var reviews: Int

    /// Anki's defaults: 20 new cards, 200 reviews.
    public init(newCards: Int = 20, reviews: Int = 200) {
        self.newCards = newCards
        self.reviews = reviews
    }

    enum CodingKeys: String, CodingKey {
        case newCards = "new_per_day"
        case reviews = "reviews_per_day"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = DailyLimits()
        newCards = try c.decodeIfPresent(Int.self, forKey: .newCards) ?? d.newCards
        reviews = try c.decodeIfPresent(Int.self, forKey: .reviews) ?? d.reviews
    }
}
