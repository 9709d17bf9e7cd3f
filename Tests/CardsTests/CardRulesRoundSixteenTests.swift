import Testing
import Timeline
@testable import Cards

/// The events of a Vietnamese text, as date, surface and statement.
private func events(_ text: String) -> [(date: String, surface: String, statement: String)] {
    EventExtractor().extract(text, language: .vi).events.map { ($0.date, $0.dateSurface, $0.statement) }
}

/// Round sixteen (set AM): a year right after the month, a quarter of a year, and a day whose year its sentence
/// contradicts.
@Suite struct CardRulesRoundSixteenTests {
    @Test func aYearRightAfterTheMonthIsTheDatesYear() {
        let found = events("Năm 2013, Apple mở văn phòng. Apple ra mắt iPhone vào ngày 7 tháng 3 2014.")
        #expect(found.contains { $0.date == "2014-03-07" && $0.surface == "ngày 7 tháng 3 2014" })
        // two days that share the year written once, after the second
        let list = events("Năm 2013, Xiaomi mở văn phòng. Xiaomi bán Redmi tại Singapore vào ngày 21 tháng 2 và 07 Tháng 3 2014.")
        #expect(list.filter { $0.statement.hasPrefix("Xiaomi bán") }.map(\.date) == ["2014-02-21", "2014-03-07"])
    }

    @Test func aNumberAfterTheMonthThatCountsIsNoYear() {
        let found = events("Năm 1972, Mỹ ném bom Hà Nội. Trong tháng 12 2000 người đã sơ tán khỏi thành phố.")
        #expect(!found.contains { $0.date.hasPrefix("2000") })
    }

    @Test(arguments: [
        ("Sau đó, vào Q1 năm 2015, hãng Xiaomi đã bắt đầu có cửa hàng.", "2015", "Q1 năm 2015", "Hãng Xiaomi đã bắt đầu có cửa hàng."),
        ("Trong quý hai năm 2016, công ty Xiaomi mở nhà máy.", "2016", "quý hai năm 2016", "Công ty Xiaomi mở nhà máy."),
        ("Trong quý 3/2017, Xiaomi bán 10 triệu máy.", "2017", "quý 3/2017", "Xiaomi bán 10 triệu máy."),
        ("Quý IV năm 2018, Xiaomi lỗ.", "2018", "Quý IV năm 2018", "Xiaomi lỗ."),
    ])
    func aQuarterGoesWithItsYear(text: String, date: String, surface: String, statement: String) {
        #expect(events(text).map { [$0.date, $0.surface, $0.statement] } == [[date, surface, statement]])
    }

    @Test func aNameThatHoldsQuyIsNoQuarter() {
        #expect(events("Lê Quý Đôn sinh năm 1726 ở Thái Bình.").map(\.date) == ["1726"])
    }

    @Test func aDayWhoseSentenceWritesAnotherYear() throws {
        let screen = EventScreen(language: .vi)
        let sentence = "Xiaomi trưng bày Mi 5 gốm sứ vào ngày 24 tháng 2 tại MWC 2016."
        let event = TestEvents.event("2014-02-24", "Xiaomi trưng bày Mi 5 gốm sứ tại MWC 2016.", sentence: sentence,
                                     dateSurface: "ngày 24 tháng 2")
        #expect(screen.dateDefect(event) == .uncertain)
        // the day's own year written in the sentence, a count, a time of day, a figure: no other year
        for (date, text) in [("2005-08-28", "Trong sáng sớm ngày 28 tháng 8 Katrina mạnh lên và đạt đỉnh vào thời điểm 1800 UTC."),
                             ("1988-08-21", "Ngày 21 tháng 8, động đất tại Nepal làm khoảng 1450 người chết."),
                             ("1999-10-01", "Ngày 1 tháng 10, dân số là 1.268.963 người."),
                             ("1945-09-02", "Năm 1945, ngày 2 tháng 9, Hồ Chí Minh đọc Tuyên ngôn độc lập.")] {
            let range = try #require(text.range(of: #"ngày \d+ tháng \d+"#, options: [.regularExpression, .caseInsensitive]))
            let surface = String(text[range])
            let day = TestEvents.event(date, text, sentence: text, dateSurface: surface)
            #expect(screen.dateDefect(day) != .uncertain, "\(text)")
        }
    }

    @Test func whereAYearIsWritten() {
        let sentence = "Trang web đăng mục mới (2008) về Football Manager 2009 năm 2007, khoảng 1450 người xem."
        func offset(_ year: String) -> Int {
            sentence.utf8.distance(from: sentence.startIndex, to: sentence.range(of: year)!.lowerBound)
        }
        #expect(EventScreen.isYearPlace(sentence, byteOffset: offset("2008")))
        #expect(EventScreen.isYearPlace(sentence, byteOffset: offset("2009")))
        #expect(EventScreen.isYearPlace(sentence, byteOffset: offset("2007")))
        #expect(!EventScreen.isYearPlace(sentence, byteOffset: offset("1450")))
    }

    @Test(arguments: [
        "Cung phức hợp(Composite bows):Được phát minh ra bởi người Ai Cập khoảng thế kỉ 4 TCN.",
        "Radar: radar nguyên bản N001 được thay thế bởi loại N001V vào thập niên 1990.",
        "Mạng lưới thông tin - liên lạc: Năm 1997 lắp đặt hệ thống truyền dẫn vi ba số.",
        "Anime mùa hạ: được phát sóng từ khoảng tháng 7 đến tháng 9.",
    ])
    func aSentenceOpeningOnALabelIsAnEntry(sentence: String) {
        #expect(EventScreen.opensOnALabel(sentence))
        #expect(EventScreen(language: .vi).blocking(TestEvents.event("1997", sentence, sentence: sentence)) != nil)
    }

    @Test(arguments: [
        // a date heads a timeline line; a note; a quotation; a name glossed in brackets
        "Từ năm 1898 đến 1899: Louis de Finot nghiên cứu các văn bia.",
        "Lưu ý: Khu vực người Miêu đã trở thành một phần của Trùng Khánh năm 1997.",
        "Ông tuyên bố: \"Chúng ta sẽ thắng\" vào năm 1945.",
        "Đại khủng hoảng (tiếng Anh: The Great Depression) bắt đầu năm 1929.",
    ])
    func aSentenceThatOpensOnNoLabel(sentence: String) {
        #expect(!EventScreen.opensOnALabel(sentence))
    }

    @Test func aClozeShowsASentenceThatMustNotOpenByPointingBack() {
        let sentence = "Cô bị quản thúc và Arantes trở về Bồ Đào Nha khi Rowling đã ký vào đơn li dị vào tháng 8 năm 1994."
        let event = TestEvents.event("1994-08", "Rowling đã ký vào đơn li dị.", sentence: sentence, dateSurface: "tháng 8 năm 1994")
        func cloze(_ shown: String) -> Card {
            Card(id: "c1", kind: .cloze, prompt: shown.replacingOccurrences(of: "Arantes", with: "[...]"), answer: "Arantes",
                 eventID: "e1", sourceSentence: shown)
        }
        #expect(CardCheck(language: .vi).defects(of: cloze(sentence), event: event).contains(.anaphor))
        // a pronoun later in the sentence stands for the name it gives first
        let own = "Năm 1994, Arantes trở về Bồ Đào Nha khi Rowling đã ký vào đơn li dị của cô."
        #expect(!CardCheck(language: .vi).defects(of: cloze(own), event: event).contains(.anaphor))
    }

    @Test func anInsertLeftBareByItsDate() {
        func bare(_ sentence: String, _ surface: String, _ statement: String) -> Bool {
            ClauseOfDate.leavesInsertBare(statement: statement, sentence: sentence, dateSurface: surface, language: .vi)
        }
        #expect(bare("Bảo tàng Ashmolean, thành lập năm 1683, là viện bảo tàng lâu đời nhất nước Anh.", "năm 1683",
                     "Bảo tàng Ashmolean, thành lập, là viện bảo tàng lâu đời nhất nước Anh."))
        // the last segment is the clause's own predicate; an insert that names something stands
        #expect(!bare("Việc mua lại Korea Telecommunications, một nhà sản xuất, đã hoàn thành vào đầu thập niên 1980.",
                      "đầu thập niên 1980", "Việc mua lại Korea Telecommunications, một nhà sản xuất, đã hoàn thành."))
        #expect(!bare("Quân Pháp, sau trận Điện Biên Phủ năm 1954, rút khỏi miền Bắc.", "năm 1954",
                      "Quân Pháp, sau trận Điện Biên Phủ, rút khỏi miền Bắc."))
    }

    @Test func theQuestionPhraseClosesTheClauseItsDateBelongedTo() {
        func placed(_ statement: String, _ sentence: String, _ surface: String, _ phrase: String = "vào thế kỷ nào") -> String {
            QuestionText.vietnamesePlacing(phrase, in: statement, context: sentence, surface: surface)
        }
        // "khoảng" goes with the date; a clause of four words is one
        #expect(placed("Tiếng Wales xuất hiện, phát triển từ tiếng Britton Chung và tiếng Cumbria đã tuyệt chủng",
                       "Tiếng Wales xuất hiện vào khoảng thế kỷ 6, phát triển từ tiếng Britton Chung và tiếng Cumbria đã tuyệt chủng.",
                       "thế kỷ 6")
                == "Tiếng Wales xuất hiện vào thế kỷ nào, phát triển từ tiếng Britton Chung và tiếng Cumbria đã tuyệt chủng")
        // a date after the comma dates the clause that follows it, not the one before
        #expect(placed("Nhà Hán suy yếu, dân huyện Tượng Lâm nổi dậy ly khai, lập ra nước Chăm Pa",
                       "Nhà Hán suy yếu, năm 192 dân huyện Tượng Lâm nổi dậy ly khai, lập ra nước Chăm Pa.", "năm 192", "vào năm nào")
                == "Nhà Hán suy yếu, dân huyện Tượng Lâm nổi dậy ly khai, lập ra nước Chăm Pa vào năm nào")
        // a date set off after the clause, before "và", is still that clause's
        #expect(placed("Người Hyksos xuất hiện dưới Vương triều của Sobekhotep IV, và kiểm soát thị trấn Avaris",
                       "Người Hyksos xuất hiện dưới Vương triều của Sobekhotep IV, vào khoảng năm 1720 TCN và kiểm soát thị trấn Avaris.",
                       "năm 1720 TCN", "vào năm nào")
                == "Người Hyksos xuất hiện dưới Vương triều của Sobekhotep IV vào năm nào")
    }

    @Test func aPurposeWithNoCommaClosesALongQuestion() {
        let statement = "Cụm từ “Học thuyết Bush” lần đầu tiên được sử dụng bởi Charles Krauthammer để mô tả \"sự rút lui đơn "
            + "phương của chính quyền Bush khỏi hiệp ước ABM và Nghị định thư Kyoto\" trong nhiệm kỳ đầu của Tổng thống"
        let sentence = "Cụm từ này lần đầu tiên được sử dụng bởi Charles Krauthammer vào tháng 6 năm 2001 để mô tả \"sự rút lui "
            + "đơn phương của chính quyền Bush khỏi hiệp ước ABM và Nghị định thư Kyoto\" trong nhiệm kỳ đầu của Tổng thống."
        #expect(QuestionText.vietnameseShortened(statement, context: sentence, surface: "tháng 6 năm 2001")
                == "Cụm từ “Học thuyết Bush” lần đầu tiên được sử dụng bởi Charles Krauthammer")
    }

    @Test func aTextThatDefinesATermCallsItThisTerm() {
        let subject = KindSubject(name: "Học thuyết Bush", kinds: KindSubject.termKinds)
        let event = TestEvents.event("2001-06", "Cụm từ này lần đầu tiên được sử dụng bởi Charles Krauthammer.")
        #expect(subject.resolved(event)?.statement == "Cụm từ “Học thuyết Bush” lần đầu tiên được sử dụng bởi Charles Krauthammer.")
        #expect(KindSubject.definedKind(in: "Học thuyết Bush (tiếng Anh: Bush Doctrine) là cụm từ chỉ các nguyên tắc …")
                == KindSubject.groups.firstIndex(of: KindSubject.termKinds))
    }

    @Test func aWhereQuestionLeavesNoOtherNamedPlace() throws {
        func reverse(_ sentence: String, _ statement: String) -> Card? {
            let event = TestEvents.event("1983-05", statement, sentence: sentence, dateSurface: "tháng 5 năm 1983")
            return ReverseCardMaker(language: .vi).card(for: TestEvents.deckEvent(event))
        }
        #expect(reverse("Tháng 5 năm 1983, Sade trình diễn ở Hoa Kỳ tại Danceteria Club ở New York City.",
                        "Sade trình diễn ở Hoa Kỳ tại Danceteria Club ở New York City.")?.answer != "Hoa Kỳ")
        let alone = try #require(reverse("Tháng 5 năm 1983, Sade trình diễn lần đầu tiên ở New York City.",
                                         "Sade trình diễn lần đầu tiên ở New York City."))
        #expect(alone.answer == "New York City")
    }

    @Test func aTimelineEntryMayNameItsDeedByTheVerb() throws {
        let text = "Các mốc chính:\n1930: Thành lập Đảng Cộng sản Việt Nam.\n1975: Giải phóng miền Nam, thống nhất đất nước.\n"
            + "1995: Việt Nam gia nhập ASEAN.\n"
        let deck = DeckGenerator(kinds: [.dateRecall]).generate(name: "mốc_lịch_sử", text: text, sourceFile: "m.txt",
                                                                 sourceSHA256: "", language: .vi)
        let prompts = deck.cards.filter { $0.kind == .dateRecall }.map(\.prompt)
        #expect(prompts.contains("Sự kiện thành lập Đảng Cộng sản Việt Nam diễn ra vào năm nào?"))
        // (a statement of two clauses keeps the usual placing)
        #expect(prompts.contains("Giải phóng miền Nam, thống nhất đất nước vào năm nào?"))
        #expect(prompts.contains("Việt Nam gia nhập ASEAN vào năm nào?"))
        // in a narrative sentence a verb with no subject still lost it
        let event = TestEvents.event("1428", "Đánh bại quân Minh ở Chi Lăng.", sentence: "Năm 1428, đánh bại quân Minh ở Chi Lăng.",
                                     dateSurface: "Năm 1428")
        #expect(EventScreen(language: .vi).blocking(event) == .anaphor)
    }

    @Test func anItemUnderADatedHeadingMayNameItsDeedByTheVerb() {
        let text = "Các sự kiện chính.\n1930:\n- Thành lập Đảng Cộng sản Việt Nam.\n- Nguyễn Ái Quốc chủ trì Hội nghị hợp nhất.\n"
            + "1945:\n- Cách mạng Tháng Tám thành công.\n- Thành lập nước Việt Nam Dân chủ Cộng hòa.\n"
        let deck = DeckGenerator().generate(name: "mốc", text: text, sourceFile: "m.txt", sourceSHA256: "", language: .vi)
        let prompts = Set(deck.cards.filter { $0.kind == .dateRecall }.map(\.prompt))
        #expect(prompts.contains("Sự kiện thành lập Đảng Cộng sản Việt Nam diễn ra vào năm nào?"))
        #expect(prompts.contains("Sự kiện thành lập nước Việt Nam Dân chủ Cộng hòa diễn ra vào năm nào?"))
        #expect(EventScreen.isTimelineEntry("- Thành lập Đảng Cộng sản Việt Nam.", dateSurface: "1930"))
        #expect(!EventScreen.isTimelineEntry("Năm 1930, thành lập Đảng Cộng sản Việt Nam.", dateSurface: "Năm 1930"))
    }

    @Test func aTimelinesEntriesAreOptionsAndChronologyItems() {
        let text = "Các mốc chính:\n1930: Thành lập Đảng Cộng sản Việt Nam.\n1945: Cách mạng Tháng Tám thành công.\n"
            + "1954: Chiến thắng Điện Biên Phủ.\n1975: Giải phóng miền Nam, thống nhất đất nước.\n1995: Việt Nam gia nhập ASEAN.\n"
        let deck = DeckGenerator().generate(name: "mốc_lịch_sử", text: text, sourceFile: "m.txt", sourceSHA256: "", language: .vi)
        #expect(deck.cards.contains { $0.kind == .chronology && $0.choices.contains("Thành lập Đảng Cộng sản Việt Nam") })
        #expect(StatementShape.standsAlone("Việt Nam gia nhập ASEAN", knownNames: ["Việt Nam"], sentence: "1995: Việt Nam gia nhập ASEAN.",
                                           dateSurface: "1995"))
        // out of a timeline, a short statement still needs a predicate of three small words
        #expect(!StatementShape.standsAlone("Việt Nam gia nhập ASEAN", knownNames: ["Việt Nam"],
                                            sentence: "Năm 1995, Việt Nam gia nhập ASEAN.", dateSurface: "Năm 1995"))
    }

    @Test func twoClausesSplicedByACommaAndAPronoun() {
        #expect(EventScreen.splicesAPronounClause(
            "Tên ban nhạc được đặt theo tên của giọng nữ chính, Sade Adu, họ trình diễn lần đầu tiên tại Ronnie Scott's Club."))
        #expect(EventScreen.splicesAPronounClause("Nền văn minh Maya đã thay đổi, họ ngừng viết các văn bản tại Copan."))
        // a phrase of time, place or manner before the comma; an adverb leading in; "ông ta" is no new clause's opening
        #expect(!EventScreen.splicesAPronounClause("Tại kỳ họp thứ 4 Đại hội khóa 7, ông được bầu giữ chức Phó Thủ tướng."))
        #expect(!EventScreen.splicesAPronounClause("Khi Jobs 21 tuổi và Wozniak 26 tuổi, họ sáng lập công ty Apple Computer."))
        #expect(!EventScreen.splicesAPronounClause("William thân chinh sang nước Anh và cuối cùng, ông đã ổn định được miền Nam."))
    }

    @Test(arguments: [
        ("La Maison du bourreau (Hangman's house) de John Ford", false),
        ("L'Idole de la foule (Idol of the Crowds) d'Arthur Lubin", false),
        ("March of the Penguins (La marche de l'empereur) – Luc Jacquet", false),
        ("Tay ghita Slash chia tay", true),
        ("Boeing hoàn thành máy bay 307 Stratoliner", true),
        ("Quân Pháp rút khỏi Hà Nội", true),
        ("Apple mua NeXT", true),
    ])
    func aStatementInAnotherLanguage(statement: String, vietnamese: Bool) {
        #expect(StatementShape.readsAsVietnamese(StatementShape.words(statement)) == vietnamese)
    }

    @Test func aBlankThatCutsAWordOrFollowsAPlaceItGlosses() throws {
        // "Nam bộ" is one word: "Đồng bằng Nam" cuts it
        #expect(try !blankIsClean("Đồng bằng Nam", in: "Năm 1975, Đồng bằng Nam bộ được giải phóng hoàn toàn."))
        // a country right after a city and its comma
        #expect(try !blankIsClean("Paraguay", in: "2004 – Cháy lớn tại một siêu thị ở Asunción, Paraguay làm chết 396 người."))
        #expect(try !blankIsClean("Ba Lan", in: "1944 – Bắt đầu Khởi nghĩa Warsaw tại Warsaw, Ba Lan chống lại Đức Quốc xã."))
        // the subject after a fronted phrase and its comma stays a blank
        #expect(try blankIsClean("Roma", in: "Trong truyền thuyết của người La Mã, Roma được xây dựng bởi Romulus."))
    }

    @Test func aMeetingNamedByItsDate() {
        let screen = EventScreen(language: .vi)
        let sentence = "Tháng 9 năm 1941, văn kiện đã được soạn thảo, coi như phụ lục của Nghị quyết hội nghị tháng 5 năm 1941."
        let named = TestEvents.event("1941-05", "Coi như phụ lục của Nghị quyết hội nghị.", sentence: sentence,
                                     dateSurface: "tháng 5 năm 1941")
        #expect(screen.dateDefect(named) == .nominalDate)
        let subject = TestEvents.event("1986", "Đại hội quyết định đường lối Đổi mới.",
                                       sentence: "Đại hội năm 1986 quyết định đường lối Đổi mới.", dateSurface: "năm 1986")
        #expect(screen.dateDefect(subject) != .nominalDate)
    }

    @Test func aStatementThatStartsInsideAListOfNames() {
        let sentence = "Việt Minh do Hồ Học Lãm, Nguyễn Hải Thần và một số chính trị gia khác thành lập năm 1936."
        #expect(EventScreen.opensMidList(statement: "Nguyễn Hải Thần và một số chính trị gia khác thành lập.", sentence: sentence))
        // a clause after a comma with its own subject
        #expect(!EventScreen.opensMidList(statement: "Nguyễn Ái Quốc về nước.",
                                          sentence: "Năm 1941, sau ba mươi năm ở nước ngoài, Nguyễn Ái Quốc về nước."))
    }

    @Test func longerHistoryStatementsAreAskedInTheirDatesClause() throws {
        // an opening phrase that names nothing goes, and an address runs on over its commas
        let statement = "Sau một thời gian nắm tình hình và chuẩn bị, Nguyễn Ái Quốc đã triệu tập và chủ trì Hội nghị lần VIII Ban "
            + "chấp hành Trung ương Đảng Cộng sản Đông Dương trong rừng Khuổi Nậm, thuộc Pác Bó, huyện Hà Quảng, tỉnh Cao Bằng"
        let sentence = "Sau một thời gian nắm tình hình và chuẩn bị, Nguyễn Ái Quốc đã triệu tập và chủ trì Hội nghị lần VIII Ban "
            + "chấp hành Trung ương Đảng Cộng sản Đông Dương từ ngày 10 đến ngày 19 tháng 5 năm 1941 trong rừng Khuổi Nậm, thuộc "
            + "Pác Bó, huyện Hà Quảng, tỉnh Cao Bằng."
        let short = QuestionText.vietnameseShortened(statement, context: sentence, surface: "ngày 10 đến ngày 19 tháng 5 năm 1941")
        #expect(short.hasPrefix("Nguyễn Ái Quốc đã triệu tập"))
        #expect(StatementShape.words(short).count <= CardCheck.maxPromptWords - 5)
        // "chuẩn bị," ends a word; "triệu tập" convenes and "Triệu Cấu" is a name: neither counts millions
        #expect(!StatementShape.hasLeftovers("Sau khi chuẩn bị, quân ta tiến công", language: .vi))
        #expect(StatementShape.hasLeftovers("Trong những năm cuối của, Birmingham nổi lên", language: .vi))
        #expect(!StatementShape.isStatistic("Nguyễn Ái Quốc triệu tập Hội nghị Trung ương", language: .vi))
        #expect(!StatementShape.isStatistic("Khang vương Triệu Cấu đăng cơ làm hoàng đế", language: .vi))
        #expect(StatementShape.isStatistic("Hơn 2 triệu người chết đói", language: .vi))
        // a title or an old unit's kind after the blank belongs to the name
        #expect(try !blankIsClean("Khang", in: "1127 – Khang vương Triệu Cấu đăng cơ làm hoàng đế tại Ứng Thiên phủ."))
        #expect(try !blankIsClean("Nhật", in: "Năm 2016, Nhật hoàng Akihito tỏ ý định thoái vị."))
    }

    @Test(arguments: [
        "Khúc Thừa Dụ mất, con là Khúc Hạo lên thay tiếp tục làm Tiết độ sứ",
        "Bộ tướng của Dương Đình Nghệ là Kiều Công Tiễn giết ông để chiếm ngôi",
        "Tần vương sai con Vương Tiễn là Vương Bí mang quân tấn công Yên",
        "Tần Thủy Hoàng sai Triệu Đà đưa những người thường trốn tránh đi đánh đất Lục Lương",
    ])
    func aNameInAppositionIsNoStateOfThings(statement: String) {
        #expect(!StatementShape.isState(StatementShape.words(statement), language: .vi))
    }

    @Test func aCopulaStillDescribes() {
        #expect(StatementShape.isState(StatementShape.words("Huế là kinh đô của nhà Nguyễn"), language: .vi))
        #expect(StatementShape.isState(StatementShape.words("Mùa mưa thường bắt đầu từ tháng 5"), language: .vi))
    }

    @Test func aDeckNamedInPlainLettersNamesTheAccentedSubject() {
        let events = DeckGenerator.deckEvents(from: [
            TestEvents.event("BC0221", "Tần Thủy Hoàng thống nhất Trung Quốc."),
            TestEvents.event("BC0213", "Tần Thủy Hoàng ra lệnh đốt sách."),
        ])
        #expect(DeckGenerator.titleNames("tan_thuy_hoang", in: events, language: .vi).contains("Tần Thủy Hoàng"))
        #expect(DeckGenerator.titleNames("tần_thủy_hoàng", in: events, language: .vi).contains("Tần Thủy Hoàng"))
        // an accented name keeps the Vietnamese marks apart ("bắc" is not "bác")
        #expect(DeckGenerator.folded("bắc", plain: false) != DeckGenerator.folded("bác", plain: false))
        #expect(DeckGenerator.folded("Đà", plain: true) == "Da")
    }

    @Test func inALifeASubjectlessClauseIsThePersons() {
        let text = "William Blake (28 tháng 11 năm 1757 – 12 tháng 8 năm 1827) là nhà thơ, họa sĩ Anh. "
            + "William Blake sinh ở London. Năm 1778 Blake vào học Royal Academy. "
            + "Năm 1782 bạn bè in cho cuốn Poetical Sketches, năm 1784 cưới Catherine Boucher và mở cửa hàng bán tranh. "
            + "Năm 1818 Blake làm quen với họa sĩ John Linnell. Blake mất năm 1827 tại London."
        let deck = DeckGenerator().generate(name: "william_blake", text: text, sourceFile: "w.txt", sourceSHA256: "", language: .vi)
        let statements = deck.events.map(\.event.statement)
        #expect(statements.contains { $0.hasSuffix("cưới Catherine Boucher và mở cửa hàng bán tranh.") && $0.hasPrefix("Blake") || $0.hasPrefix("William Blake cưới") })
        // an administrative act keeps the state as its actor
        let resolver = PronounResolver(events: deck.events, language: .vi)
        let act = TestEvents.event("1968-11-15", "Hợp nhất xã Chính Lý và xã Hùng Lý thành xã Chính Lý.")
        #expect(resolver.resolvedSubjectless(act) == nil)
    }

    @Test func aStatesFormOfGovernmentAndADeedMadeANoun() throws {
        #expect(try !blankIsClean("Việt Nam", in: "Tháng 3 năm 1960, Chính phủ nước Việt Nam dân chủ cộng hoà chuyển 5 xã về tỉnh Hòa Bình."))
        let value = EventDate(iso: "1949")
        #expect(QuestionText.dateQuestion(statement: "Sự thành lập Hội đồng tương trợ kinh tế (SEV)", date: value, in: .vi)
                == "Sự kiện thành lập Hội đồng tương trợ kinh tế (SEV) diễn ra vào năm nào?")
        // a noun of a deed that is the subject of its own verb stays as it is
        #expect(QuestionText.dateQuestion(statement: "Sự xuất hiện của Hồi giáo đã lấy đi những phần đất ở Bắc Phi", date: value,
                                          in: .vi) == "Sự xuất hiện của Hồi giáo đã lấy đi những phần đất ở Bắc Phi vào năm nào?")
    }

    @Test func aLifespanAfterANameClosingTheSentence() {
        let sentence = "Ở Việt Nam, người đầu tiên viết về giải phẫu là giáo sư Đỗ Xuân Hợp (1906 - 1985)."
        let event = TestEvents.event("1906/1985", "Ở Việt Nam, người đầu tiên viết về giải phẫu là giáo sư Đỗ Xuân Hợp.",
                                     sentence: sentence, dateSurface: "1906 - 1985")
        #expect(EventScreen(language: .vi).isGlossDate(event))
        // a span that closes the sentence after its verb dates the clause
        let own = "Chiến tranh Đông Dương diễn ra (1946 - 1954)."
        #expect(!EventScreen(language: .vi).isGlossDate(TestEvents.event("1946/1954", "Chiến tranh Đông Dương diễn ra.",
                                                                          sentence: own, dateSurface: "1946 - 1954")))
    }

    @Test func anAnniversaryTellsTheYear() {
        let screen = EventScreen(language: .vi)
        let statement = "Tháp hiển thị công thức E=mc2 bằng đèn nhằm kỷ niệm 100 năm công bố thuyết tương đối của Einstein."
        #expect(screen.dateDefect(TestEvents.event("2005-06-06", statement, dateSurface: "ngày 6 tháng 6 năm 2005")) == .leak)
        #expect(screen.dateDefect(TestEvents.event("1917", "Đỉnh núi được đặt tên mới để tưởng nhớ Tổng thống McKinley.",
                                                   dateSurface: "năm 1917")) != .leak)
    }
}
