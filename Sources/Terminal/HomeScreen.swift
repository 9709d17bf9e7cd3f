import Study

/// Bare `ontap` at a terminal: the decks with what is due, and a choice (a number, a name, or Enter for the
/// deck studied last).
public final class HomeScreen {
    private let rows: [DeckRow]
    private let preferred: String
    private let messages: Messages
    private let reader: any LineReader
    private let output: any TextOutput

    public init(rows: [DeckRow], preferred: String, language: Language, reader: any LineReader, output: any TextOutput) {
        self.rows = rows
        self.preferred = preferred
        self.messages = Messages(language: language)
        self.reader = reader
        self.output = output
    }

    /// Shows the decks and returns the one chosen, nil when the learner leaves.
    public func choose() -> String? {
        output.write(messages.homeTitle + "\n")
        output.write(DeckTable.render(rows, messages: messages, numbered: true) + "\n")
        reader.setCompletions(rows.map(\.name) + [":quit"])
        while true {
            guard case let .line(line) = reader.readLine(prompt: messages.homePrompt(preferred)) else { return nil }
            let typed = line.trimmingCharacters(in: .whitespaces)
            if typed.isEmpty { return preferred }
            if REPLCommand(line: typed) == .quit { return nil }
            if let number = Int(typed), rows.indices.contains(number - 1) { return rows[number - 1].name }
            if let name = DeckNameMatch.find(typed, in: rows.map(\.name)) { return name }
            let close = DeckNameMatch.suggestions(for: typed, in: rows.map(\.name))
            output.write(TerminalText.sanitize(messages.noSuchDeck(typed, suggestions: close)) + "\n")
        }
    }
}
