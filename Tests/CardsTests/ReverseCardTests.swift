import Testing
import Timeline
@testable import Cards

@Suite struct ReverseCardTests {
    /// The date is given; the question asks for the one name the sentence's shape says what it is.
    static let rows: [(Language, String, String, String, String)] = [
        (.vi, "1010", "Lý Thái Tổ dời đô về Đại La", "Năm 1010, Lý Thái Tổ dời đô về đâu?", "Đại La"),
        (.vi, "1945-09-02", "Hồ Chí Minh tuyên bố thành lập chính phủ lâm thời, khai sinh nhà nước Việt Nam Dân chủ Cộng hòa",
         "Ngày 2 tháng 9 năm 1945, ai tuyên bố thành lập chính phủ lâm thời, khai sinh nhà nước Việt Nam Dân chủ Cộng hòa?",
         "Hồ Chí Minh"),
        (.vi, "1928-07", "Các thành viên của Hội Phục Việt thành lập đảng Tân Việt tại Huế",
         "Tháng 7 năm 1928, các thành viên của Hội Phục Việt thành lập đảng nào tại Huế?", "Tân Việt"),
        (.vi, "1954", "Hiệp định Genève về Đông Dương được ký kết",
         "Năm 1954, hiệp định nào về Đông Dương được ký kết?", "Genève"),
        (.en, "1840", "Abraham Lincoln became engaged to Mary Todd, who was from Lexington",
         "In 1840, who became engaged to Mary Todd, who was from Lexington?", "Abraham Lincoln"),
        (.en, "1777-11-15", "The Second Continental Congress approved the Articles for distribution to the states",
         "On November 15, 1777, what approved the Articles for distribution to the states?", "Second Continental Congress"),
    ]

    @Test(arguments: rows)
    func asksOneCheckableThing(language: Language, date: String, statement: String, prompt: String, answer: String) throws {
        let event = TestEvents.event(date, statement)
        let card = try #require(ReverseCardMaker(language: language).card(for: TestEvents.deckEvent(event)))
        #expect(card.prompt == prompt)
        #expect(card.answer == answer)
        #expect(AnswerChecker().check(answer, for: card) == .correct)
    }

    /// Where the sentence does not say what a name is — a subject that is not a person, a name in a list, a name
    /// glued to a capitalised word — no open "what happened" card is made instead.
    @Test(arguments: [
        (Language.vi, "Quân Pháp tấn công Hà Nội và Hải Phòng"),
        (.vi, "Việt Nam chính thức gia nhập ASEAN"),
        (.en, "France entered the war as an ally of the United States"),
        (.en, "The Confiscation Act was passed by the Senate and the House"),
        // a name inside brackets is an aside
        (.vi, "Chính quyền giao huyện Hà Tiên (cùng thuộc tỉnh Kiên Giang) cho tỉnh bên cạnh quản lý"),
    ])
    func noCardWhenTheShapeIsUnclear(language: Language, statement: String) {
        let event = TestEvents.event("1954", statement)
        #expect(ReverseCardMaker(language: language).card(for: TestEvents.deckEvent(event)) == nil)
    }

    @Test func aFamilyNameCountsForAnEnglishPerson() throws {
        let event = TestEvents.event("1789-04-30", "George Washington took the oath of office as the first president")
        let card = try #require(ReverseCardMaker(language: .en).card(for: TestEvents.deckEvent(event)))
        #expect(card.prompt == "On April 30, 1789, who took the oath of office as the first president?")
        #expect(AnswerChecker().check("Washington", for: card) == .correct)
    }
}
