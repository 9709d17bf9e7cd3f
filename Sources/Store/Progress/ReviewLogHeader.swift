import FileFormats


/// The first line of `reviews.jsonl`: `{"format":"ontap-reviews","version":1,"deck":"NAME"}`.
public struct ReviewLogHeader: Equatable, Sendable {
    public static let formatName = "ontap-reviews"
    /// The newest version this ontap reads and writes. Version 2 may hold operation lines (`"op"`: undo, suspend,
    /// unsuspend, bury, flag); version 1 holds answers only; version 0 (the first ontap) had no header and is
    /// migrated on open.
    public static let currentVersion = 2
    /// The version of a log of answers only: a log is written as version 1 until it needs an operation line, so
    /// an older ontap still reads it.
    public static let answersOnlyVersion = 1

    /// The version a log holding `entries` is written in.
    static func version(for entries: [ReviewLogEntry]) -> Int {
        entries.contains { $0.operation != nil } ? currentVersion : answersOnlyVersion
    }

    public var version: Int
    public var deck: String
    /// Set when a log was rewritten (merge): a content hash, so a snapshot of the old log is never trusted for it.
    public var id: String?

    public init(version: Int = ReviewLogHeader.answersOnlyVersion, deck: String, id: String? = nil) {
        self.version = version
        self.deck = deck
        self.id = id
    }

    /// The header line, line feed included.
    var encoded: [UInt8] {
        var out = JSONOutput(capacity: 96)
        out.raw("{\"format\":")
        out.string(Self.formatName)
        out.raw(",\"version\":")
        out.int(version)
        out.raw(",\"deck\":")
        out.string(deck)
        if let id {
            out.raw(",\"id\":")
            out.string(id)
        }
        out.raw("}\n")
        return out.bytes
    }
}
