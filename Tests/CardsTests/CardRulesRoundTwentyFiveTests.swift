import Foundation
import Testing
@testable import Timeline
@testable import Cards

/// Round twenty-five (after set CP and English samples 4033–4034): a disambiguation page, a play's title read as a
/// date, "mid-" before a century, a qualified century paired with another, a number sign after a blank, "anh" after a
/// fronted clause, and a work's kind standing for the work its opening defines.
@Suite struct CardRulesRoundTwentyFiveTests {
    func deck(_ text: String, name: String, language: Language) -> Deck {
        DeckGenerator().generate(name: name, text: text, sourceFile: name + ".txt", sourceSHA256: "", language: language)
    }

    /// "Argument may also refer to:" and a title "(disambiguation)": the entries below are other meanings of a word,
    /// each with a year ("Argument (ship), an Australian sloop wrecked in 1809"), and make no events; an article's own
    /// list after a colon still does.
    @Test func aDisambiguationPageMakesNoEvents() {
        let lead = """
        = Argument =
        In logic, an argument is an attempt to persuade someone of something.

        Argument may also refer to:

        Argument (ship), an Australian sloop wrecked in 1809
        Argument (album), a 2003 album by the band Fugazi
        """
        #expect(EventExtractor().extract(lead, language: .en).events.isEmpty,
                "\(EventExtractor().extract(lead, language: .en).events.map(\.statement))")
        let titled = """
        = Aberdeen (disambiguation) =
        Aberdeen is a city in Scotland.

        Aberdeen Proving Ground, a United States Army facility established in 1917
        """
        #expect(EventExtractor().extract(titled, language: .en).events.isEmpty)
        let vi = """
        = An sinh =
        An sinh xã hội có thể chỉ:

        Quỹ an sinh (Nhật Bản), một quỹ thành lập năm 1961
        """
        #expect(EventExtractor().extract(vi, language: .vi).events.isEmpty)
        let article = """
        = Boston =
        The city saw three events:

        The siege of Boston ended in March 1776.
        """
        #expect(EventExtractor().extract(article, language: .en).events.map(\.date) == ["1776-03"])
    }

    /// "The first reviews Rand received were for Night of January 16th.": a day with no year after a capitalised word
    /// and "of" ends a title, no date (it took the year of another sentence); "on the night of January 16th" is a date.
    @Test func aTitleEndingOnADayIsNoDate() {
        let title = EventExtractor().extract("Rand moved to New York in 1934. The first reviews Rand received were for Night of January 16th.",
                                             language: .en).events
        #expect(title.map(\.date) == ["1934"], "\(title.map { ($0.date, $0.statement) })")
        let night = EventExtractor().extract("The army crossed the river in 1934. The attack came on the night of January 16th.",
                                             language: .en).events
        #expect(night.map(\.date).contains("1934-01-16"), "\(night.map(\.date))")
    }

    /// "in the mid-nineteenth century" is "the mid-19th century" on a card, never "mid-the 19th century".
    @Test func midBeforeACenturyReadsAsTheMidCentury() throws {
        let events = EventExtractor().extract("Proudhon marked the formal birth of anarchism in the mid-nineteenth century.",
                                              language: .en).events
        let event = try #require(events.first)
        #expect(DateText.render(event, in: .en) == "the mid-19th century")
        let year = try #require(EventExtractor().extract("The strike began in mid-1997.", language: .en).events.first)
        #expect(DateText.render(year, in: .en) == "mid-1997")
    }

    /// "during the late 7th and early 8th centuries": the second century of a pair, qualified, is no one century's
    /// date (the card asked "the early 8th century" and left "the late 7th and" in its prompt); one alone still is.
    @Test func aQualifiedCenturyAfterAndIsNoDate() {
        let pair = EventExtractor().extract("Greek thought continued to be assimilated during the late 7th and early 8th centuries through Syriac translations.",
                                            language: .en).events
        #expect(pair.isEmpty, "\(pair.map { ($0.date, $0.statement) })")
        let alone = EventExtractor().extract("Greek thought reached the Arabs in the early 8th century.", language: .en).events
        #expect(alone.count == 1)
    }

    /// "In 1939, Tarkovsky enrolled at the [...] № 554.": a number sign and a number after the blank number the same
    /// name, so the blank would take half of it.
    @Test func aNumberSignAfterTheBlankContinuesTheName() {
        let sentence = "In 1939, Tarkovsky enrolled at the Moscow School № 554 in Moscow."
        #expect(!BlankBoundary.isClean("Moscow School", at: sentence.range(of: "Moscow School")!, in: sentence, language: .en))
        let numbered = "In 1905, the workers of Factory No. 5 went on strike in Moscow."
        #expect(!BlankBoundary.isClean("Factory", at: numbered.range(of: "Factory")!, in: numbered, language: .en))
        let vi = "Năm 1960, học sinh Trường Trung học số 1 tham gia biểu tình tại Hà Nội."
        #expect(!BlankBoundary.isClean("Trường Trung học", at: vi.range(of: "Trường Trung học")!, in: vi, language: .vi))
        #expect(BlankBoundary.isClean("Tarkovsky", at: sentence.range(of: "Tarkovsky")!, in: sentence, language: .en))
    }

    /// "Năm 2000, khi từ Mỹ trở về Đài Loan, anh đã tới một công ty đĩa hát …" in a life: "anh" after a fronted clause
    /// that names no one is the person the text is about; with no such person, the card is not made.
    @Test func aPronounAfterAFrontedClauseIsTheMainPerson() {
        let life = """
        Trần Minh Khoa (sinh ngày 3 tháng 5 năm 1980) là nam diễn viên và ca sĩ người Mỹ gốc Việt. Trần Minh Khoa sinh ra tại California.

        Năm 2000, khi từ Mỹ trở về Việt Nam, anh đã tới một công ty đĩa hát tìm kiếm cơ hội. Năm 2003, Trần Minh Khoa mở một phòng thu ở Sài Gòn.
        """
        let prompts = deck(life, name: "trần minh khoa", language: .vi).cards.map(\.prompt)
        #expect(prompts.contains { $0.contains("khi từ Mỹ trở về Việt Nam, Trần Minh Khoa đã tới") }, "\(prompts)")
        #expect(!prompts.contains { $0.contains(", anh đã") })
        let history = """
        Hải Phòng là một thành phố cảng ở miền Bắc Việt Nam. Năm 1888, thành phố được thành lập.

        Năm 2000, khi từ Mỹ trở về Việt Nam, anh đã tới một công ty đĩa hát tìm kiếm cơ hội.
        """
        let other = deck(history, name: "hải phòng", language: .vi).cards.map(\.prompt)
        #expect(!other.contains { $0.contains("anh đã tới") || $0.contains("tìm kiếm cơ hội") }, "\(other)")
        // ("anh hùng" is a hero, no pronoun)
        #expect(StatementShape.fellowPronoun(after: "Khi chiến tranh kết thúc, anh hùng Núp được tuyên dương.") == nil)
        #expect(StatementShape.fellowPronoun(after: "Khi chiến tranh kết thúc, anh được tuyên dương.") == "anh")
    }

    /// "Người bạn của gió (tựa đề tiếng Anh: …) là một bộ phim điện ảnh …": "Phim đã được công chiếu tại Pháp …" is that
    /// film, named with its capital; a text that opens on another name is left alone.
    @Test func aWorksKindStandsForTheWorkItsOpeningDefines() throws {
        let text = """
        Người bạn của gió (tựa đề tiếng Anh: Friend of the Wind) là một bộ phim điện ảnh tâm lý của Việt Nam được khởi chiếu vào tháng 12 năm 2015. Phim đã được công chiếu tại Pháp vào ngày 4 tháng 3 năm 2016.
        """
        let subject = try #require(OpeningSubject(opening: text, title: "người_bạn_của_gió", language: .vi))
        #expect(subject.name == "Người bạn của gió")
        #expect(OpeningSubject(opening: text, title: "gió_mùa", language: .vi) == nil)
        let prompts = deck(text, name: "người_bạn_của_gió", language: .vi).cards.map(\.prompt)
        #expect(prompts.contains { $0.contains("Người bạn của gió đã được công chiếu") }, "\(prompts)")
        #expect(!prompts.contains { $0.hasPrefix("Phim ") || $0.contains("người bạn của gió") })
        // "Ban nhạc này …" is the band just told of, which may be another: only the kind and a verb's marker count
        let band = """
        Led Zeppelin là ban nhạc rock nước Anh, được thành lập ở London vào năm 1968. Page muốn lập một siêu nhóm với Beck và Moon. Ban nhạc này không bao giờ trở thành hiện thực, cho dù Page, Beck và Moon đã cùng nhau thu âm một ca khúc vào năm 1966.
        """
        let bandPrompts = deck(band, name: "led_zeppelin", language: .vi).cards.map(\.prompt)
        #expect(!bandPrompts.contains { $0.contains("Led Zeppelin không bao giờ") }, "\(bandPrompts)")
    }
}
