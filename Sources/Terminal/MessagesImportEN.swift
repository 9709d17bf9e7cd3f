
/// `ontap import`'s sentences in English.
extension MessagesEN {




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



    static func importEmpty(_ count: Int) -> String {
        "Left out \(count) note\(count == 1 ? "" : "s") or row\(count == 1 ? "" : "s") with no text (images or sounds only, or an empty side)."
    }

    static func importSkippedReviews(_ count: Int) -> String {
        "Left out \(count) review-log row\(count == 1 ? "" : "s") that are not answers (manual reschedulings) or belong to cards not imported."
    }

    static func importNoProgress(_ format: String) -> String { "\(format) carries no progress: importing the cards only" }
}
