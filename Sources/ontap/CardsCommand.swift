import ArgumentParser
import Cards
import FileFormats
import Foundation
import Scheduling
import Store
import Study
import Terminal

/// `ontap cards DECK [--search TEXT] [--suspended] [--unsuspend ID]`: a deck's cards with their state.
struct CardsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cards", abstract: "List a deck's cards with their state; find, and unsuspend, cards.")

    @Argument(help: "Deck name (diacritics and case optional) or a path to a deck file.", completion: DeckCompletion.kind)
    var deck: String

    @Option(help: "Only cards whose question or answers contain this (case and diacritics ignored).")
    var search: String?

    @Flag(help: "Only suspended cards.")
    var suspended = false

    @Option(help: "Unsuspend the card with this id.")
    var unsuspend: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let workspace = Workspace(global)
        let messages = Messages(language: workspace.language)
        let deck = try workspace.deck(self.deck)
        let hasProgress = FileManager.default.fileExists(atPath: global.progressURL.appendingPathComponent(deck.name).path)
        let store: any ProgressRecording = hasProgress || unsuspend != nil ? try workspace.progress(for: deck) : MemoryProgress()
        let marking = store as? any CardMarking
        if let unsuspend {
            guard deck.cards.contains(where: { $0.id == unsuspend }) else { throw CardsError.noSuchCard(unsuspend) }
            guard let marking, store.canRecord else {
                print(messages.suspensionNotRecorded)
                return
            }
            try marking.setSuspended(unsuspend, false, at: workspace.now())
            print(messages.unsuspended(unsuspend))
            return
        }
        if suspended, marking == nil { print(messages.suspensionNotRecorded) }
        let columns = StudyCommand.terminalColumns()
        var shown = 0
        for card in deck.cards {
            let isSuspended = marking?.suspended.contains(card.id) ?? false
            if suspended, !isSuspended { continue }
            if let search, !CardListing.matches(card, search: search) { continue }
            let schedule = store.schedule(for: card.id)
            let offset = Int64(TimeZone.current.secondsFromGMT()) * Milliseconds.second
            let due = schedule.map { String(ISO8601.format($0.due + offset).prefix(10)) }
            print(CardListing.line(card, schedule: schedule, due: due, suspended: isSuspended, flag: marking?.flags[card.id],
                                   messages: messages, columns: columns))
            shown += 1
        }
        print(messages.cardsFound(shown, of: deck.cards.count))
    }
}

/// A card the learner named that the deck does not have.
enum CardsError: Error {
    case noSuchCard(String)
}
