import Testing
import Timeline
@testable import Cards

/// Rules found on fresh texts (Benchmarks/CardQuality, work set of the second round), one test each.
@Suite struct CardRulesRoundTwoTests {
    @Test(arguments: [
        (Language.vi, "Tỷ lệ tăng trưởng kinh tế đã ở trên mức trung bình trong bốn thập niên sau đó", CardDefect.relativeDate),
        (.en, "Japanese clerks abandoned the abacus two decades later in most offices", .relativeDate),
        (.vi, "Giáo hội Các Thánh hữu Ngày sau có 20.282 thành viên tại quần đảo Marshall", .statistic),
        (.en, "Thomas Bartholin defined the new science as follows", .fragment),
        (.vi, "Nay Buôn Ma Thuột đã trở thành đô thị loại 1 trực thuộc tỉnh", .anaphor),
        (.vi, "Tổng thống Belarus là Aliaksandr Lukašenka", .state),
        (.en, "The capital of Belarus is the city of Minsk", .state),
        (.vi, "Tại quần đảo Société ở phía tây Thái Bình Dương", .fragment),
        (.vi, "Sau cuộc bầu cử nghị viện toàn quốc", .fragment),
    ])
    func blocked(language: Language, statement: String, defect: CardDefect) {
        let event = TestEvents.event("1999", statement)
        #expect(EventScreen(language: language).blocking(event) == defect)
    }

    /// "(1971, 1978, 1982, 1994)": one year of a list is no event's own date.
    @Test func oneYearOfAListIsNotTheDate() {
        var event = TestEvents.event("1978", "Pakistan giành Hockey World Cup bốn lần",
                                     sentence: "Pakistan giành Hockey World Cup bốn lần (1971, 1978, 1982, 1994).")
        event.dateSurface = "1978"
        #expect(EventScreen(language: .vi).dateDefect(event) == .partOfRange)
    }

    /// "a 1960s remark": a decade in front of a noun dates the noun.
    @Test func anAttributiveDecadeIsNotTheDate() {
        var event = TestEvents.event("196X", "Ulf Hannerz quotes a remark about anthropologists",
                                     sentence: "Ulf Hannerz quotes a 1960s remark about anthropologists.")
        event.dateSurface = "1960s"
        #expect(EventScreen(language: .en).dateDefect(event) == .nominalDate)
    }

    @Test func qualifiedCenturiesReadNaturally() {
        let century = DateValue(iso: "19XX")!
        #expect(DateText.render(century, qualifier: .early, in: .en) == "the early 20th century")
        #expect(DateText.render(DateValue(iso: "04XX")!, qualifier: .approx, in: .en) == "about the 5th century")
    }

    /// Made-up options never go past the latest date the deck names.
    @Test func madeUpOptionsStayInTheTextsTime() throws {
        let answer = DateValue(iso: "19XX")!
        let picker = DateDistractors(answer: answer, deckDates: [DateValue(iso: "1993")!, DateValue(iso: "1870")!], salt: "x")
        let picked = try #require(picker.pick(earlier: 3, later: 0))
        #expect(picked.earlier.allSatisfy { $0.year < 1900 })
        #expect(picker.pick(earlier: 2, later: 1) == nil)
    }

    @Test(arguments: [
        "Roy Lichtenstein—a painter associated with Pop art—was not a pointillist",
        "Classificatory disputes have included cubist paintings and conceptual art",
    ])
    func unsureInversionFallsBack(statement: String) {
        #expect(EnglishQuestion.inverted(statement: statement, asking: "In which decade") == nil)
    }

    /// "Năm 1469, … hai vương quốc nào giáo …" cuts "Kitô giáo": a name with a word-forming syllable is one word.
    @Test func aBlankNeverCutsAReligionName() {
        let sentence = "Hai vương quốc Kitô giáo Aragón và Castilla được hợp nhất."
        let range = sentence.range(of: "Kitô")!
        #expect(!BlankBoundary.isClean("Kitô", at: range, in: sentence, language: .vi))
    }

    /// "khoảng 1300 km" measures a distance: no year.
    @Test func aDistanceIsNoYear() {
        let events = EventExtractor().extract("Buôn Ma Thuột cách Hà Nội khoảng 1300 km về phía nam.", language: .vi).events
        #expect(events.isEmpty)
    }

    /// The reverse question keeps the source's lower case after the date's comma, and a name's capital.
    @Test func reverseQuestionsReadAsOneSentence() throws {
        let maker = ReverseCardMaker(language: .vi)
        #expect(maker.lowercasedOpening("Tách 4 xã để thành lập huyện nào", sentence: "Ngày 19/9/1981, tách 4 xã để thành lập huyện Krông Ana.")
                == "tách 4 xã để thành lập huyện nào")
        #expect(maker.lowercasedOpening("Belarus tuyên bố chủ quyền bằng tuyên bố nào", sentence: "Ngày 27/7/1990, Belarus tuyên bố chủ quyền.")
                == "Belarus tuyên bố chủ quyền bằng tuyên bố nào")
    }

    @Test(arguments: [
        "Anh Quốc chấp nhận những đề xuất về một chính phủ tự quản tại Botswana",
        "Quân đội Pháp chính thức bị đánh bại trong trận Vitoria",
        "Đảng Nhân dân Pakistan giành nhiều ghế nhất và một thành viên của đảng này tuyên thệ nhậm chức",
        "Pháp tuyên bố chủ quyền với quần đảo Tuamotu, nơi này trước đây thuộc về Vương triều Pomare",
    ])
    func anaphorsThatPointInsideTheStatementPass(statement: String) {
        #expect(EventScreen(language: .vi).blocking(TestEvents.event("1850", statement)) == nil)
    }

    @Test(arguments: [
        "Tàu Titanic đã đụng phải một trong các núi băng này",
        "Quân đội đã tiêu diệt một cuộc nổi dậy ở miền tây",
    ])
    func anaphorsThatPointOutsideAreBlocked(statement: String) {
        #expect(EventScreen(language: .vi).blocking(TestEvents.event("1850", statement)) == .anaphor)
    }

    /// "Nước này …" in a text about a place is that place, when the text shows it is one.
    @Test func theCountryIsTheTextsPlace() throws {
        let sentences = ["Năm 1947, Pakistan giành độc lập.", "Năm 1956, tại Pakistan hiến pháp được thông qua.",
                         "Năm 1971, Pakistan mất Đông Pakistan.", "Năm 1999, nước này thử vũ khí hạt nhân."]
        let events = sentences.map { sentence in
            let statement = String(sentence.dropFirst(10).dropLast())
            return TestEvents.event(String(sentence.dropFirst(4).prefix(4)), statement.prefix(1).uppercased() + statement.dropFirst(),
                                    sentence: sentence)
        }
        let deck = DeckGenerator().makeDeck(name: "pakistan", events: events, language: .vi,
                                             source: DeckSource(file: "t", sha256: ""))
        #expect(deck.events.contains { $0.event.statement.hasPrefix("Pakistan thử vũ khí hạt nhân") })
        #expect(PronounResolver.placeSubject(titleNames: ["Pakistan"], events: deck.events, language: .vi, people: []) == "Pakistan")
    }

    @Test func namesKeepTheirParticles() {
        let names = NameFinder.names(in: "Nhiệt độ tối thấp đo tại Valle de los Patos Superior, San Juan.", language: .vi)
        #expect(names.contains("Valle de los Patos Superior"))
    }

    /// A country after a title ("Tổng thống Pakistan") is no person, so "Ông" never becomes the country.
    @Test func aCountryIsNeverTheMainPerson() {
        let sentences = ["Năm 1947, Tổng thống Pakistan ký hiệp ước.", "Năm 1950, tại Pakistan có bầu cử.",
                         "Năm 1956, Pakistan ban hành hiến pháp.", "Năm 1958, Pakistan đảo chính.",
                         "Năm 1971, Pakistan mất Bangladesh."]
        let events = sentences.enumerated().map { index, sentence in
            TestEvents.event(String(1947 + index), String(sentence.dropFirst(10).dropLast()), sentence: sentence)
        }
        let resolver = PronounResolver(events: DeckGenerator.deckEvents(from: events), language: .vi)
        #expect(resolver.mainPerson == nil)
    }
}
