import Cards
import Crypto

/// A card's identity outside ontap: one guid, derived from the deck name and card id, written by every format
/// that can carry one (`.apkg` notes, the Anki-text guid column, the CSV guid column), so importing any of them
/// twice, or one after another, updates the same Anki note instead of adding another.
public enum NoteIdentity {
    /// The guid of `card` in deck `deck`: the guid it was imported with, else `guid(deck:card:)` of its id.
    public static func guid(deck: String, card: Card) -> String {
        card.guid ?? guid(deck: deck, card: card.id)
    }

    /// The guid of `card` in `deck`: `ontap-` and 20 hex digits of a SHA-256 of both (NFC).
    public static func guid(deck: String, card: String) -> String {
        "ontap-" + hex(SHA256.hash(data: Array("ontap\u{1F}\(Escaping.nfc(deck))\u{1F}\(card)".utf8)).prefix(10))
    }

    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }
}
