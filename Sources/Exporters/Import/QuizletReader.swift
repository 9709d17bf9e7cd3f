import Cards

/// Reads Quizlet's import text: a term and its definition per card, split by a tab (Quizlet's default) or, when
/// no line has a tab, a comma; cards split by new lines, or by `;` when the text is one line. Every card becomes a
/// typed-answer card (kind `reverse`): Quizlet keeps no ids, kinds, choices, sources or progress.
enum QuizletReader {
    static func read(_ text: String, path: String, options: ImportOptions) throws(ImportError) -> ImportedDeck {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let separator: Character = text.contains("\t") ? "\t" : ","
        // `;` between cards only when the text is one line of several cards, each with its separator.
        let pieces = trimmed.split(separator: ";")
        let semicolons = !trimmed.contains(where: { $0.isNewline }) && pieces.count > 1 && pieces.allSatisfy { $0.contains(separator) }
        let rows: [(line: Int, text: Substring)] = semicolons
            ? pieces.map { (1, $0) }
            : text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { ($0.offset + 1, $0.element) }
        var cards: [Card] = []
        for (line, raw) in rows {
            let row = raw.hasSuffix("\r") ? raw.dropLast() : raw
            guard !row.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            guard let cut = row.firstIndex(of: separator) else {
                throw .badRow(path: path, line: line, problem: .noSeparator(tabOnly: separator == "\t"))
            }
            let term = HTMLText.text(String(row[..<cut]).trimmingCharacters(in: .whitespaces))
            let definition = HTMLText.text(String(row[row.index(after: cut)...]).trimmingCharacters(in: .whitespaces))
            guard !term.isEmpty, !definition.isEmpty else {
                throw .badRow(path: path, line: line, problem: term.isEmpty ? .emptyTerm : .emptyDefinition)
            }
            cards.append(Card(id: DeckImporter.cardID("quizlet", term, definition), kind: .reverse, prompt: term,
                              answer: definition, eventID: ContentID.make("e", "import", term), sourceSentence: ""))
        }
        let deck = try DeckImporter.deck(cards, suggested: nil, path: path, bytes: Array(text.utf8), options: options)
        return ImportedDeck(deck: deck)
    }
}
