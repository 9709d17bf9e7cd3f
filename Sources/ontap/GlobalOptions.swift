import ArgumentParser
import Foundation
import Scheduling
import Terminal
import Timeline

/// Options every command shares: where decks and progress live, the interface language, the clock.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(help(.lang)))
    var lang: Language?

    @Option(name: .customLong("decks"), help: ArgumentHelp(help(.decksFolder)))
    var decksOption: String?

    @Option(name: .customLong("progress"), help: ArgumentHelp(help(.progressFolder)))
    var progressOption: String?

    @Option(name: .long, help: ArgumentHelp("Pretend the time is this (ISO 8601 or ms since epoch); for tests.", visibility: .hidden))
    var now: String?

    /// The interface language: `--lang`, else LC_ALL/LC_MESSAGES/LANG, else English.
    var interfaceLanguage: Language { lang ?? Self.interfaceLanguage(lang: nil) }

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
        let messages = Messages(language: interfaceLanguage)
        if let now, Self.parseTime(now) == nil { throw ValidationError(messages.badNow()) }
    }

    /// The folder of decks: `--decks`, else `$ONTAP_HOME/Decks`, else `Decks` when the current folder has one
    /// (a clone of the repository), else `$XDG_DATA_HOME/ontap/Decks` (`~/.local/share/ontap/Decks`).
    var decks: String { decksOption ?? Self.home().appending("Decks") }
    /// The folder of progress: `--progress`, else the `Progress` folder beside the decks (same rule as `decks`).
    var progress: String { progressOption ?? Self.home().appending("Progress") }

    var decksURL: URL { URL(fileURLWithPath: decks, isDirectory: true) }
    var progressURL: URL { URL(fileURLWithPath: progress, isDirectory: true) }

    /// Where decks and progress live when no folder is given.
    struct Home {
        let path: String?
        func appending(_ folder: String) -> String { path.map { ($0.hasSuffix("/") ? $0 : $0 + "/") + folder } ?? folder }
    }

    static func home(environment: [String: String] = ProcessInfo.processInfo.environment,
                     currentHasDecks: Bool = FileManager.default.fileExists(atPath: "Decks")) -> Home {
        if let home = environment["ONTAP_HOME"], !home.isEmpty { return Home(path: home) }
        if currentHasDecks { return Home(path: nil) }
        let data = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"].map { $0 + "/.local/share" } ?? ".")
        return Home(path: data + "/ontap")
    }

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
