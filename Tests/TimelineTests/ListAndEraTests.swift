import Testing
@testable import Timeline

/// Lists dated by a heading year, era years glossed in brackets, day ranges, and counted spans (issue 8, classes 4–6).
@Suite struct ListAndEraTests {
    func events(_ text: String, _ language: Language = .vi) -> [(String, String)] {
        EventExtractor().extract(text, language: language).events.map { ($0.date, $0.statement) }
    }

    @Test func aHeadingYearDatesTheItemsBelowIt() {
        let found = events("1945:\n- Nhật đảo chính Pháp\n- Cách mạng tháng Tám thành công\n1946:\n- Toàn quốc kháng chiến\n")
        #expect(found.map(\.0) == ["1945", "1945", "1946"])
        #expect(found.map(\.1) == ["Nhật đảo chính Pháp.", "Cách mạng tháng Tám thành công.", "Toàn quốc kháng chiến."])
    }

    @Test func aYearRangeOpeningALineIsItsDate() {
        #expect(events("1285 – 1288: Kháng chiến chống quân Nguyên lần thứ hai và thứ ba.").first?.0 == "1285/1288")
    }

    @Test func anEraYearGoesWithItsBracket() {
        let found = events("Năm Minh Mạng thứ 14 (1833), triều đình cho xây thành Gia Định mới.")
        #expect(found.first?.0 == "1833")
        #expect(found.first?.1 == "Triều đình cho xây thành Gia Định mới.")
    }

    @Test func aBareDayOpensARange() {
        #expect(events("Từ 5 đến 7-5-1954, quân ta tổng công kích cứ điểm Điện Biên Phủ.").first?.0 == "1954-05-05/1954-05-07")
    }

    @Test func aDatePhraseAloneStillParses() {
        #expect(DatePhrase.parse("1946–1991")?.value == "1946/1991")
    }
}

/// A list of named events with their own dates is one event per item.
@Suite struct NamedEventListTests {
    @Test func vietnamese() {
        let events = EventExtractor().extract("Các cuộc khủng hoảng gồm Chiến tranh Đông Dương (1946–1954), Khủng hoảng Suez 1956 và Chiến tranh Sáu ngày (1967).",
                                              language: .vi).events
        #expect(events.map(\.date) == ["1946/1954", "1956", "1967"])
        #expect(events.map(\.statement) == ["Chiến tranh Đông Dương diễn ra.", "Khủng hoảng Suez diễn ra.", "Chiến tranh Sáu ngày diễn ra."])
    }

    @Test func english() {
        let events = EventExtractor().extract("The period saw the Suez Crisis (1956) and the Six-Day War (1967).", language: .en).events
        #expect(events.map(\.statement) == ["The Suez Crisis took place.", "The Six-Day War took place."])
    }

    /// One bracketed life in a sentence is no list.
    @Test func oneGlossIsNoList() {
        let events = EventExtractor().extract("Hồ Chí Minh (1890–1969) về nước năm 1941.", language: .vi).events
        #expect(events.map(\.date) == ["1941"])
    }
}

/// A lunar day and month, and an era year set off by commas, belong to the year's phrase.
@Suite struct LunarAndEraAppositiveTests {
    @Test func bothLeaveTheStatement() throws {
        let events = EventExtractor().extract("Ngày 3 tháng 10 âm lịch năm 1459, niên hiệu Diên Ninh thứ 6, Lạng Sơn vương Lê Nghi Dân làm binh biến.", language: .vi).events
        let event = try #require(events.first { $0.date == "1459" })
        #expect(event.statement == "Lạng Sơn vương Lê Nghi Dân làm binh biến.")
    }
}

/// "Ngày 6 tháng 6, năm Canh Thìn (1460)": the cycle year's gloss dates the day (its year only: the day and month are
/// the old calendar's), never the narrative's year before it, and leaves the statement with the date.
@Suite struct CycleYearTests {
    @Test func theGlossedYearWins() throws {
        let events = EventExtractor().extract("Năm 1497, vua Lê Thánh Tông mất. Ngày 6 tháng 6, năm Canh Thìn (1460), các quan vào ngồi ở nghị sự đường.",
                                              language: .vi).events
        let event = try #require(events.first { $0.statement.hasPrefix("Các quan") })
        #expect(event.date == "1460")
        #expect(event.statement == "Các quan vào ngồi ở nghị sự đường.")
    }
}
