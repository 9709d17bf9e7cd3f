import Foundation
import Cards

/// The quoting rules of the text formats, in one place so every exporter escapes alike.
enum Escaping {
    /// HTML text: `&`, `<`, `>` and both quotes escaped (safe in element content and attribute values).
    /// With `quotes: false` only `&`, `<`, `>` are escaped (element content, as the validated TSV export writes).
    static func html(_ text: String, quotes: Bool = true) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in TextNormalizer.nfc(text) {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quotes: result += "&quot;"
            case "'" where quotes: result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// HTML text whose line breaks become `<br>` (`\r\n`, `\r` and `\n` alike).
    static func htmlLines(_ text: String, quotes: Bool = true) -> String {
        lines(of: text).map { html($0, quotes: quotes) }.joined(separator: "<br>")
    }

    /// The lines of `text`, whatever the line ending (Swift treats `\r\n` as one character).
    static func lines(of text: String) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline }).map(String.init)
    }

    /// One RFC 4180 field: quoted (with `""` for a quote) when it holds the separator, a quote or a line break.
    static func csvField(_ text: String, separator: Character = ",") -> String {
        let text = TextNormalizer.nfc(text)
        guard text.contains(where: { $0 == separator || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A spreadsheet cell that cannot run as a formula: text starting with `=`, `+`, `-`, `@`, a tab or a carriage
    /// return gets a leading `'` (OWASP's advice), which spreadsheets show as text and do not evaluate.
    static func spreadsheetCell(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    /// Text on one line with no tabs: line breaks become `" / "`, tabs a space (for separator-less formats).
    static func singleLine(_ text: String) -> String {
        lines(of: TextNormalizer.nfc(text)).map { $0.replacingOccurrences(of: "\t", with: " ") }
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.joined(separator: " / ")
    }

    /// Markdown inline text: characters that would start emphasis, code, links or a heading are backslash-escaped;
    /// `<`, `>` and `|` become entities, because Python-Markdown (MkDocs) does not take a backslash before them
    /// while CommonMark does, and an entity reads the same in both.
    static func markdown(_ text: String) -> String {
        var result = ""
        for character in TextNormalizer.nfc(text) {
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "|": result += "&#124;"
            default:
                if "\\`*_[]#".contains(character) { result.append("\\") }
                result.append(character)
            }
        }
        return result
    }
}
