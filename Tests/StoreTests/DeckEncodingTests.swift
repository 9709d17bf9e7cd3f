import Cards
import Foundation
import Testing
import Timeline
@testable import Store

/// The deck file writer encodes events and cards a window at a time on all cores: its bytes are those of one
/// encoder writing every value in turn, for decks smaller than a window, and larger than several.
@Suite struct DeckEncodingTests {
    static func deck(cards count: Int) -> Deck {
        let events = (0..<count).map { index in
            DeckEvent(id: "e\(index)", event: Event(date: String(1000 + index % 900), start: index, end: index + 1,
                                                     sentenceStart: index, sentenceEnd: index + 1,
                                                     sentence: "Năm \(1000 + index % 900), sự kiện số \(index) “có ngoặc” / ✓.",
                                                     statement: "Sự kiện số \(index)", actors: ["A\(index % 7)"],
                                                     dateSurface: "năm \(1000 + index % 900)"))
        }
        let cards = (0..<count).map { index in
            Card(id: "c\(index)", kind: index % 2 == 0 ? .dateRecall : .multipleChoice,
                 prompt: "Sự kiện số \(index) vào năm nào?", answer: "năm \(1000 + index % 900)",
                 choices: index % 2 == 0 ? [] : ["a", "b\(index)", "c", "d"], eventID: "e\(index)",
                 sourceSentence: "Câu \(index)\n\t\"trích\"")
        }
        return Deck(name: "thu-nghiem", language: .vi, source: DeckSource(file: "a.txt", sha256: "00"),
                    events: events, cards: cards, title: "Thử nghiệm")
    }

    /// What the writer wrote before its windows: one encoder, value after value.
    static func serial(_ deck: Deck) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out: [UInt8] = []
        func text(_ text: String) { out.append(contentsOf: text.utf8) }
        func list(_ values: [some Encodable]) throws {
            for (index, value) in values.enumerated() {
                if index > 0 { text(",\n") }
                out.append(contentsOf: try encoder.encode(value))
            }
        }
        text("{\"format\":"); out.append(contentsOf: try encoder.encode(deck.format))
        text(",\"version\":\(deck.version),\"name\":"); out.append(contentsOf: try encoder.encode(deck.name))
        text(",\"language\":"); out.append(contentsOf: try encoder.encode(deck.language))
        text(",\"source\":"); out.append(contentsOf: try encoder.encode(deck.source))
        if let title = deck.title { text(",\"title\":"); out.append(contentsOf: try encoder.encode(title)) }
        text(",\n\"events\":[\n"); try list(deck.events); text("\n],\n")
        text("\"cards\":[\n"); try list(deck.cards); text("\n]")
        text("}\n")
        return out
    }

    @Test(arguments: [0, 1, 127, 128, 129, 4096, 4097, 9_000])
    func windowsWriteTheSerialBytes(count: Int) throws {
        let deck = Self.deck(cards: count)
        var bytes: [UInt8] = []
        try DeckStore.encode(deck, into: &bytes)
        #expect(bytes == (try Self.serial(deck)))
        #expect(try JSONDecoder().decode(Deck.self, from: Data(bytes)) == deck)
    }
}
