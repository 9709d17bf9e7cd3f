import Testing
@testable import Timeline

@Suite struct ConnectiveStatementTests {
    /// "sau đó là X" is "then came X": the statement starts at X, not at the copula.
    @Test func thenCameDropsTheCopula() throws {
        let text = "Ông đến thăm Hà Nội vào ngày 2 tháng 3 năm 1985, sau đó là các cuộc hội đàm tại Huế vào năm 1986."
        let events = EventExtractor().extract(text, language: .vi).events
        let later = try #require(events.first { $0.date == "1986" })
        #expect(later.statement.hasPrefix("Các cuộc hội đàm tại Huế"))
    }

    /// "X khi Y vào DATE": the date belongs to Y.
    @Test func theWhenClauseCarriesTheDate() throws {
        let vi = EventExtractor().extract("Quan hệ hai nước ngày càng tốt hơn khi Lào ký hiệp ước hữu nghị vào ngày 18 tháng 7 năm 1977.",
                                          language: .vi).events
        #expect(try #require(vi.first).statement == "Lào ký hiệp ước hữu nghị.")
        let en = EventExtractor().extract("Scouts rode out, and when the army reached Boston on March 17, 1776, the siege ended.",
                                          language: .en).events
        #expect(try #require(en.first).statement == "The army reached Boston.")
    }

    /// `sau khi` is "after", not "when": the clause stays whole.
    @Test func afterIsNotWhen() throws {
        let events = EventExtractor().extract("Sau khi chiến tranh kết thúc, năm 1954 hai miền tập kết quân đội.", language: .vi).events
        #expect(try #require(events.first).statement.contains("hai miền tập kết"))
    }
}
