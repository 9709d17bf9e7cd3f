import Testing
import Timeline

/// Numbers and words that only look like dates: no timex may touch the quoted part.
@Suite struct TrapTests {
    static let vietnamese: [(String, String)] = [
        ("Theo Vladimir Putin, ông đã đề xuất ý tưởng.[4] Hội đồng được lập.[5]", "[4]"),
        ("Quân đội chiếm 2/3 lãnh thổ miền Bắc.", "2/3"),
        ("Hồ Chí Minh được 98% ủng hộ.", "98%"),
        ("Họ điều động 16000 quân lên phía bắc.", "16000"),
        ("Khoảng 5000 người tham gia biểu tình.", "5000"),
        ("Sông Bến Hải chạy dọc vĩ tuyến 17 từ tây sang đông.", "vĩ tuyến 17"),
        ("Đây là liên doanh quân sự thứ hai giữa hai bên.", "thứ hai"),
        ("Cuộc hành quân Lam Sơn 719 thất bại.", "Lam Sơn 719"),
        ("Khi Nhật thất bại, đó là Cách mạng tháng Tám.", "tháng Tám"),
        ("Quân Nhật đầu hàng vô điều kiện.", "đầu hàng"),
        ("Chính phủ thực hiện cải cách và xuất hiện nhiều đảng.", "hiện"),
        ("Một số nơi có khó khăn hơn như Hà Giang.", "Một số"),
    ]
    static let english: [(String, String)] = [
        ("Arsenals were raided; 90% of the supply was imported.", "90%"),
        ("He commanded about 4,000 men from Boston.", "4,000"),
        ("May I add that the march was long?", "May"),
        ("The March on Washington drew crowds.", "March"),
        ("He had but 600 of his original 1,100 men.", "600"),
        ("The fall of the city shocked London.", "fall"),
    ]

    @Test(arguments: vietnamese)
    func vietnameseTrap(text: String, trap: String) {
        expectNoTimex(extract(text, .vi), text: text, trap: trap)
    }

    @Test(arguments: english)
    func englishTrap(text: String, trap: String) {
        expectNoTimex(extract(text, .en), text: text, trap: trap)
    }

    func expectNoTimex(_ extraction: Extraction, text: String, trap: String) {
        let scalars = Array(text.unicodeScalars)
        let trapScalars = Array(trap.unicodeScalars)
        guard let start = (0...(scalars.count - trapScalars.count)).first(where: {
            Array(scalars[$0..<($0 + trapScalars.count)]) == trapScalars
        }) else {
            Issue.record("trap '\(trap)' not in text")
            return
        }
        let end = start + trapScalars.count
        let touching = extraction.timexes.filter { $0.start < end && start < $0.end }
        #expect(touching.isEmpty, "\(touching.map(\.surface)) touches '\(trap)'")
    }
}
