import Timeline
@testable import Cards

/// SplitMix64: a tiny seeded generator, so a property's input is one integer that shrinks and replays.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(_ seed: Int) { state = UInt64(bitPattern: Int64(seed)) &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// History-like events built from a seed: random dates at every precision, statements from a small vocabulary,
/// sometimes with their own date written into the statement.
enum RandomEvents {
    static let viSubjects = ["NATO", "Liên bang Nga", "Việt Nam", "Quân đội Pháp", "Hồ Chí Minh", "Nhà Trần",
                             "Liên Xô", "Hội nghị Genève", "Chính phủ lâm thời", "Đảng Cộng sản Đông Dương"]
    static let viPredicates = ["ký hiệp ước hòa bình với", "tuyên bố độc lập khỏi", "đánh bại quân đội của",
                               "gia nhập liên minh cùng", "mở cuộc tấn công vào", "thiết lập quan hệ ngoại giao với"]
    static let enSubjects = ["NATO", "Russia", "The Continental Army", "Napoleon", "The British fleet",
                             "The United States", "France and Spain", "The Soviet Union", "Congress"]
    static let enPredicates = ["signed a peace treaty with", "declared war on", "defeated the army of",
                               "formed an alliance with", "launched an attack on", "was defeated by",
                               "established diplomatic relations with"]
    static let objects = ["Prussia", "Trung Quốc", "Great Britain", "Nhật Bản", "Austria", "Thái Lan", "Mexico"]

    static func event(seed: Int, language: Language) -> Event {
        var rng = SplitMix(seed)
        let year = Int.random(in: 1000...2025, using: &rng)
        let month = Int.random(in: 1...12, using: &rng)
        let day = Int.random(in: 1...28, using: &rng)
        let date: String
        switch Int.random(in: 0..<6, using: &rng) {
        case 0: date = DateValue(year: year, month: month, day: day).iso
        case 1: date = DateValue(year: year, month: month).iso
        case 2: date = DateValue(decadeStarting: year).iso
        case 3: date = DateValue(centuryStarting: year).iso
        case 4: date = "\(year)/\(year + Int.random(in: 1...30, using: &rng))"
        default: date = DateValue(year: year).iso
        }
        let subjects = language == .vi ? viSubjects : enSubjects
        let predicates = language == .vi ? viPredicates : enPredicates
        let subject = subjects.randomElement(using: &rng)!
        var statement = "\(subject) \(predicates.randomElement(using: &rng)!) \(objects.randomElement(using: &rng)!)"
        let y = DateValue(iso: date.split(separator: "/")[0])!.year
        switch Int.random(in: 0..<8, using: &rng) {
        case 0: statement += " (\(y))"
        case 1: statement = (language == .vi ? "Năm \(y), " : "In \(y), ") + statement
        case 2: statement += language == .vi ? " vào tháng \(month) năm \(y)" : " in \(MonthName.english[month - 1]) \(y)"
        case 3: statement += " \(month)/\(y)"
        case 4: statement = "\(y): " + statement
        default: break
        }
        return TestEvents.event(date, statement, sentence: statement + ".", actors: [subject])
    }

    static func events(seeds: [Int], language: Language) -> [Event] {
        seeds.map { event(seed: $0, language: language) }
    }
}
