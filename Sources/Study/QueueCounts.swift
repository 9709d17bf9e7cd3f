/// The cards left in a session by where they are in their life, as the progress line shows them.
public struct QueueCounts: Equatable, Sendable {
    /// Never studied.
    public var new: Int
    /// In their (re)learning steps.
    public var learning: Int
    /// Due for review.
    public var review: Int

    public init(new: Int = 0, learning: Int = 0, review: Int = 0) {
        self.new = new
        self.learning = learning
        self.review = review
    }

    /// All of them.
    public var total: Int { new + learning + review }
}
