/// Why a review log is too small to fit FSRS parameters to, with the counts the learner needs to see.
public enum NotEnoughReviews: Equatable, Sendable, CustomStringConvertible {
    /// No card was reviewed again a day or more after its first review.
    case noLongTermReview
    /// Too few reviews came a day or more after an earlier review of the same card.
    case tooFewLongTermReviews(usable: Int, needed: Int, read: Int, cards: Int)
    /// Too few remain once outliers are removed.
    case tooFewAfterOutliers(usable: Int, needed: Int)

    /// In English.
    public var description: String {
        switch self {
        case .noLongTermReview: return "no card was reviewed again a day or more after its first review"
        case let .tooFewLongTermReviews(usable, needed, read, cards):
            return "\(usable) reviews came a day or more after an earlier review of the same card; "
                + "at least \(needed) are needed (\(read) reviews of \(cards) cards read)"
        case let .tooFewAfterOutliers(usable, needed):
            return "only \(usable) usable reviews remain after removing outliers; at least \(needed) are needed"
        }
    }
}
