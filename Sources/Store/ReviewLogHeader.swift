import FileFormats


/// The first line of `reviews.jsonl`: `{"format":"ontap-reviews","version":1,"deck":"NAME"}`.
public struct ReviewLogHeader: Equatable, Sendable {
    public static let formatName = "ontap-reviews"
    /// Version 1 has this header; version 0 (the first ontap) had none and is migrated on open.
    public static let currentVersion = 1

    public var version: Int
    public var deck: String
    /// Set when a log was rewritten (merge): a content hash, so a snapshot of the old log is never trusted for it.
    public var id: String?

    public init(version: Int = ReviewLogHeader.currentVersion, deck: String, id: String? = nil) {
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
