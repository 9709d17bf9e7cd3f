import Cards
import FileFormats

/// Reads cards from CSV (RFC 4180, quoted line breaks included): ontap's own export (`id,guid,kind,question,answer,
/// choices,source`, cards coming back with their ids) or any sheet with a header naming a question and an answer
/// column (`question`/`front`/`term`/`câu hỏi`, `answer`/`back`/`definition`/`đáp án`, optionally `source`, `tags`),
/// or without a header: question, answer[, source].
enum CardCSVReader {
    static let names: [String: String] = [
        "id": "id", "guid": "guid", "kind": "kind", "choices": "choices", "tags": "tags",
        "question": "question", "front": "question", "term": "question", "câu hỏi": "question", "mặt trước": "question",
        "answer": "answer", "back": "answer", "definition": "answer", "đáp án": "answer", "mặt sau": "answer",
        "source": "source", "extra": "source", "nguồn": "source",
    ]

    static func read(_ text: String, path: String, options: ImportOptions) throws(ImportError) -> ImportedDeck {
        let records: [CSV.Record]
        do { records = try CSV.records(text) } catch {
            throw .badQuoting(path: path, line: error.line, column: error.column)
        }
        guard let first = records.first else { throw .noCards(path: path) }
        var columns: [String: Int] = [:]
        for (index, name) in first.fields.enumerated() {
            if let role = names[TextNormalizer.nfc(name).trimmingCharacters(in: .whitespaces).lowercased()], columns[role] == nil {
                columns[role] = index
            }
        }
        var body = records[...]
        if columns["question"] != nil || columns["answer"] != nil {
            guard columns["question"] != nil, columns["answer"] != nil else {
                throw .badRow(path: path, line: first.line, problem: .missingQuestionOrAnswerColumn)
            }
            body = records.dropFirst()
        } else {
            columns = ["question": 0, "answer": 1, "source": 2]
        }
        var cards: [Card] = []
        var empty = 0
        for record in body {
            func cell(_ role: String) -> String {
                guard let index = columns[role], index < record.fields.count else { return "" }
                return HTMLText.text(neutralised(record.fields[index]))
            }
            let question = cell("question"), answer = cell("answer")
            guard !question.isEmpty, !answer.isEmpty else {
                if record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
                empty += 1
                continue
            }
            let kindText = cell("kind")
            guard kindText.isEmpty || CardKind(rawValue: kindText) != nil else {
                throw .badRow(path: path, line: record.line,
                              problem: .unknownKind(kindText, known: CardKind.allCases.map(\.rawValue)))
            }
            let id = cell("id")
            guard id.utf8.count <= 64, !id.contains(where: { $0.isWhitespace }) else {
                throw .badRow(path: path, line: record.line, problem: .badCardID(String(id.prefix(70))))
            }
            let choices = cell("choices")
            let front = choices.isEmpty ? question : question + "\n" + choices
            let tags = cell("tags").split(separator: " ").map(String.init)
            let guid = cell("guid")
            cards.append(ImportedCards.card(id: id.isEmpty ? DeckImporter.cardID(guid.isEmpty ? question + "\u{1F}" + answer : guid) : id,
                                            kind: CardKind(rawValue: kindText) ?? .reverse, front: front, back: answer,
                                            source: cell("source"), guid: guid.isEmpty ? nil : guid,
                                            tags: tags.isEmpty ? nil : tags))
        }
        let deck = try DeckImporter.deck(cards, suggested: nil, path: path, bytes: Array(text.utf8), options: options)
        return ImportedDeck(deck: deck, empty: empty)
    }

    /// A cell as written before ontap's export guarded it against formulas (`'=…` → `=…`).
    static func neutralised(_ cell: String) -> String {
        let scalars = cell.unicodeScalars
        guard scalars.first == "'", let second = scalars.dropFirst().first, "=+-@\t\r".unicodeScalars.contains(second) else { return cell }
        return String(cell.dropFirst())
    }
}
