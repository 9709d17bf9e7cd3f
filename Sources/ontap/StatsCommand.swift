import ArgumentParser
import Cards
import Foundation
import Scheduling
import Store
import Study
import Terminal

/// `ontap stats [DECK] [--json]`: forecast, heatmap, retention by week, counts, hardest cards, time and streak.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: help(.stats))

    @Argument(help: ArgumentHelp(help(.statsDeck)), completion: DeckCompletion.kind)
    var deck: String?

    @Flag(help: ArgumentHelp(help(.statsJSON)))
    var json = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let workspace = Workspace(global)
        let name = try deck ?? workspace.defaultDeckName()
        let deck = try workspace.deck(name)
        let hasProgress = FileManager.default.fileExists(atPath: global.progressURL.appendingPathComponent(deck.name).path)
        let store: any ProgressRecording = hasProgress ? try workspace.progress(for: deck) : MemoryProgress()
        let calendar = store.settings.clock
        let stats = DeckStatistics(cards: LoadedDeck(deck), store: store, calendar: calendar, at: workspace.now())
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(stats), as: UTF8.self))
            return
        }
        print(StatsView.render(stats, deck: deck.name, messages: Messages(language: workspace.language),
                               columns: StudyCommand.terminalColumns()))
    }
}
