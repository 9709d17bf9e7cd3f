/// A `:` command typed at the REPL prompt.
public enum REPLCommand: Equatable, Sendable {
    case help, quit, undo, skip, hint, source, stats, suspend, bury
    case flag(String?)
    case edit(String?)
    case deck(String?)
    case lang(String?)
    case unknown(String)

    /// Every command word, for Tab completion.
    public static let words = [":help", ":quit", ":undo", ":skip", ":hint", ":source", ":stats", ":suspend", ":bury", ":flag", ":edit", ":deck", ":lang"]

    /// Parses a line that starts with `:`; nil for any other line (an answer).
    public init?(line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix(":") else { return nil }
        let parts = trimmed.dropFirst().split(separator: " ", maxSplits: 1).map(String.init)
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : nil
        switch parts.first?.lowercased() ?? "" {
        case "help", "h", "?": self = .help
        case "quit", "q", "exit": self = .quit
        case "undo", "u": self = .undo
        case "skip", "s": self = .skip
        case "hint": self = .hint
        case "source", "src": self = .source
        case "stats": self = .stats
        case "suspend": self = .suspend
        case "bury": self = .bury
        case "flag": self = .flag(argument)
        case "edit": self = .edit(argument)
        case "deck": self = .deck(argument)
        case "lang": self = .lang(argument)
        default: self = .unknown(String(trimmed.prefix(40)))
        }
    }
}

import Foundation
