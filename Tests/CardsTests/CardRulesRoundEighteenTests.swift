import Testing
import Timeline
@testable import Cards

/// Round eighteen (after sets BC to BH): the country a text happens in, dates that bound or repeat, questions that
/// keep the source's shape, kinds and pronouns that point back, apparatus, names held whole.
@Suite struct CardRulesRoundEighteenTests {
    /// The country a text names most, five times at least, is where it happens; one named inside a longer name
    /// ("Nguyễn Anh Tuấn") or once in passing is not.
    @Test func theCountryATextNamesMostIsItsHome() {
        let text = """
            Arkansas là một tiểu bang của Hoa Kỳ. Năm 1803, Mỹ mua Louisiana. Năm 1819, Mỹ lập lãnh thổ Arkansas.
            Năm 1836, Arkansas thành tiểu bang của Hoa Kỳ. Năm 1861, Arkansas rời Hoa Kỳ. Mỹ tái thiết miền Nam.
            Nguyễn Anh Tuấn ở Pháp. Hàng hóa bán sang Mexico.
            """
        let home = CountryNames.home(in: text)
        #expect(home == ["Hoa Kỳ", "Mỹ"])
        #expect(CountryNames.home(in: "Nguyễn Anh Tuấn gặp Trần Anh Khoa, Lê Anh, Phạm Anh Dũng và Vũ Anh Minh.").isEmpty)
    }

    /// On a card, the home country is no blank: "tiểu bang thứ 25 của [...]" in a text on Arkansas asks what every
    /// card implies; a name that holds the country ("Quân đội Hoa Kỳ") is still asked.
    @Test func theHomeCountryIsNoBlank() {
        var maker = ClozeCardMaker(language: .vi)
        maker.homeCountries = ["Hoa Kỳ"]
        let event = TestEvents.event("1836", "Arkansas trở thành tiểu bang thứ 25 của Hoa Kỳ",
                                     sentence: "Năm 1836, Arkansas trở thành tiểu bang thứ 25 của Hoa Kỳ.", actors: ["Hoa Kỳ"])
        #expect(!maker.candidates(for: event, in: event.sentence).contains("Hoa Kỳ"))
        let landing = TestEvents.event("1945", "Quân đội Hoa Kỳ đổ bộ lên đảo Okinawa",
                                       sentence: "Năm 1945, Quân đội Hoa Kỳ đổ bộ lên đảo Okinawa.", actors: ["Quân đội Hoa Kỳ"])
        #expect(maker.candidates(for: landing, in: landing.sentence).contains("Quân đội Hoa Kỳ"))
    }

    /// A plan's horizon goes with its words ("và tầm nhìn đến năm 2050"), and is no second date of the clause: the
    /// decision keeps its date card.
    @Test func aPlansHorizonIsNoDateOfTheDecision() {
        let text = "Ngày 20 tháng 11 năm 2012, Thủ tướng chính phủ ra Quyết định 1758/QĐ-TTg phê duyệt Nhiệm vụ điều chỉnh "
            + "quy hoạch xây dựng vùng Thủ đô Hà Nội đến năm 2030 và tầm nhìn đến năm 2050."
        let deck = DeckGenerator().generate(name: "vung", text: text, sourceFile: "t", sourceSHA256: "", language: .vi)
        let date = deck.cards.first { $0.kind == .dateRecall }
        #expect(date?.prompt == "Thủ tướng chính phủ ra Quyết định 1758/QĐ-TTg phê duyệt Nhiệm vụ điều chỉnh quy hoạch xây "
            + "dựng vùng Thủ đô Hà Nội vào ngày tháng năm nào?")
        #expect(date?.answer == "ngày 20 tháng 11 năm 2012")
        // (a second happening after "đến" is no horizon: the clause keeps two dates and asks neither)
        let two = "Ngày 27 tháng 10 năm 1962, Bắc Giang nhập với Bắc Ninh thành tỉnh Hà Bắc và đến ngày 1 tháng 1 năm 1997 "
            + "lại tách ra như cũ."
        #expect(!DeckGenerator().generate(name: "bg", text: two, sourceFile: "t", sourceSHA256: "", language: .vi).cards
            .contains { $0.kind == .dateRecall })
    }

    /// A catalogue of works keeps its run across one long entry (31 words): every line of it is an entry.
    @Test func aLongEntryKeepsTheCatalogueRun() {
        let text = """
            Một số công trình nổi tiếng khác của Johnson gồm có
            Nhà John de Menil, Houston, 1950
            Nhà hàng Bốn mùa tại tòa nhà Seagram của Mies van der Rohe, thành phố New York, 1959
            Nhà hát bang New York (trụ sở của dàn Opera thành phố New York và đoàn Ballet thành phố New York) tại Trung tâm \
            Lincoln cộng tác với Richard Foster, 1964
            Thư viện Elmer Holmes Bobst tại Đại học New York, 1967 - 1972
            Tháp IDS ở Minneapolis, Minnesota, 1972
            """
        let entries = ListEntries(text: text)
        let seagram = text[..<text.range(of: "Nhà hàng Bốn mùa")!.lowerBound].unicodeScalars.count
        #expect(entries.contains(offset: seagram))
    }

    /// A year written straight after a word mid-sentence is asked where it stood, as the source wrote it ("cho giải
    /// thưởng năm nào, …"); a year after "vào" keeps "vào năm nào".
    @Test func aBareYearMidSentenceIsAskedInPlace() {
        let sentence = "Lựa chọn của Viện Hàn lâm Thụy Điển cho giải thưởng năm 2004, nữ nhà văn Áo Elfriede Jelinek, đã bị "
            + "chỉ trích từ ngay trong thành phần viện sĩ của Viện."
        let statement = "Lựa chọn của Viện Hàn lâm Thụy Điển cho giải thưởng, nữ nhà văn Áo Elfriede Jelinek, đã bị chỉ trích "
            + "từ ngay trong thành phần viện sĩ của Viện."
        let prompt = QuestionText.dateQuestion(statement: statement, date: EventDate(iso: "2004"), in: .vi,
                                               context: sentence, surface: "năm 2004")
        #expect(prompt?.hasPrefix("Lựa chọn của Viện Hàn lâm Thụy Điển cho giải thưởng năm nào, nữ nhà văn Áo") == true)
        let withVao = QuestionText.dateQuestion(statement: "Hiroshima được thành lập, bên bờ biển Seto Naikai, và trở thành "
                                                    + "trung tâm đô thị chính.", date: EventDate(iso: "1589"), in: .vi,
                                                context: "Hiroshima được thành lập vào năm 1589, bên bờ biển Seto Naikai, và "
                                                    + "trở thành trung tâm đô thị chính.", surface: "năm 1589")
        #expect(withVao?.hasPrefix("Hiroshima được thành lập vào năm nào, bên bờ") == true)
    }

    /// A reverse card never asks a capitalised syllable that opens common words and heads a longer name ("Nghĩa trang
    /// Mountain Grove", "Hợp chúng quốc"); a one-syllable place ("Huế") before a small word is still asked.
    @Test func aReverseCardAsksNoHeadOfALongerName() {
        let maker = ReverseCardMaker(language: .vi)
        let split = maker.ask("Nghĩa", in: "Barnum được chôn tại Nghĩa trang Mountain Grove, nơi ông tự thiết kế",
                              names: ["Barnum", "Nghĩa", "Mountain Grove"])
        #expect(split == nil)
        let whole = maker.ask("Huế", in: "Nguyễn Xiển về nước, không nhận làm quan ở Huế mà ra Hà Nội đi dạy học",
                              names: ["Nguyễn Xiển", "Huế", "Hà Nội"])
        #expect(whole?.0 == "Nguyễn Xiển về nước, không nhận làm quan ở đâu mà ra Hà Nội đi dạy học")
    }

    /// A holiday kept on a day with no year ("On 25 January, Betico Croes' birthday is celebrated", "… ngày lễ …")
    /// comes back every year: no card gives it the narrative's year.
    @Test func aHolidayKeptOnADayIsNoEvent() {
        #expect(EventScreen(language: .en).isYearlyFeast("Betico Croes' birthday is celebrated", dateSurface: "25 January"))
        #expect(EventScreen(language: .en).isYearlyFeast("Dia di San Juan is celebrated", dateSurface: "June 24"))
        #expect(EventScreen(language: .vi).isYearlyFeast("Người dân tổ chức ngày lễ Quốc khánh", dateSurface: "ngày 2 tháng 9"))
        #expect(!EventScreen(language: .en).isYearlyFeast("Aruba presented its first constitution", dateSurface: "August"))
        // (with its year, the day is one in history)
        #expect(!EventScreen(language: .en).isYearlyFeast("The holiday was first celebrated", dateSurface: "June 24, 1976"))
    }

    /// A statement opening on "Như" tells an example or a likeness of what the sentence before told: no card.
    @Test func anExampleIsNoStatement() {
        for statement in ["Như Nội các Ngô Đình Diệm cải tổ", "Như Pierre-Simon Laplace đã cải thiện sự chính xác"] {
            #expect(StatementShape.startsWithAnaphor(StatementShape.words(statement), language: .vi, statement: statement))
        }
    }

    /// The short name an opening gives in brackets ("(…, thường được viết tắt là IMO) là …") is one of the subject's:
    /// the copula inside the brackets is not the opening's.
    @Test func theShortNameInTheOpeningsBracketIsTheSubjects() {
        let opening = "Olympic Toán học Quốc tế (International Mathematical Olympiad, thường được viết tắt là IMO) là một kì "
            + "thi Toán học cấp quốc tế hàng năm"
        #expect(KindSubject.definedNames(in: opening, language: .vi).contains("IMO"))
    }

    /// A reverse card puts its date first only where the date dates what is asked: not a date after the answer inside
    /// a later clause of its own; a date alone after an aside on the answer still does.
    @Test func theDateFrontedDatesWhatIsAsked() {
        let fields = "Ngô Bảo Châu nổi tiếng với thành công trong việc chứng minh Bổ đề cơ bản Langlands, công trình nghiên "
            + "cứu đã giúp ông nhận Giải Fields năm 2010."
        #expect(!ReverseCardMaker.dateStandsWith("Ngô Bảo Châu", in: fields, surface: "năm 2010"))
        let locke = "John Locke sinh ở Wrington, một làng nhỏ ở Somerset, vào ngày 29 tháng 8 năm 1632."
        #expect(ReverseCardMaker.dateStandsWith("Wrington", in: locke, surface: "ngày 29 tháng 8 năm 1632"))
        let opening = "Năm 1558, Nguyễn Hoàng xin vào trấn giữ xứ Thuận Hoá."
        #expect(ReverseCardMaker.dateStandsWith("Nguyễn Hoàng", in: opening, surface: "Năm 1558"))
    }

    /// A seat of power named only by its kind, its verb at once ("Thủ phủ được chuyển đến Murshidabad"), is one the
    /// text named before; "Thủ đô Hà Nội …" names its city.
    @Test func aSeatOfPowerByItsKindPointsBack() {
        for statement in ["Thủ phủ được chuyển đến Murshidabad", "Kinh đô dời về Phú Xuân"] {
            #expect(StatementShape.startsWithAnaphor(StatementShape.words(statement), language: .vi, statement: statement))
        }
        let named = "Thủ đô Hà Nội được giải phóng"
        #expect(!StatementShape.startsWithAnaphor(StatementShape.words(named), language: .vi, statement: named))
    }

    /// "Khalid al Faisal", "Osama bin Laden": the particles of Arabic names hold the name together, so a blank takes it
    /// whole; an abbreviation's last dot ("Washington D.C.") goes with the blank.
    @Test func namesHoldTheirParticlesAndDots() {
        #expect(NameFinder.names(in: "Ngày 16 tháng 5 năm 2007, hoàng tử Khalid al Faisal được bổ nhiệm.", language: .vi)
            .contains("Khalid al Faisal"))
        let sentence = "Một cuộc thám hiểm năm 1998 dẫn đầu bởi Trung tâm Bảo tồn Biển ở Washington D.C. diễn tả Navassa."
        let event = TestEvents.event("1998", "Một cuộc thám hiểm dẫn đầu bởi Trung tâm Bảo tồn Biển ở Washington D.C. diễn tả "
                                     + "Navassa", sentence: sentence, actors: ["Washington D.C"])
        #expect(ClozeCardMaker(language: .vi).candidates(for: event, in: sentence).first == "Washington D.C.")
    }

    /// Names joined, each with its year ("2 thủ đô là Thonburi vào năm 1768 và Rattanakosin năm 1782"): the clause has
    /// two dates, and no card asks one of them; two clauses joined ("in 1999 and in November 2003, he signed …") keep
    /// theirs.
    @Test func namesJoinedEachWithItsYear() {
        let sentence = "Bangkok trở thành nơi tọa lạc của 2 thủ đô là Thonburi vào năm 1768 và Rattanakosin năm 1782."
        for (year, surface) in [("1768", "năm 1768"), ("1782", "năm 1782")] {
            let event = TestEvents.event(year, "Bangkok trở thành nơi tọa lạc của 2 thủ đô là Thonburi và Rattanakosin",
                                         sentence: sentence, dateSurface: surface)
            #expect(EventScreen(language: .vi).isOneOfSeveralYears(event), "\(year)")
        }
        let clauses = TestEvents.event("2003-11", "He signed a lifetime agreement with Head",
                                       sentence: "He renewed his contract in 1999 and in November 2003, he signed a lifetime "
                                           + "agreement with Head.", dateSurface: "November 2003")
        #expect(!EventScreen(language: .en).isOneOfSeveralYears(clauses))
    }

    /// A verb with no one who did it ("Thi đấu giao hữu với …", "Bay đến Sao Mộc …") and a team's kit named by its kind
    /// ("Trang phục được tài trợ …") point back; the longest kind that opens a statement decides ("Sân bay Fukuoka
    /// thành lập" is an airport, not "sân" + the verb "bay").
    @Test func moreVerbsAndKindsWithNoOneNamed() {
        func leansBack(_ statement: String) -> Bool {
            StatementShape.startsWithAnaphor(StatementShape.words(statement), language: .vi, statement: statement)
        }
        #expect(StatementShape.opensOnBareVerb(StatementShape.words("Thi đấu giao hữu với các đội bóng khắp châu Âu")))
        #expect(StatementShape.opensOnBareVerb(StatementShape.words("Bay đến Sao Mộc và chụp ảnh nó")))
        #expect(leansBack("Trang phục được tài trợ bởi hãng Nike"))
        #expect(!leansBack("Sân bay Fukuoka thành lập"))
        #expect(!leansBack("Cuộc chiến tranh Triều Tiên bùng nổ"))
    }

    /// A note sending the reader elsewhere ("Đối với …, xem …", "For …, see …") and a line of a list of titles ("1900 –
    /// 1909: Her Royal Highness …") are apparatus, not history.
    @Test func crossReferencesAndStylesAreApparatus() {
        #expect(StatementShape.isReferenceEntry("Đối với giải đấu trước khi thành lập giải chuyên nghiệp năm 1993, xem Japan Soccer League."))
        #expect(StatementShape.isReferenceEntry("For the earlier league of 1965, see Japan Soccer League."))
        #expect(StatementShape.isReferenceEntry("2 tháng 10 năm 1900 – 17 tháng 12 năm 1909: Her Royal Highness Công nương Elisabeth của Bỉ"))
        #expect(!StatementShape.isReferenceEntry("Đối với nền kinh tế, năm 1993 là năm khó khăn."))
    }

    /// A machine or a gallery named only by its kind before a verb's marker ("Chiếc máy bay được rút …", "Phòng trưng
    /// bày bắt đầu …") and a kind before "do" ("Giải đấu do Nhật Bản tổ chức") point back; "Máy bay lên thẳng
    /// Piasecki …" names its helicopter.
    @Test func machinesAndGalleriesByTheirKind() {
        func leansBack(_ statement: String) -> Bool {
            StatementShape.startsWithAnaphor(StatementShape.words(statement), language: .vi, statement: statement)
        }
        #expect(leansBack("Chiếc máy bay được rút khỏi hoạt động trên tàu sân bay"))
        #expect(leansBack("Phòng trưng bày bắt đầu được dành cho điện ảnh"))
        #expect(leansBack("Giải đấu do Nhật Bản tổ chức"))
        #expect(!leansBack("Máy bay lên thẳng Piasecki được mua bởi Boeing"))
        #expect(!leansBack("Máy bay không người lái được dùng để thiết lập mô hình 3D của Aphrodisias"))
    }

    /// A forecast to a year ("… dự báo tới năm 2015, thành phố … sẽ hết …") tells what was expected, not what happened.
    @Test func aForecastIsUncertain() {
        let words = StatementShape.words("Bộ trưởng dự báo tới năm 2015 thành phố Hà Nội sẽ hết tình trạng ùn tắc")
        #expect(ClauseOfDate.isUncertain(padded: ClauseOfDate.padded(words), language: .vi))
    }

    /// A bracketed gloss in another script leaves the card's text ("Hakata Dontaku (博多どんたく)", "thư ký (秘書官, bí thư
    /// quan)"); a Latin one stays ("(Oirat)").
    @Test func aGlossInAnotherScriptLeavesTheCard() {
        #expect(ScriptGloss.removed(from: "Abe rời khỏi KOBELCO để làm thư ký (秘書官, bí thư quan) cho Bộ trưởng.")
            == "Abe rời khỏi KOBELCO để làm thư ký cho Bộ trưởng.")
        #expect(ScriptGloss.removed(from: "Moskva (Москва) trở thành thủ đô.") == "Moskva trở thành thủ đô.")
        let latin = "Thủ lĩnh người Ngõa Lạt (Oirat) là Dã Tiên (也先) bắt được hoàng đế."
        #expect(ScriptGloss.removed(from: latin) == "Thủ lĩnh người Ngõa Lạt (Oirat) là Dã Tiên bắt được hoàng đế.")
        // (the event keeps its id, made from the text as written)
        let event = TestEvents.event("1982-11", "Abe làm thư ký (秘書官) cho Bộ trưởng")
        let deckEvent = DeckGenerator.deckEvents(from: [event])[0]
        #expect(deckEvent.event.statement == "Abe làm thư ký cho Bộ trưởng")
        #expect(deckEvent.id == ContentID.make("e", event.date, TextNormalizer.nfc(event.statement)))
    }

    /// "vào thế kỷ 18 và 19": the second century by its number alone still makes a span, of which no card asks half.
    @Test func twoCenturiesByTheirNumbers() {
        let event = TestEvents.event("17XX", "Những tàn dư của Lan Xang đã gặp phải tai họa",
                                     sentence: "Những tàn dư của Lan Xang đã gặp phải tai họa vào thế kỷ 18 và 19, trong các "
                                         + "chiến dịch của vua Taksin.", dateSurface: "thế kỷ 18")
        #expect(EventScreen(language: .vi).continuesWithAnotherPeriod(event))
    }

    /// An age at death closing a statement (", thọ 48 tuổi") leaves the date question; "cũ" after the asked name goes
    /// with the classifier ("từ tỉnh cũ nào"), while "mới" before a verb stays ("đế quốc nào mới độc lập").
    @Test func agesAndOldPlacesInQuestions() {
        let prompt = QuestionText.dateQuestion(statement: "McCarthy qua đời tại bệnh viện hải quân Bethesda, thọ 48 tuổi.",
                                               date: EventDate(iso: "1957-05-02"), in: .vi)
        #expect(prompt == "McCarthy qua đời tại bệnh viện hải quân Bethesda vào ngày tháng năm nào?")
        let maker = ReverseCardMaker(language: .vi)
        let old = maker.ask("Hoàng Liên Sơn", in: "Tỉnh Lào Cai được tái lập từ tỉnh Hoàng Liên Sơn cũ",
                            names: ["Lào Cai", "Hoàng Liên Sơn"])
        #expect(old?.0 == "tỉnh Lào Cai được tái lập từ tỉnh cũ nào")
        let new = maker.ask("Brasil", in: "Pedro I được tuyên bố là hoàng đế đầu tiên của đế quốc Brasil mới độc lập từ Bồ Đào Nha",
                            names: ["Pedro I", "Brasil", "Bồ Đào Nha"])
        #expect(new?.0 == "Pedro I được tuyên bố là hoàng đế đầu tiên của đế quốc nào mới độc lập từ Bồ Đào Nha")
    }

    /// A pronoun right after a sentence that opens on another person ("Marie-José …, Công chúa của Bỉ, sinh … Bà kết hôn
    /// …") may be that person: it is not read as the text's main person.
    @Test func aPronounAfterAnotherPersonStaysUnresolved() {
        func event(_ start: Int, _ date: String, _ sentence: String, _ statement: String) -> Event {
            var made = TestEvents.event(date, statement, sentence: sentence)
            made.sentenceStart = start
            made.sentenceEnd = start + sentence.unicodeScalars.count
            return made
        }
        var events: [Event] = []
        var start = 0
        for year in 1900...1905 {
            let sentence = "Năm \(year), hoàng hậu Elisabeth đến thăm Bruxelles."
            events.append(event(start, String(year), sentence, "Hoàng hậu Elisabeth đến thăm Bruxelles"))
            start += sentence.unicodeScalars.count + 1
        }
        let daughter = "Marie-José Charlotte Sophie Amélie, Công chúa của Bỉ, sinh ngày 4 tháng 8 năm 1906 tại Ostende."
        events.append(event(start, "1906-08-04", daughter, "Marie-José Charlotte Sophie Amélie, Công chúa của Bỉ, sinh tại Ostende"))
        start += daughter.unicodeScalars.count + 1
        let married = "Bà kết hôn với Hoàng tử Umberto ngày 8 tháng 1 năm 1930 tại Roma."
        events.append(event(start, "1930-01-08", married, "Bà kết hôn với Hoàng tử Umberto tại Roma"))
        let deck = DeckGenerator().makeDeck(name: "elisabeth", events: events, language: .vi, source: DeckSource(file: "t", sha256: ""))
        #expect(!deck.events.contains { $0.event.statement.hasPrefix("Elisabeth kết hôn") })
        // (the same pronoun after a sentence about the main person is hers)
        var alone = events
        alone.remove(at: alone.count - 2)
        let hers = DeckGenerator().makeDeck(name: "elisabeth", events: alone, language: .vi, source: DeckSource(file: "t", sha256: ""))
        #expect(hers.events.contains { $0.event.statement.hasPrefix("Elisabeth kết hôn") })
    }
}
