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
}
