import Foundation
import PropertyBased
import Testing
import Timeline

/// Offsets are Unicode-scalar indices into the text; odd input never crashes and stays linear.
@Suite struct OffsetAndRobustnessTests {
    @Test func offsetsCountScalarsNotGraphemes() throws {
        // "Hòa" with a combining grave accent: 4 scalars, 3 characters, before the date
        let text = "Ho\u{300}a bi\u{300}nh. Năm 1994, Nga tham gia."
        let extraction = extract(text, .vi)
        let year = try #require(timex(extraction, "Năm 1994"))
        #expect(slice(text, year.start, year.end) == "Năm 1994")
    }

    @Test func everySpanPointsAtItsSurface() async {
        let pieces = ["ngày 2 tháng 9 năm 1945", "Hà Nội", ", ", ". ", "\n", "[3]", "(1946–1991)", "tháng 8/1945",
                      "😀", "e\u{301}", "cuối năm 1972", "April 1, 2014", " và ", "hiện nay", "10 ngày", "28/8"]
        let generator = Gen<String?>.element(of: pieces).map { $0! }.array(of: 0...30).map { $0.joined() }
        await propertyCheck(count: 150, input: generator) { text in
            for language in Language.allCases {
                let extraction = extract(text, language)
                for found in extraction.timexes {
                    #expect(slice(text, found.start, found.end) == found.surface)
                }
                let length = text.unicodeScalars.count
                for event in extraction.events {
                    #expect(0 <= event.sentenceStart && event.sentenceStart <= event.start)
                    #expect(event.start < event.end && event.end <= event.sentenceEnd && event.sentenceEnd <= length)
                }
                for interval in extraction.intervals {
                    #expect(interval.timexIndices.allSatisfy { extraction.timexes.indices.contains($0) })
                }
            }
        }
    }

    @Test func randomScalarsNeverCrash() async {
        let generator = Gen.character(in: "\u{0}"..."ỹ").string(of: 0...200)
        await propertyCheck(count: 200, input: generator) { text in
            _ = extract(text, .vi)
            _ = extract(text, .en)
        }
    }

    @Test func aLongGroupedFigureDoesNotOverflow() {
        // From the English corpus (the 24 digits of 'the number of possible ... positions').
        let text = "In 1950 he estimated 22,158,734,535,770,411,074,184 positions, and 9,999,999,999,999,999,999 more."
        #expect(extract(text, .en).events.map(\.date) == ["1950"])
    }

    @Test func emptyAndBlankTexts() {
        for text in ["", " ", "\n\n\n", "\u{FEFF}", "...", "[1][2]"] {
            #expect(extract(text, .vi).events.isEmpty)
        }
    }

    @Test func decodeRefusesBinaryAndBadUTF8() {
        #expect(throws: SourceTextError.binary(line: 1, column: 4)) { try SourceText.decode([0x61, 0x62, 0x63, 0x00]) }
        #expect(throws: SourceTextError.notUTF8(line: 2, column: 2)) {
            try SourceText.decode(Array("ab\nc".utf8) + [0xFF])
        }
        #expect(throws: SourceTextError.empty) { try SourceText.decode(Array("  \n".utf8)) }
    }

    @Test func aLongSingleLineIsReadInChunks() {
        // 2 MB without a newline: chunked, so every date is still found (a quadratic path would time out)
        let sentence = "Ngày 2 tháng 9 năm 1945, Hồ Chí Minh đọc Tuyên ngôn Độc lập ở Hà Nội. "
        let count = 2_000_000 / sentence.utf8.count
        let text = String(repeating: sentence, count: count)
        let extraction = extract(text, .vi)
        #expect(extraction.timexes.count == count)
        #expect(extraction.events.count == 1)
        if let last = extraction.timexes.last {
            #expect(slice(text, last.start, last.end) == "Ngày 2 tháng 9 năm 1945")
        }
    }

    @Test func aLongListOfOneYearStaysLinear() {
        // a births list: thousands of different events dated 1978; comparing each with all earlier ones
        // (a quadratic restatement check) would make this test take minutes instead of a fraction of a second
        let lines = (0..<5000).map { "1978 – Nhân vật \($0) sinh tại làng số \($0 * 7), tỉnh thứ \($0 % 60)." }
        let extraction = extract(lines.joined(separator: "\n"), .vi)
        #expect(extraction.events.count == 5000)
    }

    @Test func languageDetection() {
        #expect(Language.detect(in: "Năm 1994, Nga tham gia chương trình Đối tác vì hòa bình.") == .vi)
        #expect(Language.detect(in: "In February 1775 Parliament declared Massachusetts in rebellion.") == .en)
    }
}

/// Notes, references and asides carry publication and release years, never events.
@Suite struct SectionFilterTests {
    @Test func endMatterAndAsidesMakeNoEvents() {
        let text = """
        = Duy Tân =
        Năm 1907, Vĩnh San lên ngôi lấy niên hiệu là Duy Tân.

        == Trong văn hóa đại chúng ==
        Năm 2005, một bộ phim về Duy Tân được phát hành.

        == Cuộc đời ==
        Năm 1916, Duy Tân bị bắt.

        == Tham khảo ==
        Nguyễn Văn A, Lịch sử, năm 1999, Nhà xuất bản Giáo dục.
        """
        let dates = EventExtractor().extract(text, language: .vi).events.map(\.date)
        #expect(dates == ["1907", "1916"])
    }

    @Test func plainTextHeadingsEndTheNarrative() {
        let text = "Lincoln was elected president in 1860.\n\nReferences\n\nDonald, David. Lincoln. 1995.\n"
        #expect(EventExtractor().extract(text, language: .en).events.map(\.date) == ["1860"])
    }
}

@Suite struct InitialsTests {
    /// "E.E. Clive" does not end a sentence: the statement keeps its subject.
    @Test func runTogetherInitialsAreNoSentenceEnd() {
        let text = "The play was directed by E.E. Clive and successfully reopened on Broadway in 1936."
        let events = EventExtractor().extract(text, language: .en).events
        #expect(events.count == 1)
        #expect(events.first?.sentence.hasPrefix("The play was directed by E.E. Clive") == true)
    }
}
