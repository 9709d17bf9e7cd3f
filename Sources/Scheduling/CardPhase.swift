/// Where a card is in its life: never seen, being learned, in review, or relearned after a lapse.
public enum CardPhase: UInt8, Codable, Sendable, CaseIterable {
    case new = 0
    case learning = 1
    case review = 2
    case relearning = 3
}
