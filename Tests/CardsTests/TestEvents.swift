import Testing
import Timeline
@testable import Cards

/// Hand-written history statements (Vietnamese and English) as events, for testing card makers without an extractor.
enum TestEvents {
    static func event(_ date: String, _ statement: String, sentence: String? = nil, actors: [String] = [],
                      qualifier: Qualifier? = nil, dateSurface: String = "") -> Event {
        let sentence = sentence ?? statement + "."
        return Event(date: date, qualifier: qualifier, start: 0, end: sentence.unicodeScalars.count, sentenceStart: 0,
                     sentenceEnd: sentence.unicodeScalars.count, sentence: sentence, statement: statement,
                     actors: actors, dateSurface: dateSurface)
    }

    static func deckEvent(_ event: Event) -> DeckEvent {
        DeckGenerator.deckEvents(from: [event])[0]
    }

    static let vietnamese: [Event] = [
        event("1945-09-02", "Chủ tịch Hồ Chí Minh đọc Tuyên ngôn Độc lập tại Quảng trường Ba Đình",
              sentence: "Ngày 2 tháng 9 năm 1945, tại Quảng trường Ba Đình, Chủ tịch Hồ Chí Minh đọc Tuyên ngôn Độc lập, khai sinh nước Việt Nam Dân chủ Cộng hòa.[4]",
              actors: ["Hồ Chí Minh", "Quảng trường Ba Đình"]),
        event("1954-05-07", "Quân đội nhân dân Việt Nam giành thắng lợi trong chiến dịch Điện Biên Phủ",
              sentence: "Ngày 7 tháng 5 năm 1954, chiến dịch Điện Biên Phủ kết thúc thắng lợi, buộc Pháp phải ngồi vào bàn đàm phán ở Genève.",
              actors: ["Điện Biên Phủ", "Pháp"]),
        event("1954-07-21", "Hiệp định Genève về Đông Dương được ký kết",
              sentence: "Ngày 21 tháng 7 năm 1954, Hiệp định Genève về Đông Dương được ký kết, chia cắt Việt Nam tại vĩ tuyến 17.",
              actors: ["Hiệp định Genève", "Đông Dương"]),
        event("1975-04-30", "Chiến dịch Hồ Chí Minh toàn thắng, miền Nam được giải phóng",
              sentence: "Trưa ngày 30 tháng 4 năm 1975, Chiến dịch Hồ Chí Minh toàn thắng, miền Nam hoàn toàn được giải phóng.",
              actors: ["Chiến dịch Hồ Chí Minh"]),
        event("1986", "Đại hội đại biểu toàn quốc lần thứ VI của Đảng đề ra đường lối Đổi mới",
              sentence: "Năm 1986, Đại hội đại biểu toàn quốc lần thứ VI của Đảng đề ra đường lối Đổi mới."),
        event("1995-07", "Việt Nam chính thức gia nhập ASEAN",
              sentence: "Tháng 7 năm 1995, Việt Nam chính thức gia nhập ASEAN, mở ra giai đoạn hội nhập khu vực.",
              actors: ["Việt Nam", "ASEAN"]),
        event("1997-05-27", "NATO và Nga ký Đạo luật sáng lập về quan hệ, hợp tác và an ninh chung",
              sentence: "Ngày 27 tháng 5 năm 1997, tại Paris, NATO và Nga ký Đạo luật sáng lập về quan hệ, hợp tác và an ninh chung.",
              actors: ["NATO", "Nga", "Paris"]),
        event("2007-01-11", "Việt Nam trở thành thành viên thứ 150 của Tổ chức Thương mại Thế giới",
              sentence: "Ngày 11 tháng 1 năm 2007, Việt Nam trở thành thành viên thứ 150 của Tổ chức Thương mại Thế giới (WTO).",
              actors: ["WTO"]),
        event("2017-03", "Hội đồng NATO–Nga họp tại Brussels trước hội nghị Bộ trưởng Ngoại giao NATO",
              sentence: "Cuối tháng 3 năm 2017, Hội đồng NATO–Nga họp tại Brussels trước hội nghị Bộ trưởng Ngoại giao NATO.",
              actors: ["Brussels"], qualifier: .late),
    ]

    static let english: [Event] = [
        event("1775-04-19", "British troops clashed with colonial militia at Lexington and Concord",
              sentence: "On April 19, 1775, British troops clashed with colonial militia at Lexington and Concord, the first battles of the war.",
              actors: ["Lexington", "Concord"]),
        event("1776-07-04", "The Continental Congress adopted the Declaration of Independence",
              sentence: "On July 4, 1776, the Continental Congress adopted the Declaration of Independence.[12]"),
        event("1777-10", "Burgoyne's army was forced to surrender at Saratoga",
              sentence: "In October 1777, Burgoyne's army was forced to surrender at Saratoga, a turning point of the war.",
              actors: ["Burgoyne", "Saratoga"]),
        event("1778", "France entered the war as an ally of the United States",
              sentence: "In 1778, France entered the war as an ally of the United States.",
              actors: ["France", "United States"]),
        event("1781-10-19", "Cornwallis surrendered to Washington at Yorktown",
              sentence: "Cornwallis surrendered to Washington at Yorktown on October 19, 1781, ending the major fighting.",
              actors: ["Cornwallis", "Washington", "Yorktown"]),
        event("1783-09-03", "Britain and the United States signed the Treaty of Paris",
              sentence: "On September 3, 1783, Britain and the United States signed the Treaty of Paris, recognising American independence.",
              actors: ["Britain", "United States", "Treaty of Paris"]),
        event("1789-04-30", "George Washington took the oath of office as the first president",
              sentence: "George Washington took the oath of office as the first president on April 30, 1789, in New York City.",
              actors: ["George Washington", "New York City"]),
    ]
}

/// Is a Vietnamese blank on the first `answer` of `sentence` a whole name or phrase (`BlankBoundary.isClean`)?
func blankIsClean(_ answer: String, in sentence: String) throws -> Bool {
    let range = try #require(sentence.range(of: answer))
    return BlankBoundary.isClean(answer, at: range, in: sentence, language: .vi)
}
