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

    /// A help page (`--help`) in `language`: ArgumentParser's headings and its own lines; ontap's text is already in
    /// the interface language (`HelpText`).
    static func localizedHelp(_ page: String, language: Language) -> String {
        guard language == .vi else { return page }
        var text = page
        for (english, vietnamese) in helpPhrases { text = text.replacingOccurrences(of: english, with: vietnamese) }
        return text
    }

    /// ArgumentParser's words on a help page → Vietnamese (same width where a column follows).
    static let helpPhrases: [(String, String)] = [
        ("OVERVIEW: ", "TỔNG QUAN: "),
        ("USAGE: ", "CÁCH DÙNG: "),
        ("ARGUMENTS:", "THAM SỐ:"),
        ("OPTIONS:", "TÙY CHỌN:"),
        ("SUBCOMMANDS:", "LỆNH:"),
        ("(default) ", "(mặc định)"),
        ("(default: ", "(mặc định: "),
        ("; default: ", "; mặc định: "),
        ("(values: ", "(giá trị: "),
        ("Show the version.", "Hiện phiên bản."),
        ("Show help information.", "Hiện trợ giúp."),
        ("See 'ontap help ", "Xem 'ontap help "),
        ("' for detailed help.", "' để biết chi tiết."),
        ("<subcommand>", "<lệnh>"),
    ]

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
