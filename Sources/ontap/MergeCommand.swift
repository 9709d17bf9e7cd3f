import ArgumentParser
import Foundation
import Store
import Terminal

/// `ontap merge OTHER/Progress [DECK…]`: unions another device's review logs into ours and rebuilds the state by replay.
/// With `--git-driver %O %A %B %P` it is git's merge driver for `reviews.jsonl` (see the README).
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: help(.merge),
        discussion: help(.mergeDiscussion))

    @Argument(help: ArgumentHelp(help(.mergePaths)))
    var paths: [String]

    @Flag(help: ArgumentHelp(help(.mergeGitDriver)))
    var gitDriver = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        let messages = Messages(language: global.interfaceLanguage)
        if gitDriver, !(3...4).contains(paths.count) { throw ValidationError(messages.command(.gitDriverArguments)) }
        if !gitDriver, paths.isEmpty { throw ValidationError(messages.command(.mergeNeedsFolder)) }
    }

    func run() throws {
        if gitDriver {
            let result = try GitMergeDriver.run(base: paths[0], ours: paths[1], theirs: paths[2],
                                                path: paths.count > 3 ? paths[3] : nil, now: global.clock()())
            if let backup = result.backup {
                let merged = paths.count > 3 ? paths[3] : paths[1]
                let note = Messages(language: global.interfaceLanguage).command(.gitMerged(path: merged, lines: result.lines, backup: backup))
                FileHandle.standardError.write(Data(("ontap: " + TerminalText.sanitize(note) + "\n").utf8))
            }
            return
        }
        let other = URL(fileURLWithPath: paths[0])
        let progress = global.progressURL
        let names = paths.count > 1 ? try paths.dropFirst().map { try DeckName($0).rawValue } : ProgressDoctor.deckNames(in: other)
        let messages = Messages(language: global.interfaceLanguage)
        if names.isEmpty { throw ValidationError(messages.command(.noProgressIn(other.path))) }
        for name in names {
            let store = try ProgressStore(root: progress, deck: name)
            let summary = try store.merge(otherLogAt: other.appendingPathComponent(name).appendingPathComponent("reviews.jsonl").path)
            print(TerminalText.sanitize(messages.command(.mergedDeck(deck: name, added: summary.added, total: summary.total))))
        }
    }
}
