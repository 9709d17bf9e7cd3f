import Testing
import Timeline

/// Each row: a sentence (written for these tests), the expression it must yield and that expression's value.
/// Context-dependent rows put the context date in an earlier sentence of the same text.
@Suite struct VietnamesePatternTests {
    static let cases: [(String, String, String)] = [
        ("Vào ngày 1 tháng 4 năm 2014, NATO họp.", "ngày 1 tháng 4 năm 2014", "2014-04-01"),
        ("Ngày 03 tháng 4 năm 1968, quân đội tấn công.", "Ngày 03 tháng 4 năm 1968", "1968-04-03"),
        ("Hội nghị khai mạc ngày 25/1/1954 ở Berlin.", "ngày 25/1/1954", "1954-01-25"),
        ("Ngày 9-7-1954, hai bên ký kết.", "Ngày 9-7-1954", "1954-07-09"),
        ("Họ gặp nhau ngày 08-05-1969 tại Paris.", "ngày 08-05-1969", "1969-05-08"),
        ("Vào tháng 12 năm 2009, NATO đề nghị Nga giúp đỡ.", "tháng 12 năm 2009", "2009-12"),
        ("Tháng 10/1972, hai bên đàm phán.", "Tháng 10/1972", "1972-10"),
        ("Ông làm đại sứ từ 8/1994 đến 12/1998.", "8/1994", "1994-08"),
        ("Ông trở lại Hà Nội vào 4/02.", "4/02", "2002-04"),
        ("Năm 1994, Nga tham gia chương trình.", "Năm 1994", "1994"),
        ("Liên Xô (1922–1991) từng là cường quốc.", "1922", "1922"),
        ("Liên minh được lập (ví dụ NATO, 1949) sau chiến tranh.", "1949", "1949"),
        ("Cuộc chiến (1985–91) kéo dài.", "91", "1991"),
        ("Năm 1945 là năm lịch sử. Ngày 6 tháng 8, Hoa Kỳ ném bom.", "Ngày 6 tháng 8", "1945-08-06"),
        ("Tháng 8 năm 1945 có nhiều biến cố. Quân Nhật rút lui (29/8) khỏi tỉnh.", "29/8", "1945-08-29"),
        ("Tháng 8 năm 1945 có nhiều biến cố. Ngày 14-8, cán bộ họp.", "Ngày 14-8", "1945-08-14"),
        ("Tháng 8 năm 1945 có nhiều biến cố. Ngày 23/8 khởi nghĩa thắng lợi.", "Ngày 23/8", "1945-08-23"),
        ("Ngày 19 tháng 8 năm 1945 có mít tinh. Chiều ngày 19, đại sứ đến.", "Chiều ngày 19", "1945-08-19"),
        ("Năm 1945 quân Đồng Minh thắng. Lạng Sơn tháng 10 mới thành lập chính quyền.", "tháng 10", "1945-10"),
        ("Vào cuối tháng 3 năm 2017, Hội đồng họp.", "cuối tháng 3 năm 2017", "2017-03"),
        ("Đầu tháng 8/1945, cán bộ gặp Khâm sai.", "Đầu tháng 8/1945", "1945-08"),
        ("Giữa năm 1972, quân đội tiến công.", "Giữa năm 1972", "1972"),
        ("Khoảng năm 1985, tình hình thay đổi.", "Khoảng năm 1985", "1985"),
        ("Ngày 18 tháng 8 năm 1945 rất căng thẳng. Sáng ngày 19 tháng 8, dân chúng kéo về.", "Sáng ngày 19 tháng 8",
         "1945-08-19"),
        ("Rạng sáng ngày thứ Sáu ngày 10 tháng 11 năm 1989, bức tường sụp đổ.",
         "Rạng sáng ngày thứ Sáu ngày 10 tháng 11 năm 1989", "1989-11-10"),
        ("Trong thập niên 1980, kinh tế trì trệ.", "thập niên 1980", "198X"),
        ("Từ những năm 1920, lời sấm được truyền.", "những năm 1920", "192X"),
        ("Vào cuối thế kỷ 16, thương nhân đến Hội An.", "cuối thế kỷ 16", "15XX"),
        ("Thế kỷ thứ 8, nhà Đường cai trị vùng này.", "Thế kỷ thứ 8", "07XX"),
        ("Đến thế kỷ XX, thành phố mở rộng.", "thế kỷ XX", "19XX"),
        ("Ngày 20 tháng 7 năm 1969 có sự kiện lớn. Lúc 18 giờ 57, tàu hạ cánh.", "18 giờ 57", "1969-07-20T18:57"),
        ("Ngày 19 tháng 8 năm 1945 có mít tinh. Khoảng 10 giờ rưỡi, quần chúng tập trung.", "Khoảng 10 giờ rưỡi",
         "1945-08-19T10:30"),
        ("Ngày 5 tháng 5 năm 1954 quân đội tổng công kích. Sáng ngày hôm sau, họ tiến vào.", "Sáng ngày hôm sau",
         "1954-05-06"),
        ("Năm 1954 hiệp định được ký. Một năm sau, quân Pháp rút đi.", "Một năm sau", "1955"),
        ("Năm 1946 chiến tranh bùng nổ. Ngày 23 tháng 8 cùng năm, chính phủ ra mắt.", "Ngày 23 tháng 8 cùng năm",
         "1946-08-23"),
        ("Năm 1960 có đại hội. Trong năm tiếp sau, kinh tế phát triển.", "năm tiếp sau", "1961"),
        ("Cho đến nay, Nga vẫn từ chối.", "nay", "PRESENT_REF"),
        ("Hợp tác hiện phát triển trong nhiều lĩnh vực.", "hiện", "PRESENT_REF"),
        ("Họ bàn về hợp tác trong tương lai.", "tương lai", "FUTURE_REF"),
        ("Chỉ trong 10 ngày, chính quyền được thiết lập.", "10 ngày", "P10D"),
        ("Chiến dịch kéo dài 56 ngày đêm.", "56 ngày đêm", "P56D"),
        ("Cuộc chiến kéo dài hơn 28 năm.", "hơn 28 năm", "P28Y"),
        ("Chế độ quân chủ tồn tại suốt 2.000 năm.", "2.000 năm", "P2000Y"),
        ("Việt Minh giành chính quyền trong mười mấy ngày.", "mười mấy ngày", "PXD"),
        ("Hàng năm, lễ hội được tổ chức ở đền.", "Hàng năm", "P1Y"),
        ("Họ tham gia cuộc tập trận \"Vigilant Skies 2011\" cùng nhau.", "2011", "2011"),
        ("Ngày 9 tháng 11 năm 1989 là ngày lịch sử. Vào buổi chiều ngày hôm đó, đám đông tụ tập.",
         "buổi chiều ngày hôm đó", "1989-11-09"),
        ("Ngày 9 tháng 11 năm 1989 là ngày lịch sử. Tối khuya đó, cổng mở.", "Tối khuya đó", "1989-11-09"),
        ("Giữa cho tới cuối thập niên 1980, phong trào lan rộng.", "Giữa cho tới cuối thập niên 1980", "198X"),
        ("Chiến dịch kết thúc chưa đầy một tuần sau khi bắt đầu.", "chưa đầy một tuần", "P1W"),
        ("Năm 1978 có nhiều biến cố.\n15 tháng 2: Josef Pelz, nhà văn Áo.", "15 tháng 2", "1978-02-15"),
        ("Vào đêm thứ Năm ngày 9 tháng 11, rạng sáng ngày thứ Sáu ngày 10 tháng 11 năm 1989, bức tường bị phá.",
         "đêm thứ Năm ngày 9 tháng 11", "1989-11-09"),
        ("Ngày 22 tháng 12 năm 1972 có ném bom. Ngay sau 23 giờ, quân đội rút lui.", "23 giờ", "1972-12-22T23:00"),
        ("Ngày 22 tháng 12 năm 1972 có ném bom. Đến 4 giờ ngày hôm sau, trận đánh kết thúc.", "4 giờ ngày hôm sau",
         "1972-12-23T04:00"),
        ("Khủng hoảng Berlin 1961 kéo dài nhiều tháng.", "1961", "1961"),
        ("Liên Xô (nay là Nga) tham gia đàm phán.", "nay", "PRESENT_REF"),
    ]

    @Test(arguments: cases)
    func expressionAndValue(text: String, surface: String, value: String) throws {
        let extraction = extract(text, .vi)
        let found = try #require(timex(extraction, surface), "no timex '\(surface)' in \(extraction.timexes.map(\.surface))")
        #expect(found.value == value)
        #expect(slice(text, found.start, found.end) == surface)
    }

    @Test func nameYearIsClassName() throws {
        let extraction = extract("Hiệp định Genève 1954 chấm dứt chiến tranh.", .vi)
        let year = try #require(timex(extraction, "1954"))
        #expect(year.timexClass == .name)
        #expect(extraction.events.isEmpty)
    }

    @Test func presentIsTheNarrativeOnlyNearADate() {
        let near = extract("Ngày 14 tháng 8 năm 1945, cán bộ họp, căn cứ vào tình hình hiện tại.", .vi)
        #expect(timex(near, "hiện tại")?.value == "1945-08-14")
        let far = extract("Năm 1945 có nhiều biến cố. Trường học mở cửa. Sân bóng được sửa. Đường sá rộng hơn. "
            + "Các đội bóng hiện tại thi đấu ở sân mới.", .vi)
        #expect(timex(far, "hiện tại")?.value == "PRESENT_REF")
        #expect(timex(extract("Từ cuối năm 2007 cho đến hiện tại, bà vẫn biểu diễn.", .vi), "hiện tại")?.value == "PRESENT_REF")
    }

    @Test func aSpanBackFromNowIsNoRelativeYear() {
        #expect(extract("Sự sống xuất hiện khoảng 3 tỷ năm trước ở đại dương.", .vi).events.isEmpty)
    }

    @Test func decimalsAreNoTimes() {
        #expect(extract("Chu kỳ bán rã của đồng vị này là 29,37 giờ.", .vi).timexes.isEmpty)
    }

    @Test func sameYearInASecondClauseIsASecondEvent() {
        let events = extract("Năm 1947, Truman công bố học thuyết; cùng năm, Kế hoạch Marshall ra đời.", .vi).events
        #expect(events.map(\.date) == ["1947", "1947"])
        #expect(events.map(\.statement) == ["Truman công bố học thuyết.", "Kế hoạch Marshall ra đời."])
    }

    @Test func qualifiers() throws {
        let extraction = extract("Cuối năm 1972, Mỹ ném bom. Đầu tháng 11 năm 1972, Quốc hội họp. Khoảng năm 1985, có đổi mới.", .vi)
        #expect(timex(extraction, "Cuối năm 1972")?.qualifier == .late)
        #expect(timex(extraction, "Đầu tháng 11 năm 1972")?.qualifier == .early)
        #expect(timex(extraction, "Khoảng năm 1985")?.qualifier == .approx)
    }

    @Test func underspecifiedKeepsLocalValue() throws {
        let extraction = extract("Tháng 8 năm 1945 có nhiều biến cố. Ngày 15 tháng 8, Nhật hoàng đầu hàng.", .vi)
        let date = try #require(timex(extraction, "Ngày 15 tháng 8"))
        #expect(date.timexClass == .underspecified)
        #expect(date.valueLocal == "XXXX-08-15")
    }

    @Test func narrativeMonthSurvivesAsides() throws {
        // an aside about 1940 and the 1920s must not move the narrative out of August 1945
        let text = "Ngày 22 tháng 8 năm 1945, Việt Minh gửi công điện. Phan Bội Châu đã mất năm 1940. "
            + "Từ những năm 1920, người ta giải thích lời sấm. Ngày 20 tháng 8, Bảo Đại trả lời."
        #expect(timex(extract(text, .vi), "Ngày 20 tháng 8")?.value == "1945-08-20")
    }
}
