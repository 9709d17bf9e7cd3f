/// Bounded, order-independent candidate pools for distractors and chronology groups.
///
/// Events are kept sorted by id (a hash, so a pseudo-random order that does not depend on the input order); the
/// candidates for an event are the next `size` events in that ring. This keeps deck generation linear in the number
/// of events, and adding one event to a text changes the pools of only a few others.
struct EventNeighbours {
    let sorted: [DeckEvent]
    private let position: [String: Int]

    init(_ events: [DeckEvent]) {
        sorted = events.sorted { $0.id < $1.id }
        position = Dictionary(sorted.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
    }

    /// Up to `size` other events following `id` in id order (wrapping around).
    func pool(after id: String, size: Int) -> [DeckEvent] {
        guard let start = position[id] else { return [] }
        let count = min(size, sorted.count - 1)
        return (0..<max(0, count)).map { sorted[(start + 1 + $0) % sorted.count] }
    }
}
