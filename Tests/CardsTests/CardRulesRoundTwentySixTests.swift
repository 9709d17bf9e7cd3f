import Foundation
import Testing
@testable import Timeline
@testable import Cards

/// Round twenty-six (after sets CQ–CT and English samples 4037–4040): an exception that leans on the sentence before,
/// "cũng" read alone, a country that qualifies a happening's name, a blank that describes the noun after it, and the
/// English clause a date belongs to when a concessive clause or a participle phrase opens the sentence.
@Suite struct CardRulesRoundTwentySixTests {
    func blankIsClean(_ answer: String, in sentence: String, language: Language) throws -> Bool {
        let range = try #require(sentence.range(of: answer))
        return BlankBoundary.isClean(answer, at: range, in: sentence, language: language)
    }

    /// "Ngoại trừ North Woolwich … đã chuyển sang Newham": the exception to what the sentence before told, like
    /// "Except for …"; a statement that names its own subject still stands.
    @Test func anExceptionLeansOnTheSentenceBefore() {
        let vi = StatementShape.words("Ngoại trừ North Woolwich vốn thuộc Hạt Luân Đôn nhưng đã chuyển sang Newham")
        #expect(StatementShape.startsWithAnaphor(vi, language: .vi))
        let en = StatementShape.words("Except for the western districts the county was merged with Newham")
        #expect(StatementShape.startsWithAnaphor(en, language: .en))
        let named = StatementShape.words("North Woolwich đã chuyển sang Newham")
        #expect(!StatementShape.startsWithAnaphor(named, language: .vi))
    }

    /// "Cách mạng tư sản Anh cũng đem đến nhiều thay đổi": read alone, "also" adds to nothing, and after "ai" it would
    /// read "everyone"; "cũng như" joins two things and stays.
    @Test func alsoIsLeftOutOfAVietnameseQuestion() throws {
        #expect(QuestionText.withoutAlso("Lê Ngọc cũng quy phục nhà Đường") == "Lê Ngọc quy phục nhà Đường")
        #expect(QuestionText.withoutAlso("Pháp cũng như Anh tuyên chiến với Đức") == "Pháp cũng như Anh tuyên chiến với Đức")
        let prompt = try #require(QuestionText.dateQuestion(statement: "Lê Ngọc cũng quy phục nhà Đường",
                                                            date: EventDate(iso: "622"), in: .vi))
        #expect(!prompt.contains("cũng"), "\(prompt)")
        #expect(prompt.contains("Lê Ngọc quy phục nhà Đường"), "\(prompt)")
    }

    /// "kết thúc Chiến tranh [...]" (Việt Nam): a country after a happening's head written in sentence case is part of
    /// that name; the country asked on its own ("Pháp tấn công [...]") still is a blank.
    @Test func aCountryInsideAHappeningsNameIsNoBlank() throws {
        #expect(try !blankIsClean("Việt Nam", in: "Sự kiện 30 tháng 4 năm 1975: kết thúc Chiến tranh Việt Nam, thống nhất đất nước.",
                                  language: .vi))
        #expect(try !blankIsClean("Hoa Kỳ", in: "Năm 1775, Cách mạng Hoa Kỳ bùng nổ ở Lexington.", language: .vi))
        #expect(try blankIsClean("Việt Nam", in: "Năm 1954, Pháp rút quân khỏi Việt Nam sau trận Điện Biên Phủ.", language: .vi))
    }

    /// "[...] founder Jeff Bezos", "[...] explorer Giovanni da Verrazzano", "a 1999 [...] postage stamp": a blank that
    /// describes the common noun after it; the subject before its verb ("[...] created the Department …") stays.
    @Test func aBlankThatDescribesTheNounAfterItIsNoBlank() throws {
        #expect(try !blankIsClean("Amazon", in: "In March 2012 Amazon founder Jeff Bezos located the F-1 engines.", language: .en))
        #expect(try !blankIsClean("Florentine", in: "In 1524, Florentine explorer Giovanni da Verrazzano discovered the coast.",
                                  language: .en))
        #expect(try !blankIsClean("U.S.", in: "Her image also appears on a 1999 U.S. postage stamp designed by Nick Gaetano.",
                                  language: .en))
        #expect(try blankIsClean("Congress", in: "In 1862, Congress created the Department of Agriculture.", language: .en))
        #expect(try blankIsClean("Congress", in: "In 1862, Congress tells Lincoln to act.", language: .en))
    }

    /// "Although the patent office promoted Einstein … in 1906, he had not given up on academia": the date is the
    /// promotion's, and the question asks it alone; "Born and educated in Russia, Rand moved … in 1926" asks the move.
    @Test func theQuestionAsksTheClauseItsDateBelongsTo() throws {
        let although = "Although the patent office promoted Einstein to Technical Examiner Second Class in 1906, he had not given up on academia"
        let concessive = try #require(QuestionText.dateQuestion(statement: although, date: EventDate(iso: "1906"),
                                                                in: .en, context: although + ".", surface: "1906"))
        #expect(concessive == "In what year did the patent office promote Einstein to Technical Examiner Second Class?", "\(concessive)")
        let born = "Born and educated in Russia, Rand moved to the United States in 1926"
        let participle = try #require(QuestionText.dateQuestion(statement: born, date: EventDate(iso: "1926"),
                                                                in: .en, context: born + ".", surface: "1926"))
        #expect(participle == "In what year did Rand move to the United States?", "\(participle)")
        // (a date inside the participle phrase dates that phrase: the main clause is not asked with it)
        let inside = "Born in Russia in 1905, Rand moved to the United States"
        let kept = QuestionText.dateQuestion(statement: inside, date: EventDate(iso: "1905"), in: .en,
                                             context: inside + ".", surface: "1905")
        #expect(kept?.contains("did Rand move") != true, "\(String(describing: kept))")
    }

    func cards(_ text: String, name: String, language: Language = .vi) -> [Card] {
        DeckGenerator().generate(name: name, text: text, sourceFile: name + ".txt", sourceSHA256: "", language: language).cards
    }

    /// "Cùng với Cùng với Nguyễn Thành Long Giang, …": a phrase written twice in a row is a slip of the text, and no card
    /// copies it; a word said twice ("dần dần") is Vietnamese.
    @Test func aPhraseWrittenTwiceInARowMakesNoCard() {
        let slip = "Cùng với Cùng với Nguyễn Thành Long Giang, Tiền Giang vô địch giải U-21 Quốc gia"
        #expect(StatementShape.repeatsAPhrase(slip))
        #expect(StatementShape.isFragment(slip, words: StatementShape.words(slip), language: .vi))
        #expect(StatementShape.repeatsAPhrase("Triều đình Minh Trị rời Kyōto về đóng về đóng đô tại Tōkyō"))
        #expect(!StatementShape.repeatsAPhrase("Quân Pháp dần dần rút khỏi Bắc Kỳ"))
        // (a comma, a bracket or a change of case between the two is written on purpose)
        #expect(!StatementShape.repeatsAPhrase("Vua Lý Thái Tổ dời đô về Thăng Long, Thăng Long trở thành trung tâm chính trị"))
        #expect(!StatementShape.repeatsAPhrase("Đài Truyền hình Việt Nam (Việt Nam Cộng hòa) phát hình"))
        #expect(!StatementShape.repeatsAPhrase("Campuchia gia nhập tổ chức Tổ chức Thương mại Thế giới"))
        #expect(StatementShape.repeatsAPhrase("The army crossed the river the river at night"))
        #expect(!StatementShape.repeatsAPhrase("Agassi stated My great great great great grandfather was Syrian"))
    }

    /// "Năm 1945 khi 17 tuổi, gia nhập Đảng Cộng sản Trung Quốc.": after the phrase of time, the clause opens on a bare
    /// verb, and who joined was in the sentence before; with its subject ("…, Lý Bằng vào học …") it stands.
    @Test func aBareVerbAfterAnOpeningPhraseOfTimeLostItsSubject() {
        let lost = StatementShape.words("Khi 17 tuổi, gia nhập Đảng Cộng sản Trung Quốc")
        #expect(StatementShape.startsWithAnaphor(lost, language: .vi, statement: "Khi 17 tuổi, gia nhập Đảng Cộng sản Trung Quốc"))
        let named = StatementShape.words("Khi 13 tuổi, Lý Bằng vào học tại Diên An")
        #expect(!StatementShape.startsWithAnaphor(named, language: .vi, statement: "Khi 13 tuổi, Lý Bằng vào học tại Diên An"))
    }

    /// "1945 – Ngày truyền thống của Công an Nhân dân Việt Nam": a day kept every year, named alone, makes no card;
    /// the day page's other lines still do.
    @Test func aCommemorativeDayNamedAloneMakesNoCard() {
        let text = """
        = 19 tháng 8 =
        Ngày 19 tháng 8 là ngày thứ 231 trong lịch Gregory.

        == Sự kiện ==
        1945 – Cách mạng tháng Tám thành công ở Hà Nội, Việt Minh giành chính quyền
        1945 – Ngày truyền thống của Công an Nhân dân Việt Nam
        """
        let made = cards(text, name: "19_tháng_8")
        #expect(!made.contains(where: { $0.prompt.contains("Ngày truyền thống") }), "\(made.map(\.prompt))")
        #expect(made.contains(where: { $0.prompt.contains("Việt Minh giành chính quyền") }), "\(made.map(\.prompt))")
    }

    /// "Kingston upon [...]" (Thames): a joining word after a capital goes on with one name, from either side.
    @Test func aBlankAfterAJoiningWordCutsAName() throws {
        #expect(try !blankIsClean("Thames", in: "Hội đồng hạt Surrey đóng ở Kingston upon Thames, dù vùng này thuộc Đại Luân Đôn từ năm 1965.",
                                  language: .vi))
        #expect(try blankIsClean("Kingston upon Thames", in: "Hội đồng hạt Surrey đóng ở Kingston upon Thames từ năm 1965.",
                                 language: .vi))
    }

    /// "Đại hội lần thứ ba được tổ chức tại Jakarta, Indonesia vào năm 2018." in a text that opens on "Đại hội Thể thao
    /// Người khuyết tật châu Á 2018 (…) là …": the name's kind and which time it was held stand for the name, which
    /// holds the year asked: no card asks it.
    @Test func theKindAndItsOrdinalStandForTheOpeningsName() {
        let text = """
        = đại hội thể thao người khuyết tật châu á 2018 =
        Đại hội Thể thao Người khuyết tật châu Á 2018 (tiếng Anh: 2018 Asian Para Games) là một sự kiện thể thao được tổ chức mỗi kỳ bốn năm. Đại hội lần thứ ba được tổ chức tại Jakarta, Indonesia vào năm 2018.
        """
        let made = cards(text, name: "đại_hội_thể_thao_người_khuyết_tật_châu_á_2018")
        #expect(!made.contains(where: { $0.kind != .cloze && $0.prompt.contains("Đại hội lần thứ ba") }), "\(made.map(\.prompt))")
    }

    /// "Apollo 8 came at the end of 1968, a year that had seen much upheaval …": the apposition glossed the date taken
    /// out; "… a job with the National Space Council effective August 1969 and announced …": "effective" governed it.
    /// Either left in the statement is a leftover.
    @Test func aGlossOrAHeadOfTheDateTakenOutIsALeftover() {
        let apollo = "Apollo 8 came at the end of 1968, a year that had seen much upheaval in the United States and most of the world."
        #expect(StatementShape.hasLeftovers("Apollo 8 came, a year that had seen much upheaval in the United States and most of the world",
                                            language: .en, sentence: apollo))
        let anders = "In early 1969, Anders accepted a job with the National Space Council effective August 1969 and announced that he would retire."
        #expect(StatementShape.hasLeftovers("Anders accepted a job with the National Space Council effective and announced that he would retire",
                                            language: .en, sentence: anders))
        // (a gloss the text gave a name, not the date, stays: "… the Kingdom of Hawaii, a country of …")
        let kingdom = "In 1893, Americans overthrew the Kingdom of Hawaii, a year of upheaval for the islands."
        #expect(!StatementShape.leavesDateGlossOrHead("Americans overthrew the Kingdom of Hawaii, a year of upheaval for the islands",
                                                      sentence: kingdom))
        #expect(!StatementShape.leavesDateGlossOrHead("Anders accepted a job that was effective immediately",
                                                      sentence: "In 1969, Anders accepted a job that was effective immediately."))
    }

    /// "In Europe, harsh reaction followed the revolutions of 1848, during which …": the year is the revolutions', the
    /// point the reaction is told from; "The Land Ordinance of 1785 and Northwest Ordinance created …": the year is one of
    /// two names'. Neither dates its clause; "The Land Ordinance of 1785 established …" still does.
    @Test func aHappeningsYearAfterSequenceOrOneOfTwoNamesIsNoDate() {
        let reaction = EventExtractor().extract("In Europe, harsh reaction followed the revolutions of 1848, during which ten countries had experienced upheaval.",
                                                language: .en).events
        let screen = EventScreen(language: .en)
        #expect(reaction.allSatisfy { (screen.blocking($0) ?? screen.dateDefect($0)) != nil }, "\(reaction.map { ($0.date, $0.statement, $0.dateSurface, screen.dateDefect($0)) })")
        let two = EventExtractor().extract("The Land Ordinance of 1785 and Northwest Ordinance created territorial government.",
                                           language: .en).events
        #expect(two.allSatisfy { (screen.blocking($0) ?? screen.dateDefect($0)) != nil }, "\(two.map { ($0.date, $0.statement, $0.dateSurface, screen.dateDefect($0)) })")
        let one = EventExtractor().extract("The Land Ordinance of 1785 established the practices of land surveying in the west.",
                                           language: .en).events
        #expect(one.contains { (screen.blocking($0) ?? screen.dateDefect($0)) == nil }, "\(one.map { ($0.date, $0.statement) })")
    }

    /// "… to cross the Atlantic (though it made a couple of landings …, and taxied several hundred miles)": the verb
    /// inside the brackets is the aside's, and keeps its tense under "did".
    @Test func aVerbInsideBracketsKeepsItsTense() throws {
        let statement = "The American NC-4 became the first seaplane to cross the Atlantic (though it landed on islands and taxied several hundred miles)"
        let prompt = try #require(EnglishQuestion.inverted(statement: statement, asking: "In what year"))
        #expect(prompt.contains("and taxied"), "\(prompt)")
        #expect(prompt.hasPrefix("In what year did the American NC-4 become"), "\(prompt)")
        let plain = try #require(EnglishQuestion.inverted(statement: "Washington arrived in Boston and took command", asking: "In what year"))
        #expect(plain == "In what year did Washington arrive in Boston and take command?")
    }

    /// "… restricting foreign workers to a maximum of three years residency on the island" in a text that opens "Aruba is
    /// an island …": the island is Aruba, and the question names it; "the island of Curaçao", or a name before it, is
    /// left alone.
    @Test func theIslandInsideAnEnglishStatementIsTheTextsPlace() {
        let text = """
        = Aruba =
        Aruba is an island and a constituent country of the Kingdom of the Netherlands in the southern Caribbean Sea.

        Aruba became a separate constituent country in 1986. Aruba joined the Caribbean tourism board in 1990. Tourism in Aruba grew fast in the 1990s.

        In 2007, new immigration laws were introduced to help control the growth of the population by restricting foreign workers to a maximum of three years residency on the island.

        In 1954, the Dutch ships reached the island of Curaçao.
        """
        let made = cards(text, name: "aruba", language: .en)
        let laws = made.filter { $0.prompt.contains("immigration laws") && $0.kind == .dateRecall }
        #expect(!laws.isEmpty && laws.allSatisfy { $0.prompt.contains("residency on Aruba") }, "\(made.map(\.prompt))")
        #expect(!made.contains { $0.prompt.contains("island of Aruba") || $0.prompt.contains("Aruba of Curaçao") }, "\(made.map(\.prompt))")
        // (an opening that calls it a country, and a text that says "the island" of it again and again)
        let country = """
        = Aruba =
        Aruba is a constituent country of the Kingdom of the Netherlands in the southern Caribbean Sea.

        The Spanish reached the island in 1499. The Dutch took the island in 1636. The island of Aruba became a separate country in 1986. Aruba joined the Caribbean tourism board in 1990. Tourism in Aruba grew fast in the 1990s.

        In 2007, new immigration laws were introduced to help control the growth of the population by restricting foreign workers to a maximum of three years residency on the island.
        """
        let told = cards(country, name: "aruba", language: .en)
        #expect(told.contains { $0.kind == .dateRecall && $0.prompt.contains("residency on Aruba") }, "\(told.map(\.prompt))")
    }

    /// "Công viên có thu vé vào cửa với giá 4000 trên một người lớn và 2000 đối với trẻ em.": a number joined to a price
    /// that can be no year is a price too; "năm 1945 và 1946" are still two years.
    @Test func aNumberJoinedToANonYearIsNoYear() {
        let price = EventExtractor().extract("Công viên có thu vé vào cửa với giá 4000 trên một người lớn và 2000 đối với trẻ em.",
                                             language: .vi).events
        #expect(price.isEmpty, "\(price.map { ($0.date, $0.statement) })")
        let men = EventExtractor().extract("The garrison had 4500 men and 2000 horses.", language: .en).events
        #expect(men.isEmpty, "\(men.map { ($0.date, $0.statement) })")
        let years = EventExtractor().extract("Quân Pháp tấn công Huế vào năm 1885 và 1886 đối với các tỉnh miền Trung.", language: .vi).events
        #expect(years.contains { $0.date.hasPrefix("1886") }, "\(years.map { ($0.date, $0.statement) })")
    }

    /// "Ở Mỹ nó được phát hành vào tháng 2": "it" after a place put first stands for the thing the sentence before
    /// named; "Ở Mỹ, Apple phát hành …" names it.
    @Test func itAfterAFrontedPlaceLeansOnTheSentenceBefore() {
        let it = StatementShape.words("Ở Mỹ nó được phát hành, giá khởi điểm là $499")
        #expect(StatementShape.startsWithAnaphor(it, language: .vi, statement: "Ở Mỹ nó được phát hành, giá khởi điểm là $499"))
        // (a syllable of a word, "dân chúng", or a group named before it, "người Pháp … họ", is no dangling "it")
        let people = "Vào thập niên 1950, tại miền Đông Tây Tạng, dân chúng đã đứng lên kháng cự"
        #expect(!StatementShape.startsWithAnaphor(StatementShape.words(people), language: .vi, statement: people))
        let french = "Vào lúc người Pháp đến Lào, họ chỉ thấy một khu vực với dân cư giảm sút"
        #expect(!StatementShape.startsWithAnaphor(StatementShape.words(french), language: .vi, statement: french))
        let named = StatementShape.words("Ở Mỹ Samsung phát hành máy tính bảng, giá khởi điểm là $499")
        #expect(!StatementShape.startsWithAnaphor(named, language: .vi, statement: "Ở Mỹ Samsung phát hành máy tính bảng, giá khởi điểm là $499"))
    }

    /// "iPhone 6 Plus là chiếc điện thoại thông minh …" then "Chiếc điện thoại được công bố tại Apple Live vào 9 tháng 9
    /// năm 2014": the phone is the one the text opens on, and the question names it; so is "Tàu" in a text on a
    /// destroyer.
    @Test func aPhoneOrAShipNamedByItsKindIsTheOpeningsSubject() {
        let phone = """
        = iphone 6 plus =
        iPhone 6 Plus là chiếc điện thoại thông minh chạy hệ điều hành iOS được thiết kế và sản xuất bởi Apple Inc.. Chiếc điện thoại được công bố tại Apple Live vào 9 tháng 9 năm 2014 cùng với iPhone 6.
        """
        let phoneCards = cards(phone, name: "iphone_6_plus")
        #expect(phoneCards.contains { $0.kind == .dateRecall && $0.prompt.hasPrefix("iPhone 6 Plus được công bố") }, "\(phoneCards.map(\.prompt))")
        #expect(!phoneCards.contains { $0.prompt.hasPrefix("Chiếc điện thoại") }, "\(phoneCards.map(\.prompt))")
        let ship = """
        = jds kongō (ddg-173) =
        JDS Kongō (DDG-173) là một tàu khu trục trang bị tên lửa dẫn đường của Lực lượng Phòng vệ Biển Nhật Bản. Tàu được hạ thủy tại Nagasaki ngày 26 tháng 11 năm 1991.
        """
        let shipCards = cards(ship, name: "jds_kongō_ddg-173")
        #expect(!shipCards.contains { $0.prompt.hasPrefix("Tàu được") }, "\(shipCards.map(\.prompt))")
        #expect(shipCards.contains { $0.prompt.hasPrefix("JDS Kongō") }, "\(shipCards.map(\.prompt))")
    }

    /// The corpus article `title` of the Vietnamese Wikipedia sample, title line included.
    static func vietnameseArticle(_ title: String) throws -> String {
        let shared = ProcessInfo.processInfo.environment["ONTAP_SHARED_DIR"] ?? "../shared"
        let bytes = try #require(FileManager.default.contents(atPath: shared + "/corpus/viwiki-24mb.txt"))
        let corpus = try SourceText.decode([UInt8](bytes))
        let start = try #require(corpus.range(of: "\n= \(title) =\n"))
        let rest = corpus[start.lowerBound...].dropFirst()
        let end = rest.dropFirst().range(of: "\n= [^=]", options: .regularExpression)?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    /// "Titanic là một bộ phim …" in a text that tells of "tàu Titanic" more often: what the opening says it is decides
    /// its kind, and "Bộ phim thu hút …" is that film.
    @Test func theOpeningsKindOutweighsTheKindWordsOfTheText() throws {
        let made = cards(try Self.vietnameseArticle("titanic (phim 1997)"), name: "titanic_phim_1997")
        #expect(made.contains { $0.kind == .dateRecall && $0.prompt.hasPrefix("Titanic thu hút một lượng khán giả") },
                "\(made.filter { $0.kind == .dateRecall }.map(\.prompt))")
    }

    /// "Năm 885, … Đến mùa hè năm 887, phản tướng … chuẩn bị tiến công … Ngày 17 tháng 5, Tất Sư Đạc tiến công …": a
    /// year after a season opens its sentence and moves the narrative, so the day takes 887; a year inside a clause
    /// ("… sau một cuộc binh biến vào năm 887") still moves nothing.
    @Test func aYearAfterASeasonOpensTheSentence() {
        let text = "Năm 885, Hoàng Sào bị đánh bại. Đến mùa hè năm 887, phản tướng Tần Tông Quyền chuẩn bị tiến công vào Hoài Nam. "
            + "Ngày 17 tháng 5, Tất Sư Đạc tiến công dữ dội vào Dương châu."
        let events = EventExtractor().extract(text, language: .vi).events
        #expect(events.contains { $0.date == "0887-05-17" }, "\(events.map(\.date))")
        let aside = "Năm 885, Hoàng Sào bị đánh bại. Chu Bảo chạy trốn sau một cuộc binh biến vào năm 887. "
            + "Ngày 17 tháng 5, Tất Sư Đạc tiến công dữ dội vào Dương châu."
        let kept = EventExtractor().extract(aside, language: .vi).events
        #expect(kept.contains { $0.date == "0885-05-17" }, "\(kept.map(\.date))")
    }

    /// "Avex Trax (エイベックス トラックス, …) (các điệu là avex trax) là một hãng thu âm …" then "Nhãn hiệu được giới thiệu
    /// vào tháng 9 năm 1990": the kind is read past the brackets' own "là", and the label is the one the text opens on.
    @Test func aLabelNamedByItsKindIsTheOpeningsSubject() {
        let text = """
        = avex trax =
        Avex Trax (エイベックス トラックス, Eibekkusu Torakkusu) (các điệu là avex trax) là một hãng thu âm thuộc sở hữu của tập đoàn giải trí Nhật Bản Avex Group. Nhãn hiệu được giới thiệu vào tháng 9 năm 1990.
        """
        let made = cards(text, name: "avex_trax")
        #expect(made.contains { $0.kind == .dateRecall && $0.prompt.hasPrefix("Avex Trax được giới thiệu") }, "\(made.map(\.prompt))")
        #expect(!made.contains { $0.prompt.hasPrefix("Nhãn hiệu") }, "\(made.map(\.prompt))")
    }

    /// "In 1884, the Federation … unanimously set 1 May 1886, as the date by which the eight-hour work day would become
    /// standard.": a duration is no date to take out ("the eight-hour work day" stays whole), and a date that was the
    /// object of "set" leaves "set, as the date by which …", a leftover.
    @Test func aDurationStaysAndASetDatesGlossIsALeftover() {
        let sentence = "In 1884, the Federation of Organized Trades and Labor Unions unanimously set 1 May 1886, as the date by which the eight-hour work day would become standard."
        let events = EventExtractor().extract(sentence, language: .en).events
        #expect(!events.isEmpty && events.allSatisfy { $0.statement.contains("the eight-hour work day") },
                "\(events.map(\.statement))")
        #expect(events.allSatisfy { StatementShape.hasLeftovers($0.statement, language: .en, sentence: sentence) },
                "\(events.map(\.statement))")
    }

    /// "Từ cuối năm 1934 tới đầu năm 1936 …", "from the early 1950s to the late 1960s": a period whose ends are parts of
    /// a year or a decade would be answered "từ năm 1934 đến năm 1936", the whole of each; no card asks it. A plain
    /// period still is asked.
    @Test func aPeriodWithQualifiedEndsIsNotAsked() throws {
        let screen = EventScreen(language: .vi)
        let vi = EventExtractor().extract("Từ cuối năm 1934 tới đầu năm 1936 Orwell làm việc trong một tiệm sách cũ tại Hampstead.",
                                          language: .vi).events
        let qualified = try #require(vi.first { $0.when?.isPeriod == true })
        #expect(screen.dateDefect(qualified) == .qualifiedRange)
        let plain = EventExtractor().extract("Từ năm 1936 đến năm 1937, Orwell chiến đấu ở Tây Ban Nha.", language: .vi).events
        #expect(plain.contains { $0.when?.isPeriod == true && screen.dateDefect($0) == nil }, "\(plain.map(\.date))")
        // ("giữa tháng 5 và tháng 6 năm 1991" is "between May and June 1991", no middle of anything)
        let between = EventExtractor().extract("Giọng hát được thâu băng ở phòng thu Britannia Row vào giữa tháng 5 và tháng 6 năm 1991.",
                                               language: .vi).events
        #expect(between.contains { $0.when?.isPeriod == true && screen.dateDefect($0) == nil }, "\(between.map(\.date))")
        let en = EventExtractor().extract("Greece grew fast from the early 1950s to the late 1960s thanks to foreign investment.",
                                          language: .en).events
        #expect(en.contains { $0.when?.isPeriod == true } && en.allSatisfy { EventScreen(language: .en).dateDefect($0) != nil },
                "\(en.map(\.date))")
    }
}
