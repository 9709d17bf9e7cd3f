import Cards
import FileFormats
import Timeline
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fast reader for `Decks/NAME.json` over its UTF-8 bytes (a 100,000-card deck is about 75 MB).
///
/// It knows exactly the fields of the current `Deck`, `DeckEvent`/`Event` and `Card`; on anything else (a field it
/// does not know, one missing, a fault) it returns nil and `DeckStore` reads the file with `JSONDecoder`, which
/// also gives the learner the error. So a model that grows a field is only read more slowly, never wrongly.
enum DeckCodec {
    struct Unknown: Error {}

    /// Decodes `bytes`; `release(offset)` is called now and then with how far it has read.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, release: (Int) -> Void = { _ in }) -> Deck? {
        withoutActuallyEscaping(release) { release in
            var scanner = JSONScanner(bytes)
            var reader = Reader(release: release)
            return try? reader.decodeDeck(&scanner)
        }
    }

    /// Decodes the one card object in `bytes[start..<end]`; nil if it is not exactly a current card.
    static func decodeCard(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Card? {
        var scanner = JSONScanner(bytes, from: start, to: end)
        var reader = Reader(release: { _ in })
        guard let card = try? reader.decodeCard(&scanner), scanner.peek() == nil else { return nil }
        return card
    }

    /// The state of one read: what was released, and the last sentence (cards repeat their event's sentence).
    private struct Reader {
        let release: (Int) -> Void
        var released = 0
        var lastSentence: (range: Range<Int>, text: String) = (0..<0, "")

    mutating func decodeDeck(_ s: inout JSONScanner) throws -> Deck {
        try s.expect(UInt8(ascii: "{"))
        var format: String?, version: Int64?, name: String?, language: Language?, source: DeckSource?
        var events: [DeckEvent]?, cards: [Card]?, title: String?
        var first = true
        while let key = try s.nextKeyRange(first: &first) {
            if s.equals(key, "format") { format = try s.readString() }
            else if s.equals(key, "version") { version = try s.readInt() }
            else if s.equals(key, "name") { name = try s.readString() }
            else if s.equals(key, "title") { title = try s.readString() }
            else if s.equals(key, "language") {
                guard let value = Language(rawValue: try s.readString()) else { throw Unknown() }
                language = value
            } else if s.equals(key, "source") { source = try decodeSource(&s) }
            else if s.equals(key, "events") {
                var list: [DeckEvent] = []
                try s.expect(UInt8(ascii: "["))
                if !s.consume(UInt8(ascii: "]")) {
                    repeat { list.append(try decodeEvent(&s)); releaseIfDue(s.index) } while s.consume(UInt8(ascii: ","))
                    try s.expect(UInt8(ascii: "]"))
                }
                events = list
            } else if s.equals(key, "cards") {
                var list: [Card] = []
                try s.expect(UInt8(ascii: "["))
                if !s.consume(UInt8(ascii: "]")) {
                    repeat { list.append(try decodeCard(&s)); releaseIfDue(s.index) } while s.consume(UInt8(ascii: ","))
                    try s.expect(UInt8(ascii: "]"))
                }
                cards = list
            }
            else { throw Unknown() }
        }
        guard s.peek() == nil, let format, let version, let name, let language, let source, let events, let cards else { throw Unknown() }
        var deck = Deck(name: name, language: language, source: source, events: events, cards: cards, title: title)
        deck.format = format
        deck.version = Int(version)
        return deck
    }

    /// Gives back the bytes read, every 4 MB.
    mutating func releaseIfDue(_ offset: Int) {
        if offset - released > 4 << 20 { released = offset; release(offset) }
    }

    func strings(_ s: inout JSONScanner) throws -> [String] {
        try s.expect(UInt8(ascii: "["))
        var result: [String] = []
        if s.consume(UInt8(ascii: "]")) { return result }
        repeat { result.append(try s.readString()) } while s.consume(UInt8(ascii: ","))
        try s.expect(UInt8(ascii: "]"))
        return result
    }

    /// A sentence, shared with the previous one when the bytes are the same (saves one copy per card).
    mutating func sentence(_ s: inout JSONScanner) throws -> String {
        s.skipSpace()
        let start = s.index
        let previous = lastSentence.range
        if previous.count > 0, start + previous.count <= s.end,
           memcmp(s.bytes.baseAddress! + start, s.bytes.baseAddress! + previous.lowerBound, previous.count) == 0 {
            s.index = start + previous.count        // the same bytes, quotes included: the same string
            return lastSentence.text
        }
        let text = try s.readString()
        lastSentence = (start..<s.index, text)
        return text
    }

    func decodeSource(_ s: inout JSONScanner) throws -> DeckSource {
        try s.expect(UInt8(ascii: "{"))
        var file: String?, sha: String?
        var first = true
        while let key = try s.nextKeyRange(first: &first) {
            if s.equals(key, "file") { file = try s.readString() }
            else if s.equals(key, "sha256") { sha = try s.readString() }
            else { throw Unknown() }
        }
        guard let file, let sha else { throw Unknown() }
        return DeckSource(file: file, sha256: sha)
    }

    mutating func decodeEvent(_ s: inout JSONScanner) throws -> DeckEvent {
        try s.expect(UInt8(ascii: "{"))
        var id: String?, date: String?, qualifier: Qualifier?, start: Int64?, end: Int64?, sentenceStart: Int64?
        var sentenceEnd: Int64?, sentence: String?, statement: String?, actors: [String]?, dateSurface: String?
        var first = true
        while let key = try s.nextKeyRange(first: &first) {
            if s.equals(key, "id") { id = try s.readString() }
            else if s.equals(key, "date") { date = try s.readString() }
            else if s.equals(key, "qualifier") {
                if try !s.consumeNull() {
                    guard let value = Qualifier(rawValue: try s.readString()) else { throw Unknown() }
                    qualifier = value
                }
            } else if s.equals(key, "start") { start = try s.readInt() }
            else if s.equals(key, "end") { end = try s.readInt() }
            else if s.equals(key, "sentence_start") { sentenceStart = try s.readInt() }
            else if s.equals(key, "sentence_end") { sentenceEnd = try s.readInt() }
            else if s.equals(key, "sentence") { sentence = try self.sentence(&s) }
            else if s.equals(key, "statement") { statement = try s.readString() }
            else if s.equals(key, "actors") { actors = try strings(&s) }
            else if s.equals(key, "date_surface") { dateSurface = try s.readString() }
            else { throw Unknown() }
        }
        guard let id, let date, let start, let end, let sentenceStart, let sentenceEnd, let sentence, let statement,
              let actors, let dateSurface else { throw Unknown() }
        return DeckEvent(id: id, event: Event(date: date, qualifier: qualifier, start: Int(start), end: Int(end),
                                              sentenceStart: Int(sentenceStart), sentenceEnd: Int(sentenceEnd),
                                              sentence: sentence, statement: statement, actors: actors, dateSurface: dateSurface))
    }

    mutating func decodeCard(_ s: inout JSONScanner) throws -> Card {
        try s.expect(UInt8(ascii: "{"))
        var id: String?, kind: CardKind?, prompt: String?, answer: String?, accepted: [String]?, choices: [String]?
        var eventID: String?, sourceSentence: String?, choiceDates: [String] = []
        var guid: String?, tags: [String]?
        var first = true
        while let key = try s.nextKeyRange(first: &first) {
            if s.equals(key, "id") { id = try s.readString() }
            else if s.equals(key, "kind") {
                guard let value = CardKind(rawValue: try s.readString()) else { throw Unknown() }
                kind = value
            } else if s.equals(key, "prompt") { prompt = try s.readString() }
            else if s.equals(key, "answer") { answer = try s.readString() }
            else if s.equals(key, "accepted") { accepted = try strings(&s) }
            else if s.equals(key, "choices") { choices = try strings(&s) }
            else if s.equals(key, "event_id") { eventID = try s.readString() }
            else if s.equals(key, "source_sentence") { sourceSentence = try self.sentence(&s) }
            else if s.equals(key, "choice_dates") { choiceDates = try strings(&s) }
            else if s.equals(key, "guid") { guid = try s.readString() }
            else if s.equals(key, "tags") { tags = try strings(&s) }
            else { throw Unknown() }
        }
        guard let id, let kind, let prompt, let answer, let accepted, let choices, let eventID, let sourceSentence else {
            throw Unknown()
        }
        return Card(id: id, kind: kind, prompt: prompt, answer: answer, accepted: accepted, choices: choices,
                    eventID: eventID, sourceSentence: sourceSentence, choiceDates: choiceDates, guid: guid, tags: tags)
    }
}
}
