import Cards
import Testing
import Timeline
@testable import Terminal

/// Every card kind is named, and told how to answer, in both interface languages.
@Suite struct KindMessagesTests {
    @Test(arguments: CardKind.allCases)
    func everyKindIsNamedInBothCatalogues(kind: CardKind) {
        let key = kind.behaviour.nameKey
        #expect(MessagesVI.kindNames[key] != nil, "\(key)")
        #expect(MessagesEN.kindNames[key] != nil, "\(key)")
        #expect(Messages(language: .vi).kindName(kind) != Messages(language: .en).kindName(kind))
    }

    @Test func theCataloguesNameNoOtherKind() {
        let keys = Set(CardKind.allCases.map(\.behaviour.nameKey))
        #expect(Set(MessagesVI.kindNames.keys) == keys)
        #expect(Set(MessagesEN.kindNames.keys) == keys)
    }

    @Test func aCardIsShownWithHowToAnswerIt() {
        let choice = Card(id: "c", kind: .multipleChoice, prompt: "Sự kiện X diễn ra vào năm nào?", answer: "năm 1997",
                          choices: ["năm 1991", "năm 1994", "năm 1997", "năm 2002"], eventID: "e", sourceSentence: "")
        #expect(Messages(language: .en).cardText(choice) == choice.displayText + "\n(Answer with one letter: A, B, C, D)")
        #expect(Messages(language: .vi).cardText(choice).hasSuffix("\n(Trả lời bằng một chữ cái: A, B, C, D)"))
        var order = choice
        order.kind = .chronology
        order.answer = "CADB"
        #expect(Messages(language: .en).cardText(order).hasSuffix("\n(Type the 4 letters A, B, C, D from earliest to latest)"))
        #expect(Messages(language: .vi).cardText(order)
            .hasSuffix("\n(Gõ 4 chữ cái A, B, C, D theo thứ tự từ sớm nhất đến muộn nhất)"))
        let cloze = Card(id: "k", kind: .cloze, prompt: "Năm 1010, [...] dời đô về Đại La.", answer: "Lý Thái Tổ",
                         eventID: "e", sourceSentence: "")
        #expect(Messages(language: .en).cardText(cloze) == cloze.prompt + "\n(Fill in the blank [...])")
        #expect(Messages(language: .vi).cardText(cloze) == cloze.prompt + "\n(Điền vào chỗ trống [...])")
        let date = Card(id: "d", kind: .dateRecall, prompt: "Lý Thái Tổ dời đô về Đại La vào năm nào?", answer: "năm 1010",
                        eventID: "e", sourceSentence: "")
        #expect(Messages(language: .en).cardText(date) == date.prompt)
    }
}
