/// Milliseconds since the Unix epoch (UTC): the scheduler's only notion of time.
public typealias Timestamp = Int64

/// Whole milliseconds in common spans.
public enum Milliseconds {
    /// 1 s.
    public static let second: Int64 = 1_000
    /// 1 min.
    public static let minute: Int64 = 60_000
    /// 1 h.
    public static let hour: Int64 = 3_600_000
    /// 24 h.
    public static let day: Int64 = 86_400_000
}
