import Testing
import Timeline

/// Events: one per dated happening, clause spans, statements, actors.
@Suite struct EventTests {
    @Test func oneEventPerDatedClause() throws {
        let text = "Bộ trưởng Ngoại giao Liên Xô Shevardnadze đã thăm Trụ sở NATO vào ngày 19 tháng 12 năm 1989, "
            + "sau đó là các cuộc đàm phán không chính thức vào năm 1990 giữa NATO và Liên Xô."
        let events = extract(text, .vi).events
        #expect(events.map(\.date) == ["1989-12-19", "1990"])
        let first = try #require(events.first), second = try #require(events.last)
        #expect(first.end <= second.start, "clauses overlap")
        #expect(first.sentenceStart == 0 && first.sentenceEnd == text.unicodeScalars.count)
        #expect(slice(text, first.start, first.end).contains("Shevardnadze"))
        #expect(slice(text, second.start, second.end).contains("đàm phán"))
    }

    @Test func threeEventsInOneEnglishSentence() {
        let text = "On September 28, 1775, Richard Montgomery marched north, capturing Fort St. Jean on November 2 "
            + "and then Montreal on November 13."
        #expect(extract(text, .en).events.map(\.date) == ["1775-09-28", "1775-11-02", "1775-11-13"])
    }

    static let statements: [(String, Language, String)] = [
        ("Vào ngày 1 tháng 4 năm 2014, NATO nhất trí quyết định đình chỉ hợp tác với Liên bang Nga.[6]", .vi,
         "NATO nhất trí quyết định đình chỉ hợp tác với Liên bang Nga."),
        ("Tại châu Âu, Đức thất trận và đầu hàng ngày 7 tháng 5 năm 1945.", .vi, "Tại châu Âu, Đức thất trận và đầu hàng."),
        ("Hội đồng NATO-Nga được thành lập năm 2002 để xử lý các vấn đề an ninh.", .vi,
         "Hội đồng NATO-Nga được thành lập để xử lý các vấn đề an ninh."),
        ("In February 1775 Parliament declared Massachusetts to be in a state of rebellion.", .en,
         "Parliament declared Massachusetts to be in a state of rebellion."),
        ("The last British troops left New York City on November 25, 1783.", .en,
         "The last British troops left New York City."),
    ]

    @Test(arguments: statements)
    func statementLeavesOutDateConnectiveAndCitations(text: String, language: Language, statement: String) throws {
        let event = try #require(extract(text, language).events.first)
        #expect(event.statement == statement)
        #expect(!event.sentence.contains("[6]"))
    }

    static let actors: [(String, Language, [String])] = [
        ("Năm 1944, Võ Nguyên Giáp thành lập Việt Nam Tuyên truyền Giải phóng quân.", .vi,
         ["Võ Nguyên Giáp", "Việt Nam Tuyên truyền Giải phóng quân"]),
        ("Năm 1997, NATO và Nga đã ký Đạo luật sáng lập tại Paris, Pháp.", .vi, ["NATO", "Nga", "Đạo luật", "Paris", "Pháp"]),
        ("On June 17, 1775, British forces under General William Howe seized the Charlestown peninsula at the Battle "
         + "of Bunker Hill.", .en, ["General William Howe", "Charlestown", "Battle of Bunker Hill"]),
        ("The United States Congress of the Confederation ratified the Paris treaty on January 14, 1784.", .en,
         ["United States Congress of the Confederation", "Paris"]),
    ]

    @Test(arguments: actors)
    func actorsAreCapitalisedNames(text: String, language: Language, expected: [String]) throws {
        let event = try #require(extract(text, language).events.first)
        for name in expected {
            #expect(event.actors.contains { $0.contains(name) || name.contains($0) }, "\(name) not in \(event.actors)")
        }
        #expect(!event.actors.contains { $0.contains("1775") || $0 == "June" || $0 == "Năm" })
    }

    @Test func theSameFactTwiceIsOneEvent() {
        let sentence = "Ngày 2 tháng 9 năm 1945, Hồ Chí Minh đọc bản Tuyên ngôn Độc lập."
        #expect(extract(sentence + " " + sentence, .vi).events.count == 1)
    }

    @Test func aRestatementWithAFewWordsChangedIsOneEvent() {
        let text = "Ngày 2 tháng 9 năm 1945, Hồ Chí Minh đọc bản Tuyên ngôn Độc lập tại Ba Đình. "
            + "Ngày 2/9/1945, Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn Độc lập tại Ba Đình."
        #expect(extract(text, .vi).events.count == 1)
    }

    @Test func differentFactsOnOneDateStayApart() {
        let text = "Ngày 2 tháng 9 năm 1945, Hồ Chí Minh đọc Tuyên ngôn Độc lập. "
            + "Ngày 2 tháng 9 năm 1945, hàng ngàn người ở Sài Gòn mít tinh tại quảng trường Norodom."
        #expect(extract(text, .vi).events.count == 2)
    }

    @Test func namesDeicticsAndDurationsAreNoEvents() {
        let text = "Cuộc tập trận \"Vigilant Skies 2011\" kéo dài 10 ngày. Cho đến nay, hợp tác hiện phát triển."
        #expect(extract(text, .vi).events.isEmpty)
    }

    @Test func seasonWithoutYearIsNoEvent() {
        let extraction = extract("In July 1775 Washington arrived. The standoff continued throughout the fall and winter.", .en)
        #expect(extraction.timexes.map(\.value).contains("1775-FA"))
        #expect(extraction.events.map(\.date) == ["1775-07"])
    }
}
