import Cards
import Foundation
import Testing
import Timeline
@testable import Store

/// Reading a deck card by card gives exactly the cards of reading it whole, and any other layout falls back.
@Suite struct DeckFileIndexTests {
    func sampleDeck() -> Deck {
        // twelve different happenings (a chronology card holds no two telling the same), each with a quote and a
        // backslash for the codec
        let happenings = ["họp tại Genève", "ra nghị quyết về Triều Tiên", "bầu Tổng thư ký mới", "cử phái bộ tới Kashmir",
                          "lên án cuộc xâm lược Ai Cập", "kết nạp Nhật Bản", "bàn về khủng hoảng Liban",
                          "nhóm phiên đặc biệt về Congo", "mở rộng số ủy viên", "ban hành lệnh cấm vận Rhodesia",
                          "phê chuẩn hiệp ước Tlatelolco", "gửi quân gìn giữ hòa bình tới Síp"]
        let events = (0..<12).map { i in
            Event(date: String(1950 + i), start: 0, end: 1, sentenceStart: 0, sentenceEnd: 1,
                  sentence: "Năm \(1950 + i), Hội đồng \"Bảo an\" \(happenings[i]) (Genève\\Paris) [\(i)].",
                  statement: "Hội đồng \"Bảo an\" \(happenings[i]) (Genève\\Paris)", actors: ["Hội đồng Bảo an"],
                  dateSurface: "năm \(1950 + i)")
        }
        return DeckGenerator().makeDeck(name: "thu-nghiem", events: events, language: .vi,
                                        source: DeckSource(file: "t.txt", sha256: "00"))
    }

    @Test func everyCardMatchesTheWholeRead() throws {
        let folder = TemporaryFolder()
        let store = DeckStore(directory: folder.url)
        let deck = sampleDeck()
        try store.save(deck)
        let source = try store.openForStudy(deck.name)
        #expect(source is DeckFileIndex)
        #expect(source.name == deck.name && source.language == .vi)
        #expect(source.cardCount == deck.cards.count)
        for (index, card) in deck.cards.enumerated() {
            #expect(source.cardID(at: index) == card.id)
            #expect(source.card(at: index) == card)
        }
    }

    /// A deck with a title and imported cards (an Anki guid and tags) is still read fast, card by card, and whole.
    @Test func titleAndImportedIdentityKeepTheFastLayout() throws {
        let folder = TemporaryFolder()
        let store = DeckStore(directory: folder.url)
        var deck = sampleDeck()
        deck.title = "Thử \"nghiệm\" 1"
        deck.cards[0].guid = "Kn=[:OO:iP"
        deck.cards[0].tags = ["lịch-sử", "ontap::kind::date"]
        try store.save(deck)
        let source = try store.openForStudy(deck.name)
        #expect(source is DeckFileIndex)
        #expect(source.card(at: 0) == deck.cards[0])
        let bytes = try Array(Data(contentsOf: store.url(for: DeckName(deck.name))))
        #expect(bytes.withUnsafeBufferPointer { DeckCodec.decode($0) } == deck, "the fast codec reads title, guid and tags")
        #expect(try store.load(deck.name) == deck)
    }

    @Test func eventAndKindAreReadWithoutDecodingTheCard() throws {
        let folder = TemporaryFolder()
        let store = DeckStore(directory: folder.url)
        let deck = sampleDeck()
        try store.save(deck)
        let source = try store.openForStudy(deck.name)
        #expect(Set(deck.cards.map(\.kind)).count > 2)
        for (index, card) in deck.cards.enumerated() {
            #expect(source.eventID(at: index) == card.eventID)
            #expect(source.kind(at: index) == card.kind)
        }
    }

    @Test func aPrettyPrintedDeckIsReadWhole() throws {
        let folder = TemporaryFolder()
        let deck = sampleDeck()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(deck).write(to: folder.url.appendingPathComponent("thu-nghiem.json"))
        let source = try DeckStore(directory: folder.url).openForStudy("thu-nghiem")
        #expect(source is LoadedDeck)
        #expect(source.cardCount == deck.cards.count)
        #expect(source.card(at: 3) == deck.cards[3])
    }

    @Test func aDeckCutShortIsAnErrorNotAGuess() throws {
        let folder = TemporaryFolder()
        let store = DeckStore(directory: folder.url)
        try store.save(sampleDeck())
        let path = folder.file("thu-nghiem.json")
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text.removeLast(80)                                                   // a copy cut short inside the last card
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) { _ = try store.openForStudy("thu-nghiem") }
    }
}
