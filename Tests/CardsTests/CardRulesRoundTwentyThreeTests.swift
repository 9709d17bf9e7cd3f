import Testing
@testable import Timeline
@testable import Cards

/// Round twenty-three (after set CL): "Nó …" / "It …" read as the thing the sentence before it opens on, and the
/// trade, charity and commemorations of a plain-text dump's sections skipped like other asides.
@Suite struct CardRulesRoundTwentyThreeTests {
    func deck(_ text: String, name: String, language: Language) -> Deck {
        DeckGenerator().generate(name: name, text: text, sourceFile: name + ".txt", sourceSHA256: "", language: language)
    }

    /// "Mỏ bạc Iwami Ginzan (…) là một mỏ bạc … Nó được UNESCO chọn … năm 2007": "Nó" is the mine the sentence before
    /// opens on, so the card names it.
    @Test func itIsTheThingTheSentenceBeforeOpensOn() {
        let text = """
        Mỏ bạc Iwami Ginzan (tiếng Nhật: 石見銀山) là một mỏ bạc thuộc tỉnh Shimane, đảo Honshū, Nhật Bản. Nó được UNESCO chọn vào danh sách di sản thế giới (văn hóa) năm 2007.
        """
        let prompts = deck(text, name: "mỏ bạc iwami ginzan", language: .vi).cards.map(\.prompt)
        #expect(prompts.contains { $0.hasPrefix("Mỏ bạc Iwami Ginzan được UNESCO chọn") }, "\(prompts)")
        #expect(!prompts.contains { $0.hasPrefix("Nó ") })
    }

    /// A person before it ("William Hammond đặt viên đá … cho tòa nhà mới này. Nó được hoàn thành …": the building),
    /// or another thing named beside the subject ("Nhật cũng chế tạo …, chiếc Shinano, …"), leaves "Nó" unread.
    @Test func itIsNotAPersonNorOneOfTwoThings() {
        let known: Set<String> = []
        #expect(PrecedingSubject.subject(after: ["William Hammond đặt viên đá đầu tiên cho tòa nhà mới này vào ngày 18 tháng 5."],
                                         language: .vi, known: known, people: []) == nil)
        #expect(PrecedingSubject.subject(after: ["Nhật cũng chế tạo tàu sân bay lớn nhất của cuộc chiến, chiếc Shinano, nguyên là một thiết giáp hạm."],
                                         language: .vi, known: ["Nhật"], people: []) == nil)
        // a place or a country beside it is no rival
        #expect(PrecedingSubject.subject(after: ["Mỏ Knaben ở miền nam Na Uy mở cửa năm 1885 và là mỏ molypden đầu tiên trên thế giới."],
                                         language: .vi, known: known, people: []) == "Mỏ Knaben")
        // a name that goes on in lower case and capitals again was found only in part
        #expect(PrecedingSubject.subject(after: ["Sàn Giao dịch Hoàng gia đã được thành lập bởi Thomas Gresham."],
                                         language: .vi, known: known, people: []) == nil)
        // the subject carries on through a sentence that opens on the pronoun, and ends at one about something else
        let chain = ["Chiếc Ilya Muromets bay lần đầu tiên vào ngày 10 tháng 12 năm 1913.", "Vào ngày 25 tháng 2 năm 1914, nó cất cánh với 16 hành khách."]
        #expect(PrecedingSubject.subject(after: chain, language: .vi, known: known, people: []) == "Chiếc Ilya Muromets")
        #expect(PrecedingSubject.subject(after: chain + ["Thời tiết xấu đi vào mùa đông."], language: .vi, known: known,
                                         people: []) == nil)
    }

    /// English "It was …" after "The Natural Bridge was …" is the bridge; "It was announced that …", "It is unclear
    /// when …" are no pronoun.
    @Test func englishItIsTheSubjectUnlessEmpty() {
        let before = ["The Natural Bridge was a large, naturally formed limestone bridge on the island's north shore."]
        let subject = PrecedingSubject.subject(after: before, language: .en, known: [], people: [])
        #expect(subject == "The Natural Bridge")
        func event(_ statement: String) -> Event {
            Event(date: "2005", start: 0, end: 10, sentenceStart: 0, sentenceEnd: 10, sentence: statement,
                  statement: statement, actors: [], dateSurface: "2005")
        }
        #expect(PrecedingSubject.resolved(event("It collapsed into the sea."), subject: "The Natural Bridge", language: .en)?
            .statement == "The Natural Bridge collapsed into the sea.")
        #expect(PrecedingSubject.resolved(event("It was announced that a critical edition would appear."),
                                          subject: "The Natural Bridge", language: .en) == nil)
        #expect(PrecedingSubject.resolved(event("It is unclear exactly when the name was first used."),
                                          subject: "The Natural Bridge", language: .en) == nil)
        // a name before the pronoun in its own sentence may be what it means
        #expect(PrecedingSubject.pronounOffset(in: "After Lincoln visited the fort in 1861, it was renamed.", language: .en) == nil)
        #expect(PrecedingSubject.pronounOffset(in: "In 1798 it was named by Klaproth.", language: .en) != nil)
    }

    /// A plain dump glues a section's first paragraph to its heading ("Business ventures\nAgassi established …"): such a
    /// heading is still read, so a subject's business, endorsements, charity and anniversaries make no events, and the
    /// next section ("Personal life\n…") is read again.
    @Test func gluedPlainHeadingsOfTradeAndCharityAreSkipped() {
        let text = """
        = Andre Agassi =
        Agassi won the Australian Open in 1995 for the first time.

        Business ventures
        In 2002 Agassi partnered with chef Michael Mina and opened eighteen restaurants across the country with him.

        Philanthropy
        In 1994 Agassi founded a charitable association that assists young people in Las Vegas and nearby towns.

        Personal life
        In 2001 Agassi married Steffi Graf in a private ceremony at their home in Las Vegas with only their mothers present.
        """
        let dates = EventExtractor().extract(text, language: .en).events.map(\.date)
        #expect(dates == ["1995", "2001"], "\(dates)")
        #expect(SectionFilter.kind(of: "40th anniversary events") == .aside)
        #expect(SectionFilter.kind(of: "equipment and endorsements") == .aside)
        #expect(SectionFilter.kind(of: "hoạt động từ thiện") == .aside)
        #expect(SectionFilter.kind(of: "personal life") == nil)
    }

    /// In an article that marks its sections (`== … ==`), a short line glued to a paragraph is no heading: it does not end
    /// the end matter it stands in.
    @Test func aGluedShortLineIsNoHeadingWhereSectionsAreMarked() {
        let text = """
        = Tiếng Latinh =
        Năm 1577, Gabriel Harvey xuất bản sách Rhetor tại Luân Đôn và từ đó chưa được tái bản.

        == Liên kết bên ngoài ==

        Thư viện Latinh có nhiều văn bản
        Rhetor của Gabriel Harvey - xuất bản lần đầu năm 1578 và từ đó chưa được tái bản, một cuốn sách hiếm có ở Việt Nam và ở nước ngoài.
        """
        let dates = EventExtractor().extract(text, language: .vi).events.map(\.date)
        #expect(dates == ["1577"], "\(dates)")
    }
}

/// Round twenty-three, the screen: captions, an indefinite happening named only by its place, a name before a
/// purpose, and a name's aside read without its comma.
@Suite struct CardScreenRoundTwentyThreeTests {
    /// "Bảng bên dưới thể hiện bán kính … theo xuất bản của J. C. Slater năm 1964": the text introduces a table.
    @Test func aSentenceThatIntroducesATableIsApparatus() {
        let event = TestEvents.event("1964", "Bảng bên dưới thể hiện bán kính cộng hóa trị được đo đạc thực nghiệm theo xuất bản của J. C. Slater năm 1964")
        #expect(EventScreen(language: .vi).blocking(event) == .referenceEntry)
        let english = TestEvents.event("1967", "The table below lists the atomic radii Clementi computed in 1967")
        #expect(EventScreen(language: .en).blocking(english) == .referenceEntry)
        #expect(!EventScreen.pointsAtAFigure("Bảng chữ cái Latinh được dùng từ năm 1651"))
    }

    /// "Một cuộc tổng tuyển cử đã được tổ chức tại Nhật Bản": which election? A place alone names none; a name that is
    /// no place does ("… tự do và Hồi giáo liên hiệp", "… Liên hiệp quốc").
    @Test func anIndefiniteHappeningNamedOnlyByItsPlace() {
        for statement in ["Một cuộc tổng tuyển cử đã được tổ chức tại Nhật Bản", "Một trận động đất mạnh xảy ra ở Nhật Bản",
                          "Một trận hỏa hoạn rất lớn xảy ra tại thành phố London"] {
            #expect(StatementShape.startsWithAnaphor(StatementShape.words(statement), language: .vi, statement: statement),
                    "\(statement)")
        }
        for statement in ["Một cuộc tuyển cử tự do được tổ chức dưới sự giám sát của Liên hiệp quốc",
                          "Một cuộc khởi nghĩa quần chúng diễn ra khi các phần tử tả khuynh, tự do và Hồi giáo liên hiệp"] {
            #expect(!StatementShape.startsWithAnaphor(StatementShape.words(statement), language: .vi, statement: statement),
                    "\(statement)")
        }
    }

    /// "Thụy Sĩ để thay thế cho Hiệp hội xe đạp quốc tế thành lập …" (the last country of a list, then the list's
    /// purpose): no verb of its own; "để mất" is a verb.
    @Test func aNameThenAPurposeIsAFragment() {
        let event = TestEvents.event("1892", "Thụy Sĩ để thay thế cho Hiệp hội xe đạp quốc tế thành lập, sau cuộc tranh cãi với Anh Quốc")
        #expect(EventScreen(language: .vi).blocking(event) == .fragment)
        let lost = TestEvents.event("1783", "Nasr Al-Madhkur để mất quần đảo Bahrain sau khi thất bại trước bộ lạc Bani Utbah")
        #expect(EventScreen(language: .vi).blocking(lost) != .fragment)
    }

    /// "Alphabet, vượt qua Apple." (of "Alphabet, vượt qua Apple, trở thành …"): the aside is said of the name, so it is
    /// read without the comma; a passive aside of a list ("Noah Haynes Swayne, được đề cử …") is not.
    @Test func aNamesAsideIsReadWithoutItsComma() {
        let event = TestEvents.event("2016-01-01", "Alphabet, vượt qua Apple")
        #expect(DeckGenerator.withoutAsideComma(event, language: .vi)?.statement == "Alphabet vượt qua Apple")
        #expect(DeckGenerator.withoutAsideComma(TestEvents.event("1862-01-21", "Noah Haynes Swayne, được đề cử"),
                                                language: .vi) == nil)
        #expect(DeckGenerator.withoutAsideComma(TestEvents.event("1945", "Pháp, Anh tuyên chiến với Đức"), language: .vi) == nil)
    }

    /// "Quần thể kiến trúc Phật giáo khu vực chùa Horyu-ji (…) là một di sản thế giới …": "Quần thể được UNESCO công nhận
    /// …" and "Di sản này …" are that complex; a bare name's text ("Led Zeppelin là một ban nhạc …") says nothing of
    /// "Ban nhạc này …", which may be another band.
    @Test func theKindTheOpeningDefinesStandsForItsName() {
        let opening = "Quần thể kiến trúc Phật giáo khu vực chùa Horyu-ji (Hōryū-ji Chiiki No Bukkyo Kenzobutsu) là một di sản thế giới (văn hóa) của Nhật Bản"
        let subject = OpeningSubject(opening: opening, language: .vi)
        #expect(subject?.name == "Quần thể kiến trúc Phật giáo khu vực chùa Horyu-ji")
        #expect(subject?.resolved(TestEvents.event("1993", "Quần thể được UNESCO công nhận là di sản văn hóa thế giới"))?.statement
                == "Quần thể kiến trúc Phật giáo khu vực chùa Horyu-ji được UNESCO công nhận là di sản văn hóa thế giới")
        #expect(subject?.resolved(TestEvents.event("2000", "Di sản này được trùng tu"))?.statement
                == "Quần thể kiến trúc Phật giáo khu vực chùa Horyu-ji được trùng tu")
        // ("Quần thể chùa …" goes on to a name of its own: no marker after the kind)
        #expect(subject?.resolved(TestEvents.event("2000", "Quần thể chùa Tō-ji được xây dựng")) == nil)
        #expect(OpeningSubject(opening: "Led Zeppelin là một ban nhạc rock người Anh thành lập tại Luân Đôn", language: .vi) == nil)
        #expect(OpeningSubject(opening: "Trong toán học, hàm số là một quan hệ giữa hai tập hợp", language: .vi) == nil)
    }
}
