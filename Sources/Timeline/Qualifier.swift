/// How a date expression narrows or widens its value (`cuối` → late, `khoảng` → approx).
public enum Qualifier: String, Codable, Sendable, CaseIterable {
    case early, mid, late, before, after, approx
    case moreThan = "more_than"
    case lessThan = "less_than"
}
