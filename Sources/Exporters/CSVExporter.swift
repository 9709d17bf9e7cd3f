import Cards

/// A spreadsheet file (RFC 4180): header `id,guid,kind,question,answer,choices,source`, one row per card; `guid` is
/// the card's Anki note guid (`NoteIdentity`), the answer is written as in every other format (`CardAnswer`).
///
/// UTF-8 **with a byte-order mark** and CRLF line ends: Excel only reads a CSV as UTF-8 when it starts with the BOM
/// (without it Vietnamese turns into mojibake), and LibreOffice, Google Sheets, Numbers and Anki's own importer skip
/// the BOM. Choices are lettered (`A. 1991`), one per line inside their quoted cell; text is NFC. A cell that a
/// spreadsheet would run as a formula (`=…`, `+…`, `-…`, `@…`) starts with `'` instead.
public struct CSVExporter: TextDeckExporter {
    /// The column names of the header row.
    public static let header = ["id", "guid", "kind", "question", "answer", "choices", "source"]

    /// The exporter (no options).
    public init() {}

    /// Comma-separated values.
    public var fileExtension: String { "csv" }

    /// The whole file, BOM included.
    public func text(_ input: ExportInput) -> String {
        var rows = [Self.header]
        for card in input.deck.cards {
            rows.append([card.id, NoteIdentity.guid(deck: input.deck.name, card: card), card.kind.rawValue, card.prompt,
                         CardAnswer.lines(of: card).joined(separator: "\n"), card.letteredChoices.joined(separator: "\n"),
                         card.sourceSentence])
        }
        return "\u{FEFF}" + rows.map { $0.map { Escaping.csvField(Escaping.spreadsheetCell($0)) }.joined(separator: ",") + "\r\n" }.joined()
    }
}
