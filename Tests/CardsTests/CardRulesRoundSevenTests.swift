import Testing
import Timeline
@testable import Cards

/// Rules from set F's judging (Benchmarks/CardQuality/README.md, round seven): a catalogue's entries, a date of an
/// opening "Sau khi …" clause, a statement that contrasts two times, a list announced by a colon, a guess.
@Suite struct CardRulesRoundSevenTests {
    static let catalogue = """
        == Các studio ==
        Các studio của hãng được kể dưới đây.

        BioWare ở thành phố Edmonton, Canada, thành lập tháng 2/1995, mua lại vào tháng 10/2007.
        Criterion Games tại Guildford, Anh, thành lập vào năm 1993 với tên Criterion Software.
        EA Casual Entertainment
        EA China tại Thượng Hải, Trung Quốc
        EA Korea tại Seoul, Hàn Quốc, bắt đầu hoạt động vào năm 1998.

        Năm 1982, Trip Hawkins thành lập hãng tại San Mateo sau khi rời Apple, với số vốn ban đầu do chính ông góp.
        """

    /// The scalar offset of `sentence` in `text`, as the extractor counts a sentence's start.
    static func offset(of sentence: String, in text: String) -> Int {
        let range = text.range(of: sentence)!
        return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
    }

    @Test func aCatalogueRunIsFoundAndTheNarrativeIsNot() {
        let text = Self.catalogue
        let entries = ListEntries(text: text)
        #expect(entries.spans.count == 5)
        #expect(entries.contains(offset: Self.offset(of: "Criterion Games tại Guildford", in: text)))
        #expect(entries.contains(offset: Self.offset(of: "EA Casual Entertainment", in: text)))
        #expect(!entries.contains(offset: Self.offset(of: "Năm 1982, Trip Hawkins", in: text)))
        #expect(!entries.contains(offset: Self.offset(of: "Các studio của hãng", in: text)))
    }

    /// A timeline's lines open on their dates: they are the narrative, not a catalogue.
    @Test func aTimelineIsNoCatalogue() {
        let timeline = """
            1945: Cách mạng tháng Tám
            1946: Toàn quốc kháng chiến
            Ngày 7/5/1954: chiến thắng Điện Biên Phủ
            1975: Thống nhất đất nước
            """
        #expect(ListEntries(text: timeline).spans.isEmpty)
    }

    /// Short paragraphs that end as sentences are prose, however many.
    @Test func shortSentencesAreNoCatalogue() {
        let prose = (1...6).map { "Năm 19\($0)0, quân Pháp rút khỏi thành phố thứ \($0)." }.joined(separator: "\n")
        #expect(ListEntries(text: prose).spans.isEmpty)
    }

    @Test func theScreenDropsACatalogueEntry() {
        var screen = EventScreen(language: .vi)
        screen.listEntries = ListEntries(text: Self.catalogue)
        let sentence = "EA Korea tại Seoul, Hàn Quốc, bắt đầu hoạt động vào năm 1998."
        var event = TestEvents.event("1998", "EA Korea tại Seoul, Hàn Quốc, bắt đầu hoạt động", sentence: sentence)
        event.sentenceStart = Self.offset(of: sentence, in: Self.catalogue)
        #expect(screen.blocking(event) == .listEntry)
        event.sentenceStart = Self.offset(of: "Năm 1982, Trip Hawkins", in: Self.catalogue)
        #expect(screen.blocking(event) != .listEntry)
    }

    /// The generator finds the catalogue in the text it is given, so its entries make no card.
    @Test func generateLeavesTheCatalogueOut() {
        let (deck, report) = DeckGenerator().generateReporting(name: "ea", text: Self.catalogue, sourceFile: "ea.txt",
                                                               sourceSHA256: "", language: .vi)
        #expect(report.drops.contains { $0.defect == .listEntry })
        #expect(!deck.cards.contains { $0.prompt.contains("EA Korea") || $0.prompt.contains("Criterion") })
    }

    @Test(arguments: [
        (Language.vi, "Sau khi giành được chính quyền cuối tháng 8 năm 1945, nhiều chức sắc được mời ra tham chính.",
         "cuối tháng 8 năm 1945", true),
        (.vi, "Sau khi dẫn dắt Huddersfield giành chức vô địch 1924, Chapman đưa Arsenal vào giai đoạn thành công.", "1924", true),
        (.en, "After the war ended in 1945, the city was rebuilt by its people.", "1945", true),
        // the date after the comma dates the main clause; one right after the word bounds it (other rules)
        (.vi, "Sau khi Pháp rút quân, năm 1956 chính quyền mới được thành lập.", "năm 1956", false),
        (.vi, "Sau năm 1975, đất nước thống nhất.", "năm 1975", false),
        (.en, "After 1945, the city was rebuilt.", "1945", false),
        (.en, "After the early 1990s, the city grew.", "1990s", false),
    ])
    func aDateInAnOpeningClause(language: Language, sentence: String, surface: String, other: Bool) {
        #expect(ClauseOfDate.isInOpeningClause(sentence: sentence, dateSurface: surface, language: language) == other)
    }

    @Test func twoTimesContrasted() {
        #expect(ClauseOfDate.contrastsTwoTimes(
            "Thời gian đầu, quyền lợi của nông dân bị hạn chế nhưng sau đó, nước Nga bãi bỏ chế độ nông nô", language: .vi))
        #expect(ClauseOfDate.contrastsTwoTimes("At first the council refused, but later it agreed to the plan", language: .en))
        // "afterwards" inside the statement: two happenings, one date (round U)
        #expect(ClauseOfDate.contrastsTwoTimes("Nước Nga bãi bỏ chế độ nông nô, sau đó mở rộng ra Livonia", language: .vi))
        #expect(!ClauseOfDate.contrastsTwoTimes("Nước Nga bãi bỏ chế độ nông nô ở Estonia và Livonia", language: .vi))
        #expect(!ClauseOfDate.contrastsTwoTimes("Ban đầu hội đồng từ chối kế hoạch", language: .vi))
    }

    @Test func aListAnnouncedByAColon() {
        let sentence = "Các nhà phát minh đó là: Karl Benz ở Mannheim, Gottlieb Daimler ở Stuttgart năm 1886."
        #expect(ClauseOfDate.isInAnnouncedList(sentence: sentence, dateSurface: "năm 1886", language: .vi))
        let english = "The founders were: Smith of Boston, and Jones of Leeds in 1886."
        #expect(ClauseOfDate.isInAnnouncedList(sentence: english, dateSurface: "1886", language: .en))
        // a colon that introduces a quotation or an explanation is no list
        let quote = "Năm 1886, ông tuyên bố: chúng ta sẽ thắng."
        #expect(!ClauseOfDate.isInAnnouncedList(sentence: quote, dateSurface: "Năm 1886", language: .vi))
        let explained = "Ông nói rõ lý do: quân Pháp đã rút khỏi thành năm 1886."
        #expect(!ClauseOfDate.isInAnnouncedList(sentence: explained, dateSurface: "năm 1886", language: .vi))
    }

    @Test(arguments: [
        (Language.vi, "Chiếc ô tô đầu tiên có lẽ đã được thiết kế bởi George Selden", true),
        (.vi, "Theo truyền thuyết, lá cờ được vua Óengus II chọn sau chiến thắng", true),
        (.vi, "Dường như những người tới định cư sống hoà thuận với người Inuit", true),
        (.en, "The first car was probably designed by George Selden", true),
        (.en, "The city is said to have been founded by Romulus", true),
        (.vi, "Quân đội có thể tiến vào thành phố sau khi cầu được sửa", false),
        (.en, "The council may meet in Boston", false),
        (.en, "George Selden designed the first car", false),
    ])
    func aGuessIsNoFact(language: Language, statement: String, uncertain: Bool) {
        #expect(ClauseOfDate.isUncertain(statement, language: language) == uncertain)
    }

    @Test(arguments: [
        "Theo số liệu, Texas đứng đầu trong các tiểu bang có công ty lọt vào Fortune 500",
        "Texas đồng hạng với California về số công ty lớn",
    ])
    func aRankIsAFigure(statement: String) {
        #expect(StatementShape.isStatistic(statement, language: .vi))
    }

    /// "Vua Lê Lợi đứng đầu triều đình" is an office held, not a rank among others.
    @Test func headingAnOfficeIsNoRank() {
        #expect(!StatementShape.isStatistic("Lê Lợi đứng đầu triều đình mới", language: .vi))
    }

    @Test func plentyIsAState() {
        #expect(EventScreen(language: .vi).blocking(TestEvents.event("19XX", "Đất nước Hy Lạp đã có rất nhiều nhà văn lớn")) == .state)
        #expect(EventScreen(language: .en).blocking(TestEvents.event("1900", "The city of Athens had many great writers and poets")) == .state)
    }

    /// "nó" (it) after two names may point at either.
    @Test func itAfterTwoNames() {
        let two = "Nhật Bản đầu hàng Trung Quốc khi kết thúc chiến tranh, và nó đã trở thành một tỉnh của Trung Hoa Dân Quốc"
        #expect(EventScreen(language: .vi).blocking(TestEvents.event("1945", two)) == .anaphor)
        let one = "Con tàu Titanic rời cảng Southampton và nó chìm sau bốn ngày"
        #expect(EventScreen(language: .vi).blocking(TestEvents.event("1912", one)) != .anaphor)
    }
}

/// More of set F: a statement opening on a time of its own, a season that lost its years, a verb without subject.
@Suite struct CardRulesRoundSevenMoreTests {
    @Test(arguments: [
        (Language.vi, "Gần đây nhất, Ấn Độ giáo được đưa đến Madagascar thông qua những người Gujarat", true),
        (.vi, "Hiện nay, thành phố có ba trường đại học", true),
        (.en, "Today, the city is the capital of the province", true),
        (.vi, "Lúc bấy giờ, quân Pháp rút khỏi thành", false),
        (.vi, "Quân Pháp rút khỏi thành, sau đó quay lại", false),
    ])
    func aTimeOfItsOwn(language: Language, statement: String, other: Bool) {
        #expect(ClauseOfDate.opensOnAnotherTime(statement, language: language) == other)
    }

    @Test(arguments: [
        "Arsenal cũng đã giành cú đúp danh hiệu FA Cup và League Cup vào mùa bóng",
        "Sau mùa bóng, Bertie Mee từ chức",
    ])
    func aSeasonWithoutItsYears(statement: String) {
        #expect(StatementShape.hasLeftovers(statement, language: .vi))
    }

    @Test func aSeasonNamedStays() {
        #expect(!StatementShape.hasLeftovers("Arsenal vô địch mùa giải này lần thứ ba", language: .vi))
    }

    @Test func aVerbOfCaptivityWithoutSubject() {
        #expect(EventScreen(language: .vi).blocking(TestEvents.event("1979-11-04", "Giam giữ con tin trong đại sứ quán Hoa Kỳ tại Tehran")) == .anaphor)
    }
}

/// "khoảng năm 1000": options 20 years away are as right as the answer.
@Suite struct ApproximateGapTests {
    @Test(arguments: [(1000, 100), (1700, 100), (1740, 10), (1745, 10), (-300, 100)])
    func asRoundAsTheYear(year: Int, gap: Int) {
        #expect(DateDistractors.approximateGap(year) == gap)
    }
}

/// A place or body named only by its kind opens the statement: which one?
@Suite struct KindNounSubjectTests {
    @Test(arguments: [
        "Lãnh thổ có quan hệ mậu dịch với Trung Quốc",
        "Câu lạc bộ giành cú đúp danh hiệu quốc nội",
        "Thành phố bị quân Đức chiếm đóng",
    ])
    func blocked(statement: String) {
        #expect(EventScreen(language: .vi).blocking(TestEvents.event("1900", statement)) == .anaphor)
    }

    @Test(arguments: [
        "Thành phố Hồ Chí Minh được đổi tên",
        "Công ty cổ phần Vinamilk được thành lập",
    ])
    func named(statement: String) {
        #expect(EventScreen(language: .vi).blocking(TestEvents.event("1900", statement)) == nil)
    }

    /// "Những nhóm như … là những người khai sinh ra thể loại này": "Những" names nothing, so "thể loại này" dangles.
    @Test func aQuantifierIsNoName() {
        let statement = "Những nhóm như Green River, Soundgarden và Skin Yard là những người khai sinh ra thể loại này"
        #expect(StatementShape.startsWithAnaphor(StatementShape.words(statement), language: .vi, statement: statement))
    }
}

/// From reading the work set again: a frame before "thì", a name that goes on after the blank, a hedge, "nội chiến này".
@Suite struct CardRulesRoundSevenWorkTests {
    @Test func aFrameBeforeThen() {
        let sentence = "Theo Nghị định của Toàn quyền Đông Dương vào ngày 20 tháng 12 năm 1899 thì kể từ ngày 1 tháng 1 năm 1900, đổi tất cả các hạt ở Nam Kỳ thành tỉnh."
        #expect(ClauseOfDate.isFrameBeforeThen(statement: "Theo Nghị định của Toàn quyền Đông Dương", sentence: sentence,
                                               dateSurface: "ngày 20 tháng 12 năm 1899", language: .vi))
        let whole = "Năm 1945 thì Nhật Bản đầu hàng Đồng Minh."
        #expect(!ClauseOfDate.isFrameBeforeThen(statement: "Nhật Bản đầu hàng Đồng Minh", sentence: whole,
                                                dateSurface: "Năm 1945", language: .vi))
    }

    @Test(arguments: [
        ("Bức tượng được tìm thấy trong thập niên 1940 tại Moravany nad Váhom gần Piešťany.", "Moravany", Language.vi),
        ("Tháng 8 năm 1974, Trung ương Cục miền Nam quyết định giải thể các tỉnh.", "Trung ương Cục", .vi),
        ("All consideration of nuclear electrons ended with James Chadwick's discovery of the neutron.", "James Chadwick's", .en),
    ])
    func theNameGoesOn(sentence: String, answer: String, language: Language) throws {
        let range = try #require(sentence.range(of: answer))
        #expect(!BlankBoundary.isClean(answer, at: range, in: sentence, language: language))
    }

    @Test func aMayBeIsAGuess() {
        #expect(ClauseOfDate.isUncertain("Văn hóa La Tène phát triển, có thể là dưới ảnh hưởng của Văn minh Hy Lạp", language: .vi))
    }

    @Test func thisCivilWarAfterOtherWars() {
        let statement = "Mặc dù có quy mô nhỏ so với các chiến tranh khác tại châu Âu, tuy thế nội chiến này có tác động lớn đến Thụy Sĩ"
        #expect(StatementShape.startsWithAnaphor(StatementShape.words(statement), language: .vi, statement: statement))
        let party = "Đảng Nhân dân thắng cử và đảng này lập chính phủ"
        #expect(!StatementShape.startsWithAnaphor(StatementShape.words(party), language: .vi, statement: party))
    }
}

/// "thì" of a later clause does not make the earlier one a frame.
@Suite struct ThenOfAnotherClauseTests {
    @Test func aLaterThen() {
        let sentence = "Kinh tế Virginia chuyển từ nông nghiệp sang công nghiệp trong thập niên 1960, và vào năm 2002 thì chip máy tính trở thành mặt hàng xuất khẩu hàng đầu."
        #expect(!ClauseOfDate.isFrameBeforeThen(statement: "Kinh tế Virginia chuyển từ nông nghiệp sang công nghiệp",
                                                sentence: sentence, dateSurface: "thập niên 1960", language: .vi))
    }
}

/// Round R (seen sets D–F judged again, seed 4001): classes both readers named.
@Suite struct CardRulesRoundRTests {
    @Test(arguments: [
        (Language.vi, "Rằng Anh Quốc chiếm đóng bất hợp pháp quần đảo Falkland", CardDefect.anaphor),
        (.vi, "Liên tiếp đánh bại quân Pháp trong trận Crécy", .anaphor),
        (.vi, "Cuộc chiến kéo dài, khi quân Pháp thua tại trận Điện Biên Phủ", .anaphor),
        (.vi, "Màu vàng và màu nâu sẫm là màu áo đấu sân khách của câu lạc bộ Arsenal", .trivia),
        (.vi, "Oliver Cromwell, nhà cách mạng cai trị nước Anh", .titleLike),
        (.vi, "Nhóm nhạc Doom Metal ra đời ở Anh, sau khi thành lập", .fragment),
        (.vi, "Các ban nhạc Ska-punk của kéo dài nhiều năm ở Nhật", .leftover),
        (.en, "The Houston Texans were then added to the league as its 32nd team", .anaphor),
        (.en, "About the same time the use of X-ray diffraction became common in chemistry", .anaphor),
        (.en, "Even the invention of the arithmometer had not replaced the abacus in Russia", .anaphor),
        (.en, "Two of the most famous Greek anatomists of the time were Herophilus and Erasistratus", .state),
        (.en, "A tablet found on the Greek island Salamis", .fragment),
    ])
    func blocked(language: Language, statement: String, defect: CardDefect) {
        #expect(EventScreen(language: language).blocking(TestEvents.event("1900", statement)) == defect)
    }

    @Test(arguments: [
        (Language.en, "Grant marched to Richmond and then captured the city"),
        (.en, "The British captured Philadelphia after a long siege"),
        (.en, "Archaeologists found a tablet on the Greek island of Salamis"),
        (.vi, "Oliver Cromwell, nhà cách mạng, lãnh đạo quân Nghị viện đánh bại nhà vua"),
    ])
    func kept(language: Language, statement: String) {
        #expect(EventScreen(language: language).blocking(TestEvents.event("1900", statement)) == nil)
    }

    /// "từ năm 2002" with no end is where something starts, not a one-off date.
    @Test func aStartIsNoDate() {
        var event = TestEvents.event("2002", "Đô la Canada tăng giá so với đô la Mỹ",
                                     sentence: "Đô la Canada tăng giá so với đô la Mỹ từ năm 2002.")
        event.dateSurface = "từ năm 2002"
        #expect(EventScreen(language: .vi).dateDefect(event) == .boundaryDate)
        event.dateSurface = "năm 2002"
        event.sentence = "Đô la Canada tăng giá so với đô la Mỹ từ năm 2002."
        #expect(EventScreen(language: .vi).dateDefect(event) == .boundaryDate)
        event.sentence = "Năm 2002, đô la Canada tăng giá so với đô la Mỹ."
        #expect(EventScreen(language: .vi).dateDefect(event) == nil)
    }

    @Test func aRangeOfCenturiesWithABareEnd() {
        let dates = EventExtractor().extract("Thành phố Teotihuacan suy yếu vào thế kỷ 8 đến 10.", language: .vi).events.map(\.date)
        #expect(dates == ["07XX/09XX"])
        let roman = EventExtractor().extract("Thành phố suy yếu vào thế kỷ XII đến XIV.", language: .vi).events.map(\.date)
        #expect(roman == ["11XX/13XX"])
    }

    @Test func approximatelyIsAbout() throws {
        let event = try #require(EventExtractor().extract("Approximately 40 AD, Dioscorides described the plant.", language: .en).events.first)
        #expect(event.qualifier == .approx)
    }

    @Test func onADayAndMonthWithoutNgay() {
        let text = "Năm 2011, Sabah có nhiều lễ hội. Sabah bắt đầu kỷ niệm ngày Tự quản vào 31 tháng 8."
        let events = EventExtractor().extract(text, language: .vi).events
        #expect(events.contains { $0.dateSurface.hasPrefix("31 tháng 8") })
    }
}

/// "Từ năm 1261, Greenland trở thành thuộc địa …": a change that begins then is dated by it.
@Suite struct AStartThatIsAChangeTests {
    @Test func aChangeKeepsItsDate() {
        var event = TestEvents.event("1261", "Greenland trở thành thuộc địa của Vương quốc Na Uy",
                                     sentence: "Từ năm 1261, Greenland trở thành thuộc địa của Vương quốc Na Uy.")
        event.dateSurface = "Từ năm 1261"
        #expect(EventScreen(language: .vi).dateDefect(event) == nil)
    }
}

/// Round S: the Vietnamese question phrase where a teacher puts it, and a year inside the century asked.
@Suite struct QuestionPhrasePlacingTests {
    @Test func itClosesTheClauseItsDateBelongedTo() {
        let sentence = "Nadal bước vào Madrid Master với kì vọng trả món nợ với Federer trong trận chung kết năm 2009, và anh đã hạ chính Federer."
        let statement = "Nadal bước vào Madrid Master với kì vọng trả món nợ với Federer trong trận chung kết, và anh đã hạ chính Federer"
        // (a clause joined on by "và" is not asked since round thirteen: the question ends with the date's clause)
        #expect(QuestionText.vietnamesePlacing("vào năm nào", in: statement, context: sentence, surface: "năm 2009")
            == "Nadal bước vào Madrid Master với kì vọng trả món nợ với Federer trong trận chung kết vào năm nào")
        let result = "Nadal thua Federer trong trận chung kết năm 2009, khiến anh mất ngôi số một thế giới."
        #expect(QuestionText.vietnamesePlacing("vào năm nào", in: "Nadal thua Federer trong trận chung kết, khiến anh mất ngôi số một thế giới",
                                               context: result, surface: "năm 2009")
            == "Nadal thua Federer trong trận chung kết năm nào, khiến anh mất ngôi số một thế giới")
        // (since round eighteen a year written straight after its word is asked in place, without "vào"; a year after
        // "vào" keeps it)
        let withVao = "Nadal thua Federer trong trận chung kết vào năm 2009, khiến anh mất ngôi số một thế giới."
        #expect(QuestionText.vietnamesePlacing("vào năm nào", in: "Nadal thua Federer trong trận chung kết, khiến anh mất ngôi số một thế giới",
                                               context: withVao, surface: "năm 2009")
            == "Nadal thua Federer trong trận chung kết vào năm nào, khiến anh mất ngôi số một thế giới")
    }

    @Test func itOpensTheQuestionWhenTheDateOpenedTheSentence() {
        let sentence = "Trong thập niên 1990, Cambridge mở thêm nhiều phòng thí nghiệm, số lượng những phòng thí nghiệm vẫn tiếp tục gia tăng."
        let statement = "Cambridge mở thêm nhiều phòng thí nghiệm, số lượng những phòng thí nghiệm vẫn tiếp tục gia tăng"
        #expect(QuestionText.vietnamesePlacing("vào thập niên nào", in: statement, context: sentence, surface: "thập niên 1990")
            == "Vào thập niên nào, Cambridge mở thêm nhiều phòng thí nghiệm, số lượng những phòng thí nghiệm vẫn tiếp tục gia tăng")
    }

    @Test func aNameInAppositionStaysAtTheEnd() {
        let sentence = "Năm 1537, Jane sinh một con trai, Hoàng tử Edward."
        #expect(QuestionText.vietnamesePlacing("vào năm nào", in: "Jane sinh một con trai, Hoàng tử Edward", context: sentence,
                                               surface: "Năm 1537") == "Jane sinh một con trai, Hoàng tử Edward vào năm nào")
        let plain = "Năm 1010, Lý Thái Tổ dời đô về Thăng Long."
        #expect(QuestionText.vietnamesePlacing("vào năm nào", in: "Lý Thái Tổ dời đô về Thăng Long", context: plain,
                                               surface: "Năm 1010") == "Lý Thái Tổ dời đô về Thăng Long vào năm nào")
    }

    @Test func aYearInsideTheCenturyGivesItAway() {
        #expect(QuestionText.reveals("Bán đảo Iberia bị người Berber xâm lăng (711-718) vào thế kỷ nào?", date: EventDate(iso: "07XX")))
        #expect(!QuestionText.reveals("Bán đảo Iberia bị người Berber xâm lăng vào thế kỷ nào?", date: EventDate(iso: "07XX")))
        #expect(QuestionText.reveals("Doanh số tăng mạnh (1993) vào thập niên nào?", date: EventDate(iso: "199X")))
    }
}

/// Round S (seen sets, seed 4002) in both languages.
@Suite struct CardRulesRoundSTests {
    @Test(arguments: [
        (Language.vi, "Văn học của tầng lớp samurai tồn tại không ít hơn bốn thế kỷ", CardDefect.state),
        (.vi, "Liên minh chính phủ gồm Smer, SNS và HZDS", .state),
        (.vi, "Chiến tranh triền miên với Anh, bất ổn chính trị ngự trị", .state),
        (.vi, "Ngày phát hành của trò chơi: (Châu Âu)", .fragment),
        (.en, "Thanksgiving was set on the final Thursday of that year by proclamation", .anaphor),
    ])
    func blocked(language: Language, statement: String, defect: CardDefect) {
        #expect(EventScreen(language: language).blocking(TestEvents.event("1900", statement)) == defect)
    }

    @Test func aParticipleLeftBare() {
        let sentence = "The Wild Boy of Aveyron, a feral child caught in 1798, showed several signs of autism."
        #expect(ClauseOfDate.leavesParticipleBare(statement: "The Wild Boy of Aveyron, a feral child caught, showed several signs of autism",
                                                  sentence: sentence, dateSurface: "1798", language: .en))
        #expect(!ClauseOfDate.leavesParticipleBare(statement: "The Wild Boy of Aveyron was caught", sentence: "The Wild Boy of Aveyron was caught in 1798.",
                                                   dateSurface: "1798", language: .en))
    }

    @Test func aDateThatNamesAnIssue() {
        var event = TestEvents.event("1970-10", "Peale described the church and pastor in Guideposts",
                                     sentence: "Peale described the church and pastor in the October 1970 edition of Guideposts.")
        event.dateSurface = "October 1970"
        #expect(EventScreen(language: .en).dateDefect(event) == .nominalDate)
    }

    @Test(arguments: [
        ("Bức tranh được vẽ bên sông Damit/Tuaran năm 1900.", "Damit"),
        ("The European Association of Social Anthropologists was founded for anthropologists working in Europe.", "Europe"),
        ("The Chinese abacus migrated from China to Korea around 1400.", "China"),
    ])
    func aBlankGivenAwayOrCut(sentence: String, answer: String) throws {
        let range = try #require(sentence.range(of: answer, options: .backwards))
        #expect(!BlankBoundary.isClean(answer, at: range, in: sentence, language: sentence.contains("được") ? .vi : .en))
    }

    @Test func abbreviationsDoNotEndTheSentence() {
        let events = EventExtractor().extract("In March 1857, the Supreme Court issued its decision in Dred Scott v. Sandford.", language: .en).events
        #expect(events.first?.statement.hasSuffix("Sandford.") == true)
        let duel = EventExtractor().extract("In 1837 Johnston fought a duel with Texas Brig. Gen. Felix Huston.", language: .en).events
        #expect(duel.first?.statement.contains("Felix Huston") == true)
    }

    @Test func aDayRangeKeepsItsMonth() {
        let events = EventExtractor().extract("On May 9–10, 1860, the Illinois Republican State Convention was held in Decatur.", language: .en).events
        #expect(events.map(\.date) == ["1860-05-09/1860-05-10"])
    }

    @Test(arguments: [
        ("Rafael \"Rafa\" Nadal Parera (sinh ngày 3 tháng 6 năm 1986 tại Manacor) là một vận động viên quần vợt", true),
        ("Henry VIII (28 tháng 6, 1491 – 28 tháng 1, 1547) là Vua nước Anh từ ngày 21 tháng 4, 1509", true),
        ("Estonia là một quốc gia ở khu vực Bắc Âu, giáp biển Baltic", false),
    ])
    func anOpeningThatIntroducesAPerson(opening: String, person: Bool) {
        #expect(KindSubject.introducesPerson(opening) == person)
    }

    @Test func aReversePromptThatLostItsPerson() {
        let card = Card(id: "c1", kind: .reverse, prompt: "In 1855, who appointed him colonel of the new 2nd U.S. Cavalry?",
                        answer: "Jefferson Davis", accepted: [], eventID: "e1", sourceSentence: "")
        #expect(ReverseKind().defects(of: card, event: nil, check: CardCheck(language: .en)).contains(.anaphor))
    }
}

/// "Cùng với Pháp, Anh tuyên chiến …": "along with" opens a phrase; "Cùng tiến vào …" lost its subject.
@Suite struct AlongWithTests {
    @Test func alongWithIsNoAnaphor() {
        let statement = "Cùng với Pháp, Anh tuyên chiến với Đức Quốc xã"
        #expect(!StatementShape.startsWithAnaphor(StatementShape.words(statement), language: .vi, statement: statement))
        let lost = "Cùng tiến vào thành phố"
        #expect(StatementShape.startsWithAnaphor(StatementShape.words(lost), language: .vi, statement: lost))
    }
}

/// Round T (seen sets, seed 4003).
@Suite struct CardRulesRoundTTests {
    @Test(arguments: [
        (Language.vi, "Người cầm quyền ở đó Pribina cho xây nhà thờ", CardDefect.anaphor),
        (.vi, "Quả nhiên, quân Thụy Điển bị đánh bại tại Fehrbellin", .anaphor),
        (.vi, "Tháp Đôi được xây dựng vào khoảng niên đại", .leftover),
        (.vi, "Arsenal giành cú đúp danh hiệu vào mùa", .leftover),
        (.vi, "Khoảng một phần năm lãnh thổ bị ảnh hưởng bởi phóng xạ", .statistic),
        (.vi, "Nhiệt độ trung bình dao động từ 26 °F đến 86 °F ở thành phố", .statistic),
        (.vi, "Psychedelic rock đã không được phát triển ở California", .state),
        (.en, "President Wilson never visited Moscow during his second term", .state),
    ])
    func blocked(language: Language, statement: String, defect: CardDefect) {
        #expect(EventScreen(language: language).blocking(TestEvents.event("1900", statement)) == defect)
    }

    @Test func thereAfterAName() {
        let statement = "Napoléon đến Paris và ở đó ông lên ngôi hoàng đế"
        #expect(!StatementShape.startsWithAnaphor(StatementShape.words(statement), language: .vi, statement: statement))
    }

    @Test func theKindInsideIsTheSubject() throws {
        let subject = KindSubject(name: "Chicago", kinds: KindSubject.groups[5])
        let event = TestEvents.event("1979", "Jane Byrne đắc cử, trở thành nữ thị trưởng đầu tiên của thành phố")
        #expect(try #require(subject.resolved(event)).statement == "Jane Byrne đắc cử, trở thành nữ thị trưởng đầu tiên của Chicago")
    }

    @Test(arguments: [
        ("Năm 753 TCN, Vương quốc La Mã ra đời cùng với kinh thành vĩnh cửu La Mã.", "Vương quốc La Mã"),
        ("Nhiệt độ tăng 1 độ Celsius vào năm 2000.", "Celsius"),
    ])
    func aBlankGivenAway(sentence: String, answer: String) throws {
        let range = try #require(sentence.range(of: answer))
        #expect(!BlankBoundary.isClean(answer, at: range, in: sentence, language: .vi))
    }

    @Test func aRomanNumeralThenAPronounEndsTheSentence() {
        let events = EventExtractor().extract("Năm 1066, William I. Ông lên ngôi vua Anh ở Luân Đôn năm 1066.", language: .vi).events
        #expect(events.allSatisfy { !$0.statement.contains("I. Ông") })
        let kennedy = EventExtractor().extract("In 1963, John F. Kennedy was killed in Dallas.", language: .en).events
        #expect(kennedy.first?.statement == "John F. Kennedy was killed in Dallas.")
    }

    @Test func wagedIsWage() {
        #expect(EnglishVerb.base(ofPast: "waged") == "wage")
        #expect(EnglishVerb.base(ofPast: "wagged") == "wag")
    }
}

/// Set G's leftovers: the phrase that governed a removed date left at the front.
@Suite struct GovernorStubTests {
    @Test(arguments: [
        ("Bước sang thế kỉ 19, Nigeria trở thành thuộc địa của Anh.", "thế kỉ 19", "Bước, Nigeria trở thành thuộc địa của Anh", true),
        ("Đến mùa đông năm 263, quân Ngụy chiếm Thành Đô.", "năm 263", "Đến mùa đông, quân Ngụy chiếm Thành Đô", true),
        ("Trong hầu hết thế kỷ 20, kinh tế Gruzia dựa vào nông nghiệp.", "thế kỷ 20", "Trong hầu hết, kinh tế Gruzia dựa vào nông nghiệp", true),
        ("Tại Paris năm 1945, De Gaulle lập chính phủ lâm thời.", "năm 1945", "Tại Paris, De Gaulle lập chính phủ lâm thời", false),
        ("Năm 1945, sau nhiều tháng chuẩn bị, Việt Minh giành chính quyền.", "Năm 1945", "Sau nhiều tháng chuẩn bị, Việt Minh giành chính quyền", false),
    ])
    func stub(sentence: String, surface: String, statement: String, left: Bool) {
        #expect(ClauseOfDate.leavesGovernorStub(statement: statement, sentence: sentence, dateSurface: surface) == left)
    }
}

/// "Cuối cùng, vào năm 1625, …": the adverb was set apart from the date by its comma; it is no stub.
@Suite struct AnAdverbSetApartTests {
    @Test func notAStub() {
        #expect(!ClauseOfDate.leavesGovernorStub(statement: "Cuối cùng, toàn bộ lãnh thổ Estonia đã về tay Thụy Điển",
                                                 sentence: "Cuối cùng vào năm 1625, toàn bộ lãnh thổ Estonia đã về tay Thụy Điển.",
                                                 dateSurface: "năm 1625"))
    }
}

/// Set G's classes (judged, so seen now): glosses that give the answer away, an unnamed film or period, an assessment.
@Suite struct CardRulesAfterSetGTests {
    @Test func aCycleYearGivesTheYearAway() {
        #expect(QuestionText.reveals("Trần Trọng Kim, sinh (Quý Mùi) tại Hà Tĩnh vào năm nào?", date: EventDate(iso: "1883")))
        #expect(!QuestionText.reveals("Trần Trọng Kim sinh tại Hà Tĩnh vào năm nào?", date: EventDate(iso: "1883")))
        #expect(CycleYear.isName("Tân", "Hợi"))
    }

    @Test(arguments: [
        ("Thúc thúc của ông là An Bang Ngạn (安邦彦) tử trận năm 1629.", "An Bang Ngạn"),
        ("Ioseb Jughashvili (tức Stalin (сталь), có nghĩa là thép) là nhà cách mạng.", "Stalin"),
    ])
    func aGlossInAnotherScript(sentence: String, answer: String) throws {
        let range = try #require(sentence.range(of: answer))
        #expect(!BlankBoundary.isClean(answer, at: range, in: sentence, language: .vi))
    }

    @Test func aGlossAfterTheQuestionWord() {
        let card = Card(id: "c1", kind: .reverse, prompt: "Năm 875, Indravarman II lập triều đại mới ở đâu (làng Đồng Dương, Quảng Nam ngày nay)?",
                        answer: "Indrapura", accepted: [], eventID: "e1", sourceSentence: "")
        #expect(ReverseKind().defects(of: card, event: nil, check: CardCheck(language: .vi)).contains(.leak))
    }

    @Test(arguments: [
        ("Bộ phim được công chiếu lần đầu tại New York", CardDefect.anaphor),
        ("Cuốn sách ra đời trong bối cảnh bóng đá đang phục hồi", .anaphor),
        ("Trần Trọng Kim được đánh giá là một học giả có ảnh hưởng", .state),
    ])
    func blocked(statement: String, defect: CardDefect) {
        #expect(EventScreen(language: .vi).blocking(TestEvents.event("1900", statement)) == defect)
    }
}

/// A chronology item leaning on the sentence before it ("… cũng …", "then") is not taken.
@Suite struct ChronologyItemTests {
    @Test func itemsThatPointElsewhere() {
        #expect(ChronologyCardMaker.pointsElsewhere("Quân Đông Tấn sau đó tiêu diệt nước Thành Hán"))
        #expect(ChronologyCardMaker.pointsElsewhere("Grauman's Chinese Theatre then hosted the ceremony"))
        #expect(!ChronologyCardMaker.pointsElsewhere("Lý Thái Tổ dời đô về Thăng Long"))
    }
}

/// Set G's partial-name blanks: "Đế quốc [...]", "Chiến tranh vùng [...]", "[...] châu", an English title.
@Suite struct PartialNameBlankTests {
    @Test(arguments: [
        ("Bahrain được Đế quốc Anh bảo hộ từ năm 1861.", "Anh"),
        ("Qatar tham gia Chiến tranh vùng Vịnh năm 1991.", "Vịnh"),
        ("Tháng 7 năm 211, Lưu Bị đóng quân ở Giang châu.", "Giang"),
        ("Năm 1850, Đạo luật Government and Protection of Indians được thông qua.", "Government"),
    ])
    func cut(sentence: String, answer: String) throws {
        let range = try #require(sentence.range(of: answer))
        #expect(!BlankBoundary.isClean(answer, at: range, in: sentence, language: .vi))
    }
}

/// A named document or event with its date, in a sentence about something else: the date is the name's.
@Suite struct NamedDocumentDateTests {
    @Test(arguments: [
        ("Tuy nhiên, hành vi thù địch của Bahrain vi phạm Hiệp ước Anh-Bahrain năm 1820.", "năm 1820", true),
        ("Stalin là gương mặt nổi bật trong phái Bolshevik Nga, phe lên nắm quyền tại Nga sau Cách mạng tháng 10 năm 1917.", "tháng 10 năm 1917", true),
        ("Hiệp ước Nam Kinh được ký năm 1842 giữa Anh và nhà Thanh.", "năm 1842", false),
        ("Năm 1945, Cách mạng tháng Tám thành công.", "Năm 1945", false),
    ])
    func theNamesDate(sentence: String, surface: String, nominal: Bool) {
        var event = TestEvents.event("1820", "Hành vi thù địch", sentence: sentence)
        event.dateSurface = surface
        #expect((EventScreen(language: .vi).dateDefect(event) == .nominalDate) == nominal)
    }
}

@Suite struct NamedDocumentDateApartTests {
    /// "Sau Cách mạng Tháng Tám (1945), ngày 3 tháng 9 năm 1945, …": the event's own date, set apart by commas.
    @Test func aDateSetApartIsTheEvents() {
        var event = TestEvents.event("1945-09-03", "Quy Nhơn được tổ chức theo quy chế thị xã",
                                     sentence: "Sau Cách mạng Tháng Tám (1945), ngày 3 tháng 9 năm 1945, Quy Nhơn được tổ chức theo quy chế thị xã.")
        event.dateSurface = "ngày 3 tháng 9 năm 1945"
        #expect(EventScreen(language: .vi).dateDefect(event) != .nominalDate)
    }
}

/// Round U (seen sets, seed 4004).
@Suite struct CardRulesRoundUTests {
    @Test(arguments: [
        (Language.vi, "Dinh được đổi thành Trấn", CardDefect.anaphor),
        (.vi, "Sáng lập Vương quốc Hungary và lên ngôi vua", .anaphor),
        (.vi, "Trong một lần nói chuyện tại Đại học Glasgow, Brown cho biết", .fragment),
        (.vi, "Fox cũng đóng vai Tigellinus trong bộ phim về hoàng đế Nero", .trivia),
        (.en, "In a speech at Cooper Union, Lincoln said", .fragment),
    ])
    func blocked(language: Language, statement: String, defect: CardDefect) {
        #expect(EventScreen(language: language).blocking(TestEvents.event("1900", statement)) == defect)
    }

    @Test func playingARoleInHistoryIsNoActorsPart() {
        #expect(!StatementShape.isTrivia("Pháp đóng vai trò quyết định trong chiến tranh Krym", language: .vi))
    }
}

/// Round U, English: "She …" in a man's life is someone else; "the standard", "the two", "Soon", "Bvt.".
@Suite struct CardRulesRoundUEnglishTests {
    @Test func theOtherPronounIsSomeoneElse() {
        let events = [
            TestEvents.event("1832", "He enlisted in the militia", sentence: "In 1832 he enlisted in the militia."),
            TestEvents.event("1834", "He was elected to the legislature", sentence: "In 1834 he was elected to the legislature."),
            TestEvents.event("1835", "She died at the age of 22", sentence: "In 1835 she died at the age of 22."),
        ].map(TestEvents.deckEvent)
        var resolver = PronounResolver(events: events, language: .en)
        resolver.mainPerson = "Lincoln"
        #expect(resolver.mainPronoun == "He")
        #expect(resolver.resolved(events[0].event)?.statement == "Lincoln enlisted in the militia")
        #expect(resolver.resolved(events[2].event) == nil)
    }

    @Test(arguments: [
        "The first edition of the standard was published by the committee",
        "Soon, under suspicion of treason, Johnston evaded arrest",
        "The rivalry between the two headlined the media after the match",
    ])
    func pointsElsewhere(statement: String) {
        #expect(EventScreen(language: .en).blocking(TestEvents.event("1900", statement)) == .anaphor)
    }

    @Test func brevetIsAnAbbreviation() {
        let events = EventExtractor().extract("In 1849 Johnston became chief of staff to Bvt. Maj. Gen. Worth in Texas.", language: .en).events
        #expect(events.first?.statement.contains("Worth in Texas") == true)
    }
}

/// Round V: options from the answer's era; a year past the present lost its BC.
@Suite struct CardRulesRoundVTests {
    @Test(arguments: [("1521", "1519", true), ("1919", "1519", false), ("1000", "0965", true), ("1970", "1943", true), ("1990", "1943", false)])
    func sameEra(other: String, answer: String, near: Bool) {
        #expect(MultipleChoiceCardMaker.isSameEra(EventDate(iso: other), EventDate(iso: answer)) == near)
    }

    @Test func aYearPastThePresent() {
        #expect(EventScreen(language: .vi).blocking(TestEvents.event("2700", "Nền văn minh Minoan đạt tới đỉnh cao ở đảo Crete")) == .eraLost)
    }
}

@Suite struct CardRulesRoundVMoreTests {
    @Test(arguments: [
        (Language.vi, "Hiệp định giữa Đông Ấn Hà Lan và Vương quốc Bulungan", CardDefect.fragment),
        (.en, "In 272 words, Lincoln asserted that the nation was born not", .fragment),
        (.en, "Historians have given many reasons for the perceived need to replace the articles", .state),
    ])
    func blocked(language: Language, statement: String, defect: CardDefect) {
        #expect(EventScreen(language: language).blocking(TestEvents.event("1900", statement)) == defect)
    }

    @Test func aTreatySigned() {
        #expect(EventScreen(language: .vi).blocking(TestEvents.event("1884", "Hiệp ước Patenôtre được ký giữa Pháp và triều Nguyễn")) == nil)
    }
}

@Suite struct EraIsNoBlankTests {
    @Test func theEraIsNoThingToRecall() throws {
        let sentence = "Nền văn minh phát triển giữa năm 2800 TCN và năm 1800 TCN."
        let range = try #require(sentence.range(of: "TCN"))
        #expect(!BlankBoundary.isClean("TCN", at: range, in: sentence, language: .vi))
    }
}

/// Set H's lost subjects and "cô".
@Suite struct CardRulesAfterSetHTests {
    @Test(arguments: [
        "Liên kết với Hiệp hội Mậu dịch tự do châu Âu",
        "Độc lập khỏi Bồ Đào Nha sau nhiều năm chiến tranh",
        "Ký Hiệp định Tự do thương mại với Cộng đồng Kinh tế châu Âu",
    ])
    func noSubject(statement: String) {
        #expect(EventScreen(language: .vi).blocking(TestEvents.event("1973", statement)) == .anaphor)
    }

    @Test func aUnionNamedIsASubject() {
        #expect(EventScreen(language: .vi).blocking(TestEvents.event("1993", "Liên minh châu Âu được thành lập theo Hiệp ước Maastricht")) == nil)
    }

    @Test func herInALifeIsTheSkater() {
        let events = [
            TestEvents.event("2006", "Cô giành huy chương vàng tại Bulgaria", sentence: "Năm 2006, cô giành huy chương vàng tại Bulgaria."),
            TestEvents.event("2009", "Cô phá kỷ lục thế giới", sentence: "Năm 2009, cô phá kỷ lục thế giới."),
        ].map(TestEvents.deckEvent)
        var resolver = PronounResolver(events: events, language: .vi)
        resolver.mainPerson = "Kim Yuna"
        #expect(resolver.mainPronoun == "Cô")
        #expect(resolver.resolved(events[1].event)?.statement == "Kim Yuna phá kỷ lục thế giới")
    }
}

/// Round W: a cloze sentence opening on a link to the sentence before; "the October 1970 edition" with "the" in the date.
@Suite struct CardRulesRoundWTests {
    @Test func theLinkGoes() {
        #expect(ClozeCardMaker.withoutLeadingLink("Subsequently, on April 12, 1861, a Confederate attack on Fort Sumter began the war.", language: .en)
            == "On April 12, 1861, a Confederate attack on Fort Sumter began the war.")
        #expect(ClozeCardMaker.withoutLeadingLink("Ngoài ra, Pháp rút quân khỏi Lào năm 1945.", language: .vi) == "Pháp rút quân khỏi Lào năm 1945.")
        #expect(ClozeCardMaker.withoutLeadingLink("Lincoln won in 1860.", language: .en) == "Lincoln won in 1860.")
    }

    @Test func anIssueWithItsArticle() {
        var event = TestEvents.event("1970-10", "Aldrin described communion on the Moon in Guideposts magazine",
                                     sentence: "Aldrin described communion on the Moon in the October 1970 edition of Guideposts magazine.")
        event.dateSurface = "the October 1970"
        #expect(EventScreen(language: .en).dateDefect(event) == .nominalDate)
    }
}

/// Set I: a year's list puts a label before an entry; the label is no part of what happened.
@Suite struct ListLabelTests {
    @Test func theLabelGoes() {
        let event = TestEvents.event("1945-03-07", "Chiến tranh thế giới thứ hai: Quân Mỹ vượt sông Rhein tại Remagen",
                                     sentence: "7 tháng 3 – Chiến tranh thế giới thứ hai: Quân Mỹ vượt sông Rhein tại Remagen.")
        #expect(DeckGenerator.withoutListLabel(event)?.statement == "Quân Mỹ vượt sông Rhein tại Remagen")
        let quote = TestEvents.event("1945", "Ông tuyên bố: Chúng ta sẽ chiến đấu đến cùng")
        #expect(DeckGenerator.withoutListLabel(quote) == nil)
        let none = TestEvents.event("1945", "Quân Mỹ vượt sông Rhein tại Remagen")
        // a title's subtitle is no label: "Charles II: The Power & the Passion của BBC" stays as it is (and is screened)
        let subtitle = TestEvents.event("2003", "Charles II: The Power & the Passion của BBC",
                                        sentence: "Rufus Sewell trong Charles II: The Power & the Passion của BBC (2003).")
        #expect(DeckGenerator.withoutListLabel(subtitle) == nil)
        #expect(DeckGenerator.withoutListLabel(none) == nil)
    }
}

/// Set J (judged at a9801f6): a head word or a list member as a blank; "Nhằm phản ứng,", "Hơn thế nữa,"; "Tất cả";
/// a forecast; a "see also" line.
@Suite struct CardRulesAfterSetJTests {
    @Test(arguments: [
        ("Bệnh viện nằm tại số 2 đường Lê Lợi, thuộc Phường 8, thành phố Đà Lạt.", "Phường"),
        ("Năm 1621, Xa Sùng Minh quản lý Vạn Huyện, Thạch Trụ và Kiềm Giang.", "Thạch Trụ"),
        ("Sắc lệnh số 77 quy định Hà Nội, Hải Phòng, Huế, Sài Gòn, Đà Lạt đều đặt làm thành phố.", "Huế"),
    ])
    func notABlank(sentence: String, answer: String) throws {
        let range = try #require(sentence.range(of: answer))
        #expect(!BlankBoundary.isClean(answer, at: range, in: sentence, language: .vi))
    }

    @Test(arguments: [
        ("Nhằm phản ứng, ngày 23 tháng 7 năm 2002 Trung Hoa Dân Quốc đoạn tuyệt quan hệ với Nauru.", "Trung Hoa Dân Quốc đoạn tuyệt quan hệ với Nauru."),
        ("Hơn thế nữa, năm 1389 John xứ Gaunt trở lại Anh.", "John xứ Gaunt trở lại Anh."),
    ])
    func theLinkGoes(text: String, statement: String) {
        #expect(EventExtractor().extract(text, language: .vi).events.first?.statement == statement)
    }

    @Test(arguments: [
        ("Tất cả đều bị ngăn lại với việc Ấn Độ giành được độc lập", CardDefect.anaphor),
        ("Thị trường tiêu dùng Ấn Độ dự kiến sẽ lên vị trí thứ 5 thế giới", .uncertain),
        ("Xem thêm Bài phát biểu của Putin tại Hội nghị An ninh Munich", .referenceEntry),
    ])
    func blocked(statement: String, defect: CardDefect) {
        #expect(EventScreen(language: .vi).blocking(TestEvents.event("2007", statement)) == defect)
    }
}

/// Set K: "Sân …" with no name is an anaphor; in a text about a stadium, it is that stadium.
@Suite struct StadiumTests {
    @Test func anUnnamedGround() {
        #expect(EventScreen(language: .vi).blocking(TestEvents.event("1925", "Sân được khánh thành sau một năm khởi công")) == .anaphor)
        let subject = KindSubject(name: "San Siro", kinds: ["sân vận động", "sân"])
        #expect(subject.resolved(TestEvents.event("1925", "Sân được khánh thành sau một năm khởi công"))?.statement
            == "San Siro được khánh thành sau một năm khởi công")
    }
}
