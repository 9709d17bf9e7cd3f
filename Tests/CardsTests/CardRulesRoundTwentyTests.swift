import Testing
@testable import Timeline
@testable import Cards

/// Round twenty (after set BW): a city named by its kind alone after a verb, and a report's date asked before the
/// report.
@Suite struct CardRulesRoundTwentyTests {
    /// "Alexander Đại Đế đã chinh phục thành phố …" in a text about a city the text calls one: that city.
    @Test(arguments: [
        ("Alexander Đại Đế đã chinh phục thành phố.", "Alexander Đại Đế đã chinh phục thành phố Ankara."),
        ("Người Ý đã di cư đến thành phố với số lượng lớn.", "Người Ý đã di cư đến thành phố Ankara với số lượng lớn."),
    ])
    func aCityByItsKindAfterAVerbIsTheTextsCity(statement: String, expected: String) throws {
        let event = TestEvents.event("1920", statement)
        let resolved = try #require(PronounResolver.resolvedBareKind(event, subject: "Ankara", kinds: ["thành phố"], language: .vi))
        #expect(resolved.statement == expected)
    }

    /// The kind as a predicate, a count, part of a name, with words of its own, after another place, or in a text
    /// whose city shares its name with its province stays as written.
    @Test(arguments: [
        ("Long Xuyên chính thức trở thành thành phố trực thuộc tỉnh An Giang.", Set(["thành phố"])),
        ("Chính phủ chia lại địa giới các thành phố.", Set(["thành phố"])),
        ("Thực dân Pháp chiếm Nam kỳ lục tỉnh.", Set(["tỉnh"])),
        ("Người Norse lập ra Vương quốc Tiểu đảo.", Set(["đảo"])),
        ("Việc khánh thành tàu điện ngầm đã giúp kết chặt thành phố mới lại với nhau.", Set(["thành phố"])),
        ("Quân Nhật chiếm tại Thượng Hải, rồi tiến vào thành phố.", Set(["thành phố"])),
        ("Quốc hội điều chỉnh địa giới hành chính tỉnh.", Set(["tỉnh", "thành phố"])),
        ("Các đảng đối lập tham gia bầu cử quốc gia.", Set(["quốc gia"])),
    ])
    func aKindThatIsNotTheTextsPlaceStays(statement: String, kinds: Set<String>) {
        let event = TestEvents.event("1920", statement)
        #expect(PronounResolver.resolvedBareKind(event, subject: "Ankara", kinds: kinds, language: .vi) == nil)
    }

    /// "Tháng 9 năm 2007, InformationWeek đăng tải … cho biết Google đã nộp …": the date is the report's, so the
    /// question phrase opens the question instead of closing the reported clause.
    @Test func aReportsDateIsAskedBeforeTheReport() {
        let sentence = "Tháng 9 năm 2007, InformationWeek đăng tải một nghiên cứu cho biết Google đã nộp một số đơn xin cấp bằng sáng chế."
        let statement = "InformationWeek đăng tải một nghiên cứu cho biết Google đã nộp một số đơn xin cấp bằng sáng chế"
        #expect(QuestionText.vietnamesePlacing("vào tháng năm nào", in: statement, context: sentence, surface: "Tháng 9 năm 2007")
                == "Vào tháng năm nào, InformationWeek đăng tải một nghiên cứu cho biết Google đã nộp một số đơn xin cấp bằng sáng chế")
        // (a report dated at its end keeps the phrase there; a statement with no report too)
        let late = "NASA tuyên bố rằng đã phát hiện nước trên Sao Hỏa vào năm 2015."
        #expect(QuestionText.vietnamesePlacing("vào năm nào", in: "NASA tuyên bố rằng đã phát hiện nước trên Sao Hỏa",
                                               context: late, surface: "năm 2015")
                == "NASA tuyên bố rằng đã phát hiện nước trên Sao Hỏa vào năm nào")
        let plain = "Năm 1609, Mạc phủ Tokugawa đã cử Harunobu Arima thực hiện sứ mệnh thám hiểm."
        #expect(QuestionText.vietnamesePlacing("vào năm nào", in: "Mạc phủ Tokugawa đã cử Harunobu Arima thực hiện sứ mệnh thám hiểm",
                                               context: plain, surface: "Năm 1609")
                == "Mạc phủ Tokugawa đã cử Harunobu Arima thực hiện sứ mệnh thám hiểm vào năm nào")
    }

    /// "… đã đưa ra những lập luận như trên" points at the sentences before; "Kể từ … bắt đầu" with no main clause is
    /// half a sentence.
    @Test(arguments: ["Seymour Hersh trong Dark Side of Camelot đã đưa ra những lập luận như trên",
                      "Kể từ phong trào địa phương hóa tại Đài Loan bắt đầu"])
    func aStatementThatPointsBackOrLostItsMainClauseIsNoCard(statement: String) {
        #expect(StatementShape.hasDanglingPronoun(StatementShape.words(statement), language: .vi, statement: statement))
    }

    /// "Kể từ khi …, X …" keeps its main clause: whole.
    @Test func aSinceClauseWithItsMainClauseIsWhole() {
        let statement = "Kể từ khi Hiến pháp được thông qua, Quốc hội họp mỗi năm hai lần"
        #expect(!StatementShape.hasDanglingPronoun(StatementShape.words(statement), language: .vi, statement: statement))
    }

    /// A chronology item shows its event's whole statement: no item is an event whose kept cards ask a name of it.
    @Test(arguments: [Language.vi, .en])
    func noChronologyItemAnswersANameCard(language: Language) {
        let events = language == .vi ? TestEvents.vietnamese : TestEvents.english
        let deck = DeckGenerator().makeDeck(name: "t", events: events, language: language, source: DeckSource(file: "t", sha256: ""))
        let named = Set(deck.cards.filter { $0.kind == .cloze || $0.kind == .reverse }.map(\.eventID))
        #expect(!named.isEmpty)
        let items = Set(deck.cards.filter { $0.kind == .chronology }.flatMap(\.choices))
        for event in deck.events where named.contains(event.id) {
            let shown = QuestionText.statementWithoutOwnDate(event.event.statement, date: event.event.when, in: language)
            #expect(!items.contains(shown ?? ""), "\(event.event.statement)")
        }
    }

    /// English: a date inside a relative clause dates that clause, also past a comma before a name or before the date
    /// phrase; a "since" clause with its own verb dates that clause.
    @Test func englishDatesOfRelativeAndSinceClauses() {
        #expect(ClauseOfDate.isInRelativeClause(
            sentence: "He was a descendant of Samuel Lincoln, who migrated from Norfolk, England to Hingham, Massachusetts, in 1638.",
            statement: "Lincoln was a descendant of Samuel Lincoln, who migrated from Norfolk, England to Hingham, Massachusetts",
            dateSurface: "1638", language: .en))
        // (a comma before a word in small letters closes the relative clause)
        #expect(!ClauseOfDate.isInRelativeClause(
            sentence: "He met Samuel Lincoln, who was ill, and in 1638 they sailed to Hingham.",
            statement: "He met Samuel Lincoln, who was ill, and they sailed to Hingham", dateSurface: "1638", language: .en))
        #expect(ClauseOfDate.isInClosingClause(
            sentence: "He also was the oldest player to finish in the top three since 32-year-old Connors finished at world no. 2 in 1984.",
            dateSurface: "1984", language: .en))
        #expect(!ClauseOfDate.isInClosingClause(sentence: "The club has played at the stadium since 1984.",
                                                dateSurface: "1984", language: .en))
    }

    /// English: a name closed by "of" and its year dates its own deed where it opens the sentence.
    @Test func anEnglishNameOfAYearThatOpensTheSentenceDatesItsDeed() {
        let screen = EventScreen(language: .en)
        let ordinance = TestEvents.event("1785", "The Land Ordinance established the practices of land surveying",
                                         sentence: "The Land Ordinance of 1785 established the practices of land surveying.",
                                         dateSurface: "1785")
        #expect(screen.dateDefect(ordinance) != .nominalDate)
        let campaign = TestEvents.event("1778", "Clark captured the outposts of Kaskaskia and Cahokia",
                                        sentence: "During the Illinois Campaign of 1778, Clark captured the outposts of Kaskaskia and Cahokia.",
                                        dateSurface: "1778")
        #expect(screen.dateDefect(campaign) != .nominalDate)
    }

    /// "trong mùa giải 1977-1978 tại giải hạng ba" without its years leaves a season running into a place.
    @Test func aSeasonThatLostItsYearsIsALeftover() {
        #expect(StatementShape.hasLeftovers("Fiard bắt đầu sự nghiệp với INF Vichy trong mùa giải tại giải hạng ba nước Pháp",
                                            language: .vi))
        #expect(!StatementShape.hasLeftovers("Fiard bắt đầu sự nghiệp với INF Vichy tại giải hạng ba nước Pháp", language: .vi))
    }

    /// "Đức" before an honorific is "Holy": "Nhà thờ chính tòa Đức Bà Sài Gòn" is one name, not Germany and a name.
    @Test func holyIsNoCountry() {
        #expect(CountryNames.nameAfterCountry(in: "Đức Bà Sài Gòn") == nil)
        #expect(CountryNames.nameAfterCountry(in: "Đức Quốc Xã") == "Quốc Xã")
    }

    /// "… dẫn đến Chiến tranh Nagorno-Karabakh": a happening led to is asked as no place ("dẫn đến đâu?"); a place
    /// after a verb of motion is.
    @Test func aHappeningLedToIsNoPlace() {
        let maker = ReverseCardMaker(language: .vi)
        let led = "Tỉnh tự trị Nagorno-Karabakh bỏ phiếu ly khai khỏi Azerbaijan, dẫn đến Chiến tranh Nagorno-Karabakh"
        #expect(maker.ask("Chiến tranh Nagorno-Karabakh", in: led, names: ["Chiến tranh Nagorno-Karabakh"]) == nil)
        let moved = "Lý Thái Tổ dời đô về Đại La"
        #expect(maker.ask("Đại La", in: moved, names: ["Đại La"])?.0 == "Lý Thái Tổ dời đô về đâu")
    }

    /// English: an adverb, then a verb whose subject was cut off, is no statement; a participle before a name is.
    @Test(arguments: [("First produced by E.E. Clive in Hollywood", true), ("Successfully reopened on Broadway", true),
                      ("Newly appointed General Washington arrived outside Boston", false),
                      ("Early explorers reached the coast of Labrador", false)])
    func anEnglishVerbWithItsSubjectCutOff(statement: String, cut: Bool) {
        #expect(StatementShape.startsWithAnaphor(StatementShape.words(statement), language: .en, statement: statement) == cut)
    }

    /// English: "… in 2012, and again in 2014" without its second date leaves "and again".
    @Test func anEnglishSecondDateLeavesAgain() {
        #expect(StatementShape.hasLeftovers("A colony of rats were found in a landfill near Medicine Hat, and again", language: .en))
        #expect(!StatementShape.hasLeftovers("A colony of rats were found in a landfill near Medicine Hat", language: .en))
    }

    /// A date that opens a quoted title names it; months with no year in a statement of what happens every year are a
    /// habit, not a happening ("Ủy ban Thường vụ" is a committee, no habit).
    @Test func aQuotedTitlesDateAndAYearlyHabitAreNoEventsDates() {
        let screen = EventScreen(language: .vi)
        let title = TestEvents.event("2007", "Cô đạt đủ điểm để được tham gia vào\" Grand Prix Final\" tại Torino",
                                     sentence: "Cô đạt đủ điểm để được tham gia vào \"2007–2008 Grand Prix Final\" tại Torino.",
                                     dateSurface: "2007–2008")
        #expect(screen.dateDefect(title) == .nominalDate)
        let habit = TestEvents.event("2009-09", "Sương mù xuất hiện nhiều nhất vào khoảng thời gian này",
                                     sentence: "Sương mù xuất hiện nhiều nhất vào khoảng tháng 9 đến tháng 12.", dateSurface: "tháng 9")
        #expect(EventScreen.isYearlyHabit(habit, language: .vi))
        let committee = TestEvents.event("1926-06-01", "Ủy ban Thường vụ Trung ương quyết định bổ nhiệm Tưởng Giới Thạch",
                                         sentence: "Ngày 1 tháng 6, Ủy ban Thường vụ Trung ương quyết định bổ nhiệm Tưởng Giới Thạch.",
                                         dateSurface: "Ngày 1 tháng 6")
        #expect(!EventScreen.isYearlyHabit(committee, language: .vi))
        let english = TestEvents.event("1990-06", "The rains usually fall", sentence: "The rains usually fall from June to September.",
                                       dateSurface: "June")
        #expect(EventScreen.isYearlyHabit(english, language: .en))
    }

    /// "Hoàn toàn bất ngờ, khi đang hấp hối, Vua Tây Ban Nha, Carlos II, quyết định …" in a life of William: a fronted
    /// aside before a clause with its own subject is no clause whose subject was lost.
    @Test func aFrontedAsideIsNoLostSubject() {
        var resolver = PronounResolver(events: [], language: .vi)
        resolver.mainPerson = "William"
        let aside = TestEvents.event("1700", "Hoàn toàn bất ngờ, khi đang hấp hối, Vua Tây Ban Nha, Carlos II, quyết định để lãnh thổ cho Philippe")
        #expect(resolver.resolvedSubjectless(aside) == nil)
        let lost = TestEvents.event("1784", "Cưới Catherine Boucher và mở cửa hàng bán tranh")
        #expect(resolver.resolvedSubjectless(lost)?.statement == "William cưới Catherine Boucher và mở cửa hàng bán tranh")
    }

    /// A reverse card does not ask the last name of a list, nor a name a count makes one of several; alone, it does.
    @Test func aReverseCardAsksNoNameOfSeveral() {
        let maker = ReverseCardMaker(language: .vi, people: ["Tiêu Bột"])
        #expect(maker.ask("Tiêu Bột", in: "Lương Vũ Đế cử Dương Phiêu, Trần Bá Tiên, Tiêu Bột đi đánh Vạn Xuân", names: ["Tiêu Bột"]) == nil)
        #expect(maker.ask("Tiêu Bột", in: "Sau khi Lương Vũ Đế ra lệnh, Tiêu Bột đi đánh Vạn Xuân", names: ["Tiêu Bột"])?.0
                == "sau khi Lương Vũ Đế ra lệnh, ai đi đánh Vạn Xuân")
        #expect(maker.ask("Lithuania", in: "Liên Xô trao nền độc lập cho ba nước Lithuania", names: ["Lithuania"]) == nil)
        #expect(maker.ask("Lithuania", in: "Liên Xô trao nền độc lập cho nước Lithuania", names: ["Lithuania"])?.0
                == "Liên Xô trao nền độc lập cho nước nào")
    }

    /// A name that ends on the year's last two digits glued to its letters gives the year away; a number apart is no
    /// year ("Big 12").
    @Test func aNameGluedToItsYearGivesItAway() {
        let year = EventDate(iso: "2004")
        #expect(QuestionText.reveals("Phiên bản đầu tiên của SAP NetWeaver04 có mặt trên thị trường vào năm nào?", date: year))
        #expect(!QuestionText.reveals("Texas A&M rời khỏi Big 04 và tham gia Southeastern Conference vào năm nào?", date: year))
        #expect(!QuestionText.reveals("SAP giới thiệu R/3 tại hội chợ CeBIT vào năm nào?", date: year))
    }

    /// "Giới thiệu sản phẩm R/3 …" opens on a verb, its doer unsaid.
    @Test func introducingOpensOnAVerb() {
        #expect(StatementShape.opensOnBareVerb(["Giới", "thiệu", "sản", "phẩm", "R/3"]))
    }

    /// A link to another language's article ("[en:Syrian Electronic Army]") is wiki markup; a bracket is not.
    @Test func anInterwikiLinkIsMarkup() {
        #expect(StatementShape.hasMarkup("Hệ thống hỗ trợ của Viber bị [en:Syrian Electronic Army] tấn công."))
        #expect(!StatementShape.hasMarkup("Hiệp ước [được ký] tại Paris năm 1783: điều khoản 3."))
    }
}
