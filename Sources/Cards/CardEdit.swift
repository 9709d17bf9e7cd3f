/// A learner's fix to one card (`:edit`): a better prompt, answers that should count. Kept in the deck by card id
/// and carried over when the deck is generated again, so a fix is never lost.
public struct CardEdit: Codable, Equatable, Sendable {
    /// The prompt to show instead of the generated one.
    public var prompt: String?
    /// More answers that count as right (NFC).
    public var accepted: [String]

    public init(prompt: String? = nil, accepted: [String] = []) {
        self.prompt = prompt
        self.accepted = accepted.map(TextNormalizer.nfc)
    }

    /// `card` with this edit applied (idempotent: an answer already accepted is not added twice).
    public func applied(to card: Card) -> Card {
        var card = card
        if let prompt, !prompt.isEmpty { card.prompt = prompt }
        for answer in accepted where !card.accepted.contains(answer) && answer != card.answer { card.accepted.append(answer) }
        return card
    }

    /// This edit and `other` together (`other`'s prompt wins; answers are united).
    public func merged(with other: CardEdit) -> CardEdit {
        CardEdit(prompt: other.prompt ?? prompt, accepted: accepted + other.accepted.filter { !accepted.contains($0) })
    }

    enum CodingKeys: String, CodingKey { case prompt, accepted }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(prompt: try c.decodeIfPresent(String.self, forKey: .prompt),
                  accepted: try c.decodeIfPresent([String].self, forKey: .accepted) ?? [])
    }
}
