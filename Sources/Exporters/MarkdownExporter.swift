import Cards
import Timeline

/// A readable study sheet in Markdown: the deck's events in time order, then every question with its answer.
public struct MarkdownExporter: TextDeckExporter {
    /// The exporter (no options).
    public init() {}

    /// Markdown.
    public var fileExtension: String { "md" }

    /// The study sheet.
    public func text(_ input: ExportInput) -> String {
        let deck = input.deck
        let vi = deck.language == .vi
        var out = "# \(Escaping.markdown(deck.title ?? deck.name))\n\n"
        out += vi ? "_Nguồn: \(Escaping.markdown(deck.source.file)) · \(deck.events.count) sự kiện · \(deck.cards.count) câu hỏi_\n\n"
            : "_Source: \(Escaping.markdown(deck.source.file)) · \(deck.events.count) events · \(deck.cards.count) questions_\n\n"
        out += vi ? "## Các sự kiện theo thời gian\n\n" : "## Events in time order\n\n"
        for event in Self.inTimeOrder(deck.events) {
            let date = DateText.render(event.event, in: deck.language)
                ?? event.event.date
            out += "- **\(Escaping.markdown(date))**: \(Self.inline(event.event.statement))\n"
        }
        out += vi ? "\n## Câu hỏi và đáp án\n\n" : "\n## Questions and answers\n\n"
        // Paragraphs, not a numbered list: list continuation indents differ between CommonMark (the marker's
        // width) and Python-Markdown (four spaces), so a list cannot render the same in both past question 99.
        let label = vi ? "Câu" : "Question"
        for (index, card) in deck.cards.enumerated() {
            let lines = Escaping.lines(of: card.displayText).map(Self.inline)
            out += "**\(label) \(index + 1).** " + lines.joined(separator: "  \n") + "\n\n"
            let answer = CardAnswer.lines(of: card).map(Self.inline)
            out += (vi ? "**Đáp án:** " : "**Answer:** ") + answer.joined(separator: "  \n") + "\n\n"
            out += "> " + Self.inline(card.sourceSentence) + "\n\n"
        }
        return out
    }

    /// Events sorted by date (a period by its start; undated ones last), ties kept in text order.
    static func inTimeOrder(_ events: [DeckEvent]) -> [DeckEvent] {
        let keyed = events.enumerated().map { (offset: $0.offset, event: $0.element,
                                              date: $0.element.event.when?.startDate) }
        return keyed.sorted { lhs, rhs in
            switch (lhs.date, rhs.date) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return false
            case (_?, nil): return true
            default: return lhs.offset < rhs.offset
            }
        }.map(\.event)
    }

    /// One line of text, escaped, with line breaks turned into spaces; a start that would open a list, a heading
    /// underline or a numbered item (`- `, `+ `, `=`, `1994. `) is escaped too, as the line may begin a line.
    static func inline(_ text: String) -> String {
        var line = Escaping.markdown(Escaping.lines(of: text).joined(separator: " "))
        if line.first == "=" { line = "&#61;" + line.dropFirst() }  // no backslash escape for = in Python-Markdown
        if let first = line.first, "-+".contains(first) { line.insert("\\", at: line.startIndex) }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let after = line.dropFirst(digits.count).first, after == "." || after == ")" {
            line.insert("\\", at: line.index(line.startIndex, offsetBy: digits.count))
        }
        return line
    }
}
