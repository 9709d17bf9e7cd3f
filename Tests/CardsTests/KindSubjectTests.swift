import Testing
import Timeline
@testable import Cards

/// A statement naming the text's subject only by its kind ("Câu lạc bộ giành …") is read as that name.
@Suite struct KindSubjectTests {
    static let events = [
        TestEvents.event("1886", "Arsenal được thành lập tại Woolwich", sentence: "Năm 1886, Arsenal được thành lập tại Woolwich."),
        TestEvents.event("1913", "Arsenal chuyển lên Bắc London", sentence: "Năm 1913, Arsenal chuyển lên Bắc London."),
        TestEvents.event("1931", "Arsenal vô địch quốc gia", sentence: "Năm 1931, Arsenal vô địch quốc gia lần đầu."),
        TestEvents.event("2006", "Câu lạc bộ chuyển đến sân vận động Emirates",
                         sentence: "Năm 2006, câu lạc bộ chuyển đến sân vận động Emirates."),
    ].map(TestEvents.deckEvent)

    static let opening = "Câu lạc bộ bóng đá Arsenal, còn được biết đến với biệt danh Pháo thủ là một câu lạc bộ bóng đá lớn tại Anh"

    @Test func theKindComesFromTheDefiningSentence() throws {
        #expect(KindSubject.definedKind(in: Self.opening) == 0)
        let subject = try #require(KindSubject.find(titleNames: ["Arsenal"], events: Self.events, people: [], language: .vi,
                                                    opening: Self.opening))
        #expect(subject.name == "Arsenal")
        let resolved = try #require(subject.resolved(Self.events[3].event))
        #expect(resolved.statement == "Arsenal chuyển đến sân vận động Emirates")
    }

    /// Without a defining sentence or the kind written before the name, the subject's kind is unknown.
    @Test func noKindNoSubject() {
        #expect(KindSubject.find(titleNames: ["Arsenal"], events: Self.events, people: [], language: .vi) == nil)
    }

    @Test(arguments: [
        "Câu lạc bộ Chelsea giành cú đúp",            // another one, named
        "Câu lạc bộ này giành cú đúp",               // a demonstrative: the older rule's
        "Thành phố bị ném bom",                      // a kind of another group
    ])
    func leftAlone(statement: String) {
        let subject = KindSubject(name: "Arsenal", kinds: KindSubject.groups[0])
        #expect(subject.resolved(TestEvents.event("1940", statement)) == nil)
    }

    /// "Vương quốc hợp nhất …" is "the united kingdom", not the text's country; "Nước lũ …" is water.
    @Test func wordsThatTellTheKindButDoNotStandForIt() {
        let country = KindSubject(name: "Tây Ban Nha", kinds: KindSubject.groups[3])
        #expect(country.resolved(TestEvents.event("1492", "Vương quốc hợp nhất đã chiếm đóng Granada")) == nil)
        #expect(country.resolved(TestEvents.event("1492", "Nước lũ tràn về các tỉnh miền nam")) == nil)
        #expect(country.resolved(TestEvents.event("1492", "Quốc gia giành độc lập từ Pháp"))?.statement == "Tây Ban Nha giành độc lập từ Pháp")
    }
}

/// A deck named after a person its opening introduces: its "He …" is that person, by the name the text uses most.
@Suite struct TitlePersonTests {
    @Test func theNameUsedMost() {
        let events = [
            TestEvents.event("1858", "Lincoln debated Douglas", sentence: "In 1858 Lincoln debated Douglas."),
            TestEvents.event("1860", "Lincoln was elected president", sentence: "In 1860 Lincoln was elected president."),
            TestEvents.event("1809", "Abraham Lincoln was born in Kentucky", sentence: "Abraham Lincoln was born in Kentucky in 1809."),
        ].map(TestEvents.deckEvent)
        #expect(PronounResolver.mostUsed(["Abraham Lincoln", "Lincoln"], in: events) == "Lincoln")
    }

    @Test func aLifeOpensWithItsYears() {
        #expect(KindSubject.introducesPerson("Abraham Lincoln (; February 12, 1809 – April 15, 1865) was the 16th President of the United States"))
    }

    @Test func heIsThePersonTheDeckIsNamedAfter() {
        let text = """
            = Abraham Lincoln =
            Abraham Lincoln (February 12, 1809 – April 15, 1865) was the 16th President of the United States, serving from March 1861.
            In 1858 Lincoln debated Stephen Douglas across Illinois. Douglas won the Senate seat. Douglas spoke in Chicago in 1859.
            In 1860 Lincoln was elected president. Seward campaigned for him in New York in 1860. Seward won praise in 1861.
            In 1862, he suspended habeas corpus in Maryland.
            """
        let deck = DeckGenerator().generate(name: "Abraham_Lincoln", text: text, sourceFile: "a.txt", sourceSHA256: "", language: .en)
        #expect(deck.events.contains { $0.event.statement.hasPrefix("Lincoln suspended habeas corpus") })
    }
}

/// Set L: a nation named after a title ("Thủ tướng Bồ Đào Nha") is no person, when the text also says "người Bồ Đào
/// Nha" or "tiếng Bồ Đào Nha"; a reverse card never asks "ai" for it.
@Suite struct NationIsNoPersonTests {
    @Test func aNationAfterATitle() {
        let events = [
            TestEvents.event("1974-07-17", "Vasco Gonçalves trở thành thủ tướng Bồ Đào Nha",
                             sentence: "Ngày 17 tháng 7 năm 1974, Vasco Gonçalves trở thành thủ tướng Bồ Đào Nha."),
            TestEvents.event("1974-09-11", "Bồ Đào Nha lại trở thành thành viên UNESCO",
                             sentence: "Ngày 11 tháng 9 năm 1974, Bồ Đào Nha lại trở thành thành viên UNESCO."),
            TestEvents.event("1975", "Người Bồ Đào Nha rút khỏi Angola",
                             sentence: "Năm 1975, người Bồ Đào Nha rút khỏi Angola."),
        ].map(TestEvents.deckEvent)
        #expect(!PronounResolver(events: events, language: .vi).people.contains("Bồ Đào Nha"))
    }
}

/// "Cao Xương" opens on a family name's syllable, but the text says "nước Cao Xương": no "ai" question for it.
/// (Names such as "Lâm Ấp" and "Thái Lan" are known as places without the text: `NameKind.placesOnFamilyNames`.)
@Suite struct NoWhoForAPlaceTests {
    @Test func aPlaceIsNoOne() {
        let event = TestEvents.deckEvent(TestEvents.event("03XX", "Cao Xương nhanh chóng hấp thu nền văn minh Phật giáo",
                                                          sentence: "Thế kỷ IV, Cao Xương nhanh chóng hấp thu nền văn minh Phật giáo."))
        let person = ReverseCardMaker(language: .vi, obvious: [], people: [])
        #expect(person.card(for: event)?.prompt.contains(" ai ") == true)
        var place = ReverseCardMaker(language: .vi, obvious: [], people: [])
        place.places = ["Cao Xương"]
        #expect(place.card(for: event)?.prompt.contains(" ai ") != true)
    }
}
