import Cards
import Timeline

/// A small deck with every trap the exporters must escape: quotes, tabs, newlines, `<`, `&`, decomposed Vietnamese.
enum TestDeck {
    /// "Nga" + "Hiệp ước" written with combining marks (NFD), which every export must turn into NFC.
    static let decomposed = "Hie\u{0323}\u{0302}p u\u{031B}o\u{031B}\u{0301}c"
    static let composed = "Hiệp ước"

    static func event(_ id: String, _ date: String, _ statement: String) -> DeckEvent {
        DeckEvent(id: id, event: Event(date: date, start: 0, end: 1, sentenceStart: 0, sentenceEnd: 1, sentence: statement,
                                      statement: statement, actors: [], dateSurface: date))
    }

    static let deck = Deck(name: "demo", language: .vi, source: DeckSource(file: "demo.vi.txt", sha256: ""), events: [
        event("e2", "2002-05-28", "Hội đồng NATO–Nga <NRC> được thành lập."),
        event("e1", "1994", "Nga tham gia *PfP*."),
        event("e3", "1997/2002", "Giai đoạn hợp tác."),
    ], cards: [
        Card(id: "c1", kind: .dateRecall, prompt: "Nga tham gia <PfP> vào năm nào?", answer: "năm 1994",
             eventID: "e1", sourceSentence: "Năm 1994, Nga \"tham gia\".\tHết.\nDòng 2"),
        Card(id: "c2", kind: .multipleChoice, prompt: "\(decomposed) được ký năm nào?", answer: "1997",
             choices: ["1991", "1997", "2002", "2014"], eventID: "e1", sourceSentence: "a, b & c"),
        Card(id: "c3", kind: .multipleChoice, prompt: "Năm 2002 có sự kiện gì?", answer: "Hội đồng <NRC>",
             choices: ["Hội đồng <NRC>", "Định ước 'Paris'", "PfP", "Krym"], eventID: "e2", sourceSentence: "s"),
    ])
}
