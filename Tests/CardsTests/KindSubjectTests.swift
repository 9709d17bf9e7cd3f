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
