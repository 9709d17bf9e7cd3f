/// One logged review, the optimizer's input: which card, the grade, and when.
public struct ReviewItem: Sendable, Equatable, Hashable {
    /// Any stable card identifier (the Store's card id, or a CSV's `card_id`).
    public var cardID: String
    /// The grade given.
    public var rating: Rating
    /// When it was given.
    public var time: Timestamp

    /// A review of `cardID` graded `rating` at `time`.
    public init(cardID: String, rating: Rating, time: Timestamp) {
        self.cardID = cardID
        self.rating = rating
        self.time = time
    }
}
