import Study

/// The decks as an aligned table (widths counted for combining marks), for the home screen and `decks`.
public enum DeckTable {
    /// One line a deck: number (optional), name, cards due as new / learning / review, size and studied.
    public static func render(_ rows: [DeckRow], messages: Messages, numbered: Bool) -> String {
        let header = (numbered ? ["#"] : []) + messages.deckTableHeader
        let lines = rows.enumerated().map { index, row in
            (numbered ? ["\(index + 1)"] : []) + [TerminalText.sanitize(row.name), "\(row.due.total)",
                                                  "\(row.due.new)/\(row.due.learning)/\(row.due.review)",
                                                  "\(row.cards)", "\(row.studied)"]
        }
        let table = [header] + lines
        // A deck that cannot be opened is listed by name with its error, after the table's columns.
        let errors = rows.map { $0.error.map(TerminalText.sanitize) }
        let widths = header.indices.map { column in table.map { TerminalText.width(of: $0[column]) }.max() ?? 0 }
        return table.enumerated().map { line, cells in
            if line > 0, let error = errors[line - 1] {
                let name = cells[numbered ? 1 : 0]
                return ((numbered ? [cells[0]] : []) + [name, "✗ " + error]).joined(separator: "  ")
            }
            return cells.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - TerminalText.width(of: cell))
                // Names left-aligned, numbers right-aligned.
                let isName = column == (numbered ? 1 : 0)
                return isName ? cell + pad : pad + cell
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }
}
