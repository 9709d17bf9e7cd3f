import Testing
import Timeline
@testable import Cards

/// Round seventeen (after set AR): places and bodies named only by their kind.
@Suite struct CardRulesRoundSeventeenTests {
    private func leansBack(_ statement: String) -> Bool {
        StatementShape.startsWithAnaphor(StatementShape.words(statement), language: .vi, statement: statement)
    }

    /// A station, a team, a pagoda named only by its kind, with its verb at once, is one the text named before.
    @Test(arguments: [
        "Đài đưa vào sử dụng trạm phát sóng ở tỉnh Sóc Trăng",
        "Đội hợp nhất với đội Cấp nước Đà Nẵng lấy tên gọi chung là Đà Nẵng",
        "Chùa được xây dựng lại bằng gạch",
        "Nhà máy bắt đầu sản xuất ô tô cho thị trường Nga",
        "Tây Ban Nha bán quần đảo cho Đế quốc Đức",
    ])
    func aKindAloneBeforeItsVerbPointsBack(statement: String) {
        #expect(leansBack(statement))
    }

    /// The same words opening a name or a longer noun name what they are about.
    @Test(arguments: [
        "Đài Loan tuyên bố thiết quân luật trên toàn đảo",
        "Đội tuyển bóng đá quốc gia Nhật Bản giành Cúp bóng đá châu Á",
        "Chùa Láng được xây dựng dưới thời vua Lý Thần Tông",
        "Đài Tiếng nói Việt Nam phát đi bản Tuyên ngôn Độc lập",
        "Tây Ban Nha bán quần đảo Caroline cho Đế quốc Đức",
    ])
    func theSameWordsOpeningANameStay(statement: String) {
        #expect(!leansBack(statement))
    }
}
