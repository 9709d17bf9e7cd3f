import Foundation

/// Wikipedia-style citation marks (`[3]`, `[cần dẫn nguồn]`, `[note 1]`) that must not reach a card.
enum CitationMarks {
    /// `text` without citation marks and with the white space around them tidied.
    static func removed(from text: String) -> String {
        var result = text.replacingOccurrences(
            of: #"\s*\[(?:\d{1,3}|[a-z]|note \d+|cần dẫn nguồn|citation needed|ghi chú \d+)\]"#,
            with: "", options: [.regularExpression, .caseInsensitive])
        result = result.replacingOccurrences(of: #"\s{2,}"#, with: " ", options: .regularExpression)
        return result.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
