import Timeline

/// What `generate` left out and why: every event or card dropped, with its defect, so `--verbose` can list them
/// and the summary can count them.
public struct GenerationReport: Sendable, Equatable {
    /// One thing left out: an event (all its cards, or the cards asking its date) or a single card.
    public struct Drop: Sendable, Equatable {
        /// The event's id, or the card's id.
        public var id: String
        /// The card kind dropped, or nil when the whole event made no card.
        public var kind: CardKind?
        /// Why.
        public var defect: CardDefect
        /// The statement or prompt, for the learner to recognise it.
        public var text: String
    }

    /// Everything left out, in the order found.
    public var drops: [Drop] = []
    /// Events whose sentence was edited since the previous deck but kept their id (and their cards' progress).
    public var renamed = 0

    /// An empty report.
    public init() {}

    /// How many drops each defect caused, most frequent first (ties in the defect's order).
    public var counts: [(defect: CardDefect, count: Int)] {
        var counts: [CardDefect: Int] = [:]
        for drop in drops { counts[drop.defect, default: 0] += 1 }
        return counts.map { ($0.key, $0.value) }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }
    }

    mutating func add(_ id: String, kind: CardKind?, _ defect: CardDefect, _ text: String) {
        drops.append(Drop(id: id, kind: kind, defect: defect, text: text))
    }
}
