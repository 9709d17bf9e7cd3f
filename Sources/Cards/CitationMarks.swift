import Foundation

/// Wikipedia-style citation marks (`[3]`, `[cần dẫn nguồn]`, `[note 1]`) that must not reach a card.
enum CitationMarks {
    static let pattern = try! NSRegularExpression(
        pattern: #"\s*\[(?:\d{1,3}|[a-z]|note \d+|cần dẫn nguồn|citation needed|ghi chú \d+)\]"#,
        options: [.caseInsensitive])
    static let spaces = try! NSRegularExpression(pattern: #"\s{2,}"#)

    /// `text` without citation marks and with the white space around them tidied.
    static func removed(from text: String) -> String {
        // (A "[" byte in plain text is the character "["; other text asks the characters.)
        guard PlainText.isPlain(text) ? text.utf8.contains(UInt8(ascii: "[")) : text.contains("[") else {
            return PlainText.trimming(text, PlainText.whitespaceOrNewline)
        }
        var result = QuestionText.replacing(pattern, in: text, with: "")
        result = QuestionText.replacing(spaces, in: result, with: " ")
        return PlainText.trimming(result, PlainText.whitespaceOrNewline)
    }
}
