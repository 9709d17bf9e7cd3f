import ArgumentParser
import Foundation
import Store

/// Shell completion of deck names: the decks in `--decks` if typed, else in the default folder.
enum DeckCompletion {
    static let kind = CompletionKind.custom { words, _, prefix in names(words: words, prefix: prefix) }

    static func names(words: [String], prefix: String) -> [String] {
        let folder = words.firstIndex(of: "--decks").flatMap { words.indices.contains($0 + 1) ? words[$0 + 1] : nil }
            ?? GlobalOptions.home().appending("Decks")
        return DeckStore(directory: URL(fileURLWithPath: folder, isDirectory: true)).names().filter { $0.hasPrefix(prefix) }
    }
}
