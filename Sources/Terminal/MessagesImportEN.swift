import Exporters

/// `ontap import`'s sentences in English.
extension MessagesEN {
    static func importError(_ error: ImportError) -> String {
        let nothing = "; nothing was written"
        switch error {
        case let .unreadable(path, reason):
            return "\(path): cannot read the file (\(reason)); check the path and its permissions" + nothing
        case let .tooLarge(path, bytes, limit):
            return "\(path): the file is \(size(bytes)), more than ontap imports (\(size(limit))); "
                + "export a smaller deck (or one without media) and import that" + nothing
        case let .unknownFormat(path):
            return "\(path): the file's name and content do not say its format; "
                + "name it with --format apkg, tsv, csv, quizlet or timeline" + nothing
        case let .invalidUTF8(path, line, column):
            return "\(path):\(line):\(column): this is not UTF-8 text; save the file as UTF-8 and import it again" + nothing
        case let .notAZip(path, reason):
            return "\(path): not a readable Anki package (\(reason)); an .apkg is a zip file: "
                + "export the deck again from Anki (File › Export › Anki Deck Package)" + nothing
        case let .entryEscapes(path, entry):
            return "\(path): the package holds an entry named '\(entry)' that points outside its folder; "
                + "ontap never opens such a package: get the deck from a source you trust" + nothing
        case let .notAnkiPackage(path, entries):
            return "\(path): a zip file, but not an Anki package (it holds \(entries.map { "'\($0)'" }.joined(separator: ", ")), "
                + "no collection.anki2 or collection.anki21); export the deck from Anki as an .apkg" + nothing
        case let .newerAnkiPackage(path):
            return "\(path): the package holds only Anki's newest collection format (collection.anki21b), which ontap cannot read; "
                + "in Anki, export it again with \"Support older Anki versions\" ticked" + nothing
        case let .damaged(path, what, reason):
            return "\(path): \(what) is damaged (\(reason)); export the deck from Anki again" + nothing
        case let .unknownNoteTypes(path, counts):
            let list = counts.map { "'\($0.name)' (\($0.notes) note\($0.notes == 1 ? "" : "s"))" }.joined(separator: ", ")
            return "\(path): ontap cannot make cards from the note type\(counts.count == 1 ? "" : "s") \(list); "
                + "import the other notes with --skip-unknown, or change these notes to Basic or Cloze in Anki" + nothing
        case let .badQuoting(path, line, column, problem):
            return "\(path):\(line):\(column): \(problem)" + nothing
        case let .badRow(path, line, problem):
            return "\(path):\(line): \(problem); fix the line and import again" + nothing
        case let .noCards(path):
            return "\(path): there is no card in the file (every row or note was empty)" + nothing
        }
    }

    static func size(_ bytes: Int64) -> String {
        bytes >= 1 << 30 ? String(format: "%.1f GB", Double(bytes) / Double(1 << 30))
            : bytes >= 1 << 20 ? "\(bytes >> 20) MB" : "\(bytes) bytes"
    }

    static func importDeckExists(_ path: String, name: String) -> String {
        "\(path) already exists; import under another name with --deck NAME, "
            + "or replace the deck with --force (its progress is kept, and merged with the file's with --with-progress)"
    }

    static func imported(cards: Int, path: String) -> String { "\(cards) card\(cards == 1 ? "" : "s") → \(path)" }

    static func importedReviews(added: Int, total: Int, path: String) -> String {
        added == total ? "\(added) review\(added == 1 ? "" : "s") → \(path)"
            : "\(added) of the file's \(total) reviews were new (the others were already there) → \(path)"
    }

    static func importedMarks(suspended: Int, flagged: Int) -> String {
        "Kept as in Anki: \(suspended) suspended card\(suspended == 1 ? "" : "s"), \(flagged) flagged (log lines, counted above)."
    }

    static func importSkipped(_ counts: [ImportError.NoteTypeCount]) -> String {
        "Left out, note types ontap cannot read: " + counts.map { "\($0.name) (\($0.notes))" }.joined(separator: ", ")
    }

    static func importEmpty(_ count: Int) -> String {
        "Left out \(count) note\(count == 1 ? "" : "s") or row\(count == 1 ? "" : "s") with no text (images or sounds only, or an empty side)."
    }

    static func importSkippedReviews(_ count: Int) -> String {
        "Left out \(count) review-log row\(count == 1 ? "" : "s") that are not answers (manual reschedulings) or belong to cards not imported."
    }

    static func importNoProgress(_ format: String) -> String { "\(format) carries no progress: importing the cards only" }
}
