import Timeline

/// A value worked out once for each language (the word lists the screens consult on every word).
struct PerLanguage<Value: Sendable>: Sendable {
    private let vi: Value
    private let en: Value

    /// `make` of each language, called once each.
    init(_ make: (Language) -> Value) {
        vi = make(.vi)
        en = make(.en)
    }

    /// The value for `language`.
    subscript(_ language: Language) -> Value {
        switch language {
        case .vi: return vi
        case .en: return en
        }
    }
}
