import Testing
import Timeline
@testable import Cards

/// Round thirteen: an administrative act said with the state as its unnamed actor is a whole statement when it names
/// the unit it acts on; a verb the text capitalised is no name.
@Suite struct CardRulesRoundThirteenTests {
    @Test(arguments: [
        "Chia huyện Kim Thi thành 2 huyện: Kim Động và Ân Thi",
        "Sáp nhập xã Thành Công vào phường Hà Khẩu",
        "Chuyển 5 xã: Lộc An, Lộc Hạ, Lộc Hòa về huyện Mỹ Lộc",
        "Lập thêm tổng An Ninh và tổng Thanh Biên",
        "Đổi hạt tham biện Rạch Giá thành tỉnh Rạch Giá",
        "Hợp nhất 2 huyện Phù Cừ và Tiên Lữ thành huyện Phù Tiên",
        "Thành lập các tỉnh Hà Nam và Thái Bình",
    ])
    func anAdministrativeActOnANamedUnit(statement: String) {
        let words = StatementShape.words(statement)
        #expect(StatementShape.isAdministrativeAct(words))
        #expect(!StatementShape.startsWithAnaphor(words, language: .vi, statement: statement))
    }

    @Test(arguments: [
        "Chia tỉnh để tái lập 2 tỉnh mới là Nam Hà và Ninh Bình",
        "Đổi thành Hội quán Phúc Kiến",
        "Chia về phủ Thuận Thành",
        "Đổi hạt thanh tra thành hạt tham biện, các thôn thành các làng",
        "Đánh bại quân Minh ở Chi Lăng",
        "Chuyển sang thuộc quyền quản lý của Hà Nội",
    ])
    func whatWasActedOnIsNotSaid(statement: String) {
        let words = StatementShape.words(statement)
        #expect(!StatementShape.isAdministrativeAct(words))
        #expect(StatementShape.startsWithAnaphor(words, language: .vi, statement: statement))
    }

    @Test func aCapitalisedVerbIsNoName() {
        let names = NameFinder.names(in: "Ngày 26 tháng 12 năm 1991, Chia tỉnh Thuận Hải thành 2 tỉnh Bình Thuận và Ninh Thuận.",
                                     language: .vi)
        #expect(!names.contains("Chia"))
        #expect(names.contains("Thuận Hải"))
    }
}
