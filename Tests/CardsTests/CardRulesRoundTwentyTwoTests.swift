import Testing
@testable import Timeline
@testable import Cards

/// Round twenty-two (after set CH): a second title glued on by a hyphen, a date question after a clause of purpose, a game or an app by its kind, a nationality before a person's name.
@Suite struct CardRulesRoundTwentyTwoTests {
    /// "cựu [Thủ tướng Nhật Bản-Thống] giám Hàn Quốc": the blank ends inside the second title "Thống giám"; a foreign
    /// name's hyphenated part ("Dodd-Frank", "Broun-Ramsay") ends its blank.
    @Test func aBlankMustNotEndInsideAHyphenatedTitle() {
        let shot = "An Jung-geun bắn chết cựu Thủ tướng Nhật Bản-Thống giám Hàn Quốc Itō Hirobumi tại Cáp Nhĩ Tân"
        let cut = "Thủ tướng Nhật Bản-Thống"
        #expect(!BlankBoundary.isClean(cut, at: shot.range(of: cut)!, in: shot, language: .vi))
        #expect(BlankBoundary.isClean("Itō Hirobumi", at: shot.range(of: "Itō Hirobumi")!, in: shot, language: .vi))
        let named = "Việc bổ nhiệm James Broun-Ramsay làm Toàn quyền vào năm 1848 chuẩn bị cho những thay đổi"
        #expect(BlankBoundary.isClean("James Broun-Ramsay", at: named.range(of: "James Broun-Ramsay")!, in: named,
                                      language: .vi))
    }
    /// "Vào ngày 6 tháng 7 năm 2015, Microsoft công bố … để gắn với việc phát hành Windows 10 sắp được diễn ra": asked at
    /// the end, the question reads as when Windows 10 comes out; the date opened the sentence, so it opens the question.
    @Test func aTrailingClauseOfPurposeOrTimeFrontsTheQuestion() {
        let statement = "Microsoft công bố việc thay đổi nhãn hiệu từ Xbox Music thành Groove để gắn với việc phát hành Windows 10 sắp được diễn ra."
        let context = "Vào ngày 6 tháng 7 năm 2015, " + statement
        #expect(QuestionText.dateQuestion(statement: statement, date: EventDate(iso: "2015-07-06"), in: .vi,
                                          context: context, surface: "ngày 6 tháng 7 năm 2015")
                == "Vào ngày tháng năm nào, Microsoft công bố việc thay đổi nhãn hiệu từ Xbox Music thành Groove để gắn với việc phát hành Windows 10 sắp được diễn ra?")
        // a date written after the clause it dates, or a statement with no such clause, keeps the phrase at the end
        let after = "Microsoft công bố việc thay đổi nhãn hiệu vào ngày 6 tháng 7 năm 2015 để gắn với Windows 10."
        #expect(QuestionText.dateQuestion(statement: "Microsoft công bố việc thay đổi nhãn hiệu để gắn với Windows 10.",
                                          date: EventDate(iso: "2015-07-06"), in: .vi, context: after,
                                          surface: "ngày 6 tháng 7 năm 2015")?.hasSuffix("vào ngày tháng năm nào?") == true)
        let plain = "Microsoft công bố việc thay đổi nhãn hiệu từ Xbox Music thành Groove Music."
        #expect(QuestionText.dateQuestion(statement: plain, date: EventDate(iso: "2015-07-06"), in: .vi,
                                          context: "Vào ngày 6 tháng 7 năm 2015, " + plain, surface: "ngày 6 tháng 7 năm 2015")?
            .hasSuffix("Groove Music vào ngày tháng năm nào?") == true)
        // "để lại" is a verb (to leave behind), no clause of purpose
        #expect(!QuestionText.endsOnPurposeOrTimeClause("Trận bão đi qua thành phố và để lại nhiều thiệt hại nặng nề"))
    }
    /// "Game được phát triển bởi Konami", "… tên của ứng dụng đã thay đổi …": which game, which app? A game or a piece of
    /// software named by its kind alone, with a verb's marker after it, is no card; with words that say which, it is.
    @Test func aGameOrAnAppByItsKindAlone() {
        for statement in ["Game được phát triển bởi Konami và phát hành trên PlayStation",
                          "Theo một bản cập nhật hệ thống cho Xbox 360, tên của ứng dụng đã thay đổi theo nhãn hiệu mới"] {
            #expect(StatementShape.startsWithAnaphor(StatementShape.words(statement), language: .vi, statement: statement),
                    "\(statement)")
        }
        for statement in ["Trò chơi truyền hình Jeopardy! được chiếu lần đầu tiên trên hệ thống NBC",
                          "Ứng dụng chụp Ảnh động Cinemagraph trên nền tảng Windows Phone lần đầu ra mắt"] {
            #expect(!StatementShape.startsWithAnaphor(StatementShape.words(statement), language: .vi, statement: statement),
                    "\(statement)")
        }
        // a text that says it is about a game reads "Trò chơi …" as that game
        let game = KindSubject.definedKind(in: "Pro Evolution Soccer là một trò chơi điện tử bóng đá do Konami phát triển.")
        #expect(game.map { KindSubject.groups[$0] }?.contains("trò chơi") == true)
    }
    /// "Dwan directed fellow [Canadian-American Mary Pickford]", "when the [Frenchman Coquand] published …": a nationality
    /// before a person's name asks two things; a name that opens on a nationality ("American Medical Association",
    /// "Spanish Crown") is one name.
    @Test func aNationalityBeforeAPersonIsNoPartOfTheBlank() {
        let dwan = "Dwan directed fellow Canadian-American Mary Pickford in several very successful movies."
        #expect(!BlankBoundary.isClean("Canadian-American Mary Pickford",
                                       at: dwan.range(of: "Canadian-American Mary Pickford")!, in: dwan, language: .en))
        let coquand = "The first mentions appeared in 1868, when the Frenchman Coquand published the first description."
        #expect(!BlankBoundary.isClean("Frenchman Coquand", at: coquand.range(of: "Frenchman Coquand")!, in: coquand,
                                       language: .en))
        let ama = "In 1967, the American Medical Association publicly supported liberalization of abortion laws."
        #expect(BlankBoundary.isClean("American Medical Association", at: ama.range(of: "American Medical Association")!,
                                      in: ama, language: .en))
        #expect(BlankBoundary.opensOnNationality("Russian", rest: "Boris Yeltsin"))
        #expect(!BlankBoundary.opensOnNationality("Spanish", rest: "Crown"))
    }
}
