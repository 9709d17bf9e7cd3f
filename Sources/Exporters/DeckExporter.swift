import Cards

/// A writer of one export format: a deck in, the file's text out.
public protocol DeckExporter: Sendable {
    /// The usual file extension, without the dot.
    var fileExtension: String { get }
    /// The whole file for `deck`.
    func export(_ deck: Deck) -> String
}

/// The formats `ontap export --format` knows.
public enum ExportFormat: String, CaseIterable, Sendable {
    case tsv

    /// The exporter for this format.
    public var exporter: any DeckExporter {
        switch self {
        case .tsv: return AnkiTextExporter()
        }
    }
}
