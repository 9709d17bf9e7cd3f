import Foundation

extension CardKind {
    /// The kinds named in a `--kinds` value (`date,cloze`, `choice chronology`, `all`), in the order given, each once.
    ///
    /// Accepts the raw names and a few aliases (`mc`, `multiple-choice`, `order`, `date-recall`).
    public static func list(from text: String) throws(CardKindError) -> [CardKind] {
        var result: [CardKind] = []
        for word in text.lowercased().split(whereSeparator: { $0 == "," || $0 == " " || $0 == "+" }) {
            let name = String(word)
            if name == "all" { return CardKind.allCases }
            guard let kind = aliases[name] ?? CardKind(rawValue: name) else { throw .unknown(name) }
            if !result.contains(kind) { result.append(kind) }
        }
        guard !result.isEmpty else { throw .empty }
        return result
    }

    /// Each kind's other names (`CardKindBehaviour.aliases`).
    static let aliases: [String: CardKind] = Dictionary(
        CardKind.allCases.flatMap { kind in kind.behaviour.aliases.map { ($0, kind) } }, uniquingKeysWith: { first, _ in first })
}

/// A `--kinds` value that names no card kind.
public enum CardKindError: LocalizedError, Equatable, Sendable {
    case unknown(String)
    case empty

    /// The message shown to the user.
    public var errorDescription: String? {
        let names = CardKind.allCases.map(\.rawValue).joined(separator: ", ")
        switch self {
        case .unknown(let name): return "unknown card kind '\(name)': use \(names) or all"
        case .empty: return "no card kind given: use \(names) or all"
        }
    }
}
