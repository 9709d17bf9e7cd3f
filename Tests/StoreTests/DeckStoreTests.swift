import Cards
import Foundation
import Testing
import Timeline
@testable import Store

@Suite struct DeckStoreTests {
    static func sampleDeck() -> Deck {
        let sentence = "Ngày 1 tháng 4 năm 2014, NATO nhất trí \"đình chỉ\" hợp tác với Liên bang Nga.\n"
        let event = Event(date: "2014-04-01", qualifier: .approx, start: 0, end: 70, sentenceStart: 0, sentenceEnd: 78,
                          sentence: sentence, statement: "NATO nhất trí đình chỉ hợp tác với Liên bang Nga",
                          actors: ["NATO", "Liên bang Nga"], dateSurface: "ngày 1 tháng 4 năm 2014")
        let plain = Event(date: "1945", start: 3, end: 9, sentenceStart: 0, sentenceEnd: 12, sentence: "Năm 1945 😀",
                          statement: "S", actors: [], dateSurface: "Năm 1945")
        let events = [DeckEvent(id: "e1", event: event), DeckEvent(id: "e2", event: plain)]
        let cards = [
            Card(id: "c1", kind: .dateRecall, prompt: "NATO … vào năm nào?", answer: "2014", accepted: ["1/4/2014"],
                 eventID: "e1", sourceSentence: sentence),
            Card(id: "c2", kind: .multipleChoice, prompt: "Chọn", answer: "A", choices: ["A", "B", "C", "D"],
                 eventID: "e1", sourceSentence: sentence),
            Card(id: "c3", kind: .reverse, prompt: "?", answer: "S", eventID: "e2", sourceSentence: "Năm 1945 😀"),
        ]
        return Deck(name: "lịch-sử", language: .vi, source: DeckSource(file: "a.vi.txt", sha256: "ab"), events: events, cards: cards)
    }

    @Test func fastReaderAgreesWithJSONDecoder() throws {
        let folder = TemporaryFolder()
        let store = DeckStore(directory: folder.url)
        let deck = Self.sampleDeck()
        try store.save(deck)
        let bytes = folder.read("lịch-sử.json")!
        let fast = bytes.withUnsafeBufferPointer { DeckCodec.decode($0) }
        #expect(fast == deck)
        #expect(try JSONDecoder().decode(Deck.self, from: Data(bytes)) == deck)
        #expect(try store.load("lịch-sử") == deck)
        #expect(store.names() == ["lịch-sử"])
    }

    @Test func unknownFieldFallsBackToJSONDecoder() throws {
        let folder = TemporaryFolder()
        let store = DeckStore(directory: folder.url)
        try store.save(Self.sampleDeck())
        var text = folder.text("lịch-sử.json")!
        text = text.replacingOccurrences(of: "\"prompt\"", with: "\"hint\" : \"x\", \"prompt\"")
        folder.write("lịch-sử.json", text)
        #expect(folder.read("lịch-sử.json")!.withUnsafeBufferPointer { DeckCodec.decode($0) } == nil)
        #expect(try store.load("lịch-sử") == Self.sampleDeck())
    }

    @Test func damagedDeckNamesLineAndColumn() throws {
        let folder = TemporaryFolder()
        let store = DeckStore(directory: folder.url)
        try store.save(Self.sampleDeck())
        var lines = folder.text("lịch-sử.json")!.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[5] = String(lines[5].dropLast())           // a missing comma or brace somewhere near the top
        folder.write("lịch-sử.json", lines.joined(separator: "\n"))
        #expect(throws: StoreError.self) { _ = try store.load("lịch-sử") }
        #expect(throws: StoreError.invalidName("../x")) { _ = try store.load("../x") }
    }
}
