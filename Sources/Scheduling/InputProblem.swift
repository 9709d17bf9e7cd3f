import FileFormats

/// What is wrong with one line of a review file (`optimize --reviews` CSV, `scheduler replay` JSON): a value the
/// interface says in its language. `description` is the English, for logs and tests.
public enum InputProblem: Equatable, Sendable, CustomStringConvertible {
    /// The file's own syntax (CSV quoting, JSON), at `column` when known.
    case syntax(column: Int?, FileProblem)
    /// No header line.
    case empty
    /// A required column is missing from the header.
    case missingColumn(String, required: [String])
    /// A line has fewer fields than the header.
    case fieldCount(expected: Int, found: Int)
    /// `card_id` is empty, or "NaN".
    case emptyCardID, nanCardID
    /// A rating other than 1–4.
    case unknownRating(String)
    /// A time that is not ISO 8601 with an offset.
    case badTime(String)
    /// A duration that is not a number.
    case badDuration(String)
    /// A card's review earlier than its previous one.
    case outOfOrder(card: String, time: String, previous: String)
    /// A replay file's own shape (a developer's tool, said in English only).
    case replay(String)

    public var description: String {
        switch self {
        case let .syntax(column?, problem): return "column \(column): \(problem)"
        case let .syntax(nil, problem): return "\(problem)"
        case .empty: return "the file is empty; expected a header line"
        case let .missingColumn(column, required):
            return "missing column \"\(column)\" (the header needs \(required.joined(separator: ", ")))"
        case let .fieldCount(expected, found): return "expected \(expected) fields, found \(found)"
        case .emptyCardID: return "empty card_id"
        case .nanCardID: return "card_id is NaN"
        case let .unknownRating(text): return "unknown rating \"\(text)\"; use 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)"
        case let .badTime(text): return "review_time \"\(text)\" is not an ISO 8601 time with a UTC offset"
        case let .badDuration(text): return "review_duration \"\(text)\" is not a number"
        case let .outOfOrder(card, time, previous):
            return "review of card \(card) at \(time) is earlier than its previous review (\(previous))"
        case let .replay(message): return message
        }
    }
}
