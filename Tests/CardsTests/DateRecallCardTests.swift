import Testing
import Timeline
@testable import Cards

@Suite struct DateRecallCardTests {
    static let vietnamese: [(statement: String, date: String, prompt: String, answer: String)] = [
        ("NATO và Nga ký Đạo luật sáng lập", "1997-05-27",
         "NATO và Nga ký Đạo luật sáng lập vào ngày tháng năm nào?", "ngày 27 tháng 5 năm 1997"),
        ("Việt Nam chính thức gia nhập ASEAN.", "1995-07",
         "Việt Nam chính thức gia nhập ASEAN vào tháng năm nào?", "tháng 7 năm 1995"),
        ("Đại hội VI của Đảng đề ra đường lối Đổi mới", "1986",
         "Đại hội VI của Đảng đề ra đường lối Đổi mới vào năm nào?", "năm 1986"),
        ("Quan hệ NATO–Nga được thiết lập (1991) trong khuôn khổ Hội đồng Hợp tác Bắc Đại Tây Dương", "1991",
         "Quan hệ NATO–Nga được thiết lập trong khuôn khổ Hội đồng Hợp tác Bắc Đại Tây Dương vào năm nào?", "năm 1991"),
        ("Từ năm 1994, NATO và Nga ký nhiều thỏa thuận hợp tác quan trọng", "1994",
         "NATO và Nga ký nhiều thỏa thuận hợp tác quan trọng vào năm nào?", "năm 1994"),
        ("Phong trào Cần Vương bùng nổ[3]", "188X", "Phong trào Cần Vương bùng nổ vào thập niên nào?", "thập niên 1880"),
        ("Nhà Lý dời đô về Thăng Long", "10XX", "Nhà Lý dời đô về Thăng Long vào thế kỷ nào?", "thế kỷ XI"),
        ("Cuộc kháng chiến chống Pháp diễn ra", "1946/1954",
         "Cuộc kháng chiến chống Pháp diễn ra trong khoảng thời gian nào?", "từ năm 1946 đến năm 1954"),
    ]

    @Test(arguments: vietnamese)
    func vietnamesePrompt(_ row: (statement: String, date: String, prompt: String, answer: String)) throws {
        let card = try #require(DateRecallCardMaker(language: .vi).card(for: TestEvents.deckEvent(
            TestEvents.event(row.date, row.statement))))
        #expect(card.prompt == row.prompt)
        #expect(card.answer == row.answer)
        #expect(!card.prompt.hasPrefix("Khi nào"))
    }

    static let english: [(statement: String, date: String, prompt: String, answer: String)] = [
        ("NATO and Russia signed the Founding Act", "1997",
         "In what year did NATO and Russia sign the Founding Act?", "1997"),
        ("The Continental Congress adopted the Declaration of Independence.", "1776-07-04",
         "On what date did the Continental Congress adopt the Declaration of Independence?", "July 4, 1776"),
        ("Burgoyne's army was forced to surrender at Saratoga", "1777-10",
         "In what month and year was Burgoyne's army forced to surrender at Saratoga?", "October 1777"),
        ("The Berlin Wall fell", "1989-11-09", "On what date did the Berlin Wall fall?", "November 9, 1989"),
        ("Washington arrived outside Boston and took command of the Continental Army", "1775-07",
         "In what month and year did Washington arrive outside Boston and take command of the Continental Army?",
         "July 1775"),
        ("The Treaty of Versailles formally ended the war", "1919",
         "In what year did the Treaty of Versailles formally end the war?", "1919"),
        ("The newly elected assembly voted to abolish the monarchy", "1792",
         "In what year did the newly elected assembly vote to abolish the monarchy?", "1792"),
        ("In Paris, NATO and Russia signed the Founding Act", "1997",
         "In what year did this happen: In Paris, NATO and Russia signed the Founding Act?", "1997"),
        ("Britain and the United States signed the Treaty of Paris (1783)", "1783",
         "In what year did Britain and the United States sign the Treaty of Paris?", "1783"),
        ("Cornwallis surrendered at Yorktown", "1781-10", "In what month and year did Cornwallis surrender at Yorktown?",
         "October 1781"),
        ("The Industrial Revolution transformed Britain", "17XX",
         "In which century did the Industrial Revolution transform Britain?", "the 18th century"),
    ]

    @Test(arguments: english)
    func englishPrompt(_ row: (statement: String, date: String, prompt: String, answer: String)) throws {
        let card = try #require(DateRecallCardMaker(language: .en).card(for: TestEvents.deckEvent(
            TestEvents.event(row.date, row.statement))))
        #expect(card.prompt == row.prompt)
        #expect(card.answer == row.answer)
    }

    @Test func sentenceShowsWhetherTheFirstWordIsAName() throws {
        let common = TestEvents.event("1782-11", "Preliminary peace articles were signed in Paris",
                                      sentence: "In November 1782, preliminary peace articles were signed in Paris.")
        let name = TestEvents.event("1775-04-18", "British troops marched to Concord",
                                    sentence: "On April 18, 1775, British troops marched to Concord.")
        let maker = DateRecallCardMaker(language: .en)
        #expect(try #require(maker.card(for: TestEvents.deckEvent(common))).prompt
                == "In what month and year were preliminary peace articles signed in Paris?")
        #expect(try #require(maker.card(for: TestEvents.deckEvent(name))).prompt
                == "On what date did British troops march to Concord?")
    }

    @Test func qualifierIsPartOfTheAnswer() throws {
        let event = TestEvents.event("2017-03", "Hội đồng NATO–Nga họp tại Brussels", qualifier: .late)
        let card = try #require(DateRecallCardMaker(language: .vi).card(for: TestEvents.deckEvent(event)))
        #expect(card.answer == "cuối tháng 3 năm 2017")
        #expect(AnswerChecker().check("tháng 3/2017", for: card) == .correct)
    }

    /// A statement that is nothing but its date cannot be asked.
    @Test(arguments: ["Năm 1968", "1968", "In 1968"])
    func statementThatIsItsDateIsSkipped(statement: String) {
        #expect(DateRecallCardMaker(language: .vi).card(for: TestEvents.deckEvent(TestEvents.event("1968", statement))) == nil)
    }

    @Test func cardKeepsEventIDAndSentenceWithoutCitations() throws {
        let deckEvent = TestEvents.deckEvent(TestEvents.english[1])
        let card = try #require(DateRecallCardMaker(language: .en).card(for: deckEvent))
        #expect(card.eventID == deckEvent.id)
        #expect(card.sourceSentence == "On July 4, 1776, the Continental Congress adopted the Declaration of Independence.")
    }
}

@Suite struct PromptLeakTests {
    /// The day and month of a day-precision answer are removed with the year, or the card is skipped.
    @Test(arguments: [
        ("Chính quyền được thiết lập ở các tỉnh lỵ (muộn nhất ngày 28/8)", "1945-08-28",
         "Chính quyền được thiết lập ở các tỉnh lỵ vào ngày tháng năm nào?"),
        ("Quân Nhật đầu hàng vào ngày 15 tháng 8", "1945-08-15", "Quân Nhật đầu hàng vào ngày tháng năm nào?"),
        ("NATO và Nga tham gia cuộc tập trận \"Vigilant Skies 2011\"", "2011-06-06",
         "NATO và Nga tham gia cuộc tập trận \"Vigilant Skies\" vào ngày tháng năm nào?"),
    ])
    func dayAndMonthAreRemoved(statement: String, date: String, prompt: String) throws {
        let card = try #require(DateRecallCardMaker(language: .vi).card(for: TestEvents.deckEvent(
            TestEvents.event(date, statement))))
        #expect(card.prompt == prompt)
    }

    @Test func twoClausesFallBack() throws {
        let card = try #require(DateRecallCardMaker(language: .en).card(for: TestEvents.deckEvent(TestEvents.event(
            "1775-12-31", "The Americans attacked Quebec City and were defeated by Carleton; Montgomery was killed"))))
        #expect(card.prompt.hasPrefix("On what date did this happen: The Americans attacked"))
    }

    @Test func nestedNamesAreNotBlankedTwiceInOneSentence() {
        let sentence = "On September 28, 1775, Brigadier General Richard Montgomery marched north from Fort Ticonderoga."
        let events = [TestEvents.event("1775-09-28", "Richard Montgomery marched north", sentence: sentence,
                                       actors: ["Richard Montgomery"]),
                      TestEvents.event("1775-09", "Montgomery left Fort Ticonderoga", sentence: sentence,
                                       actors: ["Brigadier General Richard Montgomery", "Fort Ticonderoga"])]
        let deck = DeckGenerator(kinds: [.cloze]).makeDeck(name: "t", events: events, language: .en,
                                                          source: DeckSource(file: "t", sha256: ""))
        let answers = deck.cards.map(\.answer)
        #expect(!answers.isEmpty)
        #expect(!(answers.contains("Richard Montgomery") && answers.contains("Brigadier General Richard Montgomery")))
    }
}
