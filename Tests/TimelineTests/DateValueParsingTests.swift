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
}
