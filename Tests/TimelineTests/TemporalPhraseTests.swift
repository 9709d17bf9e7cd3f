import Testing
@testable import Timeline

/// Taking a date out of a clause takes its whole temporal phrase, and never a word of the clause.
@Suite struct TemporalPhraseTests {
    static func statement(_ text: String, _ language: Language, date: String) throws -> String {
        let events = EventExtractor().extract(text, language: language).events
        return try #require(events.first { $0.date == date }, "no event at \(date) in \(events.map(\.date))").statement
    }

    @Test(arguments: [
        ("Trong suốt những năm 1627–1672, chiến tranh Trịnh – Nguyễn kéo dài.", "1627/1672", "Chiến tranh Trịnh – Nguyễn kéo dài."),
        ("Sang năm 739 thì quân Hồi phải triệt thoái khỏi Galicia.", "0739", "Quân Hồi phải triệt thoái khỏi Galicia."),
        ("Kể từ hậu bán thế kỷ 20 chính quyền phải đối phó với lực lượng ly khai.", "19XX",
         "Chính quyền phải đối phó với lực lượng ly khai."),
        ("Giai đoạn 2015-2020 tỉnh Đắk Lắk mở thêm ba trường cao đẳng.", "2015/2020", "Tỉnh Đắk Lắk mở thêm ba trường cao đẳng."),
        ("Quân đội bắt đầu vào năm 1945 một cuộc tổng tiến công.", "1945", "Quân đội bắt đầu một cuộc tổng tiến công."),
        ("Nền kinh tế phục hồi vào thế kỷ 12 nhưng sang thế kỷ 13 thì lại suy sụp.", "11XX", "Nền kinh tế phục hồi."),
        ("Người Polynésie đến quần đảo Marquises vào năm 300 SCN.", "0300", "Người Polynésie đến quần đảo Marquises."),
    ])
    func vietnamese(text: String, date: String, statement: String) throws {
        #expect(try Self.statement(text, .vi, date: date) == statement)
    }

    @Test(arguments: [
        ("Modernism gave way in the latter half of the 20th century to a realisation of its limits.", "19XX",
         "Modernism gave way to a realisation of its limits."),
        ("The Lombards invaded Italy in 568 AD and founded a kingdom.", "0568", "The Lombards invaded Italy and founded a kingdom."),
    ])
    func english(text: String, date: String, statement: String) throws {
        #expect(try Self.statement(text, .en, date: date) == statement)
    }

    /// Two centuries named together are not the date of either: no event is dated by half of the pair.
    @Test func twoCenturiesTogetherAreNoDate() {
        let events = EventExtractor().extract("In the 19th and 20th centuries, Western art changed Eastern art.", language: .en).events
        #expect(events.isEmpty)
    }
}
