import Cards
import FileFormats
import Foundation

/// The decks in a `Decks/` folder: list, load and save `NAME.json`.
public struct DeckStore: Sendable {
    public let directory: URL

    public init(directory: URL) { self.directory = directory }

    /// Names of the decks present, sorted.
    public func names() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    public func url(for name: DeckName) -> URL { directory.appendingPathComponent(name.rawValue + ".json") }

    /// Loads deck `name`, or says which decks exist. The deck is named by its file, whatever its `"name"` says,
    /// so every command finds its progress in the same folder (`doctor` reports a `"name"` that differs).
    public func load(_ name: String) throws(StoreError) -> Deck {
        let deckName = try DeckName(name)
        let url = url(for: deckName)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw .deckNotFound(name: name, available: names())
        }
        var deck = try load(url: url)
        deck.name = deckName.rawValue
        return deck
    }

    /// The `"name"` written inside deck `name`'s file when it differs from the file's name; nil when they agree
    /// or the file cannot be read.
    public func mismatchedName(_ name: String) -> String? {
        guard let deckName = try? DeckName(name), let deck = try? load(url: url(for: deckName)) else { return nil }
        return deck.name == deckName.rawValue ? nil : deck.name
    }

    /// Loads a deck file at `url`.
    public func load(url: URL) throws(StoreError) -> Deck {
        if let file = try MappedFile.open(url.path, stable: true), let deck = DeckCodec.decode(file.bytes, release: file.release(upTo:)),
           deck.format == Deck.formatName, deck.version == Deck.currentVersion {
            return deck
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw .unreadable(path: url.path, problem: .from(error)) }
        if let fault = JSONErrorLocation.syntaxFault(in: data, path: url.path) { throw StoreError(fault) }
        let header: FileHeader
        do { header = try JSONDecoder().decode(FileHeader.self, from: data) } catch {
            throw StoreError(JSONErrorLocation.fileError(error, data: data, path: url.path))
        }
        guard header.format == Deck.formatName else {
            throw .damaged(path: url.path, line: 1, column: 1, problem: .wrongFormat(found: header.format, expected: Deck.formatName))
        }
        guard header.version <= Deck.currentVersion else {
            throw .unsupportedVersion(path: url.path, format: header.format, version: header.version)
        }
        do { return try JSONDecoder().decode(Deck.self, from: data) } catch {
            throw StoreError(JSONErrorLocation.fileError(error, data: data, path: url.path))
        }
    }

    /// Deck `name` for studying: read card by card when the file has the layout `save` writes (a large deck shows
    /// its first card without being decoded whole), else loaded whole.
    public func openForStudy(_ name: String) throws(StoreError) -> any CardSource {
        let deckName = try DeckName(name)
        if let index = DeckFileIndex.open(path: url(for: deckName).path, name: deckName.rawValue) { return index }
        return LoadedDeck(try load(name))
    }

    /// Records the learner's `edit` of card `cardID` in deck `name` (merged with an earlier edit) and rewrites the
    /// deck file atomically; returns the card as edited.
    @discardableResult
    public func saveEdit(_ edit: CardEdit, of cardID: String, inDeck name: String) throws(StoreError) -> Card? {
        var deck = try load(name)
        let merged = deck.edits[cardID].map { $0.merged(with: edit) } ?? edit
        deck.edits[cardID] = merged
        guard let index = deck.cards.firstIndex(where: { $0.id == cardID }) else { return nil }
        deck.cards[index] = merged.applied(to: deck.cards[index])
        try save(deck)
        return deck.cards[index]
    }

    /// Writes `deck` atomically as `NAME.json`.
    public func save(_ deck: Deck) throws(StoreError) {
        let name = try DeckName(deck.name)
        let path = url(for: name).path
        AtomicFile.removeLeftovers(in: directory.path)
        // Written as it is encoded: a large deck is never held whole.
        do { try AtomicFile.write(toPath: path) { sink in try Self.encode(deck, into: &sink) } } catch let error as FileError {
            throw StoreError(error)
        } catch {
            throw .writeFailed(path: path, problem: .from(error))
        }
    }

    /// The deck as JSON with one event or card a line: compact to load, still easy to read, diff and query with jq.
    static func encode(_ deck: Deck) throws -> Data {
        var bytes: [UInt8] = []
        try encode(deck, into: &bytes)
        return Data(bytes)
    }

    /// `encode`'s bytes, appended to `out` one event or card at a time.
    static func encode(_ deck: Deck, into out: inout some ByteSink) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func text(_ text: String) { out.append(contentsOf: text.utf8) }
        func json(_ value: some Encodable) throws { out.append(contentsOf: try encoder.encode(value)) }
        func list<Value: Encodable & Sendable>(_ values: [Value]) throws {
            // A window of values at a time, its slices encoded on all cores (an encoder each), written in order: the
            // bytes are those of one encoder writing them one by one, and only a window is ever held.
            let window = 4096, slice = 128
            for start in stride(from: 0, to: values.count, by: window) {
                let end = min(start + window, values.count)
                let slices = Array(stride(from: start, to: end, by: slice))
                let encoded = ParallelMap.map(slices, chunk: 1) { first -> Result<[UInt8], any Error> in
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                    var bytes: [UInt8] = []
                    do {
                        for index in first..<min(first + slice, end) {
                            if index > 0 { bytes.append(contentsOf: ",\n".utf8) }
                            bytes.append(contentsOf: try encoder.encode(values[index]))
                        }
                    } catch { return .failure(error) }
                    return .success(bytes)
                }
                for bytes in encoded { out.append(contentsOf: try bytes.get()) }
            }
        }
        text("{\"format\":"); try json(deck.format)
        text(",\"version\":\(deck.version),\"name\":"); try json(deck.name)
        text(",\"language\":"); try json(deck.language)
        text(",\"source\":"); try json(deck.source)
        if let title = deck.title { text(",\"title\":"); try json(title) }
        text(",\n\"events\":[\n"); try list(deck.events); text("\n],\n")
        text("\"cards\":[\n"); try list(deck.cards); text("\n]")
        if !deck.edits.isEmpty { text(",\n\"edits\":"); try json(deck.edits) }   // one line, after the cards
        text("}\n")
    }
}

/// The `format` and `version` every ontap file starts with.
struct FileHeader: Decodable {
    var format: String
    var version: Int
}
