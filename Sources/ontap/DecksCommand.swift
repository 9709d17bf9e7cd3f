import ArgumentParser
import Foundation
import Store
import Terminal

/// `ontap decks`: the decks with their sizes and what is due.
struct DecksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "decks", abstract: "List the decks with their due counts.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let workspace = Workspace(global)
        let names = workspace.deckStore.names()
        let vi = workspace.language == .vi
        if names.isEmpty {
            print(vi ? "Chưa có bộ thẻ nào trong \(global.decks)/." : "No decks in \(global.decks)/ yet.")
            return
        }
        print(vi ? "Bộ thẻ\tSố thẻ\tĐến hạn\tĐã học" : "Deck\tCards\tDue\tStudied")
        for name in names {
            let deck = try workspace.deck(name)
            let store = try workspace.progress(for: deck)
            let due = workspace.queue(for: store).dueCount(in: deck, schedules: store.schedule(for:), at: workspace.now())
            let studied = deck.cards.count(where: { store.schedule(for: $0.id) != nil })
            print(TerminalText.sanitize("\(name)\t\(deck.cards.count)\t\(due)\t\(studied)"))
        }
    }
}
