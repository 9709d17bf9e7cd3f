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
        discussion: """
            Each deck's two review logs are united (a line in both is kept once) and sorted by time; the state is \
            rebuilt by replaying the result, so it equals one device that saw every review. A review leaves the \
            state only through an undo record (:undo writes one), never because one log lacks it. The old log is \
            kept as reviews.jsonl.bak. Run the same merge on the other device (or copy the files) to bring it up \
            to date.
            """)

    @Argument(help: "The other Progress/ folder, then the decks to merge (default: every deck in it); with --git-driver: BASE OURS THEIRS [PATH].")
    var paths: [String]

    @Flag(help: "Act as git's merge driver for reviews.jsonl: merge BASE OURS THEIRS, keep OURS as PATH.bak-TIME, write the result over OURS.")
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
