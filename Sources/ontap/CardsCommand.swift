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
        commandName: "cards", abstract: help(.cards))

    @Argument(help: ArgumentHelp(help(.cardsDeck)), completion: DeckCompletion.kind)
    var deck: String

    @Option(help: ArgumentHelp(help(.cardsSearch)))
    var search: String?

    @Flag(help: ArgumentHelp(help(.cardsSuspended)))
    var suspended = false

    @Option(help: ArgumentHelp(help(.cardsUnsuspend)))
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
