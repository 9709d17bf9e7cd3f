import Cards
import Foundation

/// Finding a deck by the name a learner typed: without diacritics or case (`dien-bien-phu` finds
/// `điện-biên-phủ`), and the closest names when none matches.
public enum DeckNameMatch {
    /// The comparison key: NFC, lower case, diacritics and `đ` folded, spaces and `_` read as `-`.
    public static func key(_ name: String) -> String {
        let folded = TextNormalizer.plainLetters(TextNormalizer.nfc(name).lowercased())
        return String(folded.map { $0 == " " || $0 == "_" ? "-" : $0 })
    }

    /// The deck in `names` that `typed` names: exactly, else the only one with the same key.
    public static func find(_ typed: String, in names: [String]) -> String? {
        if names.contains(typed) { return typed }
        let wanted = key(typed)
        let matches = names.filter { key($0) == wanted }
        return matches.count == 1 ? matches[0] : nil
    }

    /// Up to `limit` names closest to `typed` (by edit distance of their keys, or containing it), closest first.
    public static func suggestions(for typed: String, in names: [String], limit: Int = 3) -> [String] {
        let wanted = key(typed)
        let scored = names.map { name -> (String, Int) in
            let candidate = key(name)
            if candidate.contains(wanted) || wanted.contains(candidate) { return (name, 0) }
            return (name, distance(wanted, candidate))
        }
        let threshold = max(2, wanted.count / 3)
        return scored.filter { $0.1 <= threshold }.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(limit).map(\.0)
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
