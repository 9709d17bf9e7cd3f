import ArgumentParser
import Foundation
import Store
import Terminal
#if canImport(Glibc)
import Glibc
#endif

/// `ontap decks [--json]`: the decks with their sizes and what is due, as an aligned table or JSON.
struct DecksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "decks", abstract: "List the decks with their due counts.")

    @Flag(help: "Print JSON (one object a deck) instead of a table.")
    var json = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let workspace = Workspace(global)
        let rows = try workspace.overview()
        let messages = Messages(language: workspace.language)
        if json {
            let objects: [[String: Any]] = rows.map {
                ["name": $0.name, "cards": $0.cards, "studied": $0.studied, "due": $0.due.total,
                 "new": $0.due.new, "learning": $0.due.learning, "review": $0.due.review]
            }
            let data = try JSONSerialization.data(withJSONObject: objects, options: [.sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        guard !rows.isEmpty else {
            print(messages.noDecks(folder: global.decks))
            return
        }
        print(DeckTable.render(rows, messages: messages, numbered: false))
    }
}
