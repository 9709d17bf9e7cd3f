import Testing
import Timeline

/// Ranges: two timexes and an interval record, and one event dated `A/B`.
@Suite struct RangeTests {
    static let cases: [(String, Language, String)] = [
        ("Dưới sự cai trị của Nhật, từ tháng 10 năm 1944 đến tháng 5 năm 1945, nạn đói diễn ra.", .vi, "1944-10/1945-05"),
        ("Liên Xô (1922–1991) là một liên bang.", .vi, "1922/1991"),
        ("Cuộc chiến (1985–91) kéo dài.", .vi, "1985/1991"),
        ("Ngày 13 đến 16 tháng 10 năm 1962, hai bên đối đầu.", .vi, "1962-10-13/1962-10-16"),
        ("Từ 1993 đến nay, Việt Nam tham gia nhiều tổ chức.", .vi, "1993/PRESENT_REF"),
        ("Từ năm 1946 đến năm 1954, cuộc kháng chiến diễn ra.", .vi, "1946/1954"),
        ("The United States fought in Vietnam from 1955 to 1975.", .en, "1955/1975"),
        ("From 1989 until 1992, the Soviet Union fell apart.", .en, "1989/1992"),
        ("The 1927–28 season was the longest.", .en, "1927/1928"),
    ]

    @Test(arguments: cases)
    func interval(text: String, language: Language, value: String) throws {
        let extraction = extract(text, language)
        let interval = try #require(extraction.intervals.first)
        #expect(interval.value == value)
        #expect(interval.timexIndices.count == 2)
        for index in interval.timexIndices {
            let endpoint = extraction.timexes[index]
            #expect(endpoint.start >= interval.start && endpoint.end <= interval.end)
        }
        #expect(extraction.events.contains { $0.date == value }, "events: \(extraction.events.map(\.date))")
    }

    @Test func aDashBetweenAYearAndACountIsNoRange() {
        let extraction = extract("Ông thăm nhiều nước (1993, 1999, 2003 - 2 lần - và 6/2004).", .vi)
        #expect(extraction.intervals.isEmpty)
        #expect(extraction.timexes.map(\.value) == ["1993", "1999", "2003", "2004-06"])
    }

    @Test func aLifeSpanAfterANameIsNoEventBesideTheHappening() {
        let extraction = extract("Năm 1941, Hồ Chí Minh (1890–1969) về nước và lập Việt Minh.", .vi)
        #expect(extraction.intervals.map(\.value) == ["1890/1969"])
        #expect(extraction.events.map(\.date) == ["1941"])
    }

    @Test func openStartIsAPoint() throws {
        let extraction = extract("Từ ngày 12 tháng 8 năm 1945, Giải phóng quân tiến công các đồn Nhật.", .vi)
        #expect(extraction.intervals.isEmpty)
        #expect(extraction.events.map(\.date) == ["1945-08-12"])
    }
}
