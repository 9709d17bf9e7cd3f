import Cards

/// Anki's plain-text import (`.tsv`): one note per card, with headers that fix separator, HTML, deck, guid and tags.
///
/// Columns are positional (guid, front, back, tags), never named: a profile whose UI is Vietnamese calls the
/// stock fields `Mặt trước`/`Mặt sau`, and named columns would send answers into the tags.
public struct AnkiTextExporter: TextDeckExporter {
    /// The exporter (no options).
    public init() {}

    /// Anki reads `.tsv` as tab-separated text.
    public var fileExtension: String { "tsv" }

    /// The file for the input's deck (progress cannot travel in plain text).
    public func text(_ input: ExportInput) -> String { text(for: input.deck) }

    /// The file for `deck`.
    public func text(for deck: Deck) -> String {
        var lines = [
            "#separator:tab",
            "#html:true",
            "#deck:ontap::\(field(deck.name))",
            "#guid column:1",
            "#tags column:4",
        ]
        for card in deck.cards {
            let front = html(card.displayText(language: deck.language, howToAnswer: true))
            let back = html(card.answer) + "<br><br><i>" + html(card.sourceSentence) + "</i>"
            let tags = ["ontap", card.kind.rawValue].joined(separator: " ")
            lines.append([card.id, front, back, tags].map(field).joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// HTML-escapes text and turns newlines into `<br>`.
    func html(_ text: String) -> String { Escaping.htmlLines(text, quotes: false) }

    /// RFC-4180 quoting when a field holds a tab, quote or line break.
    func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "\t" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Foundation
