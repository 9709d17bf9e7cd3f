import Cards
import FileFormats
import Foundation
import Timeline
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A deck file read card by card: every card's id when opened, a card's text only when it is asked for.
///
/// It reads the layout `DeckStore.save` writes (one event or card a line); for any other layout `open` gives nil
/// and the deck is read whole. ontap replaces deck files by rename, but a learner's `cp` rewrites one in place: the
/// index maps a private copy of the file (`MappedFile(stable:)`), so a rewrite during a session cannot crash it.
final class DeckFileIndex: CardSource {
    let name: String
    let language: Language
    private let file: MappedFile
    /// Byte range of each card object (without the comma that ends its line).
    private let ranges: [Range<Int>]
    private let ids: [String]
    /// Where each card's `,"id":"` key starts: its `event_id` value ends just before (keys are sorted).
    private let idKeys: [Int]
    private var decoded: [Int: Card] = [:]
    /// The learner's edits, by card id (the `edits` line after the cards).
    private let edits: [String: CardEdit]

    private init(name: String, language: Language, file: MappedFile, ranges: [Range<Int>], ids: [String], idKeys: [Int],
                 edits: [String: CardEdit]) {
        self.idKeys = idKeys
        self.name = name
        self.language = language
        self.file = file
        self.ranges = ranges
        self.ids = ids
        self.edits = edits
    }

    var cardCount: Int { ids.count }
    func cardID(at index: Int) -> String { ids[index] }

    func card(at index: Int) -> Card {
        if let card = decoded[index] { return card }
        // The layout was checked when opening; a card that still fails to decode is a damaged file edited since.
        let card = DeckCodec.decodeCard(file.bytes, from: ranges[index].lowerBound, to: ranges[index].upperBound)
            ?? Card(id: ids[index], kind: .reverse, prompt: "(this card could not be read from the deck file: it was edited by hand; regenerate the deck with `ontap generate`)",
                    answer: "", eventID: "", sourceSentence: "")
        let edited = edits[card.id].map { $0.applied(to: card) } ?? card
        decoded[index] = edited
        return edited
    }

    /// The event id, read from the card's line without decoding the card.
    func eventID(at index: Int) -> String {
        if let card = decoded[index] { return card.eventID }
        // `"event_id":"VALUE","id":"…`: read VALUE backwards from the id key found when opening.
        let bytes = file.bytes
        let end = idKeys[index] - 1                      // the closing quote of VALUE
        let lineStart = ranges[index].lowerBound
        if end > lineStart, bytes[end] == UInt8(ascii: "\"") {
            var start = end
            while start > lineStart, bytes[start - 1] != UInt8(ascii: "\"") { start -= 1 }
            if start - Self.eventKey.count + 1 >= lineStart,
               Self.eventKey.indices.allSatisfy({ bytes[start - Self.eventKey.count + $0] == Self.eventKey[$0] }),
               !UnsafeBufferPointer(rebasing: bytes[start..<end]).contains(UInt8(ascii: "\\")) {
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            }
        }
        return field(Self.eventKey, at: index) ?? card(at: index).eventID
    }

    /// The kind, read from the card's line without decoding the card.
    func kind(at index: Int) -> CardKind {
        if let card = decoded[index] { return card.kind }
        return field(Self.kindKey, at: index).flatMap(CardKind.init(rawValue:)) ?? card(at: index).kind
    }

    private static let eventKey = Array(",\"event_id\":\"".utf8)
    private static let kindKey = Array(",\"kind\":\"".utf8)

    /// A plain string field (no escapes) of the card at `index`, found by its key; nil when absent or escaped.
    private func field(_ key: [UInt8], at index: Int) -> String? {
        let range = ranges[index]
        let bytes = file.bytes
        guard let at = Self.find(key, in: bytes, from: range.lowerBound, before: range.upperBound),
              let quote = Self.find([UInt8(ascii: "\"")], in: bytes, from: at + key.count, before: range.upperBound)
        else { return nil }
        let value = UnsafeBufferPointer(rebasing: bytes[(at + key.count)..<quote])
        guard !value.contains(UInt8(ascii: "\\")) else { return nil }
        return String(decoding: value, as: UTF8.self)
    }

    /// Indexes the deck file at `path` for the deck `fileName` (a deck is named by its file), checking its header
    /// and the first and last card; nil for another layout.
    static func open(path: String, name fileName: String) -> DeckFileIndex? {
        guard let file = try? MappedFile(path: path, stable: true) else { return nil }
        let bytes = file.bytes
        let header = Array("{\"format\":\"ontap-deck\",\"version\":\(Deck.currentVersion),\"name\":".utf8)
        guard bytes.count > header.count, Array(bytes[0..<header.count]) == header else { return nil }
        var scanner = JSONScanner(bytes, from: header.count - 1)
        var notFirst = false
        guard (try? scanner.expect(UInt8(ascii: ":"))) != nil, (try? scanner.readString()) != nil,
              scanner.consumeKey("\"language\":", first: &notFirst),
              let language = (try? scanner.readString()).flatMap(Language.init(rawValue:)),
              let marker = find(cardsMarker, in: bytes, from: scanner.index) else { return nil }
        let cardsStart = marker + cardsMarker.count
        var ranges: [Range<Int>] = []
        var ids: [String] = []
        var idKeys: [Int] = []
        let idKey = Array(",\"id\":\"".utf8)
        var lineStart = cardsStart
        var edits: [String: CardEdit] = [:]
        while lineStart < bytes.count {
            guard let newline = find([0x0A], in: bytes, from: lineStart) else { return nil }
            if bytes[lineStart] == UInt8(ascii: "]") {                          // "]}" closes the deck
                // "],\n\"edits\":{…}}": the learner's edits on the line after the cards.
                if bytes[lineStart + 1] == UInt8(ascii: ","), let start = find(editsMarker, in: bytes, from: lineStart),
                   let close = (0..<bytes.count).reversed().first(where: { bytes[$0] == UInt8(ascii: "}") }) {
                    let objectStart = start + editsMarker.count
                    guard close > objectStart,
                          let decoded = try? JSONDecoder().decode([String: CardEdit].self,
                                                                  from: Data(UnsafeBufferPointer(rebasing: bytes[objectStart..<close])))
                    else { return nil }
                    edits = decoded
                }
                break
            }
            var end = newline
            if bytes[end - 1] == UInt8(ascii: ",") { end -= 1 }
            guard bytes[lineStart] == UInt8(ascii: "{"), bytes[end - 1] == UInt8(ascii: "}"),
                  let key = find(idKey, in: bytes, from: lineStart, before: end),
                  let quote = find([UInt8(ascii: "\"")], in: bytes, from: key + idKey.count, before: end) else { return nil }
            ids.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[(key + idKey.count)..<quote]), as: UTF8.self))
            ranges.append(lineStart..<end)
            idKeys.append(key)
            lineStart = newline + 1
        }
        guard !ranges.isEmpty,
              DeckCodec.decodeCard(bytes, from: ranges[0].lowerBound, to: ranges[0].upperBound)?.id == ids[0],
              DeckCodec.decodeCard(bytes, from: ranges[ranges.count - 1].lowerBound,
                                   to: ranges[ranges.count - 1].upperBound)?.id == ids[ids.count - 1]
        else { return nil }
        return DeckFileIndex(name: fileName, language: language, file: file, ranges: ranges, ids: ids, idKeys: idKeys, edits: edits)
    }

    private static let cardsMarker = Array("\n\"cards\":[\n".utf8)
    private static let editsMarker = Array("\n\"edits\":".utf8)

    /// Offset of the first `needle` in `bytes[start..<end]`, or nil.
    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int, before end: Int? = nil) -> Int? {
        let limit = end ?? bytes.count
        guard let base = bytes.baseAddress, let first = needle.first else { return nil }
        var position = start
        while position + needle.count <= limit {
            // memchr to the next candidate first byte, then compare the rest
            guard let hit = memchr(base + position, Int32(first), limit - position) else { return nil }
            let offset = UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - base
            if offset + needle.count > limit { return nil }
            if needle.withUnsafeBytes({ memcmp(base + offset, $0.baseAddress!, needle.count) }) == 0 { return offset }
            position = offset + 1
        }
        return nil
    }
}
