import Testing
@testable import Exporters

@Suite struct QuizletExporterTests {
    let lines = QuizletExporter().text(ExportInput(deck: TestDeck.deck, now: 0)).split(separator: "\n", omittingEmptySubsequences: false)

    @Test func oneLinePerCardWithExactlyOneTab() {
        #expect(lines.count == TestDeck.deck.cards.count + 1)
        #expect(lines.last == "")
        #expect(lines.dropLast().allSatisfy { $0.filter { $0 == "\t" }.count == 1 })
    }

    @Test func choicesFollowTheTermAndTheDefinitionHasTheLetter() {
        #expect(lines[1] == "\(TestDeck.composed) được ký năm nào? / A. 1991 / B. 1997 / C. 2002 / D. 2014\tB. 1997")
        #expect(lines[2].hasSuffix("\tA. Hội đồng <NRC>"))
    }
}
