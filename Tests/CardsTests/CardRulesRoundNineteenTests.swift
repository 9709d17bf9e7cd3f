import Testing
@testable import Timeline
@testable import Cards

/// Round nineteen (after sets BK to BN): a dated list's other years, feast days, pronouns of two words and clauses
/// with their own subject, connectives and kinds that point back, dates of a closing clause, lists of names.
@Suite struct CardRulesRoundNineteenTests {
    /// A line of a dated list is the happening of its own year: another year inside it is a reference.
    @Test func anotherYearInADatedLineIsNoEvent() {
        let line = "1965 – Ly giáo Đông–Tây: Thượng phụ Athenagoras I và Giáo hoàng Phaolô VI phát tuyên ngôn chung "
            + "và hóa giải các việc rút phép thông công lẫn nhau năm 1054 giữa Công giáo La Mã và Chính Thống giáo Đông phương."
        let reference = TestEvents.event("1054", "Hóa giải các việc rút phép thông công lẫn nhau giữa Công giáo La Mã và "
                                         + "Chính Thống giáo Đông phương", sentence: line, dateSurface: "năm 1054")
        #expect(EventScreen.isOtherYearOfDatedLine(reference))
        let own = TestEvents.event("1965", "Thượng phụ Athenagoras I và Giáo hoàng Phaolô VI phát tuyên ngôn chung",
                                   sentence: line, dateSurface: "1965")
        #expect(!EventScreen.isOtherYearOfDatedLine(own))
        // (a range that opens a line is no line's year)
        let range = TestEvents.event("1288", "Kháng chiến chống Nguyên Mông lần thứ ba thắng lợi",
                                     sentence: "1285 – 1288: Kháng chiến chống Nguyên Mông lần thứ ba thắng lợi.", dateSurface: "1288")
        #expect(!EventScreen.isOtherYearOfDatedLine(range))
    }

    /// A day's feasts ("== Những ngày lễ và kỷ niệm ==") are kept each year: the year one was first kept is no event.
    @Test func aDaysFeastsAreNoEvents() {
        let text = """
            = 1 tháng 10 =
            == Sự kiện ==
            1949 – Mao Trạch Đông tuyên bố thành lập nước Cộng hòa Nhân dân Trung Hoa.
            == Những ngày lễ và kỷ niệm ==
            1960 – Quốc khánh Nigeria.
            """
        let dates = EventExtractor().extract(text, language: .vi).events.map(\.date)
        #expect(dates.contains("1949"))
        #expect(!dates.contains("1960"))
    }

    /// "Ông ta" is one pronoun: the name takes both words' place.
    @Test func aPronounOfTwoWordsGoesWithTheName() throws {
        let sentences = ["Năm 1963, Johnson nhậm chức tổng thống.", "Năm 1964, Johnson thắng cử.", "Năm 1965, Johnson ký đạo luật.",
                         "Năm 1966, Ông ta đã gia tăng nỗ lực chiến tranh."]
        let events = sentences.map { TestEvents.event(String($0.dropFirst(4).prefix(4)), String($0.dropFirst(10).dropLast()), sentence: $0) }
        var resolver = PronounResolver(events: DeckGenerator.deckEvents(from: events), language: .vi)
        resolver.mainPerson = "Johnson"
        let resolved = try #require(resolver.resolved(events[3]))
        #expect(resolved.statement == "Johnson đã gia tăng nỗ lực chiến tranh")
    }

    /// A clause after the comma with the person as its own subject: the pronoun before it is not replaced (the name
    /// would stand twice); a place that shares a syllable of the name ("tỉnh Thanh Hóa") is no such subject.
    @Test func aClauseWithItsOwnSubjectKeepsItsPronoun() {
        #expect(PronounResolver.namesAgain("George Armstrong Custer",
                                                in: "Ông sinh ra và lớn lên ở Michigan và Ohio, Custer được nhận vào West Point"))
        #expect(!PronounResolver.namesAgain("Phương Thanh", in: "Cô sinh tại huyện Nông Cống, tỉnh Thanh Hóa"))
    }

    /// A connective of choice, a kind before an adverb or a verb of going on, a name alone taking part (2006); a kind
    /// after a fronted time, before its verb's adverb, or after "của" with its verb, a district by its kind (1792):
    /// each points at what the sentence before told.
    @Test(arguments: [
        ("2006", "Hay vụ bắt cóc một nhân viên văn phòng tại bờ biển Kagoshima do mật vụ của Bắc Triều Tiên thực hiện", CardDefect.anaphor),
        ("2006", "Công trình bước đầu đưa vào sử dụng khoản 30 ha vừa mặt nước, vừa thảm xanh", .anaphor),
        ("2006", "Tiến trình tiến thêm một bước nữa khi Liên minh Thuế quan Á Âu được thành lập", .anaphor),
        ("2006", "Uzbekistan đã tham gia", .fragment),
        ("1792", "Đời vua Quang Trung, chùa được xây dựng lớn, về diện mạo cơ bản giống như hiện nay", .anaphor),
        ("1792", "Tháp gần như hoàn thành", .anaphor),
        ("1792", "Quận đặt theo tên chiến thắng trận Đống Đa của nghĩa quân Tây Sơn", .anaphor),
        ("1792", "Một nghị định thư sửa đổi Bộ Luật của tổ chức được thông qua", .anaphor),
    ])
    func statementsThatPointBack(year: String, statement: String, defect: CardDefect) {
        let event = TestEvents.event(year, statement, sentence: "Năm \(year), " + statement + ".", dateSurface: "Năm \(year)")
        #expect(EventScreen(language: .vi).blocking(event) == defect)
    }

    /// A date inside a "trước khi …" / "before …-ing" clause that closes the sentence dates that clause; one inside a
    /// clause that opens it, with the main clause after, is left to the other rules.
    @Test func aClosingClausesDateIsNotTheMainClauses() {
        #expect(ClauseOfDate.isInClosingClause(
            sentence: "Blatter học ở trường Sion, Thụy Sĩ trước khi có bằng cử nhân kinh doanh và kinh tế từ Đại học Lausanne năm 1959.",
            dateSurface: "năm 1959", language: .vi))
        #expect(!ClauseOfDate.isInClosingClause(
            sentence: "Về mặt văn hóa, sau khi cải đạo năm 864, Bulgaria trở thành trung tâm của thế giới người Slav.",
            dateSurface: "năm 864", language: .vi))
        #expect(ClauseOfDate.isInClosingClause(sentence: "He studied at Sion before receiving his degree in 1959.",
                                               dateSurface: "in 1959", language: .en))
        #expect(!ClauseOfDate.isInClosingClause(sentence: "He left Paris before the war in 1941.", dateSurface: "in 1941",
                                                language: .en))
    }

    /// One name of a list of three or more is no blank (the list has more answers than the card shows); one of a pair is.
    @Test func aNameOfAListIsNoBlank() {
        let list = "Vào năm 1974 những thị trấn như Abingdon, Didcot và Wantage được chuyển tới Oxfordshire."
        #expect(ClozeCardMaker.blanked(list, candidates: ["Wantage"], avoiding: [], language: .vi) == nil)
        #expect(ClozeCardMaker.blanked(list, candidates: ["Didcot"], avoiding: [], language: .vi) == nil)
        let pair = "Năm 1992, Oman và Yemen ký kết một hiệp định chấm dứt việc tranh chấp biên giới giữa hai nước."
        #expect(ClozeCardMaker.blanked(pair, candidates: ["Yemen"], avoiding: [], language: .vi)?.1 == "Yemen")
    }

    /// "… xây dựng cây cầu …" in a text about the Cầu Mỹ Thuận, which only its opening names in capitals.
    @Test func theOpeningNamesTheTextsOwnKind() {
        #expect(PronounResolver.kindTitle("cầu_mỹ_thuận", in: [], opening: "Cầu Mỹ Thuận là cây cầu bắc qua sông Tiền.")
                == "Cầu Mỹ Thuận")
    }

    /// A name and a dash opening a line; a line of a list of posts (not a dated list's office holder who acts).
    @Test func linesOfListsAreNoHappenings() {
        let screen = EventScreen(language: .vi)
        let member = TestEvents.event("2008", "Guinea – ngừng tham gia sau cuộc đảo chính",
                                      sentence: "Guinea – ngừng tham gia sau cuộc đảo chính năm 2008.", dateSurface: "năm 2008")
        #expect(screen.blocking(member) == .listEntry)
        let post = TestEvents.event("1993/1996", "Trưởng ngành Du lịch học, Đại học Tổng hợp",
                                    sentence: "1993-1996 Trưởng ngành Du lịch học, Đại học Tổng hợp", dateSurface: "1993-1996")
        #expect(EventScreen.isRoleLine(statement: post.statement, sentence: post.sentence))
        let bullet = "- Chủ nhiệm câu lạc bộ Văn hoá Ẩm thực Việt Nam (từ 1995 đến 2005)"
        #expect(EventScreen.isRoleLine(statement: "Chủ nhiệm câu lạc bộ Văn hoá Ẩm thực Việt Nam", sentence: bullet))
        // (a dated list's line: the office holder signs)
        #expect(!EventScreen.isRoleLine(statement: "Bộ trưởng Ngoại giao Nhật Bản Mamoru Shigemitsu ký vào văn kiện đầu hàng",
                                        sentence: "1945 – Bộ trưởng Ngoại giao Nhật Bản Mamoru Shigemitsu ký vào văn kiện đầu hàng."))
    }

    /// English: a name closed by "of" and its year is no date of the sentence's event ("the War of 1812"), a season's
    /// is ("the Spring of 1862" is not such a name).
    @Test func aNameOfAYearIsNoEventsDate() {
        let screen = EventScreen(language: .en)
        let war = TestEvents.event("1812", "Britain kept a buffer Indian state as late as 1814 in the War",
                                   sentence: "Britain kept a buffer Indian state as late as 1814 in the War of 1812.", dateSurface: "1812")
        // (through the screen as `generate` calls it, with the words before the date in small letters)
        #expect(screen.dateDefect(war) == .nominalDate)
        let spring = TestEvents.event("1862", "McClellan landed his army on the Peninsula",
                                      sentence: "In the Spring of 1862, McClellan landed his army on the Peninsula.", dateSurface: "1862")
        #expect(!screen.isNominalDate(spring, before: ["in", "the", "spring", "of"]))
        #expect(screen.dateDefect(spring) != .nominalDate)
    }

    /// English: a pronoun after a fronted phrase that names no one, "In light of this", "the brothers", "Other …".
    @Test(arguments: [
        "Upon landing in Antwerp, he immediately went to the German consulate",
        "In light of this, Parliament voted to cease all offensive operations in America",
        "Tarkovsky had met the brothers first",
        "Other early writings are found in the Jaina medical treatise",
    ])
    func englishStatementsThatPointBack(statement: String) {
        let event = TestEvents.event("1933", statement, sentence: statement + " in 1933.", dateSurface: "in 1933")
        #expect(EventScreen(language: .en).blocking(event) == .anaphor)
    }

    /// English: ", and she …" opens a clause of its own; the question asks the first clause when the date is its
    /// own, and no card is made when the date is the second clause's.
    @Test func anEnglishSecondClauseLeavesTheQuestion() {
        let sentence = "In 1943, Rand sold the rights for a film version to Warner Bros., and she returned to Hollywood."
        let statement = "Rand sold the rights for a film version to Warner Bros., and she returned to Hollywood"
        #expect(QuestionText.englishFirstClause(statement, context: sentence, surface: "In 1943")
                == "Rand sold the rights for a film version to Warner Bros.")
        let late = "Lincoln suspended habeas corpus, and he averted British intervention by defusing the Trent Affair in late 1861."
        #expect(QuestionText.secondClauseDated(statement: "Lincoln suspended habeas corpus, and he averted British intervention "
                                               + "by defusing the Trent Affair", context: late, surface: "in late 1861"))
        // ("…, and then in the Capitol Rotunda": the same clause goes on)
        #expect(QuestionText.englishSecondClause(in: "The President lay in state in the East Room, and then in the Capitol") == nil)
    }

    /// A pronoun whose statement names the main person again is someone else: "He called Lincoln a white supremacist".
    @Test func aPronounBesideTheMainPersonsNameIsSomeoneElse() {
        #expect(PronounResolver.namesAgain("Abraham Lincoln", in: "He called Lincoln a white supremacist"))
    }

    /// English leftovers: a date taken out after "and" takes its comma ("and a similar move", not "and, a similar
    /// move"); a bracket that glossed a date taken out is a leftover; a month and year naming a noun is no date.
    @Test func englishDatePhrasesLeaveNothingBehind() {
        let cut = QuestionText.removing(QuestionText.Patterns.datePhrase,
                                        from: "Mount Royal became a university, and in late September 2009, a similar move made MacEwan one",
                                        where: { $0.contains("2009") })
        #expect(QuestionText.tidy(cut) == "Mount Royal became a university, and a similar move made MacEwan one")
        #expect(StatementShape.hasLeftovers("Huxley wrote The Art of Seeing, which was published (U.S.), (UK)", language: .en,
                                            sentence: "Huxley wrote The Art of Seeing, which was published 1942 (U.S.), 1943 (UK)."))
        let riots = TestEvents.event("1934-02", "In France, the anarchists came close to insurrection riots",
                                     sentence: "In France, the anarchists came close to insurrection in the February 1934 riots.",
                                     dateSurface: "the February 1934")
        #expect(EventScreen(language: .en).isNominalDate(riots, before: StatementShape.words("In France, the anarchists came close to insurrection in")))
    }

    /// English questions: a subordinator is no word of the name after it; a participle with its "by" is no main verb;
    /// a second clause with its own subject and an adverb cannot share "did".
    @Test func englishQuestionsKeepTheirClauses() {
        let event = TestEvents.event("1774-12-01", "Although the Congress lacked any legal authority, it ordered committees",
                                     sentence: "Although the Congress lacked any legal authority, it ordered committees on December 1, 1774.",
                                     actors: ["Although the Congress"])
        #expect(!ClozeCardMaker(language: .en).candidates(for: event, in: event.sentence).contains("Although the Congress"))
        #expect(EnglishQuestion.inverted(statement: "A survey carried out by Maplecroft identified 16 countries",
                                         asking: "In what year") == nil)
        #expect(EnglishQuestion.inverted(statement: "The Congress abandoned Philadelphia, and Howe finally outmaneuvered Washington",
                                         asking: "On what date") == nil)
        #expect(EnglishQuestion.inverted(statement: "Lincoln signed the Homestead Act", asking: "In what year")
                == "In what year did Lincoln sign the Homestead Act?")
    }

    /// A trade of two or three syllables, then the name, names its person: "Nhà hóa học Nga là Serge Kern …".
    @Test func aTradeThenANameNamesItsPerson() {
        #expect(!StatementShape.startsWithAnaphor(StatementShape.words("Nhà hóa học Nga là Serge Kern thông báo về việc phát hiện"),
                                                  language: .vi, statement: "Nhà hóa học Nga là Serge Kern thông báo về việc phát hiện"))
        #expect(StatementShape.startsWithAnaphor(StatementShape.words("Nhà máy bị Pháp phá hủy"), language: .vi,
                                                 statement: "Nhà máy bị Pháp phá hủy"))
    }

    /// A revenue ranked behind others is a figure of its year, not an event.
    @Test func aRankedRevenueIsAFigure() {
        #expect(StatementShape.isStatistic("Về tổng doanh thu, NetApp đứng sau EMC, Seagate, Western Digital, và trước Imation",
                                           language: .vi))
        #expect(!StatementShape.isStatistic("CIA đứng sau vụ đảo chính lật đổ chính phủ Mossadegh", language: .vi))
    }

    /// A copied page's edit link glued to its headings ("== MấtSửa đổi ==") does not hide what the section is.
    @Test func aHeadingWithItsEditLinkIsStillKnown() {
        #expect(SectionFilter.withoutEditLink("mấtsửa đổi") == "mất")
        #expect(SectionFilter.withoutEditLink("history[edit]") == "history")
        #expect(SectionFilter.withoutEditLink("hiến pháp sửa đổi") == "hiến pháp sửa đổi")
        let text = "= 1917 =\n== Sự kiệnSửa đổi ==\n13 tháng 2 - Mata Hari bị bắt.\n== MấtSửa đổi ==\n16 tháng 1 - George Dewey, đô đốc hải quân Mỹ\n"
        let statements = EventExtractor().extract(text, language: .vi).events.map(\.statement)
        #expect(statements.contains { $0.contains("Mata Hari") })
        #expect(!statements.contains { $0.contains("Dewey") })
    }

    /// A name, "và", then a verb is a place's tail and a second verb whose subject was cut off; "vẫn giữ" is a
    /// state held; "Anh" before "và" is England, not "anh" (you), inside a question.
    @Test func aCutSubjectAStateAndACountryKeptWhole() {
        let cut = TestEvents.event("1965", "Việt Nam và bắt đầu phục vụ trong Không lực Việt Nam Cộng hòa",
                                   sentence: "Lý Tống sinh ngày 1 tháng 9 năm 1948 tại Thừa Thiên - Huế, Việt Nam và bắt đầu phục vụ "
                                       + "trong Không lực Việt Nam Cộng hòa năm 1965.", dateSurface: "năm 1965")
        #expect(EventScreen(language: .vi).blocking(cut) == .fragment)
        #expect(StatementShape.isState(StatementShape.words("Lima vẫn giữ được vai trò ưu thế vượt trội của Peru"), language: .vi))
        #expect(ReverseCardMaker(language: .vi).lowerFirst("Anh và Hà Lan phản ứng bằng cách ký kết ", names: []).hasPrefix("Anh"))
    }

    /// A name closing a longer one joined by a particle is no blank ("Ciudad de los [Reyes]"); English things named
    /// only by what they are point back ("the proposed amendment", "the play", "the novel").
    @Test func partsOfNamesAndThingsNamedByTheirKind() {
        let lima = "Ngày 18 tháng 1 năm 1535, Pizarro lập thành phố và đặt tên là Ciudad de los Reyes, có nghĩa là Thành phố của các vua."
        #expect(ClozeCardMaker.blanked(lima, candidates: ["Reyes"], avoiding: [], language: .vi) == nil)
        #expect(ClozeCardMaker.blanked(lima, candidates: ["Pizarro"], avoiding: [], language: .vi)?.1 == "Pizarro")
        for statement in ["Passage of the proposed amendment became part of the Republican platform",
                          "Paramount Pictures produced a movie loosely based on the play"] {
            #expect(StatementShape.hasDanglingPronoun(StatementShape.words(statement), language: .en, statement: statement))
        }
    }

    /// In a text about a club or a body, a timeline's line that names its deed by the verb leaves out whose deed it
    /// was, unless it names the text's subject; in a text about nothing in particular it stands.
    @Test func aTimelinesBareVerbNeedsItsSubjectInATextAboutOne() {
        var screen = EventScreen(language: .vi)
        let beat = TestEvents.event("1978", "Đánh bại Leicester City ở vòng 4 Cúp FA",
                                    sentence: "1978: Đánh bại Leicester City ở vòng 4 Cúp FA.", dateSurface: "1978")
        let renamed = TestEvents.event("1951", "Đổi tên thành Công ty cổ phần Công nghiệp Daihatsu",
                                       sentence: "1951: Đổi tên thành Công ty cổ phần Công nghiệp Daihatsu.", dateSurface: "1951")
        #expect(screen.blocking(beat) == nil)
        screen.ownKinds = ["câu lạc bộ"]
        screen.topic = ["walsall", "f", "c"]
        #expect(screen.blocking(beat) == .anaphor)
        screen.topic = ["daihatsu"]
        #expect(screen.blocking(renamed) == nil)
        let relegated = TestEvents.event("1989", "Xuống hạng Third Division sau chỉ một mùa giải",
                                         sentence: "Năm 1989, xuống hạng Third Division sau chỉ một mùa giải.", dateSurface: "Năm 1989")
        #expect(EventScreen(language: .vi).blocking(relegated) == .anaphor)
    }

    /// A filmography ("== Phim thực hiện ==", a film and its year a line) makes no events.
    @Test func aFilmographyMakesNoEvents() {
        let text = "= trần anh hùng =\n== Sự nghiệp ==\nNăm 1993, Trần Anh Hùng ra mắt phim Mùi đu đủ xanh.\n\n"
            + "== Phim thực hiện ==\n1995: Xích lô (Cyclo), đạo diễn và biên kịch\n"
        let statements = EventExtractor().extract(text, language: .vi).events.map(\.statement)
        #expect(statements.contains { $0.contains("Mùi đu đủ xanh") })
        #expect(!statements.contains { $0.contains("Xích lô") })
    }

    /// A date counted from a birth the text gives ("sinh nhật lần thứ 21", "the 100th anniversary of Rand's birth") is
    /// given away by the card; an acronym that opens a longer word of the card ("ISO" in "ISOFIX") is no blank.
    @Test func countedDatesAndAcronymsInsideWords() {
        let screen = EventScreen(language: .vi)
        let show = TestEvents.event("2015-07", "Kỷ niệm sinh nhật lần thứ 21 của mình, Sơn Tùng M-TP tổ chức một mini-show",
                                    sentence: "Tháng 7 năm 2015, kỷ niệm sinh nhật lần thứ 21 của mình, Sơn Tùng M-TP tổ chức một mini-show.",
                                    dateSurface: "Tháng 7 năm 2015")
        #expect(screen.blocking(show) == .leak)
        let rand = TestEvents.event("2005", "On the 100th anniversary of Rand's birth, Edward Rothstein praised her novels",
                                    sentence: "In 2005, on the 100th anniversary of Rand's birth, Edward Rothstein praised her novels.",
                                    dateSurface: "In 2005")
        #expect(EventScreen(language: .en).blocking(rand) == .leak)
        #expect(ClozeCardMaker.givesAway("ISO", rest: "Vào năm 1990, hệ thống tiêu chuẩn đã chuẩn hóa ISOFIX"))
        #expect(!ClozeCardMaker.givesAway("ISO", rest: "Vào năm 1990, hệ thống tiêu chuẩn đã chuẩn hóa ghế an toàn"))
    }

    /// "Thường được đánh dấu bằng ngày …": "usually" before a passive, its subject cut off.
    @Test func usuallyBeforeAPassiveHasLostItsSubject() {
        #expect(StatementShape.startsWithAnaphor(StatementShape.words("Thường được đánh dấu bằng ngày Antoine Lavoisier tìm ra khí ôxy"),
                                                 language: .vi, statement: "Thường được đánh dấu bằng ngày Antoine Lavoisier tìm ra khí ôxy"))
    }

    /// English: a later edition of a book is a publisher's line; a second clause whose subject has a describing word
    /// before its name ("and entrepreneur Robert C. Fitzsimmons built …") shares no question word.
    @Test func englishPublisherLinesAndDescribedSecondSubjects() {
        #expect(StatementShape.isTrivia("The Folio Society published an edition illustrated by Quentin Blake", language: .en))
        #expect(EnglishQuestion.inverted(statement: "Dr. Clark patented a separation process and entrepreneur Robert Fitzsimmons built a plant",
                                         asking: "In which decade") == nil)
        let event = TestEvents.event("1920", "Dr. Karl A. Clark patented a hot water process and entrepreneur Robert C. Fitzsimmons built the plant",
                                     sentence: "In the 1920s, Dr. Karl A. Clark patented a hot water process and entrepreneur Robert C. Fitzsimmons built the plant.",
                                     actors: ["Dr. Karl A. Clark"], dateSurface: "In the 1920s")
        let card = ReverseCardMaker(language: .en, people: ["Dr. Karl A. Clark"]).card(for: TestEvents.deckEvent(event))
        #expect(card == nil)
    }

    /// A chronology item of fewer than five words says too little to place among others ("Agassi renewed his contract",
    /// "Lincoln issued a proclamation": which one?).
    @Test func aChronologyItemSaysEnoughToPlace() {
        let statements = [("1858", "Lincoln debated Stephen Douglas across the state of Illinois"),
                          ("1860", "Lincoln was elected president of the United States"),
                          ("1862", "Lincoln issued a proclamation"),
                          ("1863", "Lincoln delivered the Gettysburg Address at the dedication of the cemetery"),
                          ("1864", "Lincoln was reelected president over George McClellan"),
                          ("1865", "Lincoln was shot by John Wilkes Booth at Ford's Theatre")]
        let events = statements.map { TestEvents.event($0.0, $0.1, sentence: "In \($0.0), \($0.1).", dateSurface: "In \($0.0)") }
        let deck = DeckGenerator(kinds: [.chronology]).makeDeck(name: "t", events: events, language: .en,
                                                                source: DeckSource(file: "t", sha256: ""))
        #expect(!deck.cards.isEmpty)
        #expect(!deck.cards.contains { $0.choices.contains("Lincoln issued a proclamation") })
    }
}
