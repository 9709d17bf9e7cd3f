import Cards
import Timeline

/// Anki's plain-text import (`.tsv`), laid out as Anki's own "Notes in Plain Text" export: guid, note type, deck,
/// two fields, tags — each named by a header (`#guid column`, `#notetype column`, `#deck column`, `#tags column`),
/// so Anki never falls back to the last-used note type or guesses a column.
///
/// A text file can only name note types the profile already has, and Anki translates the stock ones with its
/// interface language (`Basic` is `Cơ bản` in a Vietnamese profile), so the file is written for the language of the
/// Anki it will be imported into (`profileLanguage`). Cloze cards use the stock Cloze type.
public struct AnkiTextExporter: TextDeckExporter {
    /// The interface language of the Anki profile the file is for (it names the stock note types).
    public var profileLanguage: Language

    /// An exporter for an Anki whose interface is in `profileLanguage`.
    public init(profileLanguage: Language = .en) {
        self.profileLanguage = profileLanguage
    }

    /// Anki reads `.tsv` as tab-separated text.
    public var fileExtension: String { "tsv" }

    /// The file for the input's deck (progress cannot travel in plain text).
    public func text(_ input: ExportInput) -> String { text(for: input.deck) }

    /// The stock note type that holds `shape`, by the name Anki gives it in the profile's language.
    func noteTypeName(_ shape: AnkiNote.Shape) -> String {
        switch (shape, profileLanguage) {
        case (.basic, .en): return "Basic"
        case (.basic, .vi): return "Cơ bản"
        case (.cloze, .en): return "Cloze"
        case (.cloze, .vi): return "Điền chỗ trống"
        }
    }

    /// The file for `deck`.
    public func text(for deck: Deck) -> String {
        var lines = [
            "#separator:tab",
            "#html:true",
            "#guid column:1",
            "#notetype column:2",
            "#deck column:3",
            "#tags column:6",
        ]
        let deckName = AnkiPackageExporter.parentDeck + "::" + TextNormalizer.nfc(deck.name)
        let periods = CardTags.eventPeriods(of: deck)
        for card in deck.cards {
            let note = AnkiNote(card: card, deck: deck, periods: periods)
            // The source under the answer, in italics; a card without one (imported from elsewhere) has the answer only.
            let second = note.shape == .cloze || note.source.isEmpty ? (note.shape == .cloze ? note.source : note.back)
                : note.back + "<br><br><i>" + note.source + "</i>"
            lines.append([note.guid, noteTypeName(note.shape), deckName, note.text, second, note.tags.joined(separator: " ")]
                .map(field).joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// RFC-4180 quoting when a field holds a tab, quote or line break.
    func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "\t" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
