import Foundation
import Timeline

/// ArgumentParser's usage errors (an unknown option, a missing argument) in the interface language: its sentences
/// are English and fixed, so the common ones are translated here; help text stays as ArgumentParser writes it.
enum UsageErrorText {
    /// `message` (ArgumentParser's full error message) in `language`.
    static func localized(_ message: String, language: Language) -> String {
        guard language == .vi else { return message }
        // The argument's own help line (`Help:  <deck>  Deck name.`) is ArgumentParser help text, in English: left out.
        var text = message.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("Help:  ") }.joined(separator: "\n")
        for (english, vietnamese) in phrases { text = text.replacingOccurrences(of: english, with: vietnamese) }
        return text
    }

    /// English phrase → Vietnamese, longest first where one contains another.
    static let phrases: [(String, String)] = [
        ("Error: ", "Lỗi: "),
        ("Unknown option", "Không có tùy chọn"),
        ("Unexpected argument", "Tham số thừa"),
        ("Unexpected arguments", "Tham số thừa"),
        ("Missing expected argument", "Thiếu tham số"),
        ("Missing value for option", "Thiếu giá trị cho tùy chọn"),
        ("Missing value for", "Thiếu giá trị cho"),
        ("is invalid for", "không hợp lệ cho"),
        ("The value", "Giá trị"),
        ("Please provide one of the following:", "Hãy chọn một trong những giá trị sau:"),
        ("Please provide one of", "Hãy chọn một trong"),
        ("' and '", "' và '"),
        ("Usage: ", "Cách dùng: "),
        ("  See '", "  Xem '"),
        ("' for more details.", "' để biết thêm."),
        ("' for more information.", "' để biết thêm."),
    ]
}
