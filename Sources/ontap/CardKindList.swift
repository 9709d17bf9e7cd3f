import ArgumentParser
import Cards

/// A `--kinds` option value: card kinds named as `date,cloze`, `choice chronology` or `all`.
struct CardKindList: ExpressibleByArgument {
    let kinds: [CardKind]

    init?(argument: String) {
        guard let kinds = try? CardKind.list(from: argument) else { return nil }
        self.kinds = kinds
    }

    static var allValueStrings: [String] { CardKind.allCases.map(\.rawValue) + ["all"] }
}
