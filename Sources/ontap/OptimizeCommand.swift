import ArgumentParser
import Exporters
import FileFormats
import Foundation
import Scheduling
import Store
import Terminal

/// `ontap optimize [DECK] [--reviews FILE]`: fits the 21 FSRS-6 parameters to a review log.
struct OptimizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "optimize",
        abstract: help(.optimize),
        discussion: help(.optimizeDiscussion)
    )

    @Argument(help: ArgumentHelp(help(.optimizeDeck)), completion: DeckCompletion.kind)
    var deck: String?

    @Option(name: .customLong("reviews"), help: ArgumentHelp(help(.optimizeReviews)))
    var reviewsFile: String?

    @Option(name: .customLong("hold-out"), help: ArgumentHelp(help(.optimizeHoldOut)))
    var holdOut: Double = 0

    @Flag(help: ArgumentHelp(help(.optimizeJSON)))
    var json = false

    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(help(.optimizeDryRun)))
    var dryRun = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        let messages = Messages(language: global.interfaceLanguage)
        guard deck != nil || reviewsFile != nil else { throw ValidationError(messages.command(.optimizeNeedsInput)) }
        guard holdOut >= 0 && holdOut <= 0.9 else { throw ValidationError(messages.command(.holdOutRange)) }
    }

    func run() throws {
        let reviews: [ReviewItem]
        var store: ProgressStore?
        if let path = reviewsFile {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw SchedulingError.unreadable(path: path, reason: Messages(language: global.interfaceLanguage).problem(FileProblem.from(error)))
            }
            reviews = try ReviewCSV.parse(data, file: path)
        } else {
            let workspace = Workspace(global)
            let deck = try workspace.deck(deck ?? "")
            let progress = try workspace.progress(for: deck)
            do {
                reviews = try progress.allReviews().map { ReviewItem(cardID: $0.cardID, rating: $0.rating, time: $0.time) }
            } catch {
                throw CLIError.fail(CLIError.message(for: error, language: workspace.language))
            }
            store = progress
        }
        var configuration = FSRSOptimizer.Configuration()
        configuration.holdOutFraction = holdOut
        if let store {
            configuration.clock = store.snapshot.settings.clock
        }
        let clock = ContinuousClock()
        var result: OptimizationResult?
        let elapsed = try clock.measure {
            result = try FSRSOptimizer(configuration: configuration).fit(reviews: reviews)
        }
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        guard let result else { return }
        print(json ? result.json(fitMilliseconds: ms) : result.summary(fitMilliseconds: ms))
        guard let store, !dryRun, !result.keptDefaults else { return }
        var settings = store.snapshot.settings
        settings.weights = result.weights
        do { try store.changeSettings(settings) } catch {
            throw CLIError.fail(CLIError.message(for: error, language: global.interfaceLanguage))
        }
        if !json { print("saved the fitted parameters for deck '\(store.deck)' (\(store.statePath))") }
    }
}
