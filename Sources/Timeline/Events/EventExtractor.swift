import Foundation

/// Finds dated events in history prose (Vietnamese or English).
///
/// One pass over the UTF-8 bytes: lines are cut into tokens (words, numbers, marks) with their scalar offsets,
/// tokens into sentences, and a hand-written grammar per language reads temporal expressions off the tokens.
/// Expressions get values from the narrative's context (`DateResolver`); every dated happening becomes an
/// `Event` with its clause, statement and actors. Linear in the input: no regular expressions, no backtracking
/// beyond a few tokens.
public struct EventExtractor: Sendable {
    /// An extractor; it holds no state, so one can serve many texts and threads.
    public init() {}

    /// Lines longer than this many bytes are cut at a space, so memory stays bounded on one-line files.
    static let maximumChunk = 1 << 16

    /// Extracts timexes and events from `text`; `language` nil means detect it.
    public func extract(_ text: String, language: Language? = nil) -> Extraction {
        let language = language ?? Language.detect(in: text)
        var text = text
        text.makeContiguousUTF8()
        let result = text.utf8.withContiguousStorageIfAvailable { bytes in
            var run = ExtractionRun(bytes: bytes, language: language)
            run.run()
            return run.extraction
        }
        return result ?? Extraction(language: language, timexes: [], intervals: [], events: [])
    }
}

/// The state of one extraction: the tokens of the current line, the resolver's anchors, the output so far.
struct ExtractionRun {
    let bytes: UnsafeBufferPointer<UInt8>
    let language: Language
    var extraction: Extraction
    var resolver = DateResolver()
    var tokens: [Token] = []
    var sentences: [Range<Int>] = []
    /// Hashes of (date, statement) already emitted: the same fact stated twice becomes one event.
    var eventKeys = Set<UInt64>()
    /// Date hash and index of the latest events, to find restatements of the same fact.
    var recentEvents: [(date: UInt64, event: Int, words: [UInt64])] = []
    /// Headings, end matter and asides that are not analysed.
    var sections = SectionFilter()
    var previousBlank = true
    /// A line that is only a year or a range of years ("1945:", "1285 – 1288"): it dates the list items below it.
    var listHeading: (value: String, surface: String)?

    init(bytes: UnsafeBufferPointer<UInt8>, language: Language) {
        self.bytes = bytes
        self.language = language
        extraction = Extraction(language: language, timexes: [], intervals: [], events: [])
        tokens.reserveCapacity(4096)
    }

    mutating func run() {
        let count = bytes.count
        var lineStart = 0
        var scalar = 0
        while lineStart <= count {
            var lineEnd = lineStart
            if let base = bytes.baseAddress, lineStart < count,
               let hit = memchr(base + lineStart, 0x0A, count - lineStart) {
                lineEnd = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            } else {
                lineEnd = count
            }
            let nextEnd = lineEnd >= count ? count : nextLineEnd(after: lineEnd)
            let blankAfter = lineEnd >= count || isBlank(lineEnd + 1, nextEnd)
            // (a paragraph next: a long line that does not open on a space, a list's mark or markup)
            let proseAfter = !blankAfter && nextEnd - (lineEnd + 1) >= 100
                && ![0x20, 0x09, 0x2A, 0x23, 0x7C, 0x7B, 0x3D].contains(bytes[lineEnd + 1])
            let admitted = sections.admits(bytes, lineStart, lineEnd, blankBefore: previousBlank, blankAfter: blankAfter,
                                           proseAfter: proseAfter)
            if sections.sawArticleTitle {
                sections.sawArticleTitle = false
                resolver.headingYear = nil
            }
            previousBlank = isBlank(lineStart, lineEnd)
            if !admitted {
                for index in lineStart..<lineEnd where bytes[index] & 0xC0 != 0x80 { scalar += 1 }
                scalar += 1
                lineStart = lineEnd + 1
                continue
            }
            var chunkStart = lineStart
            while chunkStart < lineEnd {
                let chunkEnd = cut(chunkStart, lineEnd)
                tokens.removeAll(keepingCapacity: true)
                scalar += Tokenizer.tokenize(bytes, from: chunkStart, to: chunkEnd, scalarStart: scalar, into: &tokens)
                if !tokens.isEmpty { chunk() }
                chunkStart = chunkEnd
            }
            scalar += 1
            lineStart = lineEnd + 1
        }
    }

    /// Whether `bytes[start..<end]` holds only white space.
    func isBlank(_ start: Int, _ end: Int) -> Bool {
        var index = start
        while index < end {
            guard bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0D else { return false }
            index += 1
        }
        return true
    }

    /// The end of the line that starts after the line feed at `lineEnd`.
    func nextLineEnd(after lineEnd: Int) -> Int {
        guard let base = bytes.baseAddress, lineEnd + 1 < bytes.count,
              let hit = memchr(base + lineEnd + 1, 0x0A, bytes.count - lineEnd - 1) else { return bytes.count }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// End of the chunk that starts at `start`: the line end, or a space before `maximumChunk` bytes.
    func cut(_ start: Int, _ lineEnd: Int) -> Int {
        guard lineEnd - start > EventExtractor.maximumChunk else { return lineEnd }
        let limit = start + EventExtractor.maximumChunk
        var p = limit
        let floor = limit - 4096
        while p > floor {
            if bytes[p] == 0x20, bytes[p - 1] == 0x2E { return p }
            p -= 1
        }
        p = limit
        while p > start + 1 {
            if bytes[p] == 0x20 { return p }
            p -= 1
        }
        p = limit
        while p > start + 1, bytes[p] & 0xC0 == 0x80 { p -= 1 }
        return p
    }

    mutating func chunk() {
        let heading = ListHeading.read(tokens, bytes: bytes)
        let isListItem = tokens.first.map { $0.isPunct("-") || $0.isPunct("*") || $0.isPunct("•") || $0.isPunct("+") } ?? false
        if !isListItem { listHeading = heading }
        // "= 1945 =", "=== 2013 ===": the days listed under a year heading are of that year, whatever year an entry
        // mentions on the way ("… bị treo cổ vào tháng 1 năm 1946")
        if !isListItem, let heading, !heading.value.contains("/"), let year = Int(heading.value) { resolver.headingYear = year }
        let before = extraction.events.count
        sentences.removeAll(keepingCapacity: true)
        SentenceSplitter.split(tokens, 0, tokens.count, bytes: bytes, into: &sentences)
        let tokens = self.tokens
        let sentences = self.sentences
        tokens.withUnsafeBufferPointer { buffer in
            for sentence in sentences { analyse(sentence, buffer) }
        }
        // "1945:" then "- Nhật đảo chính Pháp": an item without a date of its own takes the heading's
        if heading != nil {
            // the heading's own timex stays; it is no event
            extraction.events.removeSubrange(before...)
            recentEvents.removeAll { $0.event >= before }
        } else if isListItem, extraction.events.count == before, let heading = listHeading, tokens.count >= 3 {
            emitListItem(heading)
        }
    }
}

/// A line that is only a year or a range of years, as a list's heading: "1945:", "1285 – 1288", "1954 –",
/// or a wiki section heading "=== 2013 ===".
enum ListHeading {
    static func read(_ tokens: [Token], bytes: UnsafeBufferPointer<UInt8>) -> (value: String, surface: String)? {
        var parts = tokens
        // "=== 2013 ===": a wiki section heading that is a year heads what follows it the same way
        if parts.first?.isPunct("=") == true, parts.last?.isPunct("=") == true {
            while parts.first?.isPunct("=") == true { parts.removeFirst() }
            while parts.last?.isPunct("=") == true { parts.removeLast() }
        }
        if let last = parts.last, last.isPunct(":") || last.isPunct(".") { parts.removeLast() }
        func year(_ token: Token) -> Int? {
            guard token.kind == .number, let value = token.plainNumber(maxDigits: 4), (3...4).contains(Int(token.length)),
                  !token.flags.contains(.leadingZero) else { return nil }
            return value
        }
        let surface = { (first: Token, last: Token) in
            String(decoding: UnsafeBufferPointer(rebasing: bytes[first.byteStart..<last.byteEnd]), as: UTF8.self)
        }
        if parts.count == 1, let y = year(parts[0]) {
            return (DateValue(year: y).iso, surface(parts[0], parts[0]))
        }
        if parts.count == 3, let a = year(parts[0]), parts[1].isDash, let b = year(parts[2]), a < b {
            return (DateValue(year: a).iso + "/" + DateValue(year: b).iso, surface(parts[0], parts[2]))
        }
        return nil
    }
}
