import Testing
import Timeline
@testable import Cards

/// Rules from the judging of sets J, K and L (Benchmarks/CardQuality/README.md, round eight): statements that lean
/// on the sentences before them, items of a list whose verb stands elsewhere, a season or a feast dated with no year,
/// a line that heads a list, two sentences run together. Each example is made up; each has a near miss that stays.
@Suite struct CardRulesRoundEightTests {
    static func blocking(_ statement: String, sentence: String, surface: String = "", language: Language = .vi) -> CardDefect? {
        var event = TestEvents.event("1950", statement, sentence: sentence)
        event.dateSurface = surface
        return EventScreen(language: language).blocking(event)
    }

    @Test(arguments: [
        ("Hải quân Pháp nối gót, khi chiếc tàu sân bay đầu tiên hoàn thành", Language.vi),
        ("Quân đội Thái Lan làm theo", .vi),
        ("Chính phủ Lào cũng làm điều tương tự", .vi),
        ("The Royal Navy followed suit", .en),
        ("Portugal did the same within a month", .en),
    ])
    func followingALeadNamesNothing(statement: String, language: Language) {
        #expect(BackReference.leansBack(StatementShape.words(statement), language: language))
    }

    @Test(arguments: [
        "Hải quân Pháp nối gót quân Anh trong việc đóng tàu sân bay",   // whose lead it was, said
        "Quân đội Thái Lan làm theo chỉ thị của bộ chỉ huy",
        "Hai nước theo chân Liên Xô công nhận chính phủ mới",
    ])
    func aLeadWithItsObjectStays(statement: String) {
        #expect(!BackReference.leansBack(StatementShape.words(statement), language: .vi))
    }

    @Test func oneOfASeriesNamedElsewhere() {
        #expect(BackReference.isOneOfSeries(StatementShape.words("Phần thứ hai cũng được phát hành trên toàn quốc")))
        #expect(BackReference.isOneOfSeries(StatementShape.words("Mùa thứ 3 được quay tại Đà Nẵng")))
        // a name after the ordinal says which series
        #expect(!BackReference.isOneOfSeries(StatementShape.words("Lần thứ hai Pháp tấn công Đà Nẵng bằng đường biển")))
        #expect(!BackReference.isOneOfSeries(StatementShape.words("Vua thứ hai của nhà Lý lên ngôi ở Thăng Long")))
        #expect(BackReference.isOneOfSeries(StatementShape.words("Văn kiện thứ hai được ký tại thủ đô")))
        // a name and a verb before "thứ": a rank ("Chicago xếp thứ 29 …")
        #expect(!BackReference.isOneOfSeries(StatementShape.words("Chicago xếp thứ 29 trong danh sách")))
        // "thứ" deeper in a name is part of it
        #expect(!BackReference.isOneOfSeries(StatementShape.words("Chiến tranh thế giới thứ hai kết thúc ở châu Âu")))
    }

    @Test func aPluralNounPointedBack() {
        #expect(BackReference.pointsBackAtNoun(["mọi", "người", "thấy", "rằng", "những", "con", "số", "đó", "còn", "thấp"]))
        #expect(BackReference.pointsBackAtNoun(["các", "nước", "ấy", "rút", "quân"]))
        // a time, and "trong đó" (in which), point at no thing
        #expect(!BackReference.pointsBackAtNoun(["trong", "những", "năm", "đó", "kinh", "tế", "tăng", "trưởng"]))
        #expect(!BackReference.pointsBackAtNoun(["hiệp", "ước", "có", "10", "điều", "trong", "đó", "có", "điều", "khoản"]))
    }

    @Test func theNameOfWhat() {
        #expect(BackReference.namesOnlyTheName(StatementShape.words("Tên gọi vẫn được chính thức đổi thành Mumbai")))
        #expect(!BackReference.namesOnlyTheName(StatementShape.words("Tên gọi của thành phố được đổi thành Mumbai")))
        #expect(!BackReference.namesOnlyTheName(StatementShape.words("Tên gọi Sài Gòn được đổi thành Thành phố Hồ Chí Minh")))
    }

    @Test func theScreenCallsThemAnaphors() {
        #expect(Self.blocking("Phần thứ hai cũng được phát hành trên toàn quốc",
                              sentence: "Phần thứ hai cũng được phát hành trên toàn quốc năm 1950.") == .anaphor)
        #expect(Self.blocking("Hải quân Pháp nối gót, khi chiếc tàu sân bay đầu tiên hoàn thành",
                              sentence: "Hải quân Pháp nối gót năm 1950, khi chiếc tàu sân bay đầu tiên hoàn thành.") == .anaphor)
    }

    /// "Name, theo X": a name and an aside, the predicate elsewhere; "Name, đã …": one entry of a list.
    @Test func aNameAndAnAsideIsNoClause() {
        let aside = "Nước Áo, theo Hiến pháp liên bang"
        #expect(StatementShape.isFragment(aside, words: StatementShape.words(aside), language: .vi))
        let entry = "Ngân hàng Đông Dương, đã sáp nhập với Ngân hàng Pháp"
        #expect(StatementShape.isFragment(entry, words: StatementShape.words(entry), language: .vi))
        // a name, its comma, then a clause with its own subject
        let clause = "Tại Paris, Hồ Chí Minh gặp các đại biểu Pháp"
        #expect(!StatementShape.isFragment(clause, words: StatementShape.words(clause), language: .vi))
        let long = "Nước Áo, theo Hiến pháp liên bang, là một nước cộng hòa"
        #expect(!StatementShape.isFragment(long, words: StatementShape.words(long), language: .vi))
    }

    @Test func twoSentencesRunTogether() {
        #expect(StatementShape.runsTwoSentences("Ông trở thành thủ tướng Bồ Đào Nha.Mở đầu chiến dịch mùa khô"))
        #expect(StatementShape.runsTwoSentences("The treaty was signed in Paris.Three years later the war ended"))
        #expect(!StatementShape.runsTwoSentences("Ông sinh ra ở St.Petersburg"))
        #expect(!StatementShape.runsTwoSentences("Hãng phát hành ASP.NET năm đó"))
        #expect(!StatementShape.runsTwoSentences("Tướng J.R. Smith vào thành phố"))
        #expect(!StatementShape.runsTwoSentences("Hội nghị được tổ chức ở Washington D.C. Các đại biểu"))
    }

    @Test func aStatementEndingOnWhatItReachedLostTheFigure() {
        let cut = "GDP danh nghĩa của tỉnh đạt"
        #expect(StatementShape.isFragment(cut, words: StatementShape.words(cut), language: .vi))
    }

    /// "Khi gió mùa thổi vào tháng 7, …": a month with no year in a "when" clause is a season.
    @Test func aSeasonOfAWhenClause() {
        #expect(ClauseOfDate.isSeasonOfWhenClause(sentence: "Khi gió mùa thổi vào tháng 7, các thuyền buôn rời cảng.",
                                                  dateSurface: "tháng 7", language: .vi))
        #expect(ClauseOfDate.isSeasonOfWhenClause(sentence: "When the rains came in June, the army withdrew.",
                                                  dateSurface: "June", language: .en))
        // with its year it is one day that happened; outside the "when" clause it is the main clause's
        #expect(!ClauseOfDate.isSeasonOfWhenClause(sentence: "Khi quân Pháp rút vào tháng 7 năm 1954, Hà Nội được giải phóng.",
                                                   dateSurface: "tháng 7 năm 1954", language: .vi))
        #expect(!ClauseOfDate.isSeasonOfWhenClause(sentence: "Khi đó, vào tháng 7, các thuyền buôn rời cảng.",
                                                   dateSurface: "tháng 7", language: .vi))
        #expect(!ClauseOfDate.isSeasonOfWhenClause(sentence: "Khi máy bay ra đời vào thế kỷ XX, các hải quân thay đổi.",
                                                   dateSurface: "thế kỷ XX", language: .vi))
    }

    @Test func writesYear() {
        #expect(ClauseOfDate.writesYear("năm 43", language: .vi))
        #expect(ClauseOfDate.writesYear("thập niên 90", language: .vi))
        #expect(ClauseOfDate.writesYear("tháng 8 năm 1945", language: .vi))
        #expect(ClauseOfDate.writesYear("the 20th century", language: .en))
        #expect(!ClauseOfDate.writesYear("26 tháng 10", language: .vi))
        #expect(!ClauseOfDate.writesYear("August 26", language: .en))
    }

    /// A named feast dated with no year comes back every year.
    @Test func aFeastWithNoYear() {
        let screen = EventScreen(language: .vi)
        #expect(screen.isObservance(StatementShape.words("Ngày Độc Lập được tổ chức để kỷ niệm cuộc trưng cầu"),
                                    dateSurface: "31 tháng 1"))
        #expect(!screen.isObservance(StatementShape.words("Ngày Độc Lập được tổ chức lần đầu tại quảng trường"),
                                     dateSurface: "31 tháng 1 năm 1968"))
        #expect(!screen.isObservance(StatementShape.words("Quân đội tiến vào thủ đô lúc rạng sáng"), dateSurface: "31 tháng 1"))
        let english = EventScreen(language: .en)
        #expect(english.isObservance(StatementShape.words("Anzac Day is observed to honour the soldiers"), dateSurface: "25 April"))
        #expect(!english.isObservance(StatementShape.words("Anzac Day is observed to honour the soldiers"), dateSurface: "25 April 1916"))
    }

    /// "Phân chia hành chánh tỉnh X năm 1970:": a line heading the list below it.
    @Test func aLineThatHeadsAList() {
        #expect(Self.blocking("Phân chia hành chánh tỉnh Long Xuyên của chính quyền mới",
                              sentence: "Phân chia hành chánh tỉnh Long Xuyên năm 1950 của chính quyền mới:") == .titleLike)
        // a clause that announces what follows is no heading ("như sau" is left to the fragment rules)
        #expect(Self.blocking("Chính quyền mới đã chia tỉnh Long Xuyên thành bốn quận",
                              sentence: "Năm 1950, chính quyền mới đã chia tỉnh Long Xuyên thành bốn quận:") == nil)
    }

    /// Items after a colon, the verb before it: each item is a name with a gloss.
    @Test func itemsAfterAColonWithTheVerbBefore() {
        let sentence = "Ba nhà văn đã được trao giải thưởng quốc gia: Nguyễn Văn A năm 1948, Trần Văn B cho cuốn Đất năm 1950, và Lê Văn C năm 1952."
        #expect(ClauseOfDate.isInAnnouncedList(sentence: sentence, dateSurface: "năm 1950", language: .vi))
        // a year's line: its head is only the date
        #expect(!ClauseOfDate.isInAnnouncedList(sentence: "Năm 1950: quân Pháp rút, quân ta tiến, dân chúng mừng.",
                                                dateSurface: "Năm 1950", language: .vi))
        // one clause after the colon is no list
        #expect(!ClauseOfDate.isInAnnouncedList(sentence: "Hiệp định đã quy định rõ: quân Pháp rút khỏi miền Bắc năm 1955.",
                                                dateSurface: "năm 1955", language: .vi))
    }

    /// "gồm có A (1723), B (1733), C (1809), D (1878)": items named, each with its year.
    @Test func bracketedItemsOfAnEnumeration() {
        let sentence = "Các đình khác gồm có Đình Tây (1723), Đình Đông (1733), Đình Nam (1809), Đình Bắc và Miếu Cả tại Làng Cũ (1878)."
        #expect(ClauseOfDate.isBracketedItem(statement: "Đình Bắc và Miếu Cả tại Làng Cũ", sentence: sentence, language: .vi))
        #expect(!ClauseOfDate.isBracketedItem(statement: "Đình Bắc được xây lại tại Làng Cũ", sentence: sentence, language: .vi))
        #expect(!ClauseOfDate.isBracketedItem(statement: "Đình Bắc và Miếu Cả tại Làng Cũ",
                                              sentence: "Đình Bắc và Miếu Cả tại Làng Cũ (1878) nằm bên sông.", language: .vi))
    }

    /// "Kế hoạch": a plan is no event.
    @Test func aPlanIsNoFact() {
        #expect(ClauseOfDate.isUncertain("Với kế hoạch xây sân mới, thì sân cũ sẽ được nhường cho đội bạn", language: .vi))
        #expect(ClauseOfDate.isUncertain("The city planned to build a second bridge", language: .en))
        #expect(!ClauseOfDate.isUncertain("Quốc hội thông qua kế hoạch xây dựng đường sắt", language: .vi))
    }

    /// The opening may write the name in other capitals than the text ("T-Ara" / "T-ara"), and a short word of the
    /// deck's name counts beside a longer one.
    @Test func theKindOfABandFromItsOpening() throws {
        let events = [
            TestEvents.event("2009", "T-ara ra mắt với đĩa đơn Lies", sentence: "Năm 2009, T-ara ra mắt với đĩa đơn Lies."),
            TestEvents.event("2010", "T-ara phát hành album đầu tay", sentence: "Năm 2010, T-ara phát hành album đầu tay."),
            TestEvents.event("2011", "T-ara ký hợp đồng tại Nhật", sentence: "Năm 2011, T-ara ký hợp đồng tại Nhật."),
            TestEvents.event("2012", "Nhóm phát hành bản tiếng Nhật", sentence: "Năm 2012, nhóm phát hành bản tiếng Nhật."),
        ].map(TestEvents.deckEvent)
        let titles = DeckGenerator.titleNames("t_ara", in: events, language: .vi)
        #expect(titles.contains("T-ara"))
        let subject = try #require(KindSubject.find(titleNames: titles, events: events, people: [], language: .vi,
                                                    opening: "T-Ara (tiếng Hàn: 티아라) là một nhóm nhạc nữ Hàn Quốc"))
        #expect(subject.resolved(events[3].event)?.statement == "T-ara phát hành bản tiếng Nhật")
    }

    /// A celebrity's calendar (advertising, charity shows, charts, a tournament's rounds) and a street address are
    /// trivia; an election's first round is not.
    @Test func aCelebritysCalendarIsTrivia() {
        #expect(StatementShape.isTrivia("Nhóm ký hợp đồng quảng cáo cho một chuỗi nhà hàng", language: .vi))
        #expect(StatementShape.isTrivia("Bảo tàng tỉnh chuyển về số 4 đường Hùng Vương", language: .vi))
        #expect(StatementShape.isTrivia("The band filmed a music video in Seoul", language: .en))
        #expect(!StatementShape.isTrivia("Ông thắng cử ngay từ vòng đầu tiên của cuộc bầu cử tổng thống", language: .vi))
        #expect(!StatementShape.isTrivia("Bảo tàng tỉnh được thành lập trên cơ sở các bộ sưu tập cá nhân", language: .vi))
    }
}

/// Rules from the judging of set M (round nine): a statement cut from inside its clause, short statements that name
/// nothing, a source with nothing it says, belonging and what is to come, similar to what, the era year before the
/// date, cloze blanks inside brackets, after a name's comma or after a model number.
@Suite struct CardRulesRoundNineTests {
    @Test func aStatementCutFromInsideItsClause() {
        let sentence = "Các nhà triết học, các nhà khoa học xã hội thế kỷ XVIII và thế kỷ XIX khát khao nghiên cứu các quy luật xã hội."
        let statement = "Khát khao nghiên cứu các quy luật xã hội"
        #expect(StatementShape.isCutMidClause(StatementShape.words(statement), from: sentence, dateSurface: "thế kỷ XIX"))
        // a clause after a comma, a conjunction or a subordinator has its own subject
        #expect(!StatementShape.isCutMidClause(StatementShape.words("Quân Pháp thua to"),
                                               from: "Trong trận này, quân Pháp thua to năm 1950.", dateSurface: "năm 1950"))
        #expect(!StatementShape.isCutMidClause(StatementShape.words("Hôn nhân dân sự được công nhận"),
                                               from: "Ly hôn được cho phép năm 1972 và hôn nhân dân sự được công nhận năm 1993.",
                                               dateSurface: "năm 1993"))
        #expect(!StatementShape.isCutMidClause(StatementShape.words("The Japanese Anarchist Federation was founded"),
                                               from: "Korean anarchists formed a league in September 1945 and in 1946 the Japanese Anarchist Federation was founded.",
                                               dateSurface: "1946"))
        #expect(!StatementShape.isCutMidClause(StatementShape.words("Tàu HMS Glorious bị đánh đắm"),
                                               from: "Các tàu sân bay lộ điểm yếu khi tàu HMS Glorious bị đánh đắm năm 1940.",
                                               dateSurface: "năm 1940"))
    }

    @Test(arguments: [
        "Đàn áp hoàn toàn",                                 // a verb, its subject gone
        "Chiến tranh bùng nổ",                              // which war?
        "Theo di chúc của nhà phát minh Alfred Nobel",      // a source, and nothing it says
        "XVII và đặc biệt là đã làm thay đổi thế giới quan",  // the second of a list of centuries
    ])
    func namesNothingOrSaysNothing(statement: String) {
        #expect(StatementShape.isFragment(statement, words: StatementShape.words(statement), language: .vi))
    }

    @Test(arguments: [
        "Armenia tuyên bố độc lập",
        "NHS bắt đầu hoạt động",
        "Hideyoshi cấm cướp biển",
        "Theo di chúc, Nobel để lại gia sản cho các giải thưởng",
        "XXIII Olympiad đã được Los Angeles đăng cai",
    ])
    func aShortStatementOpeningOnAName(statement: String) {
        #expect(!StatementShape.isFragment(statement, words: StatementShape.words(statement), language: .vi))
    }

    @Test func belongingAndWhatIsToCome() {
        #expect(StatementShape.isState(StatementShape.words("Theo quy định thì Nam Định thuộc vùng duyên hải Bắc Bộ"), language: .vi))
        #expect(StatementShape.isState(StatementShape.words("Lớp Delhi sẽ được bổ sung bởi lớp Kolkata"), language: .vi))
        #expect(StatementShape.isState(StatementShape.words("The new bridge will open to traffic"), language: .en))
        // born somewhere that belonged to someone; a colony; what was decided
        #expect(!StatementShape.isState(StatementShape.words("Richard chào đời ở Bordeaux, thuộc Công quốc Aquitaine"), language: .vi))
        #expect(!StatementShape.isState(StatementShape.words("Anh mất thuộc địa Bắc Mỹ"), language: .vi))
        #expect(!StatementShape.isState(StatementShape.words("Huyện Hà Tiên được chuyển thuộc tỉnh Kiên Giang"), language: .vi))
        #expect(!StatementShape.isState(StatementShape.words("Quốc hội quyết định thủ đô sẽ đặt tại Hà Nội"), language: .vi))
        #expect(!StatementShape.isState(StatementShape.words("Nobel signed his will in Paris"), language: .en))
        #expect(!StatementShape.isState(StatementShape.words("Schopenhauer began The World as Will and Representation"), language: .en))
    }

    @Test func figuresAndTimesOfWriting() {
        #expect(StatementShape.isStatistic("Trong Top 100 trường tốt nhất, Nam Định có tới 7 trường", language: .vi))
        let recent = TestEvents.event("2018", "Cuộc bầu cử Quốc hội gần đây nhất diễn ra trên toàn quốc")
        #expect(EventScreen(language: .vi).blocking(recent) == .relativeDate)
    }

    @Test func similarToWhat() {
        #expect(BackReference.comparesWithUnsaid(["lớp", "benson", "có", "kích", "cỡ", "tương", "tự", "nhưng", "mang", "năm", "pháo"]))
        #expect(!BackReference.comparesWithUnsaid(["lớp", "benson", "có", "kích", "cỡ", "tương", "tự", "như", "lớp", "gleaves"]))
        #expect(BackReference.pointsBackAtNoun(["huy", "chương", "bán", "rẻ", "nhất", "trong", "đấu", "giá", "đó"]))
        #expect(!BackReference.pointsBackAtNoun(["hiệp", "ước", "có", "10", "điều", "trong", "đó", "có", "điều", "khoản"]))
    }

    @Test func aPartOfAPeriodWithoutItsPeriod() {
        #expect(StatementShape.hasLeftovers("Các cầu mới và đường sá được xây dựng vào đầu nửa", language: .vi))
        #expect(!StatementShape.hasLeftovers("Các cầu mới và đường sá được xây dựng vào đầu mùa khô", language: .vi))
    }

    /// "đến niên hiệu Cảnh Hưng thứ 2 năm 1741": the era year before the date goes with it.
    @Test func theEraYearBeforeTheDate() throws {
        let events = EventExtractor().extract("Đời Lê, thuộc xứ Sơn Nam, đến niên hiệu Cảnh Hưng thứ 2 năm 1741, vùng đất được đổi tên thành lộ Sơn Nam Hạ.",
                                              language: .vi).events
        let event = try #require(events.first { $0.date == "1741" })
        #expect(event.statement == "Đời Lê, thuộc xứ Sơn Nam, vùng đất được đổi tên thành lộ Sơn Nam Hạ.")
    }

    @Test func clozeBlanksThatGiveThemselvesAway() {
        func clean(_ answer: String, _ sentence: String) -> Bool {
            let range = sentence.range(of: answer)!
            return BlankBoundary.isClean(answer, at: range, in: sentence, language: .vi)
        }
        #expect(!clean("Cửu Châu", "Người Bồ Đào Nha đổ bộ lên đảo Kyūshū (九州, \"Cửu Châu\") năm 1543."))
        #expect(!clean("Thụy Điển", "Alfred Nobel sinh năm 1833 ở Stockholm, Thụy Điển."))
        #expect(!clean("Stratoliner", "Năm 1938, Boeing hoàn thành máy bay 307 Stratoliner."))
        #expect(!clean("Nam Phi", "Quả bóng được công bố tại Cape Town, Nam Phi vào ngày 4 tháng 12 năm 2009."))
        #expect(clean("Hồ Chí Minh", "Tại Paris, Hồ Chí Minh gặp các đại biểu Pháp năm 1946."))
        // a year before a name is no model number; a name after a clause's comma is no gloss
        #expect(clean("Ngô Quyền", "Năm 938 Ngô Quyền đánh tan quân Nam Hán trên sông Bạch Đằng."))
        #expect(clean("Thụy Điển", "Alfred Nobel sinh năm 1833 ở Stockholm, sau đó chuyển tới Thụy Điển."))
    }

    @Test func aComparisonWithoutItsFirstTerm() {
        let statement = "Cao hơn của nước Đức"
        #expect(StatementShape.isFragment(statement, words: StatementShape.words(statement), language: .vi))
        let english = "Higher than in France"
        #expect(StatementShape.isFragment(english, words: StatementShape.words(english), language: .en))
    }

    /// "năm 1984, nhà máy ở New York; …; và trụ sở ở Austin, Texas năm 1996": the verb stayed in the first part.
    @Test func anItemOfASemicolonListWithoutItsVerb() {
        let sentence = "Năm 1982, hãng xây dựng nhà máy ở Bồ Đào Nha; năm 1984, nhà máy ở New York; và trụ sở ở Austin, Texas năm 1996."
        let screen = EventScreen(language: .vi)
        #expect(screen.isEllipticalItem(sentence: sentence, statement: "Trụ sở ở Austin, Texas",
                                        words: StatementShape.words("Trụ sở ở Austin, Texas")))
        #expect(!screen.isEllipticalItem(sentence: sentence, statement: "Hãng xây dựng nhà máy ở Bồ Đào Nha",
                                         words: StatementShape.words("Hãng xây dựng nhà máy ở Bồ Đào Nha")))
    }

    @Test func alwaysAndMeasures() {
        #expect(StatementShape.isState(StatementShape.words("Câu lạc bộ luôn đứng trong tốp 3"), language: .vi))
        #expect(StatementShape.isStatistic("Zimbabwe nằm ở các cao độ và 1600m", language: .vi))
        #expect(!StatementShape.isStatistic("Quân đoàn 2 tiến vào Sài Gòn", language: .vi))
    }

    /// A year's list entry keeps no label, whatever case its entry opens with.
    @Test func aListLabelBeforeALowerCaseEntry() throws {
        let event = TestEvents.event("1945-05-03", "Chiến tranh thế giới thứ hai: các nhà tù nổi bị không quân Anh đánh chìm",
                                     sentence: "3 tháng 5 – Chiến tranh thế giới thứ hai: các nhà tù nổi bị không quân Anh đánh chìm.")
        let plain = try #require(DeckGenerator.withoutListLabel(event))
        #expect(plain.statement == "Các nhà tù nổi bị không quân Anh đánh chìm")
    }

    @Test func theRestOfADatePhraseAtTheEnd() {
        #expect(StatementShape.hasLeftovers("Các vua đã xây dựng ở Mỹ Sơn một số đền tháp và thứ 10", language: .vi))
        #expect(StatementShape.hasLeftovers("Đặc khu tổ chức mừng ngày giải phóng nô lệ 16", language: .vi,
                                            sentence: "Đặc khu tổ chức mừng ngày giải phóng nô lệ 16 tháng 4 năm 1991."))
        #expect(!StatementShape.hasLeftovers("Tỉnh được tái lập lần thứ 2", language: .vi))
        #expect(!StatementShape.hasLeftovers("Chính phủ công nhận thành phố là đô thị loại 2", language: .vi,
                                             sentence: "Ngày 14 tháng 8 năm 1992, chính phủ công nhận thành phố là đô thị loại 2."))
        // a number that ends a name, a rank, an article
        #expect(!StatementShape.hasLeftovers("Nhóm được đổi tên thành The Jackson 5", language: .vi))
        #expect(!StatementShape.hasLeftovers("Ông lọt vào top 10", language: .vi))
        #expect(!StatementShape.hasLeftovers("Quốc hội sửa đổi điều 4", language: .vi))
    }

    @Test func aPrepositionNoClauseOpensOn() {
        let statement = "Khỏi các tòa nhà chính phủ"
        #expect(StatementShape.isFragment(statement, words: StatementShape.words(statement), language: .vi))
    }
}

/// Rules from the judging of set N and English round X (round ten): a season at the end of a period, May written
/// "tháng năm", names glossed each with a year, an opening "Sau <event> <date>,", a relative clause's date, beliefs,
/// the decade of a century's first year, unnamed wars and trades.
@Suite struct CardRulesRoundTenTests {
    @Test func aPeriodEndingInASeason() throws {
        #expect(DateText.render(value: "1684-08/1688-SP", in: .vi) == "từ tháng 8 năm 1684 đến mùa xuân năm 1688")
        #expect(DateText.render(value: "1684-08/1688-SP", in: .en) == "from August 1684 to spring 1688")
        #expect(DateText.render(value: "2008/PRESENT_REF", in: .vi) == "từ năm 2008 đến nay")
        // an end that is no date is no "present"
        #expect(DateText.render(value: "2008/XYZ", in: .vi) == nil)
        let span = try #require(DateSpan(value: "1684-08/1688-SP"))
        #expect(span.last == DateSpan.bounds(of: DateValue(iso: "1688")!).last)
    }

    @Test func mayWrittenInLowerCase() throws {
        let events = EventExtractor().extract("Vụ IPO lớn nhất được hoàn tất trong tháng năm 2011 bởi Glencore.", language: .vi).events
        let event = try #require(events.first { $0.date == "2011-05" })
        #expect(event.statement == "Vụ IPO lớn nhất được hoàn tất bởi Glencore.")
    }

    @Test func namesGlossedEachWithAYear() {
        var event = TestEvents.event("1962", "Ông kết hôn và có hai con là Noriko và Lichiro",
                                     sentence: "Ông kết hôn năm 1958 và có hai con là Noriko (1959) và Lichiro (1962).")
        event.dateSurface = "1962"
        #expect(EventScreen(language: .vi).blocking(event) == .nominalDate)
        // one bracket closing a clause dates it
        var one = TestEvents.event("1951", "Hai bên ký hiệp định đình chiến", sentence: "Hai bên ký hiệp định đình chiến (1951).")
        one.dateSurface = "1951"
        #expect(EventScreen(language: .vi).blocking(one) != .nominalDate)
    }

    @Test func theDateOfTheEventAfterWhich() {
        #expect(ClauseOfDate.isInOpeningClause(sentence: "Sau sự kiện Lư Câu Kiều ngày 7 tháng 7 năm 1937, thành phố chìm trong chiến tranh.",
                                               dateSurface: "ngày 7 tháng 7 năm 1937", language: .vi))
        #expect(!ClauseOfDate.isInOpeningClause(sentence: "Sau năm 1975, thành phố được đổi tên.", dateSurface: "năm 1975", language: .vi))
        #expect(!ClauseOfDate.isInOpeningClause(sentence: "Sau đó, vào năm 1946, quân Pháp trở lại.", dateSurface: "năm 1946", language: .vi))
    }

    @Test func aRelativeClausesDate() {
        let sentence = "Lincoln was a descendant of Samuel Lincoln, who migrated to Hingham in 1638."
        #expect(ClauseOfDate.isInRelativeClause(sentence: sentence, statement: "Lincoln was a descendant of Samuel Lincoln, who migrated to Hingham",
                                                dateSurface: "1638", language: .en))
        // the relative clause made a statement of its own: its date is its own
        #expect(!ClauseOfDate.isInRelativeClause(sentence: sentence, statement: "Samuel Lincoln migrated to Hingham",
                                                 dateSurface: "1638", language: .en))
    }

    @Test func aClauseBeforeItsDatesCommaIsNoStub() {
        #expect(!ClauseOfDate.leavesGovernorStub(statement: "Spain joined the war, as an ally of France",
                                                 sentence: "Spain joined the war in 1779, as an ally of France.", dateSurface: "1779"))
        #expect(ClauseOfDate.leavesGovernorStub(statement: "Trong khoảng thời gian, Sōseki du học ở London",
                                                sentence: "Trong khoảng thời gian 1900-1903, Sōseki du học ở London.",
                                                dateSurface: "1900-1903"))
    }

    @Test func nothingHappened() {
        #expect(StatementShape.isState(StatementShape.words("No progress was made in Congress"), language: .en))
    }

    @Test func beliefsAreHeld() {
        #expect(StatementShape.isState(StatementShape.words("Lincoln believed that voting should be left to the states"), language: .en))
        #expect(StatementShape.isState(StatementShape.words("Ông tin rằng chiến tranh sẽ kết thúc sớm"), language: .vi))
    }

    @Test func theDecadeOfACenturysFirstYear() {
        var event = TestEvents.event("180X", "Điện thoại và điện báo được phát minh")
        event.dateSurface = "giữa những năm 1800"
        #expect(EventScreen(language: .vi).dateDefect(event) == .uncertain)
        event.dateSurface = "thập niên 1800"
        #expect(EventScreen(language: .vi).dateDefect(event) == nil)
        var english = TestEvents.event("200X", "Cases increased dramatically")
        english.dateSurface = "the 2000s"
        #expect(EventScreen(language: .en).dateDefect(english) != .uncertain)
    }

    @Test(arguments: ["Cuộc nội chiến được đẩy nhanh bởi cái chết đột ngột của nhà vua",
                      "Họa sĩ cưới cô vũ công người Nga tại Roma",
                      "Sau đấy cũng cấm sản xuất ở các vùng cao"])
    func namedOnlyByItsKind(statement: String) {
        #expect(StatementShape.startsWithAnaphor(StatementShape.words(statement), language: .vi, statement: statement))
    }

    @Test func namedAfterItsKind() {
        let statement = "Cuộc nội chiến Hoa Kỳ kết thúc bằng thắng lợi của miền Bắc"
        #expect(!StatementShape.startsWithAnaphor(StatementShape.words(statement), language: .vi, statement: statement))
    }

    @Test func anItemLeftAfterADatesConjunction() {
        #expect(StatementShape.hasLeftovers("Công ty được thành lập như một tập đoàn công nghiệp và ở Suwon", language: .vi))
    }

    /// After set O: the second of a pair of centuries at the end; a day and month naming a theatre or a street; a
    /// street is no person.
    @Test func afterSetO() {
        #expect(StatementShape.hasLeftovers("Hội An là nơi gặp gỡ của thuyền buôn phương Tây và 18", language: .vi))
        #expect(!StatementShape.hasLeftovers("Quân đội tăng từ 12 và 18", language: .vi))
        var event = TestEvents.event("2011-02-03", "Tượng đài được đặt trước Nhà hát",
                                     sentence: "Tượng đài được đặt trước Nhà hát 3/2 của thành phố.")
        event.dateSurface = "3/2"
        #expect(EventScreen(language: .vi).dateDefect(event) == .nominalDate)
        #expect(NameKind.of("Đường Bờ Sông", language: .vi) != .person)
        #expect(NameKind.of("Đường Thái Tông", language: .vi) == .person)
    }

    /// A style, a state or a trend dated to a century or a decade is no happening.
    @Test func aCenturysStyleIsNoHappening() {
        var style = TestEvents.event("15XX", "Gốm hoa lam của làng có sắc xanh đen")
        style.dateSurface = "thế kỷ XVI"
        #expect(EventScreen(language: .vi).dateDefect(style) == .state)
        var trend = TestEvents.event("197X", "Mức độ bạo lực trong thành phố giảm đáng kể")
        trend.dateSurface = "thập niên 1970"
        #expect(EventScreen(language: .vi).dateDefect(trend) == .state)
        var happening = TestEvents.event("15XX", "Nghề gốm được đưa từ Chu Đậu về làng")
        happening.dateSurface = "thế kỷ XVI"
        #expect(EventScreen(language: .vi).dateDefect(happening) == nil)
        // a year is left to the other rules
        var year = TestEvents.event("1550", "Gốm hoa lam của làng có sắc xanh đen")
        year.dateSurface = "năm 1550"
        #expect(EventScreen(language: .vi).dateDefect(year) != .state)
    }

    @Test(arguments: [
        ("Như vậy, đến năm 1552, giáo hội Scotland ngả theo Cải cách.", "1552", "Giáo hội Scotland ngả theo Cải cách."),
        ("Đặc biệt, năm 452, Giáo hoàng Lêô gặp Attila ở Mantua.", "0452", "Giáo hoàng Lêô gặp Attila ở Mantua."),
        ("In particular, in 1850 the railway reached the town.", "1850", "The railway reached the town."),
    ])
    func moreLinksToTheSentenceBefore(text: String, date: String, statement: String) throws {
        let language: Language = text.hasPrefix("In ") ? .en : .vi
        let event = try #require(EventExtractor().extract(text, language: language).events.first { $0.date == date })
        #expect(event.statement == statement)
    }

    @Test func aGovernmentIsNoThingToAsk() {
        let event = TestEvents.event("1976-02", "Tỉnh Kiên Giang được tái lập theo quyết định của chính phủ Việt Nam")
        #expect(ReverseCardMaker(language: .vi).card(for: TestEvents.deckEvent(event)) == nil)
    }

    @Test func aPlaceInAClassIsNoEvent() {
        #expect(StatementShape.isState(StatementShape.words("Cột cờ Thành Nam là một trong 3 cột cờ ở Việt Nam"), language: .vi))
        #expect(StatementShape.isState(StatementShape.words("The bridge was one of the longest in Europe"), language: .en))
    }

    @Test func theDateOfAnotherHappeningAtTheEnd() {
        let padded = ClauseOfDate.padded(StatementShape.words("Quyền lực của giới lãnh đạo bị suy giảm sau các vụ án ở Salem diễn ra"))
        #expect(ClauseOfDate.endsOnAnotherHappening(padded: padded, language: .vi))
        let own = ClauseOfDate.padded(StatementShape.words("Cuộc bầu cử quốc hội đầu tiên diễn ra"))
        #expect(!ClauseOfDate.endsOnAnotherHappening(padded: own, language: .vi))
    }

    @Test func aCommonWordTakesNoCapitalAfterTheDate() throws {
        let event = TestEvents.event("1601/1606", "Ngoại trừ một thời gian ngắn, triều đình chuyển về Valladolid")
        let card = try #require(ReverseCardMaker(language: .vi).card(for: TestEvents.deckEvent(event)))
        #expect(card.prompt.hasPrefix("Từ năm 1601 đến năm 1606, ngoại trừ"))
    }

    /// After set P: "Cuối cùng," links to the sentence before; a name's title stays with it; an option never leans on
    /// the sentence before; the court, a meeting, a final named only by their kind.
    @Test func afterSetP() throws {
        let event = try #require(EventExtractor().extract("Cuối cùng, năm 1953, nước Cộng hòa Ai Cập được tuyên bố thành lập.",
                                                          language: .vi).events.first)
        #expect(event.statement == "Nước Cộng hòa Ai Cập được tuyên bố thành lập.")
        let titled = TestEvents.event("BC0304", "Triệu Vũ Linh vương phát động chiến tranh với nước Trung Sơn")
        let card = ReverseCardMaker(language: .vi, people: ["Triệu Vũ Linh"]).card(for: TestEvents.deckEvent(titled))
        #expect(card?.prompt.contains("ai vương") != true)
        for statement in ["Triều đình ra lệnh đóng cửa các cảng biển", "Trận chung kết diễn ra tại sân vận động quốc gia"] {
            #expect(StatementShape.startsWithAnaphor(StatementShape.words(statement), language: .vi, statement: statement))
        }
    }
}

/// Rules from the judging of set P (round eleven): a kind noun then a verb is the subject, whatever name follows the
/// verb; a blank never ends inside a two-syllable word; an English note in a Vietnamese text; a temple named only by
/// its kind; "không ai" (nobody).
@Suite struct CardRulesRoundElevenTests {
    @Test func aKindThenAVerbIsTheSubject() throws {
        let statement = "Câu lạc bộ giành Copa del Rey bốn lần liên tiếp"
        #expect(StatementShape.startsWithAnaphor(StatementShape.words(statement), language: .vi, statement: statement))
        let subject = KindSubject(name: "Athletic", kinds: KindSubject.groups[0])
        let resolved = try #require(subject.resolved(TestEvents.event("1930/1933", statement)))
        #expect(resolved.statement == "Athletic giành Copa del Rey bốn lần liên tiếp")
        // a descriptor, then the name: named
        let named = "Câu lạc bộ bóng đá Chelsea giành cú đúp"
        #expect(!StatementShape.startsWithAnaphor(StatementShape.words(named), language: .vi, statement: named))
        #expect(subject.resolved(TestEvents.event("2010", named)) == nil)
    }

    @Test func aBlankEndsOnAWholeWord() {
        let sentence = "Năm 1866, họ hủy bỏ Điều ước Hòa hảo và Thông thương với Pháp."
        let answer = "Điều ước Hòa"
        #expect(!BlankBoundary.isClean(answer, at: sentence.range(of: answer)!, in: sentence, language: .vi))
    }

    @Test func theLaiOfAVerbIsNoAgain() {
        #expect(!ChronologyCardMaker.pointsElsewhere("Ngoại trưởng cho biết ông ủng hộ việc nối lại hợp tác quân sự"))
        #expect(!ChronologyCardMaker.pointsElsewhere("Quân Pháp chiếm lại Hà Nội"))
        #expect(ChronologyCardMaker.pointsElsewhere("Quân Pháp lại tấn công Hà Nội"))
    }

    @Test func theNameOfOneOfASeries() {
        #expect(StatementShape.isFragment("Vương triều thứ Sáu", words: StatementShape.words("Vương triều thứ Sáu"), language: .vi))
        let clause = "Vương triều thứ Sáu sụp đổ"
        #expect(!StatementShape.isFragment(clause, words: StatementShape.words(clause), language: .vi))
    }

    @Test func anEnglishNoteInAVietnameseText() {
        let note = "A Upon the breakaway of the republic in the south of the country"
        #expect(StatementShape.isFragment(note, words: StatementShape.words(note), language: .vi))
        let mixed = "Ban nhạc Led Zeppelin phát hành album Physical Graffiti tại Mỹ"
        #expect(!StatementShape.isFragment(mixed, words: StatementShape.words(mixed), language: .vi))
    }

    @Test func aTempleNamedOnlyByItsKind() {
        let statement = "Thực dân Pháp phá hoại ngôi đền trong cuộc càn quét"
        #expect(StatementShape.startsWithAnaphor(StatementShape.words(statement), language: .vi, statement: statement))
        #expect(StatementShape.isState(StatementShape.words("Trường đã giảng dạy nhưng không ai biết chắc thời điểm"), language: .vi))
    }

    /// After set Q: "lần đầu năm 2012" is the first time, in 2012; an expansion since a year is a process; "Theo
    /// Nghị định …, thành lập …" has no subject.
    @Test func afterSetQ() throws {
        let event = try #require(EventExtractor().extract("Ông được bầu lần đầu năm 2012 ở Paris.", language: .vi).events.first)
        #expect(event.date == "2012")
        var since = TestEvents.event("1970", "Oman theo đuổi một chính sách đối ngoại trung lập và mở rộng quan hệ ngoại giao",
                                     sentence: "Từ năm 1970, Oman theo đuổi một chính sách đối ngoại trung lập và mở rộng quan hệ ngoại giao.")
        since.dateSurface = "năm 1970"
        #expect(EventScreen(language: .vi).dateDefect(since) == .boundaryDate)
        #expect(StatementShape.hasMarkup("Thiết kế đầu tiên cho máy tính (Xem thêm Bản thảo đầu tiên) ra đời"))
        let decree = "Theo Nghị định số 42/CP, thành lập thị trấn Khánh Hải"
        #expect(StatementShape.isFragment(decree, words: StatementShape.words(decree), language: .vi))
    }
}

/// After set Q (round twelve): a graduation with no one graduating; something indefinite with nothing named; an event
/// named beside the date fixes it.
@Suite struct CardRulesRoundTwelveTests {
    @Test(arguments: [
        ("Tốt nghiệp với bằng ưu hạng tại trường", Language.vi),
        ("Một cuộc trưng cầu dân ý về hình thức bỏ phiếu trực tiếp được tổ chức", .vi),
        ("An approved version was sent to the states for ratification", .en),
    ])
    func noOneNamed(statement: String, language: Language) {
        #expect(StatementShape.startsWithAnaphor(StatementShape.words(statement), language: language, statement: statement))
    }

    @Test(arguments: [
        // (round twenty-three: a place alone does not say which one, "Một trận động đất mạnh xảy ra ở Nhật Bản"; a
        // person does)
        ("Một cuộc khởi nghĩa do Lê Lợi lãnh đạo nổ ra ở Thanh Hóa", Language.vi),
        ("A treaty was signed at Paris", .en),
    ])
    func somethingIndefiniteWithANameIsNamed(statement: String, language: Language) {
        #expect(!StatementShape.startsWithAnaphor(StatementShape.words(statement), language: language, statement: statement))
    }

    @Test func anEventBesideTheDateGivesItAway() {
        let event = TestEvents.event("1991-04-09", "Một thời gian ngắn trước khi Liên Xô tan rã, Gruzia tuyên bố độc lập")
        #expect(EventScreen(language: .vi).dateDefect(event) == .leak)
        let english = TestEvents.event("1778-07", "Clinton's army went to New York, arriving just before a French fleet arrived")
        #expect(EventScreen(language: .en).dateDefect(english) == .leak)
        let plain = TestEvents.event("1991-04-09", "Gruzia tuyên bố độc lập khỏi Liên Xô")
        #expect(EventScreen(language: .vi).dateDefect(plain) != .leak)
    }

    @Test func aQuestionTheTextAsks() {
        let event = TestEvents.event("1987", "Cần hiểu như thế nào cho đúng để áp dụng quy định tại Điều 61 của luật",
                                     sentence: "Cần hiểu như thế nào cho đúng để áp dụng quy định tại Điều 61 của luật năm 1987?")
        #expect(EventScreen(language: .vi).blocking(event) == .titleLike)
    }

    /// A distractor is never a date the answer's own sentence writes (the class 9).
    @Test func noDistractorFromTheSameSentence() throws {
        let sentence = "Tỉnh còn các cụm tháp Hòa Lai xây dựng thế kỷ 12, Po Klong Garai xây dựng thế kỷ 13 và Po Rome xây dựng thế kỷ 14."
        let events = [
            TestEvents.event("11XX", "Cụm tháp Hòa Lai được xây dựng", sentence: sentence),
            TestEvents.event("12XX", "Cụm tháp Po Klong Garai được xây dựng", sentence: sentence),
            TestEvents.event("13XX", "Cụm tháp Po Rome được xây dựng", sentence: sentence),
            TestEvents.event("16XX", "Chúa Nguyễn mở rộng lãnh thổ vào phía nam"),
            TestEvents.event("17XX", "Nhà Tây Sơn đánh bại quân Xiêm"),
            TestEvents.event("18XX", "Pháp đánh chiếm Gia Định"),
            TestEvents.event("19XX", "Việt Nam giành độc lập"),
        ].map(TestEvents.deckEvent)
        let maker = MultipleChoiceCardMaker(language: .vi, deckEvents: events)
        let card = try #require(maker.card(for: events[1], variant: .date))
        #expect(card.answer == "thế kỷ XIII")
        // the two nearest deck dates are the sentence's own, and neither is offered
        #expect(!card.choices.contains("thế kỷ XII") && !card.choices.contains("thế kỷ XIV"), "\(card.choices)")
    }
}
