import Testing
@testable import Timeline
@testable import Cards

/// Round twenty-two (after sets CH–CJ and the English samples 4021–4024): a second title glued on by a hyphen, a date
/// question after a clause of purpose, a game or an app by its kind, a nationality before a person's name, labels,
/// others than the ones before, an age that tells the year, years glossed after a blank.
@Suite struct CardRulesRoundTwentyTwoTests {
    /// "cựu [Thủ tướng Nhật Bản-Thống] giám Hàn Quốc": the blank ends inside the second title "Thống giám"; a foreign
    /// name's hyphenated part ("Dodd-Frank", "Broun-Ramsay") ends its blank.
    @Test func aBlankMustNotEndInsideAHyphenatedTitle() {
        let shot = "An Jung-geun bắn chết cựu Thủ tướng Nhật Bản-Thống giám Hàn Quốc Itō Hirobumi tại Cáp Nhĩ Tân"
        let cut = "Thủ tướng Nhật Bản-Thống"
        #expect(!BlankBoundary.isClean(cut, at: shot.range(of: cut)!, in: shot, language: .vi))
        #expect(BlankBoundary.isClean("Itō Hirobumi", at: shot.range(of: "Itō Hirobumi")!, in: shot, language: .vi))
        let named = "Việc bổ nhiệm James Broun-Ramsay làm Toàn quyền vào năm 1848 chuẩn bị cho những thay đổi"
        #expect(BlankBoundary.isClean("James Broun-Ramsay", at: named.range(of: "James Broun-Ramsay")!, in: named,
                                      language: .vi))
    }
    /// "Vào ngày 6 tháng 7 năm 2015, Microsoft công bố … để gắn với việc phát hành Windows 10 sắp được diễn ra": asked at
    /// the end, the question reads as when Windows 10 comes out; the date opened the sentence, so it opens the question.
    @Test func aTrailingClauseOfPurposeOrTimeFrontsTheQuestion() {
        let statement = "Microsoft công bố việc thay đổi nhãn hiệu từ Xbox Music thành Groove để gắn với việc phát hành Windows 10 sắp được diễn ra."
        let context = "Vào ngày 6 tháng 7 năm 2015, " + statement
        #expect(QuestionText.dateQuestion(statement: statement, date: EventDate(iso: "2015-07-06"), in: .vi,
                                          context: context, surface: "ngày 6 tháng 7 năm 2015")
                == "Vào ngày tháng năm nào, Microsoft công bố việc thay đổi nhãn hiệu từ Xbox Music thành Groove để gắn với việc phát hành Windows 10 sắp được diễn ra?")
        // a date written after the clause it dates, or a statement with no such clause, keeps the phrase at the end
        let after = "Microsoft công bố việc thay đổi nhãn hiệu vào ngày 6 tháng 7 năm 2015 để gắn với Windows 10."
        #expect(QuestionText.dateQuestion(statement: "Microsoft công bố việc thay đổi nhãn hiệu để gắn với Windows 10.",
                                          date: EventDate(iso: "2015-07-06"), in: .vi, context: after,
                                          surface: "ngày 6 tháng 7 năm 2015")?.hasSuffix("vào ngày tháng năm nào?") == true)
        let plain = "Microsoft công bố việc thay đổi nhãn hiệu từ Xbox Music thành Groove Music."
        #expect(QuestionText.dateQuestion(statement: plain, date: EventDate(iso: "2015-07-06"), in: .vi,
                                          context: "Vào ngày 6 tháng 7 năm 2015, " + plain, surface: "ngày 6 tháng 7 năm 2015")?
            .hasSuffix("Groove Music vào ngày tháng năm nào?") == true)
        // "để lại" is a verb (to leave behind), no clause of purpose
        #expect(!QuestionText.endsOnPurposeOrTimeClause("Trận bão đi qua thành phố và để lại nhiều thiệt hại nặng nề"))
    }
    /// "Game được phát triển bởi Konami", "… tên của ứng dụng đã thay đổi …": which game, which app? A game or a piece of
    /// software named by its kind alone, with a verb's marker after it, is no card; with words that say which, it is.
    @Test func aGameOrAnAppByItsKindAlone() {
        for statement in ["Game được phát triển bởi Konami và phát hành trên PlayStation",
                          "Theo một bản cập nhật hệ thống cho Xbox 360, tên của ứng dụng đã thay đổi theo nhãn hiệu mới"] {
            #expect(StatementShape.startsWithAnaphor(StatementShape.words(statement), language: .vi, statement: statement),
                    "\(statement)")
        }
        for statement in ["Trò chơi truyền hình Jeopardy! được chiếu lần đầu tiên trên hệ thống NBC",
                          "Ứng dụng chụp Ảnh động Cinemagraph trên nền tảng Windows Phone lần đầu ra mắt"] {
            #expect(!StatementShape.startsWithAnaphor(StatementShape.words(statement), language: .vi, statement: statement),
                    "\(statement)")
        }
        // a text that says it is about a game reads "Trò chơi …" as that game
        let game = KindSubject.definedKind(in: "Pro Evolution Soccer là một trò chơi điện tử bóng đá do Konami phát triển.")
        #expect(game.map { KindSubject.groups[$0] }?.contains("trò chơi") == true)
    }
    /// "Dwan directed fellow [Canadian-American Mary Pickford]", "when the [Frenchman Coquand] published …": a nationality
    /// before a person's name asks two things; a name that opens on a nationality ("American Medical Association",
    /// "Spanish Crown") is one name.
    @Test func aNationalityBeforeAPersonIsNoPartOfTheBlank() {
        let dwan = "Dwan directed fellow Canadian-American Mary Pickford in several very successful movies."
        #expect(!BlankBoundary.isClean("Canadian-American Mary Pickford",
                                       at: dwan.range(of: "Canadian-American Mary Pickford")!, in: dwan, language: .en))
        let coquand = "The first mentions appeared in 1868, when the Frenchman Coquand published the first description."
        #expect(!BlankBoundary.isClean("Frenchman Coquand", at: coquand.range(of: "Frenchman Coquand")!, in: coquand,
                                       language: .en))
        let ama = "In 1967, the American Medical Association publicly supported liberalization of abortion laws."
        #expect(BlankBoundary.isClean("American Medical Association", at: ama.range(of: "American Medical Association")!,
                                      in: ama, language: .en))
        #expect(BlankBoundary.opensOnNationality("Russian", rest: "Boris Yeltsin"))
        #expect(!BlankBoundary.opensOnNationality("Spanish", rest: "Crown"))
    }
    /// Set CI: a year's entry "16 tháng 10, Cách mạng Nga năm 1905: quân đội Nga nổ súng …" opens on its label after
    /// a comma, with the label's year before the colon; the label is dropped as after a dash.
    @Test func aListLabelWithItsYearAfterTheEntrysDate() {
        let sentence = "16 tháng 10, Cách mạng Nga năm 1905: quân đội Nga nổ súng trong một cuộc diễu hành trên đường phố Estonia."
        let event = TestEvents.event("1905-10-16", "Cách mạng Nga: quân đội Nga nổ súng trong một cuộc diễu hành trên đường phố Estonia",
                                     sentence: sentence)
        #expect(DeckGenerator.withoutListLabel(event)?.statement
                == "Quân đội Nga nổ súng trong một cuộc diễu hành trên đường phố Estonia")
        // (a label that the sentence writes nowhere before a colon stays)
        let said = TestEvents.event("1905", "Lenin viết: quân đội Nga nổ súng trong một cuộc diễu hành",
                                    sentence: "Năm 1905, Lenin viết: quân đội Nga nổ súng trong một cuộc diễu hành.")
        #expect(DeckGenerator.withoutListLabel(said) == nil)
    }

    /// Set CI: "Úc được mời tham dự giải đấu" (which tournament?), "Một số người khác biên soạn …" (others than whom?),
    /// "Đại học Ghana, Legon, nơi ông tốt nghiệp …" (a name and a clause about it, no verb of its own).
    @Test(arguments: [
        "Úc được mời tham dự giải đấu",
        "Một số người khác biên soạn đời Thiên hoàng Junnin thời kỳ Nara",
        "Một nghiên cứu khác được thực hiện bởi các nhà nghiên cứu từ đại học Michigan",
        "Đại học Ghana, Legon, nơi ông tốt nghiệp đại học luật",
    ])
    func aThingOrPeopleNamedOnlyAgainstTheSentenceBefore(statement: String) {
        #expect(StatementShape.startsWithAnaphor(StatementShape.words(statement), language: .vi, statement: statement))
    }

    @Test(arguments: [
        "Giải đấu mang tính quốc gia đầu tiên của đá cầu được tổ chức tại Trung Quốc",
        "Regional League được xem xét bởi Hiệp hội bóng đá là giải đấu",
        "Mills học tại trường Achimota, nơi Mills tốt nghiệp",
        "Những người khác biệt về tôn giáo bị Lenin trục xuất",
    ])
    func aThingThatSaysWhichStays(statement: String) {
        #expect(!StatementShape.startsWithAnaphor(StatementShape.words(statement), language: .vi, statement: statement))
    }

    /// English sample 4022: "One notable success came …" is one of those the sentence before listed.
    @Test func oneOfThoseBeforeIsNoSubject() {
        let statement = "One notable success took place when Spanish and French forces captured Minorca"
        #expect(StatementShape.startsWithAnaphor(StatementShape.words(statement), language: .en, statement: statement))
        let day = "One day Lincoln walked to New Salem"
        #expect(!StatementShape.startsWithAnaphor(StatementShape.words(day), language: .en, statement: day))
    }

    /// English sample 4022: "At age 23, Lincoln and a partner bought …": with the birth year the text gives, the age
    /// tells the year asked, and is taken out of the question.
    @Test func anAgeIsTakenOutOfADateQuestion() {
        #expect(QuestionText.dateQuestion(statement: "At age 23, Lincoln and a partner bought a small general store on credit.",
                                          date: EventDate(iso: "1832"), in: .en)
                == "In what year did Lincoln and a partner buy a small general store on credit?")
        #expect(QuestionText.dateQuestion(statement: "Ở tuổi 16, Einstein thi vào Đại học Bách khoa Zürich.",
                                          date: EventDate(iso: "1895"), in: .vi)
                == "Einstein thi vào Đại học Bách khoa Zürich vào năm nào?")
    }

    /// English sample 4022: "after [...] (1914–1918)": the years glossed after a blank all but name it.
    @Test func yearsGlossedAfterTheBlankNameIt() {
        let war = "Propaganda of the deed was abandoned after World War I (1914–1918) and the 1917 October Revolution."
        #expect(!BlankBoundary.isClean("World War I", at: war.range(of: "World War I")!, in: war, language: .en))
        #expect(BlankBoundary.isClean("October Revolution", at: war.range(of: "October Revolution")!, in: war, language: .en))
    }
    /// English samples 4021–4024: a chronology item (and a "which event" option) read beside others must name whom
    /// its "his" or "he" stands for; an institution before it is no person ("The Texas Legislature … his body").
    @Test func anItemNamesWhomItsPronounMeans() {
        #expect(ChronologyCardMaker.pointsElsewhere(
            "A joint resolution of the Texas Legislature was passed to have his body moved to the Texas State Cemetery"))
        #expect(ChronologyCardMaker.pointsElsewhere("Einstein noted that the same adiabatic principle shows it"))
        #expect(!ChronologyCardMaker.pointsElsewhere("Agassi followed his French Open victory by reaching the Wimbledon final"))
        #expect(!ChronologyCardMaker.pointsElsewhere("Tarkovsky divorced his wife, Irma Raush"))
    }

    /// English sample 4023: "The Americans evacuated Manhattan, and fought the Battle of White Plains … on October 28":
    /// a second predicate (with or without a subject of its own) holds the date, so no date question is asked of the
    /// first; a date in the first clause asks the first clause alone.
    @Test func aSecondPredicateHoldingTheDate() {
        let statement = "The Americans evacuated Manhattan, and fought the Battle of White Plains against the pursuing British."
        let context = "The Americans evacuated Manhattan, and fought the Battle of White Plains against the pursuing British on October 28."
        #expect(QuestionText.dateQuestion(statement: statement, date: EventDate(iso: "1776-10-28"), in: .en,
                                          context: context, surface: "October 28") == nil)
        let first = "On March 6, 1982, Rand died of heart failure, and was interred in the Kensico Cemetery."
        #expect(QuestionText.dateQuestion(statement: "Rand died of heart failure, and was interred in the Kensico Cemetery.",
                                          date: EventDate(iso: "1982-03-06"), in: .en, context: first,
                                          surface: "March 6, 1982") == "On what date did Rand die of heart failure?")
        // a list closing on its last item and the main verb is one clause
        #expect(QuestionText.englishSecondClause(
            in: "The Art Direction, Cinematography, and Costume Design awards were split", byVerb: true) == nil)
    }
    /// Set CJ: "Kiêm thêm tiết độ sứ …" (who held it too?) and "CLB lần đầu tiên tham dự …" (which club?) have no
    /// subject; "CLB Bolton …" has one.
    @Test func aHeldOfficeOrAClubWithNoName() {
        for statement in ["Kiêm thêm tiết độ sứ Tĩnh Hải quân và An Nam đô hộ phủ",
                          "CLB lần đầu tiên tham dự cúp châu Âu, vào đến vòng 1/32 của cúp UEFA"] {
            #expect(StatementShape.startsWithAnaphor(StatementShape.words(statement), language: .vi, statement: statement),
                    "\(statement)")
        }
        let named = "CLB Bolton lần đầu tiên tham dự cúp châu Âu"
        #expect(!StatementShape.startsWithAnaphor(StatementShape.words(named), language: .vi, statement: named))
        // a text that says what it is reads its longest kind: an airport, not a "sân"
        let airport = KindSubject.definedKind(in: "Sân bay Manchester là một sân bay quốc tế ở Anh.")
        #expect(airport.map { KindSubject.groups[$0] }?.contains("sân bay") == true)
        #expect(KindSubject.groups.contains { $0.contains("câu lạc bộ") && $0.contains("clb") })
    }

    /// Set CJ: "Đại hội đại biểu [Nhân dân toàn quốc Trung Quốc]": a name in sentence case whose head is two words of
    /// two syllables is cut by a blank after them; "Danh xưng Bắc Kỳ được chính quyền [Liên bang Đông Dương]" is not.
    @Test func aBlankAfterATwoWordHeadCutsTheName() {
        let congress = "1992 – Đại hội đại biểu Nhân dân toàn quốc Trung Quốc thông qua quyết nghị xây dựng đập Tam Hiệp."
        let cut = "Nhân dân toàn quốc Trung Quốc"
        #expect(!BlankBoundary.isClean(cut, at: congress.range(of: cut)!, in: congress, language: .vi))
        let name = "Danh xưng Bắc Kỳ được chính quyền Liên bang Đông Dương kế thừa và duy trì cho đến năm 1945."
        #expect(BlankBoundary.isClean("Liên bang Đông Dương", at: name.range(of: "Liên bang Đông Dương")!, in: name,
                                      language: .vi))
    }
    /// English samples 4025–4026: "… living in Los Angeles from 1937 until his death": the year opens a span that ends
    /// on no date, and "in what year did he live …" would take the start for the whole; "from 1937 to 1941" is a range.
    @Test func aSpanToNoDateIsNoYear() {
        let statement = "He spent the later part of his life in the U.S., living in Los Angeles until his death."
        let context = "He spent the later part of his life in the U.S., living in Los Angeles from 1937 until his death."
        #expect(QuestionText.dateQuestion(statement: statement, date: EventDate(iso: "1937"), in: .en, context: context,
                                          surface: "1937") == nil)
        #expect(!QuestionText.opensSpanToNoDate(context: "He lived in Paris from 1937 to 1941.", surface: "1937"))
        #expect(!QuestionText.opensSpanToNoDate(context: "He lived in Paris from 1937 until March.", surface: "1937"))
    }
    /// English samples 4022–4025: "A few articles … appeared in academic journals before her death in 1982": the year
    /// is her death's, which bounds the event; it is not the event's date.
    @Test func aYearInsideABoundingPhraseIsNoEventDate() {
        let sentence = "A few articles about Rand's ideas appeared in academic journals before her death in 1982."
        let bounded = TestEvents.event("1982", "A few articles about Rand's ideas appeared in academic journals before her death",
                                       sentence: sentence, dateSurface: "1982")
        #expect(EventScreen(language: .en).dateDefect(bounded) == .boundaryDate)
        let own = TestEvents.event("1982", "Rand died of heart failure", sentence: "Rand died of heart failure in 1982.",
                                   dateSurface: "1982")
        #expect(EventScreen(language: .en).dateDefect(own) != .boundaryDate)
    }
}
