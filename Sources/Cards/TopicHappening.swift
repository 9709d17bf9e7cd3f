import Foundation
import Timeline

/// A Vietnamese text about a happening (a war, a crisis, a conference, the Games) whose sentences go on about it
/// without naming it: "Bắt đầu sau sự sụp đổ của thị trường chứng khoán Phố Wall …" in *đại khủng hoảng* is the Great
/// Depression beginning. Such a statement, opening on a verb a happening takes ("Bắt đầu", "Kết thúc", "Diễn ra",
/// "Kéo dài"), is read with the happening's name as the text writes it ("Đại khủng hoảng bắt đầu sau …").
struct TopicHappening: Sendable, Equatable {
    /// The happening's name as the text writes it.
    let name: String

    /// Kinds of happening a deck's name may open on.
    static let heads = ["chiến tranh", "cuộc chiến", "khủng hoảng", "đại khủng hoảng", "cách mạng", "khởi nghĩa",
                        "phong trào", "trận", "thế vận hội", "hội nghị", "đàm phán", "đại hội", "chiến dịch", "cuộc",
                        "kháng chiến", "nội chiến", "đảo chính", "đại dịch", "giải vô địch", "world cup"]
    /// Verbs a happening takes, as a statement opens on them.
    static let verbs = ["Bắt đầu", "Kết thúc", "Diễn ra", "Kéo dài", "Nổ ra", "Bùng nổ"]

    /// The happening `deckName` names, as the first sentence of `events` that writes it (capitalised) has it; nil
    /// when the name names no happening or the text never writes it.
    static func find(deckName: String, events: [DeckEvent], language: Language) -> TopicHappening? {
        guard language == .vi else { return nil }
        let lower = TextNormalizer.nfc(deckName).lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
        guard lower.count >= 5, heads.contains(where: { lower.hasPrefix($0 + " ") || lower == $0 }),
              let name = KindSubject.titleAsWritten(deckName, in: events) else { return nil }
        return TopicHappening(name: name)
    }

    /// `event` with an opening happening verb given this happening as its subject, or nil.
    func resolved(_ event: Event) -> Event? {
        let statement = event.statement
        guard let verb = Self.verbs.first(where: { statement.hasPrefix($0 + " ") }) else { return nil }
        var copy = event
        copy.statement = name + " " + verb.lowercased() + statement.dropFirst(verb.count)
        return copy
    }
}
