import ArgumentParser
import Foundation
import Scheduling
import Timeline

/// Options every command shares: where decks and progress live, the interface language, the clock.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Interface language: vi or en (default: from LANG).")
    var lang: String?

    @Option(name: .long, help: "Folder of decks.")
    var decks: String = "Decks"

    @Option(name: .long, help: "Folder of progress files.")
    var progress: String = "Progress"

    @Option(name: .long, help: ArgumentHelp("Pretend the time is this (ISO 8601 or ms since epoch); for tests.", visibility: .hidden))
    var now: String?

    /// The interface language: `--lang`, else LC_ALL/LC_MESSAGES/LANG, else English.
    var interfaceLanguage: Language { Self.interfaceLanguage(lang: lang) }

    /// `lang` if it names a language, else LC_ALL/LC_MESSAGES/LANG, else English.
    static func interfaceLanguage(lang: String?) -> Language {
        if let lang, let language = Language(rawValue: lang.lowercased()) { return language }
        let env = ProcessInfo.processInfo.environment
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = env[key], !value.isEmpty { return Language(localeIdentifier: value) ?? .en }
        }
        return .en
    }

    /// The interface language for `arguments` before they are parsed (for errors found while parsing or running).
    static func language(arguments: [String]) -> Language {
        var lang: String?
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count { lang = arguments[index + 1] }
            if argument.hasPrefix("--lang=") { lang = String(argument.dropFirst(7)) }
        }
        return interfaceLanguage(lang: lang)
    }

    func validate() throws {
        let vi = interfaceLanguage == .vi
        if let lang, Language(rawValue: lang.lowercased()) == nil {
            throw ValidationError(vi ? "--lang phải là 'vi' hoặc 'en', không phải '\(lang)'" : "--lang must be 'vi' or 'en', not '\(lang)'")
        }
        if let now, Self.parseTime(now) == nil {
            throw ValidationError(vi ? "--now phải là thời điểm ISO 8601 như 2026-01-31T09:00:00Z hoặc số mili giây từ 1970"
                                     : "--now must be an ISO 8601 time like 2026-01-31T09:00:00Z or milliseconds since 1970")
        }
    }

    var decksURL: URL { URL(fileURLWithPath: decks, isDirectory: true) }
    var progressURL: URL { URL(fileURLWithPath: progress, isDirectory: true) }

    /// The clock: fixed by `--now` (advancing with real time from there), else the system clock.
    func clock() -> () -> Timestamp {
        let real = { Timestamp((Date().timeIntervalSince1970 * 1000).rounded()) }
        guard let now, let fixed = Self.parseTime(now) else { return real }
        let startedAt = real()
        return { fixed + (real() - startedAt) }
    }

    static func parseTime(_ text: String) -> Timestamp? {
        if let ms = Int64(text) { return ms }
        let formatter = ISO8601DateFormatter()
        return formatter.date(from: text).map { Timestamp(($0.timeIntervalSince1970 * 1000).rounded()) }
    }
}
