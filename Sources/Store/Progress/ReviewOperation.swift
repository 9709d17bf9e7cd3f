import Scheduling

/// A line of `reviews.jsonl` that is not an answer: taking one back, suspending, burying or flagging a card.
///
/// `{"op":"undo","card":ID,"review_time":MS,"time":MS}`, `{"op":"suspend"|"unsuspend"|"bury","card":ID,"time":MS}`,
/// `{"op":"flag","card":ID,"flag":0-7,"time":MS}`; `time` is when it was done. They are replayed in file order.
public struct ReviewOperation: Equatable, Hashable, Sendable {
    /// What is done to the card.
    public enum Kind: Equatable, Hashable, Sendable {
        /// Takes back the review of the card given at this time (the only way a review ever leaves the state).
        case undo(reviewTime: Timestamp)
        case suspend
        case unsuspend
        /// Hidden until the next study day starts.
        case bury
        /// Anki's flag numbers, 1–7; 0 clears the flag.
        case flag(Int)
    }

    public var kind: Kind
    public var cardID: String
    /// When it was done (ms since the epoch, UTC).
    public var time: Timestamp

    public init(_ kind: Kind, cardID: String, time: Timestamp) {
        self.kind = kind
        self.cardID = cardID
        self.time = time
    }

    /// The `op` word written in the log.
    public var word: String {
        switch kind {
        case .undo: "undo"
        case .suspend: "suspend"
        case .unsuspend: "unsuspend"
        case .bury: "bury"
        case .flag: "flag"
        }
    }

    /// The highest flag number (Anki's seven colours).
    public static let highestFlag = 7
}
