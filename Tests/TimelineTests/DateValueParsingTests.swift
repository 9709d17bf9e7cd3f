import Testing
@testable import Timeline

@Suite struct DateValueParsingTests {
    @Test(arguments: zip(["1994", "2017-03", "2014-04-01", "199X", "19XX", "2014-04-01T10:30"],
                         [DateValue.Precision.year, .month, .day, .decade, .century, .day]))
    func parsesEachPrecision(iso: String, precision: DateValue.Precision) throws {
        let value = try #require(DateValue(iso: iso))
        #expect(value.precision == precision)
        #expect(iso.hasPrefix(value.iso))
    }

    @Test(arguments: ["", "94", "abcd", "2014-13", "2014-04-32", "19X5"])
    func refusesWhatIsNotADate(text: String) {
        #expect(DateValue(iso: text) == nil)
    }

    /// The byte reading of ASCII values gives what the scalar reading gives, for every shape and near miss.
    @Test func bytesAndScalarsReadValuesAlike() {
        var texts = ["", "1", "19", "199", "1994", "199X", "19XX", "1XXX", "X994", "19X5", "1994-", "1994-0", "1994-03",
                     "1994-3-", "1994-13", "1994-00", "1994-03-", "1994-03-0", "1994-03-31", "1994-03-32", "1994-03-00",
                     "1994/03/01", "1994-03-01T10:30", "1994-03-01Z", "19\r\nX", "1994-03-01-05", "٢٠١٤", "1994-0٣",
                     "19é4", "1994-03-1é", "0000", "0001-01-01", "9999-12-31", "12345", "1994 ", " 1994", "1994-03-01 "]
        for year in ["0221", "1010", "1945", "2026"] {
            for month in ["", "-01", "-12", "-1", "-13"] {
                for day in ["", "-01", "-31", "-32", "-9"] { texts.append(year + month + day) }
            }
        }
        for text in texts {
            #expect(DateValue(iso: text) == DateValue(scalarISO: text), "\(text)")
        }
    }

    @Test func ordersEarlierFirst() {
        let dates = ["1997-05-27", "1991", "2014-04", "1989-12-19"].compactMap { DateValue(iso: $0) }
        #expect(dates.sorted().map(\.iso) == ["1989-12-19", "1991", "1997-05-27", "2014-04"])
    }
}

@Suite struct SourceTextDecodingTests {
    @Test func dropsTheByteOrderMark() throws {
        #expect(try SourceText.decode([0xEF, 0xBB, 0xBF] + Array("Năm 1994".utf8)) == "Năm 1994")
    }

    @Test func namesLineAndColumnOfABadByte() {
        #expect(throws: SourceTextError.notUTF8(line: 2, column: 3)) {
            try SourceText.decode(Array("ab\nNă".utf8) + [0xFF])
        }
    }

    @Test func refusesBinaryAndEmptyText() {
        #expect(throws: SourceTextError.binary(line: 1, column: 2)) { try SourceText.decode([0x41, 0, 0x42]) }
        #expect(throws: SourceTextError.empty) { try SourceText.decode(Array(" \n\t".utf8)) }
    }

    @Test(arguments: ["Quan hệ NATO–Nga được thiết lập năm 1991.", "Năm 1994, Nga tham gia chương trình."])
    func detectsVietnamese(text: String) { #expect(Language.detect(in: text) == .vi) }

    @Test func detectsEnglish() { #expect(Language.detect(in: "The war began in April 1775 at Lexington.") == .en) }

    /// A Vietnamese list of English titles: the sentences around the list tell the language, not the titles.
    @Test func aVietnameseListOfEnglishTitles() {
        let titles = (1950...1975).map { "\($0) - The Story of the Great River and the Mountains of the North\nThe Long Road Home\n" }
        let text = "Dưới đây là danh sách các phim tài liệu đoạt giải Oscar của Viện Hàn lâm Khoa học và Nghệ thuật Điện ảnh.\n"
            + "Năm ghi trong danh sách này là năm phát giải, không phải năm phim được công chiếu lần đầu tiên.\n"
            + "Từ năm 1943, giải được chia ra hai thể loại là phim tài liệu dài và phim tài liệu ngắn.\n"
            + titles.joined()
        #expect(Language.detect(in: text) == .vi)
        // English prose with a Vietnamese name or two stays English
        let english = String(repeating: "In 1954 the French army was defeated at Điện Biên Phủ, and the long war in Indochina came to an end with the Geneva conference.\n", count: 20)
        #expect(Language.detect(in: english) == .en)
    }
}
