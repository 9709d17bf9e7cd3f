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
        ("Năm Đại Bảo thứ nhất (1440), Ngô thị nhập cung khi 14 tuổi.", "1440", "Ngô thị nhập cung khi 14 tuổi."),
        ("Tháng 6, năm Minh Mạng thứ 14 (1833), Lê Văn Khôi nổi dậy ở Gia Định.", "1833", "Lê Văn Khôi nổi dậy ở Gia Định."),
        // the era year glossed in brackets right after a day and month (no comma) is the rest of the phrase
        ("Ngày 21 tháng 3 năm Thành Thái thứ 2 (1890) huyện Nam Xang cùng huyện Bình Lục lập thành phủ Liêm Bình.", "1890",
         "Huyện Nam Xang cùng huyện Bình Lục lập thành phủ Liêm Bình."),
        // a time named by a phrase, with the date as its apposition, goes with the date
        ("Năm đầu tiên của cuộc chiến, 1846, Cộng hòa California được thành lập.", "1846", "Cộng hòa California được thành lập."),
        // "tr. CN" is "trước Công nguyên", and its dot ends no sentence
        ("Nhưng rồi Việt bị nước Sở thôn tính năm 306 tr. CN. Người Đông Việt cư trú ở vùng này.", "BC0306",
         "Việt bị nước Sở thôn tính."),
        // a fronted phrase keeps the comma that closes it when the subject's name follows the date
        ("Quá bức xúc, ngày 16/10/2007, Phương Thanh đã gởi đơn khiếu nại.", "2007-10-16", "Quá bức xúc, Phương Thanh đã gởi đơn khiếu nại."),
        // the comma after a date before a place's preposition goes with the date
        ("Cơn bão Marco hình thành trong tháng 10 năm 2008, ở vịnh Mexico.", "2008-10", "Cơn bão Marco hình thành ở vịnh Mexico."),
        // a two-digit decade of a named century is that century's ("những năm 80 của thế kỷ 19": the 1880s)
        ("Vào những năm 80 của thế kỷ 19, người Pháp chiếm Bắc Kỳ.", "188X", "Người Pháp chiếm Bắc Kỳ."),
        ("Từ thập niên 60 của thế kỷ XX, phong trào lan rộng ở Mỹ.", "196X", "Phong trào lan rộng ở Mỹ."),
        // "trong thời gian" governs a period as "trong thời kỳ" does
        ("Chính phủ đã 4 lần nâng mức chuẩn nghèo trong thời gian từ năm 1993 đến năm 2005.", "1993/2005",
         "Chính phủ đã 4 lần nâng mức chuẩn nghèo."),
        // the minute before a date is no count of days; the clock time and the date are one phrase
        ("Ông mất tại Huế lúc 12 giờ 45 ngày 1 tháng 4 năm 2001.", "2001-04-01T12:45", "Ông mất tại Huế."),
        ("Ông mất tại Huế lúc 12giờ45 ngày 1 tháng 4 năm 2001.", "2001-04-01T12:45", "Ông mất tại Huế."),
        ("Đến niên hiệu Cảnh Hưng thứ 2 năm 1741, trấn Sơn Nam được chia làm hai lộ.", "1741", "Trấn Sơn Nam được chia làm hai lộ."),
        // the era written once, after the second year of a range, is both years'
        ("Các vua Ba Tư cai trị Ai Cập từ năm 343 tới 332 TCN.", "BC0343/BC0332", "Các vua Ba Tư cai trị Ai Cập."),
        ("Nhà Tần cai trị Trung Hoa từ năm 221 đến năm 206 TCN.", "BC0221/BC0206", "Nhà Tần cai trị Trung Hoa."),
        // a day or a month of a year before Christ is written as DateValue writes it (it had been "-753-04-21", which
        // no reader took, so the event was lost)
        ("Roma được xây dựng vào ngày 21 tháng 4 năm 753 TCN.", "BC0753-04-21", "Roma được xây dựng."),
        ("Khổng Tử tạ thế vào tháng 4 năm 479 TCN ở nước Lỗ.", "BC0479-04", "Khổng Tử tạ thế ở nước Lỗ."),
        // "nǎm" with a caron where Vietnamese writes a breve (old encodings) is still "năm"
        ("Ban Chấp hành Trung ương họp ngày 11 tháng 11 nǎm 1945 tại Hà Nội.", "1945-11-11", "Ban Chấp hành Trung ương họp tại Hà Nội."),
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

/// Round four: the Vietnamese prepositions and verbs around a date ("ở", "hồi", "bắt đầu") go with it or stay whole.
@Suite struct TemporalPhraseRoundFourTests {
    @Test(arguments: [
        // "ở" and "hồi" govern a date phrase; left behind they dangle ("… hoàn thành ở.")
        ("Sự Thiên chúa giáo hoá người Croat hầu như hoàn thành ở thế kỷ thứ 9.", "08XX",
         "Sự Thiên chúa giáo hoá người Croat hầu như hoàn thành."),
        ("Người Croat đã tới vùng này hồi đầu thế kỷ thứ 7.", "06XX", "Người Croat đã tới vùng này."),
        // "Bắt đầu (từ) DATE," opening the clause is the date's phrase ("starting in")
        ("Bắt đầu thế kỷ 19, chính phủ Brasil khuyến khích người châu Âu nhập cư.", "18XX",
         "Chính phủ Brasil khuyến khích người châu Âu nhập cư."),
        // "bắt đầu" after a subject is the verb: "đầu" is not "early", and the verb stays
        ("Sản xuất dầu mỏ bắt đầu tại Tunisia năm 1966.", "1966", "Sản xuất dầu mỏ bắt đầu tại Tunisia."),
        ("Sự hồi phục quốc gia bắt đầu năm 1813 khi giám mục Vrhovac ra lời khẩn cầu.", "1813",
         "Sự hồi phục quốc gia bắt đầu khi giám mục Vrhovac ra lời khẩn cầu."),
        // "tại" ending a word ("tồn tại"), or before a year that opens a name, stays
        ("Croatia giành huy chương đồng tại 1994 European Championships.", "1994",
         "Croatia giành huy chương đồng tại European Championships."),
    ])
    func vietnamese(text: String, date: String, statement: String) throws {
        #expect(try TemporalPhraseTests.statement(text, .vi, date: date) == statement)
    }

    /// "ngày 23 tháng 4 năm Tân Hợi" is a lunar date in a cycle year: no year is borrowed for it; its solar
    /// gloss in the English order ("25 tháng 5, 1791") is read whole.
    @Test func aCycleYearBorrowsNoYearAndTheGlossIsRead() {
        let text = "Minh Mạng lên ngôi năm 1820. Ông sinh ngày 23 tháng 4 năm Tân Hợi, tức 25 tháng 5, 1791 tại làng Tân Lộc."
        let dates = EventExtractor().extract(text, language: .vi).events.map(\.date)
        #expect(dates.contains("1791-05-25"))
        #expect(!dates.contains { $0.hasPrefix("1820-") })
    }

    /// "bắt đầu năm 1813" is a plain year: "đầu" belongs to the verb, so no "early" qualifier.
    @Test(arguments: ["Sự hồi phục bắt đầu năm 1813 tại Zagreb.", "Nadal mở đầu năm 1813 bằng một trận thắng."])
    func beginIsNotEarly(text: String) throws {
        let event = try #require(EventExtractor().extract(text, language: .vi).events.first)
        #expect(event.date == "1813" && event.qualifier == nil)
    }
}

/// Set D's extraction classes: a wiki section heading that is a year, a lunar festival day, "B.C." with stops.
@Suite struct ExtractionAfterFinalDTests {
    @Test func aYearSectionHeadingDatesTheDaysBelowIt() {
        let text = "Năm 2009, Nadal thua.\n\n=== 2013 ===\nNgày 17 tháng 2, Nadal thắng Nalbandian ở chung kết São Paulo.\n"
        let dates = EventExtractor().extract(text, language: .vi).events.map(\.date)
        #expect(dates == ["2009", "2013-02-17"])
    }

    /// "từ thế kỷ 13 đến thế kỷ 15" is one span: never two events, one dated by each end (a range cut in half).
    @Test func aRangeOfCenturiesIsOneSpan() {
        let text = "Thương mại ở Bolivia phát triển mạnh từ thế kỷ 13 đến thế kỷ 15."
        #expect(EventExtractor().extract(text, language: .vi).events.map(\.date) == ["12XX/14XX"])
    }

    /// "Tiếp đó," and "Kết quả là" only link the clause to the one before: they go.
    @Test(arguments: [("Năm 1920, tiếp đó, Estonia đã chiến thắng quân đội Liên Xô.", "Estonia đã chiến thắng quân đội Liên Xô."),
                      ("Kết quả là Hiệp định Tartu đã được ký kết năm 1920.", "Hiệp định Tartu đã được ký kết.")])
    func linkingWordsGo(text: String, statement: String) throws {
        let event = try #require(EventExtractor().extract(text, language: .vi).events.first)
        #expect(event.statement == statement)
    }

    @Test func aLunarFestivalDayIsNoDate() {
        let text = "Năm 2001, lễ hội được công nhận. Lễ hội diễn ra vào ngày 22 tháng 4 âm lịch tại đền."
        let dates = EventExtractor().extract(text, language: .vi).events.map(\.date)
        #expect(dates == ["2001"])
    }

    @Test(arguments: [("The city was founded in 753 B.C. by Romulus.", "BC0753"),
                      ("Adobe bricks were used in Spain from the 8th century B.C. onwards.", "BC07XX"),
                      ("The temple was built in 120 A.D. by Hadrian.", "0120")])
    func stoppedEras(text: String, date: String) {
        #expect(EventExtractor().extract(text, language: .en).events.map(\.date) == [date])
    }
}

/// Set E: a year's article lists who was born and who died, one name and a trade a line: no events.
@Suite struct BirthAndDeathListsTests {
    @Test func birthAndDeathSectionsMakeNoEvents() {
        let text = "= 1982 =\n\n== Sự kiện ==\n2 tháng 4: Argentina đổ bộ lên quần đảo Falkland.\n\n== Sinh ==\n23 tháng 8: Natalie Coughlin, nữ vận động viên bơi lội Mỹ\n\n== Mất ==\n10 tháng 11: Leonid Brezhnev, nhà lãnh đạo Liên Xô\n"
        let statements = EventExtractor().extract(text, language: .vi).events.map(\.statement)
        #expect(statements.count == 1)
        #expect(statements.first?.hasPrefix("Argentina") == true)
    }
}

/// Set CH: a season's statistics and records list one match a line ("Trận thắng đậm nhất: … 7–1, vòng 22, ngày 16 tháng
/// 7 năm 2011"): figures, not history.
@Suite struct StatisticsSectionTests {
    @Test(arguments: ["Thống kê", "Kỉ lục", "Kỷ lục", "Statistics", "Records"])
    func aStatisticsOrRecordsSectionMakesNoEvents(heading: String) {
        let text = "= giải 2011 =\nNgày 5 tháng 3 năm 2011, mùa giải khởi tranh.\n\n== \(heading) ==\nHà Nội thắng Đồng Tháp 7–1, vòng 22, ngày 16 tháng 7 năm 2011\n\n== Lịch sử ==\nNăm 2012, giải đổi tên.\n"
        let dates = EventExtractor().extract(text, language: .vi).events.map(\.date)
        #expect(dates == ["2011-03-05", "2012"])
    }

    /// Set CK: "== Liên kết hữu ích ==" lists books and links ("JAVA, sự thật và những điều hư cấu, bởi Augusta De
    /// Wit, 1905"): apparatus, like "Liên kết ngoài".
    @Test func usefulLinksAreEndMatter() {
        let text = "= java =\nNăm 1811, Anh chiếm Java.\n\n== Liên kết hữu ích ==\nJAVA, sự thật và những điều hư cấu, bởi Augusta De Wit, năm 1905.\n"
        #expect(EventExtractor().extract(text, language: .vi).events.map(\.date) == ["1811"])
    }
}

/// Set CJ: "Mùa 2005-2006 CLB lần đầu …": a season opening its clause goes with its years; "bệnh đậu mùa năm 1977"
/// keeps its word.
@Suite struct SeasonWordTests {
    @Test func aSeasonOpeningItsClauseGoesWithItsYears() throws {
        let season = try #require(EventExtractor().extract("Mùa 2005-2006 Bolton lần đầu tiên tham dự cúp châu Âu.", language: .vi).events.first)
        #expect(season.statement == "Bolton lần đầu tiên tham dự cúp châu Âu.")
        let pox = try #require(EventExtractor().extract("WHO loại trừ bệnh đậu mùa năm 1977.", language: .vi).events.first)
        #expect(pox.statement == "WHO loại trừ bệnh đậu mùa.")
    }
}

/// Set F's extraction class: a day and month written with a slash, then "năm" and the year, is one date.
@Suite struct SlashDayWithYearWordTests {
    @Test func theYearWordCompletesASlashDate() {
        let text = "Năm 1941 quân Đức tiến vào. Sự hình thành các đội quân được công bố ngày 28/8 năm 1942 tại Tallinn."
        let dates = EventExtractor().extract(text, language: .vi).events.map(\.date)
        #expect(dates.contains("1942-08-28"))
        #expect(!dates.contains("1941-08-28"))
    }

    /// A fraction before "năm" is no date unless "ngày" or a slash says so; a dot or dash alone is not enough.
    @Test func aDottedPairBeforeTheYearWordIsNoDay() {
        let dates = EventExtractor().extract("Tỷ số 2.1 năm 1950 được ghi nhận ở Berlin.", language: .vi).events.map(\.date)
        #expect(!dates.contains("1950-01-02"))
    }
}

/// "Ngoài ra,", "Do đó,", "In addition," only link the clause to the one before: they go with their comma.
@Suite struct LinkPhraseTests {
    @Test(arguments: [
        ("Ngoài ra, năm 1945 Pháp rút quân khỏi Lào.", Language.vi, "Pháp rút quân khỏi Lào."),
        ("Do đó, ngày 2 tháng 9 năm 1945, Hồ Chí Minh đọc Tuyên ngôn Độc lập.", .vi, "Hồ Chí Minh đọc Tuyên ngôn Độc lập."),
        ("In addition, in 1862 Lincoln signed the Homestead Act.", .en, "Lincoln signed the Homestead Act."),
        ("Ngoài ra còn có nhiều trận đánh năm 1950.", .vi, "Ngoài ra còn có nhiều trận đánh."),
    ])
    func theLinkGoes(text: String, language: Language, statement: String) {
        #expect(EventExtractor().extract(text, language: language).events.first?.statement == statement)
    }
}

/// Set H's BC spans: a bare year with its era, "giữa … và …" as between, two centuries with one era written once.
@Suite struct BeforeChristSpanTests {
    @Test(arguments: [
        ("Người Assyria định cư tại miền đông nam Thổ Nhĩ Kỳ từ 1950 TCN cho đến năm 612 TCN.", "BC1950/BC0612"),
        ("Nền văn minh lưu vực sông Ấn phát triển thịnh vượng giữa năm 2800 TCN và năm 1800 TCN.", "BC2800/BC1800"),
        ("Đế quốc Achaemenes Ba Tư chinh phục Anatolia trong các thế kỷ 6 và 5 TCN.", "BC05XX/BC04XX"),
    ])
    func oneSpan(text: String, date: String) {
        #expect(EventExtractor().extract(text, language: .vi).events.map(\.date) == [date])
    }

    /// "giữa năm 1945" alone is still the middle of the year.
    @Test func theMiddleOfAYear() {
        let events = EventExtractor().extract("Giữa năm 1945, quân Nhật đảo chính Pháp ở Đông Dương.", language: .vi).events
        #expect(events.first?.qualifier == .mid)
    }
}

/// Set I's year article: days under "= 1945 =" stay in 1945 after an entry mentions 1946; "Ngày sinh một số nhân vật
/// nổi tiếng" is a births list; the next article's days do not take 1945.
@Suite struct YearArticleTests {
    static let text = """
        = 1945 =
        1945 là một năm bắt đầu vào ngày Thứ hai.

        == Sự kiện ==
        28 tháng 5 – William Joyce bị bắt. Ông bị treo cổ vào tháng 1 năm 1946.
        4 tháng 6 – Quân Đồng Minh chia nước Đức thành bốn vùng chiếm đóng.

        == Ngày sinh một số nhân vật nổi tiếng ==
        7 tháng 2 – Gerald Davies, cầu thủ rugby xứ Wales

        = Nhật Bản =
        Năm 1868, Thiên hoàng Minh Trị lên ngôi. Ngày 3 tháng 1, quân triều đình thắng trận Toba–Fushimi.
        """

    @Test func theTitleYearHoldsForTheListedDays() {
        let events = EventExtractor().extract(Self.text, language: .vi).events
        #expect(events.contains { $0.date == "1945-06-04" })
        #expect(!events.contains { $0.date.hasPrefix("1946-06") })
        #expect(!events.contains { $0.statement.contains("Gerald Davies") })
        #expect(events.contains { $0.date == "1868-01-03" })
    }
}

/// Set K: a prizes section, year by year, is a list, not the narrative.
@Suite struct AwardsSectionTests {
    @Test func prizesMakeNoEvents() {
        let text = """
            = Marilyn Monroe =
            Năm 1953, Monroe đóng vai chính trong phim Niagara.

            == Giải thưởng và vinh danh ==
            1952 Giải Photoplay: Giải đặc biệt
            1956 Đề cử - Giải Quả cầu vàng cho nữ diễn viên phim hài xuất sắc nhất
            """
        let events = EventExtractor().extract(text, language: .vi).events
        #expect(events.map(\.date) == ["1953"])
    }

    /// A name's year ("bão Ike năm 2008") says which storm, not when the narrative is: a later day and month without a
    /// year borrows none from it.
    @Test func aNamesYearLendsNoYear() {
        let text = "Sau này, bão Ike năm 2008 cũng gây nhiều tổn thất. Bão Katrina hình thành vào ngày 23 tháng 8 gần Bahamas."
        let timexes = EventExtractor().extract(text, language: .vi).timexes
        #expect(timexes.first { $0.surface == "ngày 23 tháng 8" }?.value == "XXXX-08-23")
        // a year the narrative gives mid-sentence still lends its year
        let narrative = "Lê Lợi dựng cờ khởi nghĩa năm 1418 ở Lam Sơn. Quân Minh kéo đến vào ngày 5 tháng 2."
        #expect(EventExtractor().extract(narrative, language: .vi).timexes.first { $0.surface == "ngày 5 tháng 2" }?.value
            == "1418-02-05")
    }

    /// A month eight or more before the narrative's, with no year, is the next year's: the story goes on past December
    /// ("… tháng 12 năm 2008 … Vào ngày 14 tháng 3 …" is 2009); a nearer month keeps the narrative's year.
    @Test func aMonthFarBeforeTheNarrativesIsNextYears() {
        let text = "Màn trình diễn của Lucas ở tháng 12 năm 2008 tiến bộ nhiều. Vào ngày 14 tháng 3 Lucas ghi bàn."
        #expect(EventExtractor().extract(text, language: .vi).timexes.first { $0.surface == "ngày 14 tháng 3" }?.value
            == "2009-03-14")
        let near = "Tháng 8 năm 1945, Nhật đầu hàng. Trước đó, ngày 9 tháng 3, Nhật đảo chính Pháp."
        #expect(EventExtractor().extract(near, language: .vi).timexes.first { $0.surface == "ngày 9 tháng 3" }?.value
            == "1945-03-09")
        // (the next year's month moves no anchor: the story goes on in its own year)
        let ahead = "The battle came in September 1862. Lincoln said he would issue a proclamation in January. "
            + "Burnside was defeated at Fredericksburg in December."
        let values = EventExtractor().extract(ahead, language: .en).timexes.map(\.value)
        #expect(values == ["1862-09", "1863-01", "1862-12"])
    }

    /// A number glued to the letters before it names a model ("Su-30MK2/3"), not a day and a month.
    @Test func aModelsNumberIsNoDate() {
        let text = "Phiên bản hai chỗ của J-11B là phiên bản Trung Quốc của Su-30MK2/3 vào năm 2007."
        #expect(EventExtractor().extract(text, language: .vi).timexes.map(\.surface) == ["năm 2007"])
        #expect(EventExtractor().extract("Quân ta tiến vào thành phố ngày 2/3 năm 1975.", language: .vi).timexes
            .first?.value == "1975-03-02")
    }

    /// A section about a name's afterlife in works ("… trong nghệ thuật và điện ảnh") dates films and books, not history.
    @Test func aNamesAfterlifeInWorksIsSkipped() {
        let text = """
        = tất-đạt-đa cồ-đàm =
        Năm 1880, các nhà khảo cổ tìm thấy bảo tháp ở Kapilavastu.
        == Tất-đạt-đa Cồ-đàm trong nghệ thuật và điện ảnh ==
        === Phim ===
        Little Buddha, bộ phim của Bernado Bertolucci năm 1994.
        == Xem thêm ==
        """
        let dates = EventExtractor().extract(text, language: .vi).events.map(\.date)
        #expect(dates == ["1880"])
        #expect(SectionFilter.kind(of: "napoleon in popular culture") == .aside)
        #expect(SectionFilter.kind(of: "cuộc đời") == nil)
    }

    /// "… ngày 13 tháng 7, năm 2000, Bắc Kinh …": the year after the comma is the day's; the comma that closes the
    /// fronted phrase stays before the subject's name.
    @Test func aYearAfterACommaAndItsFrontedPhrase() throws {
        let text = "Trong phiên họp của IOC tại Moskva, Liên bang Nga, vào ngày 13 tháng 7, năm 2000, Bắc Kinh vượt qua Toronto."
        let event = try #require(EventExtractor().extract(text, language: .vi).events.first)
        #expect(event.date == "2000-07-13")
        #expect(event.statement == "Trong phiên họp của IOC tại Moskva, Liên bang Nga, Bắc Kinh vượt qua Toronto.")
    }

    /// A name's year stays in the statement when the sentence's dates are taken out ("Football Manager 2008").
    @Test func aNamesYearStaysInTheStatement() throws {
        let text = "Ngày 3 tháng 10 năm 2007, SEGA và Sports Interactive thông báo Football Manager 2008 sẽ được phát hành vào ngày 19 tháng 10."
        let events = EventExtractor().extract(text, language: .vi).events
        #expect(!events.isEmpty)
        #expect(events.allSatisfy { $0.statement.contains("Football Manager 2008") })
    }

    /// A full stop glued to the next sentence's first word ("… lực lượng Anh.Chiếc Sherman …") ends a sentence; an
    /// acronym or an abbreviation ("TP.HCM", "St.Petersburg", "U.S.Army") does not.
    @Test func aFullStopWithoutItsSpace() {
        let text = "Năm 1942, M4A1 tham chiến cùng lực lượng Anh.Chiếc Sherman đầu tiên của Mỹ tham chiến năm 1943."
        let events = EventExtractor().extract(text, language: .vi).events
        #expect(events.map(\.date) == ["1942", "1943"])
        #expect(events.first?.sentence.hasSuffix("lực lượng Anh.") == true)
        // (a number before the dot: "… chiếc áo số 3.Anh có trận ra mắt …"; a decimal stays whole)
        let shirt = "Năm 2017, Maicon khoác chiếc áo số 3.Anh có trận ra mắt ngày 15 tháng 8 năm 2017."
        #expect(EventExtractor().extract(shirt, language: .vi).events.map(\.sentence).last?.hasPrefix("Anh có trận") == true)
        for whole in ["Năm 1975, quân giải phóng vào TP.HCM và chiếm dinh Độc Lập.", "Năm 1991, Windows 3.1 ra mắt.",
                      "In 1703, Peter founded St.Petersburg on the Neva."] {
            #expect(EventExtractor().extract(whole, language: whole.hasPrefix("In") ? .en : .vi).events.count == 1, "\(whole)")
        }
    }
}
