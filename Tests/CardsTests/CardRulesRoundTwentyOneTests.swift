import Testing
@testable import Timeline
@testable import Cards

/// Round twenty-one (after sets BY–CB and the English samples 4013–4014): places and papers named by their kind alone
/// mid-statement, a state asked after its office, names joined by "the", a possessive with only a describing word
/// before it, and a count of what there was.
@Suite struct CardRulesRoundTwentyOneTests {
    /// "… sân bay đã được đưa trở lại …", "tòa soạn của tờ báo đến …", "du nhập vào đây": which airport, which paper,
    /// where? The text named it sentences before.
    @Test(arguments: [
        "Sau chiến tranh, Hải quân Hoa Kỳ giảm hoạt động và sân bay đã được đưa trở lại thành phố",
        "Sau khi di chuyển tòa soạn của tờ báo đến tòa nhà mới trên Đường số 42, khu vực đó được đặt tên Quảng trường Times",
        "Ngành sản xuất len lông cừu đã được du nhập vào đây bởi những người nhập cư Fleming",
        "Ấn phẩm được thành lập bởi Henry Luce",
        "Sau lần cãi nhau với chủ bút tờ báo, Mark Twain rời Nebraska",
    ])
    func aPlaceOrPaperByItsKindAloneIsNoCard(statement: String) {
        let words = StatementShape.words(statement)
        #expect(StatementShape.startsWithAnaphor(words, language: .vi, statement: statement))
    }

    /// The kind with its name after it (at once, after a bracket, or after a word or two that describe it), a count
    /// of them, or the ship "tàu sân bay" says which, or says none is meant.
    @Test(arguments: [
        "Vietnam Airlines mở đường bay tới sân bay Nội Bài",
        "Vietnam Airlines mở đường bay tới sân bay quốc tế Nội Bài",
        "Tên tiếng Tây Ban Nha của quần đảo (Islas Malvinas) bắt nguồn từ tên tiếng Pháp",
        "Madrid tuyên bố sẽ có hai sân bay mới phục vụ người dân",
        "Hải quân Anh đóng mới một tàu sân bay hạng nhẹ",
        "Người Nhật xây dựng một sân bay, sân bay này bị Đồng Minh oanh tạc",
        "Mark Twain đi châu Âu bằng con tàu thủy Quaker City",
    ])
    func aKindThatSaysWhichStays(statement: String) {
        let words = StatementShape.words(statement)
        #expect(!StatementShape.startsWithAnaphor(words, language: .vi, statement: statement), "\(statement)")
    }

    /// In a text about the Quần đảo Falkland, "quần đảo" alone where a clause goes on after it is those islands; a
    /// describing word after it, or a count before it, makes it others.
    @Test func theTextsIslandsByTheirKindAlone() throws {
        let title = "Quần đảo Falkland"
        let invaded = TestEvents.event("1982", "Sau khi Argentina xâm chiếm quần đảo, Chiến tranh Falkland bùng phát")
        #expect(try #require(PronounResolver.resolvedKindPhrase(invaded, title: title)).statement
                == "Sau khi Argentina xâm chiếm quần đảo Falkland, Chiến tranh Falkland bùng phát")
        let sold = TestEvents.event("1884", "Tây Ban Nha bán quần đảo cho Đế quốc Đức")
        #expect(try #require(PronounResolver.resolvedKindPhrase(sold, title: title)).statement
                == "Tây Ban Nha bán quần đảo Falkland cho Đế quốc Đức")
        for other in ["Anh chiếm quần đảo lân cận", "Anh chiếm hai quần đảo", "Anh chiếm các quần đảo ở phía nam"] {
            #expect(PronounResolver.resolvedKindPhrase(TestEvents.event("1884", other), title: title) == nil, "\(other)")
        }
        // (a deck whose name opens on no such kind resolves nothing)
        #expect(PronounResolver.resolvedKindPhrase(sold, title: "Tây Ban Nha") == nil)
    }

    /// "trở thành thủ tướng Cuba" asks "thủ tướng nước nào", not "thủ tướng nào" (a person); an office in an aside
    /// ("X, tổng thống Brasil, từ chức") is not asked.
    @Test func aStateIsAskedAfterItsOffice() {
        let maker = ReverseCardMaker(language: .vi)
        let became = "Fidel Castro trở thành thủ tướng Cuba sau khi nhà độc tài Fulgencio Batista bị lật đổ"
        #expect(maker.ask("Cuba", in: became, names: ["Fidel Castro", "Cuba", "Fulgencio Batista"])?.0
                == "Fidel Castro trở thành thủ tướng nước nào sau khi nhà độc tài Fulgencio Batista bị lật đổ")
        let aside = "Getulio Vargas, tổng thống Brasil, từ chức"
        #expect(maker.ask("Brasil", in: aside, names: ["Getulio Vargas", "Brasil"])?.0.contains("nước nào") != true)
    }

    /// "Billy the [...]", "[...] the Great": "the" between two capitals joins one name, which a blank must not cut;
    /// "In the [...]" opens a sentence on a preposition.
    @Test func aNameJoinedByTheIsNotCut() {
        let kid = "1881 – Billy the Kid bị bắn chết bởi Pat Garrett."
        #expect(!BlankBoundary.isClean("Kid", at: kid.range(of: "Kid")!, in: kid, language: .vi))
        let great = "In 334 BC Alexander the Great crossed into Asia."
        #expect(!BlankBoundary.isClean("Alexander", at: great.range(of: "Alexander")!, in: great, language: .en))
        let opening = "In the Eastern Bloc, the novel was forbidden."
        #expect(BlankBoundary.isClean("Eastern Bloc", at: opening.range(of: "Eastern Bloc")!, in: opening, language: .en))
    }

    /// "A Loyalist wing of his army …": "Loyalist" describes "wing", so "his" stands for someone named elsewhere; an
    /// owner ("Washington's army … his") or the one asked for ("who … his") is someone.
    @Test(arguments: [
        ("A Loyalist wing of his army was utterly defeated at the Battle of Kings Mountain", true),
        ("Washington's aide wrote that his army was starving", false),
        ("In 1876, who named the traditional Hamito-Semitic family in his Grundriss", false),
        ("A few articles about Rand's ideas appeared in academic journals before her death", false),
    ])
    func aPossessiveNeedsSomeoneBeforeIt(statement: String, dangling: Bool) {
        #expect(StatementShape.hasDanglingPronoun(StatementShape.words(statement), language: .en, statement: statement) == dangling)
    }

    /// "…, there were ninety-two different nationalities living on the island": a count of what there was is a
    /// figure, not a happening; "there was a revolt" is one.
    @Test func aCountOfWhatThereWasIsAFigure() {
        #expect(StatementShape.isStatistic("According to the BBSB, there were ninety-two different nationalities living on the island",
                                           language: .en))
        #expect(StatementShape.isStatistic("There were 40 mills on the river", language: .en))
        #expect(!StatementShape.isStatistic("There was a revolt in the northern provinces", language: .en))
    }

    /// A day's article lists its dead under "Người chết" as it does under "Mất": names, not happenings.
    @Test func theDeadOfADayAreAnAside() {
        #expect(SectionFilter.kind(of: "người chết") == .aside)
        #expect(SectionFilter.kind(of: "những người chết") == .aside)
    }

    // MARK: - After sets CC and CD

    /// "lấyvufng đất từ sông …": a typing slip is no Vietnamese syllable; a French or Spanish word with its own marks
    /// ("collectivité", "fútbol") is no slip.
    @Test func aGarbledSyllableIsNoCard() {
        #expect(StatementShape.isGarbledSyllable("lấyvufng"))
        #expect(StatementShape.isGarbledSyllable("phốRemscheid"))
        for word in ["collectivité", "fútbol", "nghiêng", "người", "Nguyễn"] { #expect(!StatementShape.isGarbledSyllable(word), "\(word)") }
        let statement = "Triều đình lấyvufng đất từ sông Kisosansen lập nên tỉnh Anōtsu"
        #expect(StatementShape.isFragment(statement, words: StatementShape.words(statement), language: .vi))
    }

    /// "Ngôn ngữ được biết đến như là …": which language? A language by its kind alone, its verb at once.
    @Test func aLanguageByItsKindAloneIsNoCard() {
        let statement = "Ngôn ngữ được biết đến như là tiếng Pilipino"
        #expect(StatementShape.startsWithAnaphor(StatementShape.words(statement), language: .vi, statement: statement))
    }

    /// "… Liên Hiệp Quốc gần đây, công bố …" of "gần đây trong năm 2009": "lately" was said of the date taken out.
    @Test func lateByItsDateIsALeftover() {
        let sentence = "Chương trình phát triển Liên Hiệp Quốc gần đây trong năm 2009, công bố bản báo cáo."
        #expect(StatementShape.hasLeftovers("Chương trình phát triển Liên Hiệp Quốc gần đây, công bố bản báo cáo",
                                            language: .vi, sentence: sentence))
        // ("gần đây" with no date after it in the sentence is the statement's own word)
        #expect(!StatementShape.hasLeftovers("Chương trình phát triển Liên Hiệp Quốc gần đây, công bố bản báo cáo", language: .vi,
                                             sentence: "Chương trình phát triển Liên Hiệp Quốc gần đây, công bố bản báo cáo năm 2009."))
    }

    /// "vào cuối thế kỷ 19 và đầu thế kỷ 20": one period, of which a card asking the first century is half right.
    @Test func twoQualifiedCenturiesAreOnePeriod() {
        let sentence = "Bromua kali từng được sử dụng như là thuốc chống co giật vào cuối thế kỷ 19 và đầu thế kỷ 20."
        var event = TestEvents.event("18XX", "Bromua kali từng được sử dụng như là thuốc chống co giật", sentence: sentence,
                                     qualifier: .late)
        event.dateSurface = "cuối thế kỷ 19"
        #expect(EventScreen(language: .vi).dateDefect(event) == .partOfRange)
        event.sentence = "Bromua kali từng được sử dụng như là thuốc chống co giật vào cuối thế kỷ 19."
        #expect(EventScreen(language: .vi).dateDefect(event) == nil)
    }

    /// "Thiên hà đồng hành với nó, NGC 5195, …": a common word capitalised because it opens the statement is no name
    /// "nó" could stand for; a name before it is.
    @Test func itAfterACommonOpeningWordPointsElsewhere() {
        let dangling = "Thiên hà đồng hành với nó, NGC 5195, được Pierre Méchain phát hiện ra"
        #expect(StatementShape.hasDanglingPronoun(StatementShape.words(dangling), language: .vi, statement: dangling))
        let named = "Nhà thiên văn Charles Messier quan sát thiên hà và ghi nó vào danh lục"
        #expect(!StatementShape.hasDanglingPronoun(StatementShape.words(named), language: .vi, statement: named))
    }

    /// "Phát biểu [vào năm 1999], cầu thủ Julie Foudy của Hoa Kỳ nói …" in a life of Mariléia: the short fronted verb
    /// is Foudy's, whose clause names her; the main person is not put before it.
    @Test func aShortFrontedVerbBeforeItsOwnSubjectGetsNoMainPerson() {
        var resolver = PronounResolver(events: [], language: .vi)
        resolver.mainPerson = "Mariléia dos Santos"
        let spoken = TestEvents.event("1999", "Phát biểu, cầu thủ Julie Foudy của Hoa Kỳ nói rằng cô đeo găng tay một bên")
        #expect(resolver.resolvedSubjectless(spoken) == nil)
        let lost = TestEvents.event("1988", "Gia nhập câu lạc bộ EC Radar và đại diện cho Brasil")
        #expect(resolver.resolvedSubjectless(lost)?.statement == "Mariléia dos Santos gia nhập câu lạc bộ EC Radar và đại diện cho Brasil")
    }

    /// "Tu chính án [XIX Hiến pháp Hoa Kỳ]": a Roman numeral opening a blank is the number of the name before it.
    @Test func aBlankOpeningOnARomanNumeralCutsAName() {
        let sentence = "1920 – Tu chính án XIX Hiến pháp Hoa Kỳ về quyền đầu phiếu của phụ nữ chính thức có hiệu lực."
        let answer = "XIX Hiến pháp Hoa Kỳ"
        #expect(!BlankBoundary.isClean(answer, at: sentence.range(of: answer)!, in: sentence, language: .vi))
    }

    /// "… cái chết của Bố" when "Lã Bố" is blanked: a person's given name, two letters long, gives the person away; a
    /// king's number ("Ekaterina II" beside "Friedrich II") gives nothing.
    @Test func aShortGivenNameLeftInTheCardGivesItAway() {
        #expect(ClozeCardMaker.givesAway("Lã Bố", rest: "Năm 198, Vu Cấm theo Tào Tháo đánh [...] ở Hạ Phì, dẫn đến cái chết của Bố."))
        #expect(!ClozeCardMaker.givesAway("Ekaterina II", rest: "Liên minh giữa [...] và Friedrich II kéo dài đến năm 1781."))
    }

    /// English: "a [...] study", "The [...] word autismus": between an article and a common noun, a blank is a word
    /// that describes the noun; before a verb it is the subject.
    @Test func anEnglishBlankBetweenAnArticleAndANounDescribesIt() {
        let study = "On December 31, 2012, a NASA-supported study reported that spaceflight may harm the brain."
        #expect(!BlankBoundary.isClean("NASA-supported", at: study.range(of: "NASA-supported")!, in: study, language: .en))
        let subject = "In 1774, the Continental Congress ordered the creation of Patriot committees."
        #expect(BlankBoundary.isClean("Continental Congress", at: subject.range(of: "Continental Congress")!, in: subject,
                                      language: .en))
    }

    /// English: "Lincoln declared the final Thursday to be a day of Thanksgiving" (of "… in November of that year"): a
    /// lone weekday is what is left of a date; "Bloody Sunday" is a name.
    @Test func anEnglishWeekdayLeftByItsDateIsALeftover() {
        #expect(StatementShape.hasLeftovers("Lincoln declared the final Thursday to be a day of Thanksgiving", language: .en))
        #expect(!StatementShape.hasLeftovers("British soldiers shot protesters on what became Bloody Sunday", language: .en))
    }

    /// English: "Tarkovsky was in the same class as Irma Raush whom he married in April 1957": the date is the
    /// marriage's, in the "whom" clause.
    @Test func anEnglishDateInAWhomClauseIsThatClauses() {
        let sentence = "Tarkovsky was in the same class as Irma Raush whom he married in April 1957."
        #expect(ClauseOfDate.isInRelativeClause(sentence: sentence, statement: "Tarkovsky was in the same class as Irma Raush whom he married",
                                                dateSurface: "April 1957", language: .en))
    }

    // MARK: - After set CE and the English seeds 4017–4018

    /// "Bùng nổ sự kiện vịnh Con Lợn": a timeline's entry that opens on a happening's start or end is asked as "Sự
    /// kiện vịnh Con Lợn bùng nổ vào …?", not "Sự kiện bùng nổ sự kiện …".
    @Test func aHappeningThatBeginsIsAskedByItsName() {
        let prompt = QuestionText.dateQuestion(statement: "Bùng nổ sự kiện vịnh Con Lợn", date: EventDate(iso: "1961-04-17"), in: .vi)
        #expect(prompt == "Sự kiện vịnh Con Lợn bùng nổ vào ngày tháng năm nào?")
        #expect(QuestionText.vietnameseHappeningThatBegins("Kết thúc trận Vòng cung Kursk")?.happening == "Trận Vòng cung Kursk")
        // (a start of something that is no happening stays a deed: "Bắt đầu xây dựng cầu Long Biên")
        #expect(QuestionText.vietnameseHappeningThatBegins("Bắt đầu xây dựng cầu Long Biên") == nil)
    }

    /// Chronology: four items of which one lies far from the rest (three days of April 1961, then 2015) order themselves
    /// into three; items spread through time do not.
    @Test func aChronologyItemFarFromTheRestStandsApart() {
        func day(_ year: Int, _ month: Int, _ day: Int) -> Int { year * 372 + (month - 1) * 31 + (day - 1) }
        #expect(ChronologyCardMaker.oneStandsApart([day(1961, 4, 17), day(1961, 4, 19), day(1961, 4, 20), day(2015, 7, 20)]))
        #expect(!ChronologyCardMaker.oneStandsApart([day(1945, 9, 2), day(1954, 5, 7), day(1975, 4, 30), day(1986, 12, 18)]))
    }

    /// English: "Atlas Shrugged 's finest work" lost its owner; "Các số liệu thống kê đã cho thấy …" is a figure;
    /// "For example, …" leans on the sentence before.
    @Test func englishAndVietnameseFiguresAndBackReferences() {
        // (the year of "In 1998, … voted Atlas Shrugged the 20th century's finest work": the century taken out with
        // it leaves its owner's "'s" behind)
        #expect(StatementShape.hasLeftovers("Modern Library readers voted Atlas Shrugged 's finest work of fiction", language: .en))
        #expect(StatementShape.isStatistic("Các số liệu thống kê đã cho thấy các dấu hiệu tăng trưởng GDP", language: .vi))
        let example = "For example, the median income in the United States has increased more slowly"
        #expect(StatementShape.startsWithAnaphor(StatementShape.words(example), language: .en, statement: example))
    }

    // MARK: - After sets CF and CG

    /// "Số lần ra sân và bàn thắng tính đến ngày 24 tháng 3 năm 2017 …": figures as of a day, mid-sentence too, are a
    /// state, not what happened that day.
    @Test func figuresAsOfADayMidSentenceAreAState() {
        var event = TestEvents.event("2017-03-24", "Số lần ra sân và bàn thắng sau trận gặp Croatia",
                                     sentence: "Số lần ra sân và bàn thắng tính đến ngày 24 tháng 3 năm 2017 sau trận gặp Croatia.")
        event.dateSurface = "ngày 24 tháng 3 năm 2017"
        #expect(EventScreen.isAsOf(event))
        event.sentence = "Đội tuyển thắng Croatia ngày 24 tháng 3 năm 2017."
        #expect(!EventScreen.isAsOf(event))
    }

    /// "… hạ cánh xuống đảo Hải Nam, [...] sau khi …" (Trung Quốc): a place after an island it glosses is given away by
    /// the island.
    @Test func aPlaceGlossingAnIslandBeforeItIsNoBlank() {
        let sentence = "2001 – Phi hành đoàn hạ cánh xuống đảo Hải Nam, Trung Quốc sau khi đụng độ với máy bay tiêm kích."
        #expect(!BlankBoundary.isClean("Trung Quốc", at: sentence.range(of: "Trung Quốc")!, in: sentence, language: .vi))
    }

    /// "… thượng đỉnh Cologne của [G7] năm 1999": a name in square brackets is a link the wiki text left; a blank
    /// "[...]" and a lower-case editorial "[sic]" are not.
    @Test func aNameInSquareBracketsIsMarkup() {
        #expect(StatementShape.hasMarkup("G20 đã manh nha trước cuộc họp thượng đỉnh Cologne của [G7]"))
        #expect(!StatementShape.hasMarkup("Năm 1979, nhà độc tài [...] bị lật đổ"))
        #expect(!StatementShape.hasMarkup("He wrote that the army [sic] was lost"))
    }

    /// "Nhà độc tài Uganda Idi Amin", "nhà vua Phổ Friedrich II": a state before its ruler's name is split from it,
    /// whether or not it is among the countries history texts name most.
    @Test func aStateBeforeItsRulersNameIsSplitFromIt() {
        #expect(CountryNames.nameAfterCountry(in: "Uganda Idi Amin") == "Idi Amin")
        #expect(CountryNames.nameAfterCountry(in: "Phổ Friedrich II Đại Đế") == "Friedrich II Đại Đế")
        #expect(!CountryNames.vietnamese.contains("Uganda"))
    }
}
