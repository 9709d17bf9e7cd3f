import ArgumentParser
import Foundation
import Store
import Study
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
        var broken = 0
        for name in names {
            // One damaged deck or log is marked with its error; the other decks are still listed.
            let session: StudySession
            do { session = try workspace.openSession(name) } catch {
                broken += 1
                let message = CLIError.message(for: error, language: workspace.language)
                print(TerminalText.sanitize("\(name)\t-\t-\t-\t" + (vi ? "lỗi: " : "error: ") + message))
                continue
            }
            let cards = session.cards
            let studied = (0..<cards.cardCount).count { session.store.schedule(for: cards.cardID(at: $0)) != nil }
            print(TerminalText.sanitize("\(name)\t\(cards.cardCount)\t\(session.pendingCount)\t\(studied)"))
        }
        if broken > 0 { throw ExitCode.failure }
    }
}
