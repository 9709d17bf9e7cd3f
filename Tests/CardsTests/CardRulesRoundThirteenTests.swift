import Testing
import Timeline
@testable import Cards

/// Does the Vietnamese `statement` open on something it does not name (`StatementShape.startsWithAnaphor`)?
private func opensOnNothing(_ statement: String) -> Bool {
    StatementShape.startsWithAnaphor(StatementShape.words(statement), language: .vi, statement: statement)
}

/// Round thirteen: an administrative act said with the state as its unnamed actor is a whole statement when it names
/// the unit it acts on; a verb the text capitalised is no name.
@Suite struct CardRulesRoundThirteenTests {
    @Test(arguments: [
        "Chia huyện Kim Thi thành 2 huyện: Kim Động và Ân Thi",
        "Chuyển 2 huyện: Lục Ngạn, Sơn Động về tỉnh Bắc Giang",
        "Lập thêm phủ Lạng Giang",
        "Đổi hạt tham biện Rạch Giá thành tỉnh Rạch Giá",
        "Hợp nhất 2 huyện Phù Cừ và Tiên Lữ thành huyện Phù Tiên",
        "Thành lập các tỉnh Hà Nam và Thái Bình",
    ])
    func anAdministrativeActOnANamedUnit(statement: String) {
        let words = StatementShape.words(statement)
        #expect(StatementShape.isAdministrativeAct(words))
        #expect(!StatementShape.startsWithAnaphor(words, language: .vi, statement: statement))
    }

    @Test(arguments: [
        "Chia tỉnh để tái lập 2 tỉnh mới là Nam Hà và Ninh Bình",
        // a commune's or a ward's change is local detail (readers of sets S and T judged it trivia)
        "Sáp nhập xã Thành Công vào phường Hà Khẩu",
        "Lập thêm tổng An Ninh và tổng Thanh Biên",
        "Đổi thành Hội quán Phúc Kiến",
        "Chia về phủ Thuận Thành",
        "Đổi hạt thanh tra thành hạt tham biện, các thôn thành các làng",
        "Đánh bại quân Minh ở Chi Lăng",
        "Chuyển sang thuộc quyền quản lý của Hà Nội",
    ])
    func whatWasActedOnIsNotSaidOrIsLocal(statement: String) {
        let words = StatementShape.words(statement)
        #expect(!StatementShape.isAdministrativeAct(words))
        #expect(StatementShape.startsWithAnaphor(words, language: .vi, statement: statement))
    }

    @Test func aCapitalisedVerbIsNoName() {
        let names = NameFinder.names(in: "Ngày 26 tháng 12 năm 1991, Chia tỉnh Thuận Hải thành 2 tỉnh Bình Thuận và Ninh Thuận.",
                                     language: .vi)
        #expect(!names.contains("Chia"))
        #expect(names.contains("Thuận Hải"))
    }
}

/// After set S: figures compared or ranked, a clause joined on, a gloss of today, a birth over a span, a noun phrase
/// after "là", a place named only by its kind after a fronted phrase or in the plural.
@Suite struct CardRulesRoundThirteenAfterSetSTests {
    @Test(arguments: [
        ("Thương mại của Hoa Kỳ với Canada nhiều hơn thương mại của Hoa Kỳ với toàn Liên Minh châu Âu gộp lại", Language.vi),
        ("Tổng kim ngạch xuất nhập khẩu của Canada lớn thứ 8 trong tất cả các quốc gia", .vi),
        ("Japan was the largest economy in Asia", .en),
    ])
    func aFigureComparedOrRanked(statement: String, language: Language) {
        #expect(StatementShape.isStatistic(statement, language: language))
    }

    @Test(arguments: [
        ("Canada ký hiệp định thương mại tự do với Hoa Kỳ", Language.vi),
        ("Britain joined the European Economic Community", .en),
    ])
    func aTreatyOfTradeIsAnEvent(statement: String, language: Language) {
        #expect(!StatementShape.isStatistic(statement, language: language))
    }

    @Test func aClauseJoinedOnIsNotAsked() {
        let sentence = "Những cuộc đổ xô đi tìm vàng đầu tiên bắt đầu năm 1851, và cảng Sydney từ đó đã chứng kiến nhiều làn sóng người nhập cư."
        let statement = "Những cuộc đổ xô đi tìm vàng đầu tiên bắt đầu, và cảng Sydney từ đó đã chứng kiến nhiều làn sóng người nhập cư"
        #expect(QuestionText.vietnamesePlacing("vào năm nào", in: statement, context: sentence, surface: "năm 1851")
            == "Những cuộc đổ xô đi tìm vàng đầu tiên bắt đầu vào năm nào")
    }

    @Test func theCountryOfTodayIsNoBlank() throws {
        let sentence = "William sinh tại Công quốc Normandie miền bắc nước Pháp ngày nay"
        let range = try #require(sentence.range(of: "Pháp"))
        #expect(!BlankBoundary.isClean("Pháp", at: range, in: sentence, language: .vi))
        let glossed = "Quân Minh đóng ở thành Đông Quan (nay là Hà Nội)"
        let inside = try #require(glossed.range(of: "Hà Nội"))
        #expect(!BlankBoundary.isClean("Hà Nội", at: inside, in: glossed, language: .vi))
    }

    @Test func aBirthOverASpanIsUnsure() {
        let birth = TestEvents.event("1027/1028", "William sinh tại Công quốc Normandie")
        #expect(EventScreen(language: .vi).blocking(birth) == .uncertain)
        let reign = TestEvents.event("1066/1087", "William trị vì nước Anh")
        #expect(EventScreen(language: .vi).blocking(reign) != .uncertain)
    }

    @Test func aNounPhraseAfterBeIsNoEvent() {
        let sentence = "Thay vào đó Liên minh Tỷ giá hối đoái châu Âu được thành lập vào năm 1972 và sau đó là Hệ thống Tiền tệ châu Âu vào năm 1979."
        let event = TestEvents.event("1979", "Hệ thống Tiền tệ châu Âu", sentence: sentence)
        #expect(EventScreen(language: .vi).blocking(event) == .fragment)
    }

    @Test(arguments: [
        "Nằm ở bờ biển phía đông của Úc, thành phố được thiết lập tại Sydney Cove bởi Arthur Phillip",
        "Các cuộc bầu cử được tổ chức riêng biệt cho chức vụ thị trưởng, nghị viện và tổng thống",
    ])
    func aPlaceOrEventNamedOnlyByItsKind(statement: String) {
        #expect(opensOnNothing(statement))
    }

    @Test func aPlaceNamedAfterItsKindIsNamed() {
        let statement = "Nằm ở bờ biển phía đông của Úc, thành phố Sydney được thiết lập tại Sydney Cove"
        #expect(!opensOnNothing(statement))
    }
}

/// Round thirteen, continued: a life whose first sentence has an abbreviation is still a life; a nation closing a
/// name is no blank.
@Suite struct CardRulesRoundThirteenNamesTests {
    @Test func anAbbreviationEndsNoOpeningSentence() {
        let text = "= isaac newton =\nIsaac Newton Jr. là một nhà vật lý, nhà thiên văn học người Anh. Ông sinh năm 1642.\n"
        let opening = KindSubject.opening(of: text)
        #expect(opening.hasPrefix("Isaac Newton Jr. là một nhà vật lý"))
        #expect(KindSubject.introducesPerson(opening))
    }

    @Test func aNationClosingANameIsNoBlank() throws {
        let sentence = "Newton được bầu vào Hội Khoa học Hoàng gia Anh năm 1672"
        let range = try #require(sentence.range(of: "Anh"))
        #expect(!BlankBoundary.isClean("Anh", at: range, in: sentence, language: .vi))
        // a pope's name after his title is a blank of its own
        let pope = "Năm 452, Giáo hoàng Lêô gặp gỡ Attila"
        let name = try #require(pope.range(of: "Lêô"))
        #expect(BlankBoundary.isClean("Lêô", at: name, in: pope, language: .vi))
    }
}

/// Round thirteen, from the residue of sets M–R: the frame of a removed date, "nhờ vậy", "came here", a verb of two
/// syllables with its subject lost, a longer noun pointed back at.
@Suite struct CardRulesRoundThirteenResidueTests {
    @Test(arguments: [
        "Trong khoảng thời gian, Natsume Sōseki du học ở London",
        "Vào những năm ngành sản xuất hàng điện tử là động lực chính cho nền kinh tế",
    ])
    func theFrameOfARemovedDate(statement: String) {
        #expect(StatementShape.hasLeftovers(statement, language: .vi))
    }

    @Test func aDecadeFrameWithItsDateIsWhole() {
        #expect(!StatementShape.hasLeftovers("Vào những năm 1990 ngành du lịch phát triển mạnh", language: .vi))
    }

    @Test(arguments: [
        "Nhờ vậy, mối quan hệ giữa hai phía càng được cải thiện",
        "Những người nhập cư người Ý cũng đã tới đây làm việc",
        "Bãi bỏ các hình phạt bách hại dã man Kitô hữu",
        "Khánh thành một kho chứa sách mới ở South Marston",
    ])
    func leansOnWhatCameBefore(statement: String) {
        let words = StatementShape.words(statement)
        #expect(StatementShape.startsWithAnaphor(words, language: .vi, statement: statement)
            || BackReference.leansBack(words, language: .vi))
    }

    @Test func aLongerNounPointedBack() {
        let words = StatementShape.words("Ngoài trung tâm nghiên cứu đó Nokia đã thành lập Viện công nghệ Nokia")
        #expect(BackReference.leansBack(words, language: .vi))
        // "đó là" after a longer noun is "namely"
        let namely = StatementShape.words("Picasso được nhận một giải thưởng của nhà nước Xô viết, đó là Giải thưởng hòa bình Lenin")
        #expect(!BackReference.leansBack(namely, language: .vi))
        #expect(!opensOnNothing("Bãi biển Mỹ Khê được xếp hạng"))
    }
}

/// Round thirteen, options and happenings: two options of one time, a happening's syllable inside a noun.
@Suite struct CardRulesRoundThirteenOptionsTests {
    @Test func noTwoDistractorsOfOneTime() throws {
        let events = [
            TestEvents.event("1986-06", "Trung Quốc và Bồ Đào Nha khởi đầu đàm phán về vấn đề Ma Cao"),
            TestEvents.event("1999-12-20", "Bồ Đào Nha chuyển giao chủ quyền đối với Ma Cao cho Trung Quốc"),
            TestEvents.event("1999-12-20", "Trung Quốc chính thức tiếp nhận chủ quyền đối với Ma Cao"),
            TestEvents.event("1974-04-25", "Cách mạng Hoa Cẩm Chướng nổ ra ở Bồ Đào Nha"),
            TestEvents.event("1979-02-08", "Trung Quốc và Bồ Đào Nha thiết lập quan hệ ngoại giao"),
            TestEvents.event("1987-04-13", "Hai nước ký Tuyên bố chung về vấn đề Ma Cao tại Bắc Kinh"),
        ].map(TestEvents.deckEvent)
        let maker = MultipleChoiceCardMaker(language: .vi, deckEvents: events)
        let card = try #require(maker.card(for: events[0], variant: .event))
        let handover = card.choices.filter { $0.contains("chủ quyền đối với Ma Cao") }
        #expect(handover.count <= 1, "\(card.choices)")
        // with only one other time besides the handover, there are not three distractors of distinct times
        let few = Array(events.prefix(4))
        #expect(MultipleChoiceCardMaker(language: .vi, deckEvents: few).card(for: few[0], variant: .event) == nil)
    }

    @Test func aHappeningSyllableInsideANounIsNone() {
        #expect(!StatementShape.namesHappening("Các đồ gốm tiếp tục sử dụng men nâu theo cách thức cổ truyền"))
        #expect(StatementShape.namesHappening("Cụm tháp Po Klong Garai xây dựng"))
        #expect(StatementShape.namesHappening("Nhà Hán truyền bá đạo Nho"))
    }
}

/// Round thirteen: a run-on Vietnamese question is not asked; an English one of the same length is.
@Suite struct CardRulesRoundThirteenLengthTests {
    static let longVietnamese = "Cooley Distillery, độc lập và sáng tạo, vừa được thành lập tại Riverstown gần Bắc Ireland đóng một vai "
        + "trò đặc biệt và mới đây vừa qua nhiều thương hiệu whisky Ireland nổi tiếng trên khắp thế giới và trong nước"

    @Test func aRunOnVietnameseQuestion() {
        let event = TestEvents.event("1987", Self.longVietnamese)
        let card = Card(id: "c1", kind: .dateRecall, prompt: Self.longVietnamese + " vào năm nào?", answer: "năm 1987",
                        eventID: "e1", sourceSentence: "")
        #expect(CardCheck(language: .vi).defects(of: card, event: event).contains(.tooLong))
        let short = Card(id: "c2", kind: .dateRecall, prompt: "Cooley Distillery được thành lập vào năm nào?",
                         answer: "năm 1987", eventID: "e1", sourceSentence: "")
        #expect(!CardCheck(language: .vi).defects(of: short, event: event).contains(.tooLong))
    }

    @Test func aLongEnglishQuestionStays() {
        let statement = "The Cooley Distillery, independent and inventive, was founded at Riverstown near Northern Ireland and "
            + "has since played a special part in bringing several well known Irish whiskey brands back to the market at home and abroad"
        let event = TestEvents.event("1987", statement)
        let card = Card(id: "c1", kind: .dateRecall, prompt: "In what year was " + statement + "?", answer: "1987", eventID: "e1", sourceSentence: "")
        #expect(!CardCheck(language: .en).defects(of: card, event: event).contains(.tooLong))
    }
}

/// Round thirteen: a long Vietnamese statement is asked without the aside that closes it.
@Suite struct CardRulesRoundThirteenShorteningTests {
    @Test func anAsideToTheEndIsLeftOut() {
        let sentence = "Vào tháng 12 năm 2009, NATO đã tiếp cận Nga để được giúp đỡ ở Afghanistan, xin phép liên minh bay hàng hóa "
            + "(bao gồm cả quân sự) trên lãnh thổ Nga tới Afghanistan và cung cấp thêm máy bay trực thăng cho lực lượng vũ trang Afghanistan."
        let statement = "NATO đã tiếp cận Nga để được giúp đỡ ở Afghanistan, xin phép liên minh bay hàng hóa (bao gồm cả quân sự) "
            + "trên lãnh thổ Nga tới Afghanistan và cung cấp thêm máy bay trực thăng cho lực lượng vũ trang Afghanistan"
        #expect(QuestionText.vietnameseShortened(statement, context: sentence, surface: "tháng 12 năm 2009")
            == "NATO đã tiếp cận Nga để được giúp đỡ ở Afghanistan")
    }

    @Test func theDateOfTheAsideKeepsItWhole() {
        // the date belongs to the part after the comma: cutting there would date the wrong clause
        let sentence = "Quân đội Hoa Kỳ đã rút khỏi căn cứ không quân Clark ở Philippines sau nhiều thập niên hiện diện liên tục ở đó, "
            + "để trao trả căn cứ này cho chính phủ Philippines vào năm 1991 theo một hiệp định mới được ký giữa hai nước."
        let statement = "Quân đội Hoa Kỳ đã rút khỏi căn cứ không quân Clark ở Philippines sau nhiều thập niên hiện diện liên tục ở đó, "
            + "để trao trả căn cứ này cho chính phủ Philippines theo một hiệp định mới được ký giữa hai nước"
        #expect(QuestionText.vietnameseShortened(statement, context: sentence, surface: "năm 1991") == statement)
    }

    @Test func aClauseThatLeansOnTheCutIsNotKept() {
        let sentence = "Ngoại trừ một khoảng thời gian ngắn khi Felipe III thiết lập triều đình ở Valladolid từ năm 1601 đến năm 1606, "
            + "tại đây triều đình đã được duy trì cho đến tận ngày nay như là thủ đô của vương quốc và của cả nước Tây Ban Nha."
        let statement = "Ngoại trừ một khoảng thời gian ngắn khi Felipe III thiết lập triều đình ở Valladolid, tại đây triều đình đã "
            + "được duy trì cho đến tận ngày nay như là thủ đô của vương quốc và của cả nước Tây Ban Nha"
        #expect(QuestionText.vietnameseShortened(statement, context: sentence, surface: "từ năm 1601 đến năm 1606") == statement)
    }
}

/// Round thirteen: a deed named with "việc", a series' member whose ordinal is capitalised (a proper name), a
/// beginning over a span.
@Suite struct CardRulesRoundThirteenNamedTests {
    @Test func aDeedNamedWithViec() {
        let deed = "Việc trục xuất đạo Cơ đốc bắt đầu"
        #expect(!opensOnNothing(deed))
        let pointing = "Việc này lại được lặp lại cho phép Emile Lahoud tiếp tục giữ ghế"
        #expect(opensOnNothing(pointing))
    }

    @Test func aCapitalisedOrdinalNamesTheSeriesMember() {
        #expect(!BackReference.isOneOfSeries(StatementShape.words("Vương triều thứ Mười chín cai trị Ai Cập")))
        #expect(BackReference.isOneOfSeries(StatementShape.words("Phần thứ hai cũng được phát hành")))
    }

    @Test func aBeginningOverASpanIsUnsure() {
        let begun = TestEvents.event("BC2890/BC2686", "Vương triều thứ Hai bắt đầu")
        #expect(EventScreen(language: .vi).blocking(begun) == .uncertain)
        let ruled = TestEvents.event("BC2890/BC2686", "Vương triều thứ Hai cai trị Ai Cập")
        #expect(EventScreen(language: .vi).blocking(ruled) != .uncertain)
    }
}

/// After set T: a sum of money is no year; a name of two short words of the title is the title's; an acronym after a
/// name is a name of its own.
@Suite struct CardRulesRoundThirteenAfterSetTTests {
    @Test func aSumOfMoneyIsNoYear() {
        let text = "Tiền giấy được phát hành hiện nay có giá trị 500₫, 1000₫, 2000₫. Năm 1946, tiền đồng được phát hành lần đầu."
        let extraction = EventExtractor().extract(text, language: .vi)
        #expect(extraction.events.map(\.date) == ["1946"])
    }

    @Test func twoShortWordsOfTheTitle() {
        let event = TestEvents.deckEvent(TestEvents.event("BC0282", "Tarentum cầu cứu Hy Lạp chống lại La Mã",
                                                          sentence: "Năm 282 TCN, Tarentum cầu cứu Hy Lạp chống lại La Mã."))
        #expect(DeckGenerator.titleNames("la_mã_cổ_đại", in: [event], language: .vi).contains("La Mã"))
    }

    @Test func anAcronymAfterANameIsItsOwn() {
        let names = NameFinder.names(in: "Năm 1991, Tim Berners-Lee ở trung tâm nghiên cứu nguyên tử châu Âu CERN phát minh ra World Wide Web.",
                                     language: .vi)
        #expect(names.contains("CERN") && !names.contains("Âu CERN"), "\(names)")
        #expect(NameFinder.names(in: "Năm 1547, Edward VI kế vị Henry VIII.", language: .vi).contains("Edward VI"))
    }
}

/// After set T, continued: a name that ends on a number; where a place belongs.
@Suite struct CardRulesRoundThirteenBelongingTests {
    @Test func aNameEndingOnANumberIsNoBlank() throws {
        let sentence = "Năm 1996, đổi tên phường Hố Nai 1 thành phường Tân Hòa."
        let range = try #require(sentence.range(of: "Hố Nai"))
        #expect(!BlankBoundary.isClean("Hố Nai", at: range, in: sentence, language: .vi))
        let dated = "Quân Pháp chiếm Hà Nội 20 tháng 11 năm 1873."
        let city = try #require(dated.range(of: "Hà Nội"))
        #expect(BlankBoundary.isClean("Hà Nội", at: city, in: dated, language: .vi))
    }

    @Test func whereAPlaceBelongsIsNotAsked() {
        let maker = ReverseCardMaker(language: .vi)
        #expect(maker.ask("Đồng Nai", in: "Thủ tướng công nhận Biên Hòa là đô thị loại I trực thuộc tỉnh Đồng Nai",
                          names: ["Đồng Nai"]) == nil)
        #expect(maker.ask("Bắc Mỹ", in: "Người Anh bắt đầu chiếm các thuộc địa tại Bắc Mỹ", names: ["Bắc Mỹ"]) != nil)
    }
}

/// After set T: half of a continent's or a quarter's name is no blank.
@Suite struct CardRulesRoundThirteenContinentTests {
    @Test func halfOfAContinentIsNoBlank() throws {
        let sentence = "Năm 1991, Tim Berners-Lee ở trung tâm nghiên cứu nguyên tử châu Âu CERN phát minh ra World Wide Web."
        let range = try #require(sentence.range(of: "Âu CERN"))
        #expect(!BlankBoundary.isClean("Âu CERN", at: range, in: sentence, language: .vi))
        let place = "Năm 1010, Lý Thái Tổ dời đô từ Hoa Lư về vùng Đại La."
        let city = try #require(place.range(of: "Đại La"))
        #expect(BlankBoundary.isClean("Đại La", at: city, in: place, language: .vi))
    }
}

/// After set U: a year glossing a treaty's name; the rest of a list of months; a word that ends the sentence is no
/// conjunction whose clause was cut.
@Suite struct CardRulesRoundThirteenAfterSetUTests {
    @Test func aYearGlossingATreatysName() {
        let dated = TestEvents.event("1763", "Người Anh triệt thoái theo các điều khoản của Hiệp định Paris",
                                     sentence: "Cuối cùng, người Anh triệt thoái theo các điều khoản của Hiệp định Paris (1763).",
                                     dateSurface: "1763")
        #expect(EventScreen(language: .vi).blocking(dated) == .nominalDate)
        let signed = TestEvents.event("1951-03-03", "Hai nước ký hiệp ước hữu nghị",
                                      sentence: "Hai nước ký hiệp ước hữu nghị (3 tháng 3 năm 1951).", dateSurface: "3 tháng 3 năm 1951")
        #expect(EventScreen(language: .vi).blocking(signed) != .nominalDate)
    }

    @Test func theRestOfAListOfMonths() {
        #expect(StatementShape.hasLeftovers("Mưa lũ và có gió đông, 10.", language: .vi))
        #expect(!StatementShape.hasLeftovers("Quân Pháp chiếm thành Hà Nội lần thứ 2.", language: .vi))
    }

    @Test func aWordThatEndsTheSentenceStays() {
        let events = EventExtractor().extract("Năm 1877, Otto được cấp bằng sáng chế động cơ đốt trong bốn thì. "
                                              + "Năm 1880, kinh tế phục hồi nhưng năm 1881 lại suy thoái.", language: .vi).events
        #expect(events.map(\.statement) == ["Otto được cấp bằng sáng chế động cơ đốt trong bốn thì.", "Kinh tế phục hồi.",
                                            "Lại suy thoái."])
    }
}

/// After set U: a chronology card never holds one event twice.
@Suite struct CardRulesRoundThirteenChronologyTests {
    @Test func twoItemsTellingTheSame() {
        #expect(ChronologyCardMaker.tellsTheSame("Sierra Leone trở thành thuộc địa của Anh",
                                                 "Freetown đã trở thành một thuộc địa của đế quốc Anh"))
        #expect(!ChronologyCardMaker.tellsTheSame("Sierra Leone trở thành thuộc địa của Anh",
                                                  "Sierra Leone gia nhập Liên Hợp Quốc"))
    }

    @Test func noTwoItemsOfOneSentence() {
        let sentence = "Năm 1808, Freetown trở thành thuộc địa của Anh, và năm 1896 nội địa thành xứ bảo hộ của Anh quốc."
        let events = [
            TestEvents.event("1808", "Freetown trở thành thuộc địa của Anh", sentence: sentence),
            TestEvents.event("1896", "Nội địa thành xứ bảo hộ của Anh quốc", sentence: sentence),
            TestEvents.event("1961", "Sierra Leone giành độc lập"),
            TestEvents.event("1971", "Sierra Leone trở thành nước cộng hòa"),
            TestEvents.event("1991", "Nội chiến Sierra Leone bùng nổ"),
        ].map(TestEvents.deckEvent)
        for card in ChronologyCardMaker(language: .vi).cards(for: events) {
            #expect(!(card.choices.contains { $0.hasPrefix("Freetown") } && card.choices.contains { $0.hasPrefix("Nội địa") }),
                    "\(card.choices)")
        }
    }
}

/// After set S: a Vietnamese article of two sentences and a long list of Latin names is Vietnamese.
@Suite struct CardRulesRoundThirteenLanguageTests {
    @Test func twoVietnameseSentencesAboveALatinList() {
        let species = (1...60).map { "Athous species\($0) Reitter, 19\($0 % 90 + 10)" }.joined(separator: "\n")
        let text = "= athous =\nAthous là một chi bọ cánh cứng trong họ Elateridae. Chi này được miêu tả khoa học năm 1829 bởi Eschscholtz.\n"
            + "Các loài trong chi này gồm:\n" + species + "\n"
        #expect(Language.detect(in: text) == .vi)
        #expect(Language.detect(in: "The genus was described in 1829.\n" + species) == .en)
    }
}

/// After set T: the country that ends an institution's name is no blank; a title's person is.
@Suite struct CardRulesRoundThirteenInstitutionTests {
    @Test func theCountryEndingAnInstitutionsName() throws {
        let sentence = "Tháng 4/2011, Ngân hàng Nhà nước Việt Nam chính thức thông báo ngừng phát hành tiền xu."
        let range = try #require(sentence.range(of: "Việt Nam"))
        #expect(!BlankBoundary.isClean("Việt Nam", at: range, in: sentence, language: .vi))
    }

    @Test func aTitlesPersonAndASentencesFirstWords() throws {
        let governor = "Ngày 20 tháng 5 năm 1901, Toàn quyền Paul Doumer ra Nghị định thành lập tỉnh Phan Rang."
        let doumer = try #require(governor.range(of: "Paul Doumer"))
        #expect(BlankBoundary.isClean("Paul Doumer", at: doumer, in: governor, language: .vi))
        let army = "Quân đội Israel phong tỏa thủ đô Beyrouth"
        let israel = try #require(army.range(of: "Israel"))
        #expect(BlankBoundary.isClean("Israel", at: israel, in: army, language: .vi))
        let dashed = "Ngày 28 tháng 5 năm 2007, Thủ tướng Chính phủ - Nguyễn Tấn Dũng - đã ký nghị định số 89."
        let prime = try #require(dashed.range(of: "Nguyễn Tấn Dũng"))
        #expect(BlankBoundary.isClean("Nguyễn Tấn Dũng", at: prime, in: dashed, language: .vi))
    }
}

/// After set U: a reverse question never asks the place of a side clause, nor where a named place lies.
@Suite struct CardRulesRoundThirteenSideDetailTests {
    @Test func thePlaceOfASideClause() {
        let maker = ReverseCardMaker(language: .vi)
        #expect(maker.ask("Kuala Lumpur", in: "Việt Nam gia nhập Hội gây mê hồi sức thế giới, khi Giáo sư Tôn Đức Lang tham dự hội nghị tại Kuala Lumpur",
                          names: ["Kuala Lumpur"]) == nil)
        #expect(maker.ask("Sicilia", in: "Các nhà khoa học tìm ra tecneti tại Đại học Palermo ở Sicilia", names: ["Sicilia"]) == nil)
        #expect(maker.ask("Thăng Long", in: "Lý Thái Tổ dời đô về Thăng Long", names: ["Thăng Long"]) != nil)
    }
}

/// After set U: a bare noun phrase says nothing happened; a happening's noun names one.
@Suite struct CardRulesRoundThirteenNounPhraseTests {
    @Test func aBareNounPhrase() {
        let screen = EventScreen(language: .vi)
        #expect(screen.isBareNounPhrase(StatementShape.words("Vệ tinh Titan của Sao Thổ")))
        #expect(screen.isBareNounPhrase(StatementShape.words("Tuyến từ Corinth tới Argos")))
        #expect(!screen.isBareNounPhrase(StatementShape.words("Rolls-Royce được thành lập")))
        #expect(!screen.isBareNounPhrase(StatementShape.words("Cuahtémoc đã đầu hàng")))
        #expect(!screen.isBareNounPhrase(StatementShape.words("Động đất tại Hokkaidō, Nhật Bản")))
        #expect(!screen.isBareNounPhrase(StatementShape.words("Hồ Chí Minh đọc Tuyên ngôn Độc lập")))
    }
}

/// After set U: a volume by its number, of a work not named.
@Suite struct CardRulesRoundThirteenVolumeTests {
    @Test func aVolumeOfAWorkNotNamed() {
        #expect(BackReference.leansBack(StatementShape.words("Knuth xuất bản tập thứ nhất"), language: .vi))
        #expect(!BackReference.leansBack(StatementShape.words("Knuth xuất bản tập thứ nhất của The Art of Computer Programming"),
                                         language: .vi))
    }
}

/// After set V: a "thì" that followed a date taken out is a leftover.
@Suite struct CardRulesRoundThirteenAfterSetVTests {
    @Test func aThiThatFollowedARemovedDate() {
        let sentence = "Năm 1948, Lai Châu thuộc Khu tự trị Thái trong Liên bang Đông Dương đến năm 1950 thì gộp vào Hoàng triều Cương thổ."
        #expect(StatementShape.hasLeftovers("Lai Châu thuộc Khu tự trị Thái trong Liên bang Đông Dương thì gộp vào Hoàng triều Cương thổ.",
                                            language: .vi, sentence: sentence))
        let whole = "Nếu quân Minh rút thì Lê Lợi giảng hòa."
        #expect(!StatementShape.hasLeftovers("Nếu quân Minh rút thì Lê Lợi giảng hòa.", language: .vi, sentence: whole))
    }
}

/// After set V: an aside on the answer after the question word; a side place in an aside; "both" with nothing listed.
@Suite struct CardRulesRoundThirteenAsideTests {
    @Test func anAsideOnTheAnswerIsLeftOut() {
        let maker = ReverseCardMaker(language: .vi)
        let asked = maker.ask("Wrington", in: "John Locke sinh ở Wrington, một làng nhỏ ở Somerset", names: ["Wrington"])
        #expect(asked?.0 == "John Locke sinh ở đâu")
        #expect(maker.ask("San Raphael", in: "Nawoon Marcellus, một tín đồ Hồi giáo ở San Raphael, đã trở thành đại biểu Quốc hội",
                          names: ["San Raphael"]) == nil)
    }

    @Test func bothWithNothingListed() {
        #expect(BackReference.leansBack(StatementShape.words("Kính thiên văn phản xạ, cả hai đều được làm ở Hà Lan"), language: .vi))
        #expect(!BackReference.leansBack(StatementShape.words("Newton và Leibniz, cả hai đều phát minh ra vi tích phân"), language: .vi))
        #expect(!BackReference.leansBack(StatementShape.words("Both the Continental Navy and Continental Marines were disbanded"),
                                         language: .en))
        #expect(BackReference.leansBack(StatementShape.words("Both were disbanded at the end of the war"), language: .en))
    }
}

/// After set V: a group named only by what it is, with no name to say whose.
@Suite struct CardRulesRoundThirteenGroupTests {
    @Test func aGroupWithNoName() {
        let fascists = "Bọn phát xít giành lại quyền lực nhưng vẫn giữ thái độ trung lập"
        #expect(opensOnNothing(fascists))
        let named = "Chính quyền Sài Gòn ban hành lệnh giới nghiêm"
        #expect(!opensOnNothing(named))
    }
}

/// After set W: a name that goes on with two particles is not cut.
@Suite struct CardRulesRoundThirteenParticleTests {
    @Test func twoParticlesGoOnWithTheName() throws {
        let sentence = "Năm 1527, Alvarado bỏ Iximché, dời đô về Santiago de los Caballeros để dễ bề phòng thủ hơn."
        let range = try #require(sentence.range(of: "Santiago"))
        #expect(!BlankBoundary.isClean("Santiago", at: range, in: sentence, language: .vi))
        let whole = try #require(sentence.range(of: "Santiago de los Caballeros"))
        #expect(BlankBoundary.isClean("Santiago de los Caballeros", at: whole, in: sentence, language: .vi))
    }
}

/// After set W: a title of short words only is still the deck's subject; a nation qualifying a noun is no blank.
@Suite struct CardRulesRoundThirteenAfterSetWTests {
    @Test func aTitleOfShortWords() {
        let event = TestEvents.deckEvent(TestEvents.event("194X", "Người Pháp quy hoạch Sa Pa thành nơi nghỉ mát",
                                                          sentence: "Vào thập niên 1940, người Pháp quy hoạch Sa Pa thành nơi nghỉ mát."))
        #expect(DeckGenerator.titleNames("sa_pa", in: [event], language: .vi).contains("Sa Pa"))
    }

    @Test func aNationQualifyingANoun() throws {
        let sentence = "Năm 1913, các bộ lạc chống thực dân Anh đòi độc lập."
        let range = try #require(sentence.range(of: "Anh"))
        #expect(!BlankBoundary.isClean("Anh", at: range, in: sentence, language: .vi))
        let country = "Năm 1858, liên quân đánh Pháp ở Đà Nẵng."
        let france = try #require(country.range(of: "Pháp"))
        #expect(BlankBoundary.isClean("Pháp", at: france, in: country, language: .vi))
    }
}

/// After set W, continued: a label and a subjectless verb; the century of a superlative.
@Suite struct CardRulesRoundThirteenLabelTests {
    @Test func aLabelAndASubjectlessVerb() {
        let screen = EventScreen(language: .vi)
        #expect(screen.isLabelledPassive("Anime mùa hạ: được phát sóng"))
        #expect(!screen.isLabelledPassive("Chiến tranh thế giới thứ hai: Đức tấn công Ba Lan"))
    }

    @Test func theCenturyOfASuperlative() {
        let event = TestEvents.event("19XX", "Su-27 được Flight International đánh giá là máy bay chiến đấu tốt nhất",
                                     sentence: "Su-27 được Flight International đánh giá là máy bay chiến đấu tốt nhất thế kỷ 20.",
                                     dateSurface: "thế kỷ 20")
        #expect(EventScreen(language: .vi).blocking(event) == .nominalDate)
    }
}

/// After set Y: a line of a list of honours, naming the honour and not who received it.
@Suite struct CardRulesRoundThirteenHonourTests {
    @Test func aLineOfHonours() {
        let screen = EventScreen(language: .vi)
        #expect(screen.isHonourLine(StatementShape.words("Danh hiệu Nghệ sĩ Ưu tú đợt 3")))
        #expect(screen.isHonourLine(StatementShape.words("Giải A1 Hội diễn sân khấu chuyên nghiệp toàn quốc")))
        #expect(!screen.isHonourLine(StatementShape.words("Giải thể huyện Hạ Lang")))
        #expect(!screen.isHonourLine(StatementShape.words("Giải Nobel Hòa bình được trao cho Martin Luther King")))
    }
}

/// After set Y, continued: a deadline dates nothing; a relative clause cut after its subject.
@Suite struct CardRulesRoundThirteenDeadlineTests {
    @Test func aDeadline() {
        let event = TestEvents.event("2006-05-15", "Các đội tuyển có thể thay đổi danh sách chậm nhất là trước trận đấu khai mạc")
        #expect(EventScreen(language: .vi).dateDefect(event) == .boundaryDate)
        let english = TestEvents.event("1848-06", "The troops had to leave the city no later than the end of the truce")
        #expect(EventScreen(language: .en).dateDefect(english) == .boundaryDate)
    }

    @Test func aRelativeClauseCutAfterItsSubject() {
        let screen = EventScreen(language: .vi)
        let sentence = "Năm 1978, tại Hội nghị Quốc tế họp ở Berkeley bàn về nguồn gốc nền văn minh Trung Hoa, mà các bản tham luận, "
            + "sau khi các dữ kiện được kiểm chứng, đã được xuất bản năm 1983."
        #expect(screen.endsOnBareRelative("Tại Hội nghị Quốc tế họp ở Berkeley bàn về nguồn gốc nền văn minh Trung Hoa, mà các bản tham luận",
                                          sentence: sentence, dateSurface: "năm 1978"))
        let whole = "Quân Pháp tấn công Đà Nẵng, mà liên quân đổ bộ năm 1858."
        #expect(!screen.endsOnBareRelative("Quân Pháp tấn công Đà Nẵng, mà liên quân đổ bộ", sentence: whole, dateSurface: "năm 1858"))
    }
}

/// After set Z (not measured since): "còn có" follows a summary's line; two sentences glued after a two-letter word.
@Suite struct CardRulesRoundThirteenAfterSetZTests {
    @Test func alsoHasFollowsAnotherLine() {
        #expect(BackReference.leansBack(StatementShape.words("Sharapova còn có danh hiệu WTA Championships"), language: .vi))
        #expect(!BackReference.leansBack(StatementShape.words("Sharapova có danh hiệu WTA Championships"), language: .vi))
    }

    @Test func twoSentencesGluedAfterAShortWord() {
        #expect(StatementShape.runsTwoSentences("Đền này được trùng tu lần cuối cùng bằng đá.Nhưng rất tiếc là xây dựng chưa hoàn thành"))
        #expect(!StatementShape.runsTwoSentences("Quân đội Hoa Kỳ đổ bộ lên đảo Okinawa"))
    }
}

/// After set Z (not measured since): a period to the present dates where a place belongs.
@Suite struct CardRulesRoundThirteenBelongingToThePresentTests {
    @Test func aPeriodToThePresentDatesABelonging() {
        let belongs = TestEvents.event("1961/PRESENT_REF", "Huyện Gia Lâm thuộc ngoại thành Hà Nội")
        #expect(EventScreen(language: .vi).blocking(belongs) == .state)
        let rules = TestEvents.event("1961/PRESENT_REF", "Huyện Gia Lâm phát triển nghề gốm")
        #expect(EventScreen(language: .vi).blocking(rules) != .state)
    }
}

/// After set Z (not measured since): a colon left before a comma.
@Suite struct CardRulesRoundThirteenColonTests {
    @Test func aColonLeftBeforeAComma() {
        #expect(StatementShape.hasLeftovers("Lễ hội cầu ngư:, khắp các vùng ven biển", language: .vi))
        #expect(!StatementShape.hasLeftovers("Hiệp định Genève: hai bên ngừng bắn trên toàn Đông Dương", language: .vi))
    }
}
