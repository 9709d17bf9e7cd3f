import Testing
@testable import Timeline
@testable import Cards

/// Round twenty-two (after set CH): a second title glued on by a hyphen.
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
}
