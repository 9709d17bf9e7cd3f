import Foundation
import Timeline

/// The lines of a text that are entries of a catalogue — studios with their towns, a cast, members, works — rather
/// than sentences of its narrative: a run of four or more short lines, most of them opening on a name and a third
/// or more without a full stop (prose paragraphs end on one). A line that opens on a date is a timeline's entry and
/// stays narrative ("1945: …", "Ngày 2/9/1945: …").
///
/// Judges of generated cards read such entries as reference material, not history an exam asks ("EA Phenomic tại
/// Ingelheim, Đức, thành lập … vào năm 1997"): their events make no card.
public struct ListEntries: Sendable {
    /// Where the catalogue lines are, as sorted, disjoint ranges of Unicode scalar offsets into the text (the
    /// offsets `Event.sentenceStart` counts in).
    let spans: [Range<Int>]

    /// No catalogue lines (a deck made from events without their text).
    public static let none = ListEntries(spans: [])

    /// Runs shorter than this many lines are no catalogue.
    static let minimumRun = 4
    /// Lines longer than this many words are prose.
    static let maximumWords = 40

    /// The catalogue lines of `text`.
    public init(text: String) {
        var found: [Range<Int>] = []
        var run: [(line: Substring, span: Range<Int>)] = []
        func close() {
            defer { run.removeAll() }
            guard run.count >= Self.minimumRun else { return }
            let open = run.filter { !Self.endsSentence($0.line) }.count
            let named = run.filter { $0.line.first?.isUppercase == true }.count
            if open * 3 >= run.count, named * 2 >= run.count { found += run.map(\.span) }
        }
        // Lines are found on the UTF-8 bytes, counting scalars as they go; a line with more spaces than a catalogue
        // entry has words is prose and is never turned into a string.
        let utf8 = text.utf8
        var offset = 0
        var lineStart = utf8.startIndex, scalars = 0, spaces = 0
        var index = utf8.startIndex
        while true {
            let atEnd = index == utf8.endIndex
            let byte: UInt8 = atEnd ? 0x0A : utf8[index]
            if byte == 0x0A {
                let line = spaces <= Self.maximumWords
                    ? Substring(utf8[lineStart..<index]).trimmingPrefix(while: { $0 == " " || $0 == "\t" }) : ""
                if !line.isEmpty, !line.hasPrefix("="), Self.isEntryShaped(line) {
                    run.append((line, offset..<(offset + scalars)))
                } else {
                    close()
                }
                offset += scalars + 1
                if atEnd { break }
                index = utf8.index(after: index)
                lineStart = index
                scalars = 0
                spaces = 0
                continue
            }
            if byte & 0xC0 != 0x80 { scalars += 1 }
            if byte == 0x20 { spaces += 1 }
            index = utf8.index(after: index)
        }
        close()
        spans = found
    }

    init(spans: [Range<Int>]) { self.spans = spans }

    /// Is the scalar offset `offset` (a sentence's start) on one of the catalogue lines?
    func contains(offset: Int) -> Bool {
        var low = 0, high = spans.count
        while low < high {
            let middle = (low + high) / 2
            if spans[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low < spans.count && spans[low].contains(offset)
    }

    /// Short, and not opening on a date or a number (a timeline's entry).
    static func isEntryShaped(_ line: Substring) -> Bool {
        guard let first = line.first, !first.isNumber else { return false }
        let words = line.split(separator: " ", maxSplits: maximumWords + 1)
        guard words.count <= maximumWords, let head = words.first else { return false }
        return !openingDateWords.contains(head.lowercased().trimmingCharacters(in: .punctuationCharacters))
    }

    /// Words a line that opens on a date starts with.
    static let openingDateWords = Set([
        "ngày", "năm", "tháng", "vào", "từ", "đầu", "cuối", "giữa", "thế", "thập", "mùa",
        "in", "on", "by", "from", "during", "after", "before", "early", "late", "the",
    ] + MonthName.english.map { $0.lowercased() })

    /// Does `line` end as a sentence does (a full stop, a question or exclamation mark, maybe inside a quote)?
    static func endsSentence(_ line: Substring) -> Bool {
        var tail = line.trimmingCharacters(in: .whitespaces)[...]
        while let last = tail.last, "\"'”’)]".contains(last) { tail.removeLast() }
        guard let last = tail.last else { return false }
        return ".!?…;".contains(last)
    }
}
