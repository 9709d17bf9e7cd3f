import Foundation
import Cards

/// The quoting rules of the text formats, in one place so every exporter escapes alike.
enum Escaping {
    /// HTML text: `&`, `<`, `>` and both quotes escaped (safe in element content and attribute values).
    /// With `quotes: false` only `&`, `<`, `>` are escaped (element content, as the validated TSV export writes).
    static func html(_ text: String, quotes: Bool = true) -> String {
        let text = nfc(text)
        var needs = false
        for byte in text.utf8 where byte == 0x26 || byte == 0x3C || byte == 0x3E || (quotes && (byte == 0x22 || byte == 0x27)) {
            needs = true
            break
        }
        guard needs else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quotes: result += "&quot;"
            case "'" where quotes: result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `text` in NFC, without the cost of normalising text that is already (every scalar below U+0300, in the
    /// precomposed Latin Extended Additional block where Vietnamese letters live, or common punctuation).
    static func nfc(_ text: String) -> String {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x300 || (0x1E00...0x1EFF).contains(value) || (0x2010...0x2027).contains(value) { continue }
            return TextNormalizer.nfc(text)
        }
        return text
    }

    /// HTML text whose line breaks become `<br>` (`\r\n`, `\r` and `\n` alike).
    static func htmlLines(_ text: String, quotes: Bool = true) -> String {
        lines(of: text).map { html($0, quotes: quotes) }.joined(separator: "<br>")
    }

    /// The lines of `text`, whatever the line ending (Swift treats `\r\n` as one character).
    static func lines(of text: String) -> [String] {
        let breaks: Set<UInt32> = [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029]
        guard text.unicodeScalars.contains(where: { breaks.contains($0.value) }) else { return [text] }
        return text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline }).map(String.init)
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
