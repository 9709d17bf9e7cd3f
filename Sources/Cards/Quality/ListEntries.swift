import Foundation

/// The lines of a text that are entries of a catalogue — studios with their towns, a cast, members, works — rather
/// than sentences of its narrative: a run of four or more short lines, most of them opening on a name and a third
/// or more without a full stop (prose paragraphs end on one). A line that opens on a date is a timeline's entry and
/// stays narrative ("1945: …", "Ngày 2/9/1945: …").
///
/// Judges of generated cards read such entries as reference material, not history an exam asks ("EA Phenomic tại
/// Ingelheim, Đức, thành lập … vào năm 1997"): their events make no card.
public struct ListEntries: Sendable {
    /// The catalogue lines, trimmed.
    let lines: [String]

    /// No catalogue lines (a deck made from events without their text).
    public static let none = ListEntries(lines: [])

    /// Runs shorter than this many lines are no catalogue.
    static let minimumRun = 4
    /// Lines longer than this many words are prose.
    static let maximumWords = 30

    /// The catalogue lines of `text`.
    public init(text: String) {
        var found: [String] = []
        var run: [String] = []
        func close() {
            defer { run.removeAll() }
            guard run.count >= Self.minimumRun else { return }
            let open = run.filter { !Self.endsSentence($0) }.count
            let named = run.filter { $0.first?.isUppercase == true }.count
            if open * 3 >= run.count, named * 2 >= run.count { found += run }
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("="), Self.isEntryShaped(line) else {
                close()
                continue
            }
            run.append(line)
        }
        close()
        lines = found
    }

    init(lines: [String]) { self.lines = lines }

    /// Is `sentence` written on one of the catalogue lines?
    func contains(sentence: String) -> Bool {
        guard !lines.isEmpty else { return false }
        let probe = String(sentence.trimmingCharacters(in: .whitespaces).prefix(40))
        guard !probe.isEmpty else { return false }
        return lines.contains { $0.contains(probe) }
    }

    /// Short, and not opening on a date or a number (a timeline's entry).
    static func isEntryShaped(_ line: String) -> Bool {
        guard let first = line.first, !first.isNumber else { return false }
        let words = line.split(separator: " ")
        guard words.count <= maximumWords, let head = words.first else { return false }
        let dateWords: Set<String> = [
            "ngày", "năm", "tháng", "vào", "từ", "đầu", "cuối", "giữa", "thế", "thập", "mùa",
            "in", "on", "by", "from", "during", "after", "before", "early", "late", "the",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ]
        return !dateWords.contains(head.lowercased().trimmingCharacters(in: .punctuationCharacters))
    }

    /// Does `line` end as a sentence does (a full stop, a question or exclamation mark, maybe inside a quote)?
    static func endsSentence(_ line: String) -> Bool {
        var tail = line
        while let last = tail.last, "\"'”’)]".contains(last) { tail.removeLast() }
        guard let last = tail.last else { return false }
        return ".!?…;".contains(last)
    }
}
