import Crypto

/// Stable ids from content: the same text always gives the same id, on every machine.
public enum ContentID {
    /// Hex SHA-256 of `bytes`.
    public static func sha256(_ bytes: some Sequence<UInt8>) -> String {
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: Array(bytes)) {
            hex.append(hexDigits[Int(byte >> 4)])
            hex.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// Lower-case hexadecimal digits.
    static let hexDigits = Array("0123456789abcdef".utf8)

    /// A short id (`prefix` + 12 hex digits) from the NFC form of `parts`.
    public static func make(_ prefix: String, _ parts: String...) -> String {
        let text = parts.map(TextNormalizer.nfc).joined(separator: "\u{1F}")
        return prefix + String(sha256(text.utf8).prefix(12))
    }

    /// The first 8 bytes of the id's hash, to seed per-card randomness (fuzz).
    public static func seed(of id: String) -> UInt64 {
        SHA256.hash(data: Array(id.utf8)).prefix(8).reduce(0) { $0 << 8 | UInt64($1) }
    }
}
