import Testing
@testable import Study

@Suite struct DeckNameMatchTests {
    let names = ["chiến-dịch-điện-biên-phủ", "nato-russia", "cach-mang-thang-tam", "Cách-mạng-tháng-Tám-2"]

    @Test func findsWithoutDiacriticsOrCase() {
        #expect(DeckNameMatch.find("chien-dich-dien-bien-phu", in: names) == "chiến-dịch-điện-biên-phủ")
        #expect(DeckNameMatch.find("NATO-Russia", in: names) == "nato-russia")
        #expect(DeckNameMatch.find("chien dich dien bien phu", in: names) == "chiến-dịch-điện-biên-phủ")
        #expect(DeckNameMatch.find("nato-russia", in: names) == "nato-russia")
        #expect(DeckNameMatch.find("khong-co", in: names) == nil)
    }

    @Test func twoDecksWithTheSameKeyNeedTheExactName() {
        #expect(DeckNameMatch.find("cach-mang-thang-tam", in: ["Cách-mạng-tháng-Tám", "cach-mang-thang-tam"]) == "cach-mang-thang-tam")
        #expect(DeckNameMatch.find("CACH-MANG-THANG-TAM", in: ["Cách-mạng-tháng-Tám", "cach-mang-thang-tam"]) == nil)
    }

    @Test func suggestsTheClosestNames() {
        #expect(DeckNameMatch.suggestions(for: "nato-rusia", in: names) == ["nato-russia"])
        #expect(DeckNameMatch.suggestions(for: "dien-bien", in: names) == ["chiến-dịch-điện-biên-phủ"])
        #expect(DeckNameMatch.suggestions(for: "zzzzzz", in: names).isEmpty)
    }
}
