import Testing
import Timeline
@testable import Cards

/// Round seventeen (after set AR): places and bodies named only by their kind.
@Suite struct CardRulesRoundSeventeenTests {
    private func leansBack(_ statement: String) -> Bool {
        StatementShape.startsWithAnaphor(StatementShape.words(statement), language: .vi, statement: statement)
    }

    /// A station, a team, a pagoda named only by its kind, with its verb at once, is one the text named before.
    @Test(arguments: [
        "Đài đưa vào sử dụng trạm phát sóng ở tỉnh Sóc Trăng",
        "Đội hợp nhất với đội Cấp nước Đà Nẵng lấy tên gọi chung là Đà Nẵng",
        "Chùa được xây dựng lại bằng gạch",
        "Nhà máy bắt đầu sản xuất ô tô cho thị trường Nga",
        "Tây Ban Nha bán quần đảo cho Đế quốc Đức",
    ])
    func aKindAloneBeforeItsVerbPointsBack(statement: String) {
        #expect(leansBack(statement))
    }

    /// The same words opening a name or a longer noun name what they are about.
    @Test(arguments: [
        "Đài Loan tuyên bố thiết quân luật trên toàn đảo",
        "Đội tuyển bóng đá quốc gia Nhật Bản giành Cúp bóng đá châu Á",
        "Chùa Láng được xây dựng dưới thời vua Lý Thần Tông",
        "Đài Tiếng nói Việt Nam phát đi bản Tuyên ngôn Độc lập",
        "Tây Ban Nha bán quần đảo Caroline cho Đế quốc Đức",
    ])
    func theSameWordsOpeningANameStay(statement: String) {
        #expect(!leansBack(statement))
    }

    /// "Thành phố từng bị … chiếm đóng" in a text about a city it calls one ("thành phố Kiev") is that city; in a text
    /// that never calls its place a city, the words stay as they are (and the screen drops them).
    @Test func theCityByItsKindIsTheTextsCity() {
        func deck(_ sentences: [String]) -> Deck {
            let events = sentences.map { sentence in
                let statement = String(sentence.dropFirst(10).dropLast())
                return TestEvents.event(String(sentence.dropFirst(4).prefix(4)),
                                        statement.prefix(1).uppercased() + statement.dropFirst(), sentence: sentence)
            }
            return DeckGenerator().makeDeck(name: "kiev", events: events, language: .vi, source: DeckSource(file: "t", sha256: ""))
        }
        let city = deck(["Năm 1240, thành phố Kiev bị quân Mông Cổ tàn phá.", "Năm 1834, tại Kiev trường đại học mở cửa.",
                         "Năm 1918, Kiev trở thành thủ đô của Ukraina.", "Năm 1941, thành phố bị quân Đức chiếm đóng."])
        #expect(city.events.contains { $0.event.statement.hasPrefix("Kiev bị quân Đức chiếm đóng") })
        let country = deck(["Năm 1240, Kiev bị quân Mông Cổ tàn phá.", "Năm 1834, tại Kiev trường đại học mở cửa.",
                            "Năm 1918, Kiev trở thành thủ đô của Ukraina.", "Năm 1941, thành phố bị quân Đức chiếm đóng."])
        #expect(!country.events.contains { $0.event.statement.hasPrefix("Kiev bị quân Đức") })
        // (a name after the kind is another city)
        #expect(PronounResolver.bareKindOpening("Thành phố Lviv bị quân Đức chiếm đóng", kinds: ["thành phố"], language: .vi) == nil)
    }

    /// A timeline's entry may name its deed by the verb alone only when the verb names a happening: "Ngưng bắn giữa
    /// …" and "Xảy ra chiến dịch …" do, "Gọi là …" and "Dùng sân cứng …" do not say who did what.
    @Test func aTimelineEntryOpensOnTheVerbOfAHappening() {
        func blocked(_ statement: String) -> Bool {
            StatementShape.startsWithAnaphor(StatementShape.words(statement), language: .vi, statement: statement, verbMayOpen: true)
        }
        #expect(!blocked("Ngưng bắn giữa Angola, Cuba và Cộng hòa Nam Phi"))
        #expect(!blocked("Xảy ra chiến dịch Bách Đoàn tại Hoa Bắc, Trung Quốc"))
        #expect(!blocked("Thành lập Đảng Cộng sản Việt Nam"))
        #expect(blocked("Gọi là \"Short Subjects, Live Action Films\""))
        #expect(blocked("Dùng sân cứng DecoTurf ở Flushing Meadows"))
    }

    /// "Hồ Chí Minh đọc …" after a fronted date keeps its capital: the classifier "hồ" (lake) opens a person's name here.
    @Test func aClassifierThatOpensAPersonsNameKeepsItsCapital() {
        let maker = ReverseCardMaker(language: .vi)
        #expect(maker.lowerFirst("Hồ Chí Minh đọc tuyên ngôn độc lập", names: []) == "Hồ Chí Minh đọc tuyên ngôn độc lập")
        #expect(maker.lowerFirst("Hồ Gươm được xây kè đá", names: []) == "hồ Gươm được xây kè đá")
    }

    /// A country's name before a person's in one run of capitals is a nationality: the person is the blank.
    @Test func aNationalityBeforeANameStaysOnTheCard() {
        #expect(CountryNames.nameAfterCountry(in: "Thụy Điển Selma Lagerlöf") == "Selma Lagerlöf")
        #expect(CountryNames.nameAfterCountry(in: "Bộ trưởng Ngoại giao Nhật Bản Mamoru Shigemitsu") == "Mamoru Shigemitsu")
        #expect(CountryNames.nameAfterCountry(in: "Tân Anh Cát Lợi") == nil)
        #expect(CountryNames.nameAfterCountry(in: "Hoa Kỳ") == nil)
        let sentence = "Ngày 28 tháng 2 năm 2005, cựu Tổng thống Hoa Kỳ Bill Clinton đến thăm tòa tháp."
        let blanked = ClozeCardMaker.blanked(sentence, candidates: ["Bill Clinton"], avoiding: [], language: .vi)
        #expect(blanked?.0 == "Ngày 28 tháng 2 năm 2005, cựu Tổng thống Hoa Kỳ [...] đến thăm tòa tháp.")
        // (a single word of a longer name is still no nationality)
        #expect(ClozeCardMaker.blanked("Năm 1775, lục quân Tân Anh Cát Lợi được tổ chức thành ba sư đoàn.",
                                       candidates: ["Cát Lợi"], avoiding: [], language: .vi) == nil)
    }

    /// "Thái Lan", "Hàn Quốc" open on a family name's syllable, and are no person to ask "ai" about.
    @Test func countriesOnAFamilyNamesSyllableAreNoPeople() {
        #expect(NameKind.of("Thái Lan", language: .vi) == .other)
        #expect(NameKind.of("Hàn Quốc", language: .vi) == .other)
        #expect(NameKind.of("Thái Văn Lung", language: .vi) == .person)
    }

    /// "Cơ quan Bảo lãnh Đầu tư Đa phương (MIGA): thành lập năm 1988 …": a name glossed by its acronym and a colon
    /// heads an entry of a list.
    @Test func aLongNameGlossedByItsAcronymIsALabel() {
        #expect(EventScreen.opensOnALabel("Cơ quan Bảo lãnh Đầu tư Đa phương (MIGA): thành lập năm 1988 nhằm thúc đẩy FDI."))
        #expect(!EventScreen.opensOnALabel("Trong hội nghị lần thứ hai của các nước đang phát triển ở châu Á (MIGA) ông nói: thành lập."))
    }

    /// "Tính tới năm 2012, …", "As of 2012, …": a standing as the text was written makes no card.
    @Test func aStandingAsOfADateIsNoHappening() {
        let asOf = TestEvents.event("2012", "Tùng Dương đang là nghệ sĩ thành công nhất với 5 lần đoạt giải",
                                    sentence: "Tính tới năm 2012, Tùng Dương đang là nghệ sĩ thành công nhất với 5 lần đoạt giải.",
                                    dateSurface: "năm 2012")
        #expect(EventScreen(language: .vi).blocking(asOf) == .state)
        let english = TestEvents.event("2015", "most lithium was produced in South America",
                                       sentence: "As of 2015, most lithium was produced in South America.", dateSurface: "2015")
        #expect(EventScreen.isAsOf(english))
        let happening = TestEvents.event("2012", "Tùng Dương đoạt giải Cống hiến",
                                         sentence: "Năm 2012, Tùng Dương đoạt giải Cống hiến.", dateSurface: "Năm 2012")
        #expect(!EventScreen.isAsOf(happening))
    }

    /// "Thêm đồng 5 Krona bằng vàng" leaves unsaid who added it; "Thêm những vụ bạo động bùng nổ" is "more riots".
    @Test func addingWithNoOneWhoAddsIsAFragment() {
        #expect(StatementShape.opensOnBareVerb(StatementShape.words("Thêm đồng 5 Krona bằng vàng")))
        #expect(!StatementShape.opensOnBareVerb(StatementShape.words("Thêm những vụ bạo động bùng nổ ở Singapore")))
    }

    /// Three figures or more in a statement are a table in words; ordinals are no figures.
    @Test func threeFiguresAreATable() {
        #expect(StatementShape.isStatistic("Theo Cục Địa chất Anh, Hoa Kỳ sản xuất 50 tấn, Peru 7 t, Nhật 40 t và Canada 16 t",
                                           language: .vi))
        #expect(!StatementShape.isStatistic("Đại hội lần thứ 3 PAIGC chủ trương hợp nhất 2 nước thành 1 nước cộng hoà",
                                            language: .vi))
    }

    /// "… trở thành sân nhà của đội": whose team? A statement ending on a body's kind alone points back.
    @Test func endingOnABodysKindPointsBack() {
        #expect(leansBack("Sân vận động Wembley được khai trương và trở thành sân nhà của đội"))
        #expect(!leansBack("Sân vận động Wembley được khai trương và trở thành sân nhà của đội tuyển Anh"))
    }

    /// A blank inside a quoted title takes the whole title; a word of the era is part of the date.
    @Test func aTitleIsBlankedWholeAndTheEraNotAtAll() {
        let song = "1985 – Nhạc phẩm \"We Are the World\" được phát hành trên quy mô quốc tế."
        #expect(ClozeCardMaker.blanked(song, candidates: ["World"], avoiding: [], language: .vi) == nil)
        #expect(ClozeCardMaker.blanked(song, candidates: ["We Are the World"], avoiding: [], language: .vi)?.1 == "We Are the World")
        // (a long quotation is speech: a name in it may be asked)
        let speech = "Chủ tịch ủy ban nói rằng \"đó là một sự tri ân dành cho những người đã theo con đường của Mahatma Gandhi\"."
        #expect(ClozeCardMaker.blanked(speech, candidates: ["Mahatma Gandhi"], avoiding: [], language: .vi) != nil)
        #expect(ClozeCardMaker.blanked("Ở Tây Âu, lịch sử kéo co bắt đầu từ năm 1000 sau Công Nguyên.", candidates: ["Công Nguyên"],
                                       avoiding: [], language: .vi) == nil)
    }

    /// "2012 – Tàu du lịch Costa Concordia …": the capital after a timeline's dash is the sentence's; "[...] 3653 Store
    /// System" cuts a model's name; "Dự tính sang Pháp" leaves unsaid who planned it.
    @Test func aTimelinesDashOpensTheSentence() {
        let line = "2012 – Tàu du lịch Costa Concordia gặp nạn ngoài khơi bờ biển Ý."
        #expect(ClozeCardMaker.blanked(line, candidates: ["Tàu", "Costa Concordia"], avoiding: [], language: .vi)?.1
                == "Costa Concordia")
        #expect(ClozeCardMaker.blanked("Năm 1973, máy IBM 3653 Store System được giới thiệu tại Mỹ.", candidates: ["IBM"],
                                       avoiding: [], language: .vi) == nil)
        #expect(StatementShape.opensOnBareVerb(StatementShape.words("Dự tính sang Pháp học luật")))
    }

    /// "Islamabad trở thành thủ đô Pakistan": "thủ đô nào?" would ask for a city and answer a country.
    @Test func aCapitalIsNoClassifierToAskBy() {
        let event = TestEvents.deckEvent(TestEvents.event("1960", "Islamabad trở thành thủ đô Pakistan",
                                                          sentence: "1960 – Islamabad trở thành thủ đô Pakistan."))
        #expect(ReverseCardMaker(language: .vi, obvious: [], people: []).card(for: event)?.prompt.contains("thủ đô nào") != true)
    }

    /// A note above the article ("Đây là một tên người Nhật; …") is no opening, and a country after a title ("thủ
    /// tướng Nhật Bản") is no person: in Noda Yoshihiko's life, "ông" is Noda, never Japan.
    @Test func aLifesOpeningSkipsTheNameOrderNote() {
        let text = """
        = noda yoshihiko =
        Đây là một tên người Nhật; họ tên được viết theo thứ tự Á Đông (họ trước tên sau): họ là Noda.
        Noda Yoshihiko (sinh ngày 20 tháng 5 năm 1957) là cựu thủ tướng Nhật Bản.
        """
        #expect(KindSubject.opening(of: text).hasPrefix("Noda Yoshihiko (sinh ngày"))
        let sentences = ["Năm 1993, thủ tướng Nhật Bản gặp Noda.", "Năm 1996, thủ tướng Nhật Bản từ chức.",
                         "Năm 2000, thủ tướng Nhật Bản thăm Mỹ.", "Năm 2005, thủ tướng Nhật Bản thăm Nga."]
        let events = sentences.map { TestEvents.event(String($0.dropFirst(4).prefix(4)), String($0.dropFirst(10).dropLast()), sentence: $0) }
        let resolver = PronounResolver(events: DeckGenerator.deckEvents(from: events), language: .vi)
        #expect(!resolver.people.contains("Nhật Bản"))
        #expect(resolver.mainPerson != "Nhật Bản")
    }

    /// "Chiến dịch Lam Sơn 719": a number right after a name goes on with it.
    @Test func aNumberAfterANameIsPartOfIt() {
        #expect(ClozeCardMaker.blanked("Năm 1971, lục quân Việt Nam Cộng hòa mở Chiến dịch Lam Sơn 719 đánh vào Lào.",
                                       candidates: ["Lam Sơn"], avoiding: [], language: .vi) == nil)
    }

    /// A list's line, a verb with nothing joined, vandalism, a day's word left behind.
    @Test(arguments: [
        ("Pioneer Trading, Inc.(now CJ Omnifood), một công ty sản xuất thực phẩm ở Mỹ", CardDefect.fragment),
        ("Cabo Verde gia nhập", .fragment),
        ("Tại Joplin, Missouri Mỹ làm 138 người chếtyôkẹ😘🍜🙀", .markup),
        ("Osama bin Laden bị giết hôm trong một chiến dịch của quân đội Mỹ tại Pakistan", .leftover),
    ])
    func linesThatAreNoHappening(statement: String, defect: CardDefect) {
        let event = TestEvents.event("2011", statement, sentence: "Năm 2011, " + statement + ".", dateSurface: "Năm 2011")
        #expect(EventScreen(language: .vi).blocking(event) == defect)
    }

    /// The same shapes that go on to a verb, or take part with no object, stay.
    @Test(arguments: [
        "EDX London, một công ty đa quốc gia mới, được thành lập có mối quan hệ đối tác với Tập đoàn OM",
        "Hội thi gói bánh chưng tại Đền Hùng thu hút 15 đội tham gia",
        "Việt Nam gia nhập Hiệp hội các quốc gia Đông Nam Á",
    ])
    func shapesThatGoOnStay(statement: String) {
        let event = TestEvents.event("2011", statement, sentence: "Năm 2011, " + statement + ".", dateSurface: "Năm 2011")
        #expect(EventScreen(language: .vi).blocking(event) == nil)
    }

    /// "… vẽ bản đồ con sông" names no river; in a text about the Sông Delaware it is that river; "một con tàu đắm"
    /// is one ship, and "sông Gambia … bờ bắc con sông" the river the statement named.
    @Test func aRiverByItsKindAlone() {
        #expect(leansBack("Một đoàn thám hiểm Hà Lan lần đầu tiên đã vẽ bản đồ con sông"))
        #expect(!leansBack("Hỏa khí được du nhập từ một con tàu đắm Bồ Đào Nha"))
        #expect(!leansBack("Hiệp định cho Anh quyền sở hữu sông Gambia, Pháp giữ đất ở bờ bắc con sông"))
        let event = TestEvents.event("1609", "Một đoàn thám hiểm Hà Lan lần đầu tiên đã vẽ bản đồ con sông")
        let title = PronounResolver.kindTitle("sông_delaware", in: [TestEvents.deckEvent(TestEvents.event(
            "1682", "William Penn đến sông Delaware", sentence: "Năm 1682, William Penn đến sông Delaware."))])
        #expect(title == "Sông Delaware")
        #expect(PronounResolver.resolvedKindPhrase(event, title: "Sông Delaware")?.statement
                == "Một đoàn thám hiểm Hà Lan lần đầu tiên đã vẽ bản đồ sông Delaware")
    }

    /// A country is blanked last: "1978 – Nhật Bản xảy ra động đất ngoài khơi [...]" asks Miyagi, not Japan.
    @Test func aCountryIsTheLastBlank() {
        let maker = ClozeCardMaker(language: .vi)
        let event = TestEvents.event("1978", "Nhật Bản xảy ra động đất ngoài khơi Miyagi",
                                     sentence: "1978 – Nhật Bản xảy ra động đất ngoài khơi Miyagi.", actors: ["Nhật Bản", "Miyagi"])
        #expect(maker.candidates(for: event, in: event.sentence) == ["Miyagi", "Nhật Bản"])
    }

    /// A career's line after its dates and a colon names offices, not who held them: no card. "Tập kết ra Bắc" is a
    /// verb with its subject unsaid.
    @Test func aCareersLineIsNoHappening() {
        let sentence = "Từ tháng 2 năm 1970 đến tháng 8 năm 1975: phó cục trưởng Cục Bản đồ Địa chất, uỷ viên Thường vụ Đảng uỷ cục."
        #expect(EventScreen.isRoleLine(statement: "Phó cục trưởng Cục Bản đồ Địa chất, uỷ viên Thường vụ Đảng uỷ cục",
                                       sentence: sentence))
        #expect(!EventScreen.isRoleLine(statement: "Trần Đức Lương được bầu làm Chủ tịch nước",
                                        sentence: "Tháng 9 năm 1997: Trần Đức Lương được bầu làm Chủ tịch nước."))
        #expect(StatementShape.opensOnBareVerb(StatementShape.words("Tập kết ra Bắc")))
    }

    /// "… lánh xa Ý. Mussolini …": a letter with a Vietnamese mark ends a sentence (Italy, Asia), a Latin one may be an
    /// initial ("J. R. R. Tolkien").
    @Test func italyEndsASentence() {
        let found = EventExtractor().extract("Năm 1935, Anh và Pháp lánh xa Ý. Mussolini ký hiệp ước với Hitler vào năm 1936.",
                                             language: .vi).events
        #expect(found.contains { $0.date == "1936" && $0.statement.hasPrefix("Mussolini") })
        let initials = EventExtractor().extract("Năm 1937, J. R. R. Tolkien xuất bản The Hobbit.", language: .vi).events
        #expect(initials.contains { $0.statement.contains("J. R. R. Tolkien") })
    }

    /// "Trận Yamazaki, chiến thắng của …" names a happening and says nothing happened: it is asked "… diễn ra …?".
    @Test func aNamedBattleIsAskedWhenItTookPlace() {
        #expect(QuestionText.vietnameseNamedHappening("Trận Yamazaki, chiến thắng của Toyotomi Hideyoshi trước Akechi Mitsuhide")
                == "Trận Yamazaki (chiến thắng của Toyotomi Hideyoshi trước Akechi Mitsuhide)")
        #expect(QuestionText.vietnameseNamedHappening("Trận Điện Biên Phủ kết thúc") == nil)
        #expect(QuestionText.vietnameseNamedHappening("Trận Yamazaki, Toyotomi Hideyoshi đánh bại Akechi Mitsuhide") == nil)
    }

    /// A day left alone by a list of days, an exchange rate and a word's origin make no card.
    @Test func aDayAloneARateAndAWordsOrigin() {
        #expect(StatementShape.hasLeftovers("ASEM 7, Bắc Kinh, Trung Quốc vào ngày 24", language: .vi))
        #expect(StatementShape.isStatistic("Đồng dollar Mỹ đã hồi phục và trị giá khoảng 7 kroner Na Uy", language: .vi))
        #expect(StatementShape.isTrivia("Về mặt từ nguyên, từ Ba Lê lấy từ tiếng Pháp được tiếng Anh vay mượn", language: .vi))
    }

    /// The birth of someone named in passing dates no question about the statement; the subject's own birth, under
    /// another of its names, does.
    @Test func aBirthInPassing() {
        let sister = TestEvents.event("1975", "Orlando Bloom sinh ra tại Canterbury và có một chị gái là Samantha Bloom",
                                      sentence: "Orlando Bloom sinh ra tại Canterbury và có một chị gái là Samantha Bloom sinh năm 1975.",
                                      dateSurface: "năm 1975")
        #expect(EventScreen.isPassingBirth(sister))
        let own = TestEvents.event("1964-04-02", "Trúc Hồ tên thật là Trương Anh Hùng, sinh tại Sài Gòn",
                                   sentence: "Trúc Hồ tên thật là Trương Anh Hùng, sinh ngày 2 tháng 4 năm 1964 tại Sài Gòn.",
                                   dateSurface: "ngày 2 tháng 4 năm 1964")
        #expect(!EventScreen.isPassingBirth(own))
    }

    /// A place and a death toll with nothing that caused it, names and a bracket with no verb, and a timeline's deed
    /// asked "where" make no card.
    @Test func tollsBracketsAndDeedsAskedWhere() {
        #expect(leansBack("Tại Flint, Michigan Mỹ làm 115 người chết"))
        #expect(StatementShape.isFragment("Accord Express(Công ty dịch vụ tại Singaporian)",
                                          words: StatementShape.words("Accord Express(Công ty dịch vụ tại Singaporian)"),
                                          language: .vi))
        let deed = TestEvents.deckEvent(TestEvents.event("2011-07-22", "Đánh bom và thảm sát đẫm máu tại Na Uy",
                                                         sentence: "2011 – Đánh bom và thảm sát đẫm máu tại Na Uy."))
        #expect(ReverseCardMaker(language: .vi, obvious: [], people: []).card(for: deed) == nil)
    }

    /// A date between two clauses leaves its comma: "… Việt - Trung năm 1979, thị xã Cao Bằng …" must not run the
    /// clauses together; an opening date takes its comma with it.
    @Test func aDateBetweenClausesLeavesItsComma() {
        let statement = "Quân đội Trung Quốc tấn công trong chiến tranh biên giới Việt - Trung năm 1979, thị xã Cao Bằng chịu thiệt hại nặng nề"
        #expect(QuestionText.statementWithoutOwnDate(statement, date: EventDate(iso: "1979"), in: .vi)
                == "Quân đội Trung Quốc tấn công trong chiến tranh biên giới Việt - Trung, thị xã Cao Bằng chịu thiệt hại nặng nề")
        #expect(QuestionText.statementWithoutOwnDate("Năm 1979, thị xã Cao Bằng chịu thiệt hại nặng nề", date: EventDate(iso: "1979"),
                                                     in: .vi) == "Thị xã Cao Bằng chịu thiệt hại nặng nề")
    }

    /// A line ending on a colon that introduces a quotation is no happening; one that tells a happening before a list is.
    @Test func aQuotationsCaption() {
        #expect(EventScreen.announcesAQuotation("Tại cuộc họp thứ nhất Ban chỉ đạo Đề án với tư cách là Phó Thủ tướng", language: .vi))
        #expect(EventScreen.announcesAQuotation("Nguyễn Xuân Phúc phát biểu tại hội nghị doanh nghiệp ở Sài Gòn", language: .vi))
        #expect(!EventScreen.announcesAQuotation("Champollion giải nghĩa được hoàn toàn chữ tượng hình Ai Cập", language: .vi))
    }

    /// A draw by its kind alone points back; a planned date is no date; a gloss after "tức" is no blank ("lập tức" is);
    /// a place, adverbs and a marker with no one who acted is a lost subject.
    @Test func drawsPlansGlossesAndPlaces() {
        #expect(leansBack("Lễ bốc thăm diễn ra tại trung tâm Kuala Lumpur Convention Centre"))
        #expect(!leansBack("Sân bay Fukuoka thành lập sau chiến tranh"))
        #expect(ClauseOfDate.isUncertain("Cấp cao XII dự định tổ chức tại Philippines", language: .vi))
        #expect(ClozeCardMaker.blanked("Năm 1643, Mynors đặt tên cho Đảo Christmas, tức đảo Giáng Sinh, trên Ấn Độ Dương.",
                                       candidates: ["Giáng Sinh"], avoiding: [], language: .vi) == nil)
        #expect(ClozeCardMaker.blanked("Tháng 9 năm 1943, Ý đầu hàng đồng minh nhưng lập tức Hitler cho quân Đức tiến vào.",
                                       candidates: ["Hitler"], avoiding: [], language: .vi) != nil)
        #expect(leansBack("Tại Ấn Độ lần đầu tiên đã nhập vào loại trà Trung Quốc"))
    }

    /// After BA and BB: a note to the reader opens no event; a year that is part of a name ("Windows 2000", "BRICS
    /// 2011") cannot be asked; an age fixes the year the text's birth date gives.
    @Test func notesNamesWithYearsAndAges() {
        #expect(leansBack("Ghi chú rằng Công quốc Lorraine và Công quốc Bar nhập vào Pháp"))
        #expect(QuestionText.statementWithoutOwnDate("Microsoft phát hành Windows 2000 Datacenter",
                                                     date: EventDate(iso: "2000-02-29"), in: .vi) == nil)
        #expect(QuestionText.statementWithoutOwnDate("Nhà Mạc (1527) lập ra triều Mạc ở Thăng Long",
                                                     date: EventDate(iso: "1527"), in: .vi) != nil)
        #expect(EventScreen.tellsAnAge("Khi được 18 tuổi, Purcell là nhà soạn nhạc của triều đình Anh"))
        #expect(EventScreen.tellsAnAge("Abe trở thành thủ tướng ở tuổi 52"))
        #expect(!EventScreen.tellsAnAge("Facebook mở cửa cho mọi người trên 13 tuổi"))
        #expect(!EventScreen.tellsAnAge("Picasso gặp cô gái 17 tuổi Marie-Thérèse Walter"))
    }
}
