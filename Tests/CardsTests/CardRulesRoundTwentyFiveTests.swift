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

    /// "… được triệu tập ngày 5.6.1992 và trụ sở được ấn định tại Viên, Áo từ ngày 1.11 cùng năm": the comma of "Viên,
    /// Áo" right before the next date's phrase is a place's region, no clause break (the first statement took "và trụ
    /// sở được ấn định tại Viên" with it); "ngày 1.11 cùng năm" is one date, in the year before it.
    @Test func aPlacesRegionIsNoClauseBreakAndTheSameYearJoinsItsDay() {
        let text = "Liên đoàn bóng ném châu Âu được thành lập ngày 17.11.1991 tại Berlin, Đức, nhưng cuộc họp đầu tiên của Liên đoàn được triệu tập ngày 5.6.1992 và trụ sở được ấn định tại Viên, Áo từ ngày 1.11 cùng năm."
        let events = EventExtractor().extract(text, language: .vi).events
        #expect(events.map(\.date) == ["1991-11-17", "1992-06-05", "1992-11-01"], "\(events.map { ($0.date, $0.statement) })")
        #expect(events.map(\.statement).contains("Cuộc họp đầu tiên của Liên đoàn được triệu tập."))
        let english = EventExtractor().extract("The company was founded in Boston, Massachusetts, on May 2, 1901, and moved to Stamford, Connecticut, in June 1950.",
                                               language: .en).events
        #expect(english.count == 2 && !english.contains { $0.statement.contains("founded") && $0.statement.contains("Stamford") },
                "\(english.map { ($0.date, $0.statement) })")
    }

    /// "ngày 01 Tháng Tư 1974 như là một kết quả của Đạo luật Chính quyền địa phương năm 1972": the year right after the
    /// month (translated text) before a small word, and a document named in sentence case whose year is its name's.
    @Test func aBareYearAfterTheMonthAndADocumentsYear() {
        let text = "South Yorkshire đã được tạo ra vào ngày 01 Tháng Tư 1974 như là một kết quả của Đạo luật Chính quyền địa phương năm 1972."
        let events = EventExtractor().extract(text, language: .vi).events
        #expect(events.map(\.date).contains("1974-04-01"), "\(events.map(\.date))")
        let cards = deck(text, name: "south yorkshire", language: .vi).cards
        #expect(!cards.contains { $0.answer.contains("1972") }, "\(cards.map { ($0.prompt, $0.answer) })")
        #expect(!cards.contains { $0.prompt.contains("01 Tháng Tư 1974") })
    }

    /// "… John Malm lần đầu tiên năm 1962 - là tetraflorua xenon": the dash that set an aside off after the date is left
    /// glued to the words before it; a dash the sentence writes between names stays.
    @Test func aDashLeftByTheDateIsALeftover() {
        #expect(StatementShape.hasLeftovers("Các hợp chất flo được tổng hợp bởi John Malm lần đầu tiên - là tetraflorua xenon.", language: .vi,
                                            sentence: "Các hợp chất flo được tổng hợp bởi John Malm lần đầu tiên năm 1962 - là tetraflorua xenon."))
        #expect(!StatementShape.hasLeftovers("Tuyến đường sắt Hà Nội - Hải Phòng được khánh thành.", language: .vi,
                                             sentence: "Tuyến đường sắt Hà Nội - Hải Phòng được khánh thành năm 1902."))
        // (a dash around a dated phrase, with no copula after it, leaves a cloze that still reads)
        #expect(!StatementShape.hasLeftovers("Khi bỏ phiếu, Storting - cho tới cuộc bầu cử - tự chia làm hai viện.", language: .vi,
                                             sentence: "Khi bỏ phiếu, Storting - cho tới cuộc bầu cử năm 2009 - tự chia làm hai viện."))
    }

    /// "… theo Các Hiệp ước Hoà bình [...] năm 1947" (Paris): a blank inside a document's name in sentence case, after
    /// its capitalised head noun; a place after the name ("… ký tại [...]") is still asked.
    @Test func aBlankInsideADocumentsNameIsNotClean() {
        let sentence = "Toàn bộ những lãnh thổ đó được quốc tế công nhận theo Các Hiệp ước Hoà bình Paris năm 1947."
        #expect(!BlankBoundary.isClean("Paris", at: sentence.range(of: "Paris")!, in: sentence, language: .vi))
        let act = "Bắc Ireland được lập ra theo Đạo luật Chính phủ Ireland năm 1920."
        #expect(!BlankBoundary.isClean("Ireland", at: act.range(of: "Ireland năm")!.lowerBound..<act.range(of: " năm")!.lowerBound,
                                       in: act, language: .vi))
        let signed = "Năm 1919, Hiệp ước Versailles được ký tại Paris."
        #expect(BlankBoundary.isClean("Paris", at: signed.range(of: "Paris")!, in: signed, language: .vi))
    }

    /// "The Emancipation Proclamation announced in September 1862 gained votes …": the date is the participle's, which
    /// the card left glued to the main verb ("did … announce gained votes"); a verb with its own clause is no participle.
    @Test func aParticipleGluedToTheMainVerbIsALeftover() {
        #expect(ClauseOfDate.leavesParticipleBare(statement: "The Emancipation Proclamation announced gained votes for the Republicans.",
                                                  sentence: "The Emancipation Proclamation announced in September 1862 gained votes for the Republicans.",
                                                  dateSurface: "September 1862", language: .en))
        #expect(!ClauseOfDate.leavesParticipleBare(statement: "The army crossed the river and marched north.",
                                                   sentence: "The army crossed the river in September 1862 and marched north.",
                                                   dateSurface: "September 1862", language: .en))
    }

    /// "Einstein also received the Copley Medal in 1925": a question read alone leaves out the adverb that tied the
    /// statement to the one before it; "again" changes what is asked and stays.
    @Test func anAdverbPointingBackIsLeftOutOfTheQuestion() {
        #expect(EnglishQuestion.question(statement: "Einstein also received the Copley Medal from the Royal Society", asking: "In what year")
                == "In what year did Einstein receive the Copley Medal from the Royal Society?")
        #expect(EnglishQuestion.question(statement: "Huxley was also a contributor to Vanity Fair", asking: "In which decade")
                == "In which decade was Huxley a contributor to Vanity Fair?")
        #expect(EnglishQuestion.question(statement: "Lincoln again appointed Grant", asking: "In what year")
                == "In what year did Lincoln again appoint Grant?")
    }

    /// "Năm 1591, dấu chấm phẩy được sử dụng rộng rãi lần đầu tiên tại đâu quốc?": "quốc" after a country's name is
    /// part of it ("Anh quốc"), so the blank would split it.
    @Test func quocAfterACountryIsPartOfItsName() {
        let sentence = "Năm 1591, dấu chấm phẩy được sử dụng rộng rãi lần đầu tiên tại Anh quốc."
        #expect(!BlankBoundary.isClean("Anh", at: sentence.range(of: "Anh")!, in: sentence, language: .vi))
        let plain = "Năm 1591, dấu chấm phẩy được sử dụng rộng rãi lần đầu tiên tại Anh."
        #expect(BlankBoundary.isClean("Anh", at: plain.range(of: "Anh")!, in: plain, language: .vi))
    }

    /// A one-word name three name cards of a deck ask is its stock answer: those cards ask their events' dates instead
    /// where they can ("Congress" in the English corpus's Abraham Lincoln); two cards, or longer names, are no stock.
    @Test func aStockAnswerGivesWayToTheDate() throws {
        func card(_ id: String, _ kind: CardKind, event: String, answer: String) -> Card {
            Card(id: id, kind: kind, prompt: "In 1862, [...] acted.", answer: answer, accepted: [], choices: [], eventID: event,
                 sourceSentence: "")
        }
        let cards = [
            card("c1", .cloze, event: "e1", answer: "Congress"), card("c2", .reverse, event: "e2", answer: "congress"),
            card("c3", .cloze, event: "e3", answer: "Congress"), card("c4", .dateRecall, event: "e4", answer: "Congress"),
            card("c5", .cloze, event: "e5", answer: "Spain"), card("c6", .cloze, event: "e6", answer: "Spain"),
            card("c7", .cloze, event: "e7", answer: "New York"), card("c8", .cloze, event: "e8", answer: "New York"),
            card("c9", .cloze, event: "e9", answer: "New York"),
        ]
        #expect(SiblingFree.stockAnswers(cards) == ["c1", "c2", "c3"])
        let made = deck(try CardRulesRoundTwentyFourTests.englishArticle("Abraham Lincoln"), name: "Abraham_Lincoln", language: .en)
        let congress = made.cards.filter { ($0.kind == .cloze || $0.kind == .reverse) && $0.answer == "Congress" }
        #expect(congress.count <= 1, "\(congress.map(\.prompt))")
        // (and no event keeps a name card beside the date card put back for its other name card)
        let american = deck(try CardRulesRoundTwentyFourTests.americanRevolutionaryWar(), name: "american_revolutionary_war",
                            language: .en)
        for made in [made, american] { #expect(SiblingFree.faces(made.cards).dropped.isEmpty) }
    }

    /// "… along with about 1200 blacks who remained slaves": a plural noun right after "about" or "around" is counted,
    /// no year; "About 1780 his father died" and "Around 1200 the town grew" keep theirs.
    @Test func aCountAfterAboutIsNoYear() {
        let count = EventExtractor().extract("About 4000 freed slaves went to Nova Scotia along with about 1200 blacks who remained slaves.",
                                             language: .en).events
        #expect(count.isEmpty, "\(count.map { ($0.date, $0.dateSurface) })")
        let years = EventExtractor().extract("About 1780 his father died in Boston. Around 1200 the town grew quickly.", language: .en).events
        #expect(years.map(\.date) == ["1780", "1200"], "\(years.map(\.date))")
    }
}
