import Testing
import Timeline
@testable import Cards

/// Does the Vietnamese `statement` name nothing (`UnnamedSubject.namesNothing`) in a deck named `deck`, whose text
/// writes `names` mid-sentence?
private func namesNothing(_ statement: String, deck: String = "t", names: Set<String> = []) -> Bool {
    UnnamedSubject.namesNothing(statement, words: StatementShape.words(statement),
                                topic: deck.split(separator: "_").map(String.init), names: names)
}

/// Round fifteen: a noun closed by "này" points back at something unsaid unless its clause follows a name; a
/// statement that names no one and nothing, in a text about something else, makes no card.
@Suite struct CardRulesRoundFifteenTests {
    @Test(arguments: [
        "Năm 1996, Dre cùng các nghệ sĩ miền Đông ra bài hát chống cuộc xung đột này",
        "Thêm lần nữa, phong cách này lại được sinh ra tại Saint-Denis",
        "Khi Edward VI kế vị Henry, những người này nhận được sự ủng hộ của triều đình",
        "Điều này dẫn đến cuộc khủng hoảng năm 1929",
        "Với sự phát triển của những máy sao chép kỹ thuật số, sự hạn chế kỹ thuật này phần lớn biến mất",
    ])
    func aNounClosedByThisPointsBack(statement: String) {
        #expect(BackReference.pointsAtThis(statement))
    }

    @Test(arguments: [
        // the clause it opens follows a name the statement gives
        "Ma Cao trở thành một thương cảng thịnh vượng, song cùng với đó, nơi này đã trở thành mục tiêu chinh phục",
        "Apple trình làng iPhone 3G, và đúng như cái tên, smartphone này chạy trên băng tần 3G",
        "Uy thế của Thổ Phồn bị lung lay do chiến dịch của tướng Cao Tiên Chi, người này muốn tái lập tuyến đường",
        // a time, a manner, "later"
        "Quân Minh rút khỏi thành trong thời gian này",
        "Sau này Lê Lợi lên ngôi ở Đông Kinh",
        "Ông viết như thế này trong hồi ký",
    ])
    func aThisThatPointsAtNothingUnsaid(statement: String) {
        #expect(!BackReference.pointsAtThis(statement))
    }

    @Test func theTextsOwnKindIsItsSubject() {
        let statement = "Năm 1975, tỉnh này được sáp nhập với tỉnh Hải Dương"
        #expect(BackReference.pointsAtThis(statement))
        #expect(!BackReference.pointsAtThis(statement, ownKinds: PronounResolver.placeKinds))
    }

    @Test(arguments: [
        "Hệ thống đi vào hoạt động",
        "Kinh tế đã bắt đầu một sự chuyển biến từ chủ yếu là nông thôn sang phát triển các khu vực thành thị",
        "Cuộc tổng tuyển cử đầu tiên sau chiến tranh đã có sự tham gia của nữ giới",
        "Tiền phí qua phà đã bị dẹp bỏ",
    ])
    func aStatementThatNamesNothing(statement: String) {
        #expect(namesNothing(statement, deck: "chính_trị_nhật_bản"))
    }

    @Test func aStatementThatNamesSomething() {
        // a name after the first word, a small-letter name, a quoted title
        #expect(!namesNothing("Quân đội Pháp rút khỏi Hà Nội"))
        #expect(!namesNothing("Smartphone mới dùng chip iPhone"))
        #expect(!namesNothing("Bộ phim \"Mùa len trâu\" ra mắt"))
        // a name opening it: not a common word ("Kiev"), or one the text writes mid-sentence ("Pháp")
        #expect(!namesNothing("Kiev đã mở rộng về phía vùng đất thấp của bờ trái"))
        #expect(!namesNothing("Pháp nâng thị xã lên thành phố", names: ["Pháp"]))
        #expect(namesNothing("Pháp nâng thị xã lên thành phố"))
        // a happening written with one capital
        #expect(!namesNothing("Chiến tranh thế giới thứ nhất bùng nổ"))
        // the deck's own topic
        #expect(!namesNothing("Sao lùn nâu đầu tiên được xác định", deck: "sao_lùn_nâu"))
        #expect(namesNothing("Sao lùn nâu đầu tiên được xác định", deck: "bầu_cử"))
    }

    @Test func generateLeavesOutWhatNamesNothing() {
        let events = [
            TestEvents.event("2005", "Kinh tế bắt đầu chuyển từ nông nghiệp sang công nghiệp",
                             sentence: "Năm 2005, kinh tế bắt đầu chuyển từ nông nghiệp sang công nghiệp.", dateSurface: "Năm 2005"),
            TestEvents.event("1010", "Lý Thái Tổ dời đô về Đại La", sentence: "Năm 1010, Lý Thái Tổ dời đô về Đại La.",
                             dateSurface: "Năm 1010"),
        ]
        let (deck, report) = DeckGenerator().makeDeckReporting(name: "lịch_sử", events: events, language: .vi,
                                                               source: DeckSource(file: "t", sha256: ""))
        #expect(report.drops.contains { $0.defect == .unnamed && $0.kind == nil })
        #expect(!deck.cards.contains { $0.sourceSentence.contains("kinh tế") })
        #expect(deck.cards.contains { $0.sourceSentence.contains("Lý Thái Tổ") })
    }

    @Test func aLatestDateIsNoDate() {
        #expect(ClauseOfDate.isUncertain("Ôxy được Carl Wilhelm Scheele phát hiện ở Uppsala hoặc sớm hơn", language: .vi))
        #expect(ClauseOfDate.isUncertain("Oxygen was found by Scheele in Uppsala or earlier", language: .en))
        #expect(!ClauseOfDate.isUncertain("Ôxy được Carl Wilhelm Scheele phát hiện ở Uppsala", language: .vi))
    }

    @Test(arguments: [
        ("Năm 1961, hộp sọ của Tchadanthropus uxoris được phát hiện tại Chad.", "Tchadanthropus"),
        ("Năm 2000, các cổ đông chuyển đổi thành công ty trách nhiệm hữu hạn: London Stock Exchange plc.",
         "London Stock Exchange"),
    ])
    func aBlankThatStopsBeforeAForeignNamesTail(sentence: String, answer: String) throws {
        #expect(!(try blankIsClean(answer, in: sentence)))
    }

    @Test func aBlankBeforeAVietnameseWordIsWhole() throws {
        let sentence = "Năm 1010, Lý Thái Tổ dời đô về Đại La sau khi lên ngôi."
        #expect(try blankIsClean("Đại La", in: sentence))
        #expect(!BlankBoundary.cutsForeignName(next: "sau"))
        #expect(BlankBoundary.cutsForeignName(next: "erectus"))
    }

    @Test func theOpeningsOtherNamesForItsSubject() {
        let opening = "Gai dầu hay Cần sa, tài mà, gai mèo (danh pháp khoa học: Cannabis) là một chi thực vật có hoa"
        let names = KindSubject.definedNames(in: opening, language: .vi)
        #expect(names.contains("Cannabis"))
        // a gloss's language is no name of the subject
        #expect(KindSubject.definedNames(in: "Liban (tiếng Ả Rập: Lubnān) là một quốc gia ở Trung Đông", language: .vi)
            .isDisjoint(with: ["Ả Rập"]))
        let english = "The American Revolutionary War, also known as the American War of Independence in the United States, "
            + "was the armed conflict between Great Britain and thirteen of its colonies"
        let found = KindSubject.definedNames(in: english, language: .en)
        #expect(found.contains("American War of Independence"))
        #expect(!found.contains("United States") && !found.contains("Great Britain"))
        #expect(KindSubject.definedNames(in: "Quân Minh rút về nước sau trận Chi Lăng", language: .vi).isEmpty)
    }

    @Test func aBlankAfterAnInstitutionsHeadCutsItsName() throws {
        let sentence = "Năm 1950, chiếc XF-85 được chuyển tới Căn cứ Không quân Norton gần San Bernardino."
        #expect(!(try blankIsClean("Không quân Norton", in: sentence)))
        // a proper name after the head is the thing's own name
        let act = "Năm 1900, Đạo luật Foraker cho phép Puerto Rico lập chính phủ dân sự."
        #expect(try blankIsClean("Foraker", in: act))
    }

    @Test func aFilmNamedOnlyAsTheFilmIsTheTextsOwn() throws {
        let subject = KindSubject(name: "Lyoko", kinds: ["bộ phim", "phim"])
        let events = [TestEvents.event("2003", "Mật mã Lyoko bắt đầu công chiếu",
                                       sentence: "Ngày 3 tháng 9 năm 2003, Mật mã Lyoko bắt đầu công chiếu.")]
        let named = subject.named(after: "mật_mã_lyoko", in: DeckGenerator.deckEvents(from: events))
        #expect(named.name == "Mật mã Lyoko")
        let resolved = try #require(named.resolved(TestEvents.event("2004", "Phim được in ra thành truyện tranh bởi Hachette")))
        #expect(resolved.statement == "Mật mã Lyoko được in ra thành truyện tranh bởi Hachette")
    }

    @Test func aForecastAndAnUnnamedHappeningAreNoEvents() {
        #expect(ClauseOfDate.isUncertain("Theo dự đoán của bộ Nông nghiệp Mỹ, trữ lượng gạo toàn cầu sẽ giảm", language: .vi))
        let vacuous = "Một sự kiện đã đến với chàng thanh niên Thomas Hobbes"
        #expect(StatementShape.isFragment(vacuous, words: StatementShape.words(vacuous), language: .vi))
    }

    @Test(arguments: [
        ("Năm 2006, theo phía Nga tuyên bố tại Triển lãm Chu Hải, 60 chiếc Su-27SK đã được nâng cấp.", "Nga"),
        ("Tháng 12 năm 2006, Mật mã Lyoko nhận giải France's Prix de l'Export Award 2006.", "Export Award"),
        ("Tháng 12 năm 2006, Mật mã Lyoko nhận giải France's Prix de l'Export Award 2006.", "France's Prix"),
    ])
    func aBlankOnWhoSaidItOrCutAtAnApostrophe(sentence: String, answer: String) throws {
        #expect(!(try blankIsClean(answer, in: sentence)))
    }

    @Test func anEstimateIsAFigure() {
        #expect(StatementShape.isStatistic("Ước tính chỉ ra rằng các quốc gia nguy hiểm nhất là Burkina Faso và Mali",
                                           language: .vi))
        #expect(!StatementShape.isStatistic("Quân Minh rút khỏi thành Đông Quan", language: .vi))
    }

    @Test func aTitleWithoutItsAccentsStillNamesTheSubject() {
        let events = [TestEvents.event("1979", "Hội đồng thành phố quy định phát âm tên thành phố là San José",
                                       sentence: "Tháng 4/1979, Hội đồng thành phố quy định phát âm tên thành phố là San José.")]
        let titles = DeckGenerator.titleNames("san_jose_california", in: DeckGenerator.deckEvents(from: events), language: .vi)
        #expect(titles.contains("San José"))
        // Vietnamese marks still tell words apart
        #expect(DeckGenerator.unaccented("bắc") == "bắc")
        #expect(DeckGenerator.unaccented("José") == "Jose")
        #expect(KindSubject.definedNames(in: "HIV (virus gây suy giảm miễn dịch ở người) là một loại virus", language: .vi)
            .contains("HIV"))
    }

    @Test func thePaperThatReportedItIsNoBlank() throws {
        let sentence = "Tháng 9 năm 2005, New Scientist thông báo rằng các nhà nghiên cứu tại Canberra đã nhận dạng một kiểu mới."
        #expect(!(try blankIsClean("New Scientist", in: sentence)))
        let founded = "Năm 1901, Picasso thành lập tạp chí Arte Joven ở Madrid."
        #expect(try blankIsClean("Arte Joven", in: founded))
    }

    @Test(arguments: [
        // half of the span the card would ask
        ("15XX", "Người Tây Ban Nha giới thiệu khoai tây ra châu Âu",
         "Người Tây Ban Nha giới thiệu khoai tây ra châu Âu vào nửa cuối thế kỷ 16.", "cuối thế kỷ 16", CardDefect.partOfRange),
        // the year of a film, between its title and its maker
        ("1981", "Bộ phim Tìm kiếm lửa của Jean-Jacques Annaud kể câu chuyện về một nhóm người",
         "Bộ phim Tìm kiếm lửa năm 1981 của Jean-Jacques Annaud kể câu chuyện về một nhóm người.", "năm 1981",
         CardDefect.nominalDate),
    ])
    func aDateThatIsNotTheClauses(date: String, statement: String, sentence: String, surface: String, defect: CardDefect) {
        #expect(EventScreen(language: .vi).dateDefect(TestEvents.event(date, statement, sentence: sentence, dateSurface: surface))
            == defect)
    }

    @Test(arguments: [
        // a festival's day comes back every year
        ("2008-08-16", "Kyoto kỷ niệm lễ hội Bon với Gozan Okuribi",
         "Kyoto kỷ niệm lễ hội Bon với Gozan Okuribi (16 tháng 8).", "16 tháng 8", CardDefect.state),
        // what is left of a date phrase opens the statement
        ("18XX", "Vào những thập niên, các nhà khảo cổ đã sắp xếp những hiện vật theo thứ tự thời gian",
         "Vào những thập niên cuối thế kỉ 19, các nhà khảo cổ đã sắp xếp những hiện vật theo thứ tự thời gian.",
         "cuối thế kỉ 19", CardDefect.leftover),
        // the date dates the participle after the subject, not the clause the statement asks about
        ("1925", "Rheni, được phát hiện, là nguyên tố ổn định cuối cùng được tìm ra",
         "Rheni, được phát hiện năm 1925, là nguyên tố ổn định cuối cùng được tìm ra.", "năm 1925", CardDefect.otherClause),
        // an example of what the sentences before said
        ("BC3300", "Ví dụ Người băng Ötzi, một xác ướp, được tìm thấy trên dãy Alps",
         "Ví dụ Người băng Ötzi, một xác ướp từ khoảng năm 3300 TCN, được tìm thấy trên dãy Alps.", "khoảng năm 3300 TCN",
         CardDefect.anaphor),
        // a contrast cut before its verb
        ("1999", "Chi nhánh Nintendo ở Bắc Mỹ ngừng sản xuất SNES còn tại Nhật",
         "Chi nhánh Nintendo ở Bắc Mỹ ngừng sản xuất SNES vào năm 1999 còn tại Nhật.", "vào năm 1999", CardDefect.fragment),
    ])
    func anEventThatMakesNoCard(date: String, statement: String, sentence: String, surface: String, defect: CardDefect) {
        #expect(EventScreen(language: .vi).blocking(TestEvents.event(date, statement, sentence: sentence, dateSurface: surface))
            == defect)
    }

    @Test func aStatementThatIsTheParticipleKeepsItsDate() {
        let sentence = "Ngân hàng sớm nhất, Banco di San Giorgio, được thành lập năm 1407 tại Genoa, Ý."
        #expect(!ClauseOfDate.isInAppositive(sentence: sentence, statement: "Banco di San Giorgio, được thành lập tại Genoa, Ý",
                                             dateSurface: "năm 1407", language: .vi))
        let english = "Rhenium, discovered in 1925, is the last stable element to be found."
        #expect(ClauseOfDate.isInAppositive(sentence: english, statement: "Rhenium, discovered, is the last stable element to be found",
                                            dateSurface: "in 1925", language: .en))
    }

    @Test func aHappeningsTextGoesOnAboutIt() throws {
        let events = DeckGenerator.deckEvents(from: [
            TestEvents.event("1929", "Đại khủng hoảng là thời kỳ suy thoái kinh tế toàn cầu",
                             sentence: "Đại khủng hoảng là thời kỳ suy thoái kinh tế toàn cầu từ năm 1929."),
        ])
        let happening = try #require(TopicHappening.find(deckName: "đại_khủng_hoảng", events: events, language: .vi))
        let opening = TestEvents.event("1929-10-29", "Bắt đầu sau sự sụp đổ của thị trường chứng khoán Phố Wall")
        #expect(happening.resolved(opening)?.statement == "Đại khủng hoảng bắt đầu sau sự sụp đổ của thị trường chứng khoán Phố Wall")
        #expect(happening.resolved(TestEvents.event("1933", "Roosevelt lên làm tổng thống")) == nil)
        // a deck about a person or a place names no happening
        #expect(TopicHappening.find(deckName: "hồ_chí_minh", events: events, language: .vi) == nil)
    }

    @Test func theDayOfSomethingIsNoHappening() {
        #expect(EventScreen(language: .vi).isBareNounPhrase(StatementShape.words("Ngày khai mạc thế vận hội")))
        #expect(!EventScreen(language: .vi).isBareNounPhrase(StatementShape.words("Ngày khai mạc được dời lại")))
    }

    @Test func anExamplesMarkerLeavesTheBlankedSentence() {
        #expect(ClozeCardMaker.withoutLeadingLink("Ví dụ Người băng Ötzi được tìm thấy năm 1991.", language: .vi)
            == "Người băng Ötzi được tìm thấy năm 1991.")
        #expect(ClozeCardMaker.withoutLeadingLink("Ví dụ như vậy là đủ.", language: .vi) == "Ví dụ như vậy là đủ.")
    }

    @Test func aListLineIsNoStatement() {
        let screen = EventScreen(language: .vi)
        // an item of the list above it: lower case, no stop
        let item = TestEvents.event("2011", "Trường Trung học phổ thông quốc tế Wellspring",
                                    sentence: "trường Trung học phổ thông quốc tế Wellspring(2011)", dateSurface: "2011")
        #expect(screen.blocking(item) == .listEntry)
        // a timeline's line opens on its date and stays
        let line = TestEvents.event("1988-05-15", "Liên Xô bắt đầu rút khỏi Afghanistan",
                                    sentence: "15 tháng 5: Liên Xô bắt đầu rút khỏi Afghanistan", dateSurface: "15 tháng 5")
        #expect(screen.blocking(line) != .listEntry)
        // names and figures, not one Vietnamese word
        let products = TestEvents.event("2006-09", "iPod nano 2G, iPod shuffle 2G, iPod video 80 GB",
                                        sentence: "Tháng 9 năm 2006: iPod nano 2G, iPod shuffle 2G, iPod video 80 GB",
                                        dateSurface: "Tháng 9 năm 2006")
        #expect(screen.blocking(products) == .titleLike)
    }
}
