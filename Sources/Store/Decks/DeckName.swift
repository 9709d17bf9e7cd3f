/// A deck name that is safe as a file name under `Decks/` and `Progress/`.
public struct DeckName: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// Accepts letters (any script), digits, `-`, `_` and `.` (not leading); refuses paths and control characters.
    public init(_ raw: String) throws(StoreError) {
        guard !raw.isEmpty, raw.count <= 120, raw.utf8.count <= 200, !raw.hasPrefix("."), raw != "..",
              raw.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) })
        else { throw .invalidName(raw.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : String($0) }.joined()) }
        rawValue = raw
    }

    public var description: String { rawValue }
}
