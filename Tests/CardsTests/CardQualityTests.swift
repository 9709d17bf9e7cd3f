import Testing
import Timeline
@testable import Cards

/// The screen and the card check: each rule of the rubric's mechanical part, in both languages.
@Suite struct CardQualityTests {
    func event(_ date: String, _ statement: String, sentence: String? = nil, surface: String = "",
               qualifier: Qualifier? = nil) -> Event {
        var event = TestEvents.event(date, statement, sentence: sentence, qualifier: qualifier)
        event.dateSurface = surface
        return event
    }

    static let blocked: [(Language, String, CardDefect)] = [
        (.vi, "Ông được đưa qua phục vụ tại Bộ tham mưu của Sư đoàn", .anaphor),
        (.vi, "Thì được nâng lên thành 12 tỉnh", .anaphor),
        (.vi, "Tình trạng này kéo dài cho tới khi nhà Đường sụp đổ", .anaphor),
        (.en, "It was accepted by the War Department", .anaphor),
        (.en, "The bridge was finished after two years of work", .anaphor),
        (.en, "Declared war on Britain and recognized the United States", .anaphor),
        (.en, "This American victory encouraged France to enter the war", .anaphor),
        (.en, "Lleyton Hewitt took it back in the final", .anaphor),
        (.en, "Noah Haynes Swayne", .titleLike),
        (.vi, "Sau khi Việt Nam Dân chủ Cộng hòa tuyên bố độc lập", .fragment),
        (.vi, "Những, nhiều đồn bót đã án binh bất động và tránh đụng độ", .leftover),
        (.en, "Garden City, NY: Doubleday, ISBN 0-385-01234-5", .referenceEntry),
        (.vi, "Việt Minh tuyên bố tổng số thành viên là 500.000 người", .statistic),
        (.en, "Wimbledon Final Results And Records", .titleLike),
    ]

    @Test(arguments: blocked)
    func eventsThatMakeNoCard(language: Language, statement: String, defect: CardDefect) {
        #expect(EventScreen(language: language).blocking(event("1941", statement)) == defect)
    }

    @Test(arguments: [
        (Language.vi, "Lý Thái Tổ dời đô từ Hoa Lư về Đại La"),
        (.vi, "Vua Quang Trung đại phá quân Thanh ở Đống Đa"),
        (.en, "The British captured Philadelphia after the Battle of Brandywine"),
        (.en, "Abraham Lincoln became engaged to Mary Todd"),
    ])
    func soundStatementsPass(language: Language, statement: String) {
        #expect(EventScreen(language: language).blocking(event("1941", statement)) == nil)
    }

    @Test func aBracketedGlossIsNotTheEventsDate() {
        let gloss = event("2002", "Tần Thủy Hoàng - một phim truyền hình do Trung Quốc đại lục sản xuất",
                          sentence: "Tần Thủy Hoàng (2002) - một phim truyền hình do Trung Quốc đại lục sản xuất.", surface: "2002")
        #expect(EventScreen(language: .vi).blocking(gloss) == .nominalDate)
        let closing = event("1951-03-03", "Việt Minh và Liên Việt chính thức hợp nhất, lấy tên là Mặt trận Liên Việt",
                            sentence: "Việt Minh và Liên Việt chính thức hợp nhất, lấy tên là Mặt trận Liên Việt (3 tháng 3 năm 1951).",
                            surface: "3 tháng 3 năm 1951")
        #expect(EventScreen(language: .vi).isGlossDate(closing) == false)
    }

    static let dates: [(Language, String, String, Qualifier?, CardDefect?)] = [
        (.en, "Sweden stayed neutral until March 1941, when Germany attacked", "March 1941", nil, .boundaryDate),
        (.vi, "Nhà Nguyễn cai trị đến năm 1802 thì sụp đổ", "năm 1802", nil, .boundaryDate),
        (.vi, "Duy Tân bị xóa và đường đổi tên thành Phạm Ngọc Thạch sau năm 1975", "sau năm 1975", .after, .boundaryDate),
        (.en, "The army crossed the river the next day", "the next day", nil, .relativeDate),
        (.vi, "Tình trạng kéo dài 100 năm sau", "100 năm sau", nil, .relativeDate),
        (.vi, "Nhà vua tỏ ý muốn duyệt lại theo Hòa ước năm 1884", "năm 1884", nil, .nominalDate),
        (.en, "Lincoln won the 1860 election with a plurality", "1860", nil, .nominalDate),
        (.en, "The Continental Congress adopted the Declaration of Independence on July 4, 1776", "July 4, 1776", nil, nil),
        (.vi, "Ngày 19 tháng 5 năm 1941, Hội nghị quyết định thành lập Việt Minh", "ngày 19 tháng 5 năm 1941", nil, nil),
    ]

    @Test(arguments: dates)
    func aDateMustBeTheEventsOwn(language: Language, sentence: String, surface: String, qualifier: Qualifier?,
                                 defect: CardDefect?) {
        let e = event("1941", sentence, sentence: sentence + ".", surface: surface, qualifier: qualifier)
        #expect(EventScreen(language: language).dateDefect(e) == defect)
    }

    @Test func aCountIsNotAYear() {
        let e = event("1200", "About 1200 blacks left with the British for Nova Scotia",
                      sentence: "About 1200 blacks left with the British for Nova Scotia.", surface: "1200")
        #expect(EventScreen(language: .en).blocking(e) == .nominalDate)
    }

    @Test func clozeNeverCutsAWord() {
        let sentence = "Giữa tháng 5 năm 1946, Bộ Nội vụ ra lệnh cho các cán bộ ở các tỉnh phía Tây sơ tán."
        let range = sentence.range(of: "Tây")!
        #expect(!BlankBoundary.isClean("Tây", at: range, in: sentence, language: .vi))
        let cut = "thừa ủy quyền Chủ tịch Chính phủ Cách mạng lâm thời"
        #expect(!BlankBoundary.isClean("Chủ tịch Chính phủ Cách", at: cut.range(of: "Chủ tịch Chính phủ Cách")!, in: cut,
                                       language: .vi))
        let whole = "Năm 1010, Lý Thái Tổ dời đô về Đại La."
        #expect(BlankBoundary.isClean("Lý Thái Tổ", at: whole.range(of: "Lý Thái Tổ")!, in: whole, language: .vi))
    }

    @Test func generateReportsWhatItLeftOut() throws {
        let events = TestEvents.vietnamese + [event("1999", "Ông được đưa qua phục vụ tại Bộ tham mưu của Sư đoàn")]
        let (deck, report) = DeckGenerator().makeDeckReporting(name: "t", events: events, language: .vi,
                                                               source: DeckSource(file: "t", sha256: ""))
        #expect(report.drops.contains { $0.defect == .anaphor && $0.kind == nil })
        #expect(!deck.cards.contains { $0.sourceSentence.hasPrefix("Ông được đưa") })
        let check = CardCheck(language: .vi)
        let byID = Dictionary(uniqueKeysWithValues: deck.events.map { ($0.id, $0.event) })
        for card in deck.cards { #expect(check.defects(of: card, event: byID[card.eventID]).isEmpty, "\(card.prompt)") }
        for card in deck.cards where card.kind == .chronology { #expect(card.choices.count >= 4) }
    }

    @Test func theMainPersonStandsForAnOpeningPronoun() throws {
        let sentences = ["Năm 1907, vua Duy Tân lên ngôi ở Huế.", "Năm 1916, Duy Tân bí mật liên lạc với Thái Phiên.",
                         "Năm 1916, Duy Tân bị bắt ở Huế.", "Năm 1945, Duy Tân mất ở Trung Phi.",
                         "Năm 1942, Duy Tân được phong chuẩn úy."]
        let events = sentences.enumerated().map { index, sentence in
            event(String(1900 + index), String(sentence.dropFirst(10).dropLast()), sentence: sentence)
        }
        let resolver = PronounResolver(events: DeckGenerator.deckEvents(from: events), language: .vi)
        #expect(resolver.mainPerson == "Duy Tân")
        let resolved = try #require(resolver.resolved(event("1916", "Ông bị đem an trí trên đảo Réunion")))
        #expect(resolved.statement == "Duy Tân bị đem an trí trên đảo Réunion")
    }

    /// A second clause with its own subject cannot share the inverted "did": the general form is used instead.
    @Test func twoClausesAreNotInvertedTogether() {
        let question = EnglishQuestion.question(statement: "A cholera epidemic broke out in Berlin and Schopenhauer left the city",
                                                asking: "In what year")
        #expect(question == "In what year did this happen: A cholera epidemic broke out in Berlin and Schopenhauer left the city?")
    }

    /// The article's own subject is never the answer: a deck named after it marks the name as obvious.
    @Test func theDecksTitleSubjectIsNeverTheAnswer() {
        let events = [TestEvents.event("1820", "Schopenhauer became a lecturer at the University of Berlin",
                                       sentence: "In 1820, Schopenhauer became a lecturer at the University of Berlin.")]
        let deckEvents = DeckGenerator.deckEvents(from: events)
        #expect(DeckGenerator.titleNames("Arthur_Schopenhauer", in: deckEvents, language: .en).contains("Schopenhauer"))
        let deck = DeckGenerator(kinds: [.cloze, .reverse]).makeDeck(name: "Arthur_Schopenhauer", events: events,
                                                                    language: .en, source: DeckSource(file: "t", sha256: ""))
        #expect(!deck.cards.contains { $0.answer == "Schopenhauer" })
        #expect(DeckGenerator.titleNames("berlin-notes", in: deckEvents, language: .en) == [])
    }
}
