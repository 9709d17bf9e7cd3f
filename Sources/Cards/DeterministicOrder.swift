/// Orders and picks things from content-derived hashes instead of a random source, so decks regenerate identically.
enum DeterministicOrder {
    /// A stable pseudo-random rank of `item` within the context `salt`.
    static func rank(_ salt: String, _ item: String) -> UInt64 {
        ContentID.seed(of: salt + "\u{1F}" + item)
    }

    /// `items` shuffled by rank: the same salt and items always give the same order, whatever order they came in.
    static func shuffled<T>(_ items: [T], salt: String, key: (T) -> String) -> [T] {
        items.map { (rank(salt, key($0)), key($0), $0) }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
            .map(\.2)
    }
}
