import Timeline

/// Matches the events of a regenerated deck with those of the deck it replaces, so that fixing a typo or a word
/// in the source keeps the studied cards: same date, and nearly the same words (Jaccard ≥ 0.7 on NFC, lower-cased
/// words), each old event used once, best match first.
enum EventMatcher {
    static let threshold = 0.7

    /// New event id → old event id, for new events whose id the old deck lacks.
    static func matches(new: [DeckEvent], old: [DeckEvent]) -> [String: String] {
        let oldIDs = Set(old.map(\.id)), newIDs = Set(new.map(\.id))
        let unmatchedOld = old.filter { !newIDs.contains($0.id) }
        guard !unmatchedOld.isEmpty else { return [:] }
        var byDate: [String: [(id: String, words: Set<String>)]] = [:]
        for event in unmatchedOld { byDate[event.event.date, default: []].append((event.id, words(event.event.statement))) }
        var candidates: [(score: Double, new: String, old: String)] = []
        for event in new where !oldIDs.contains(event.id) {
            let mine = words(event.event.statement)
            for other in byDate[event.event.date] ?? [] {
                let union = mine.union(other.words).count
                guard union > 0 else { continue }
                let score = Double(mine.intersection(other.words).count) / Double(union)
                if score >= threshold { candidates.append((score, event.id, other.id)) }
            }
        }
        var result: [String: String] = [:], used = Set<String>()
        for candidate in candidates.sorted(by: { ($0.score, $1.new, $1.old) > ($1.score, $0.new, $0.old) })
        where result[candidate.new] == nil && !used.contains(candidate.old) {
            result[candidate.new] = candidate.old
            used.insert(candidate.old)
        }
        return result
    }

    static func words(_ text: String) -> Set<String> {
        Set(TextNormalizer.nfc(text).lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init))
    }
}
