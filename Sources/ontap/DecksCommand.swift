import ArgumentParser
import Foundation
import Store
import Study
import Terminal
#if canImport(Glibc)
import Glibc
#endif

/// `ontap decks [--json]`: the decks with their sizes and what is due, as an aligned table or JSON.
struct DecksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "decks", abstract: help(.decks))

    @Flag(help: ArgumentHelp(help(.decksJSON)))
    var json = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let workspace = Workspace(global)
        let rows = workspace.overview()
        let messages = Messages(language: workspace.language)
        if json {
            let objects: [[String: Any]] = rows.map { row in
                var object: [String: Any] = ["name": row.name, "cards": row.cards, "studied": row.studied, "due": row.due.total,
                                             "new": row.due.new, "learning": row.due.learning, "review": row.due.review]
                if let error = row.error { object["error"] = error }
                return object
            }
            let data = try JSONSerialization.data(withJSONObject: objects, options: [.sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
            if rows.contains(where: { $0.error != nil }) { throw ExitCode.failure }
            return
        }
        guard !rows.isEmpty else {
            print(messages.noDecks(folder: global.decks))
            return
        }
        print(DeckTable.render(rows, messages: messages, numbered: false))
        // Every deck that opens is listed; a broken one is marked and makes the exit status 1.
        if rows.contains(where: { $0.error != nil }) { throw ExitCode.failure }
    }
}
