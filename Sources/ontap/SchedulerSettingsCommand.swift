import ArgumentParser
import Foundation
import Scheduling
import Store
import Terminal

/// `ontap scheduler set DECK [--algorithm fsrs|sm2] [--retention R] [--rollover H] …`: a deck's scheduling choices.
struct SchedulerSettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: help(.schedulerSet),
        discussion: help(.schedulerSetDiscussion)
    )

    @Argument(help: ArgumentHelp(help(.schedulerSetDeck)), completion: DeckCompletion.kind)
    var deck: String

    @Option(help: ArgumentHelp(help(.algorithm)))
    var algorithm: SchedulerKind?

    @Option(help: ArgumentHelp(help(.retention)))
    var retention: Double?

    @Option(help: ArgumentHelp(help(.rollover)))
    var rollover: Int?

    @Option(name: .customLong("time-zone"), help: ArgumentHelp(help(.timeZone)))
    var timeZone: String?

    @Option(name: .customLong("day-counting"), help: ArgumentHelp(help(.dayCounting)))
    var dayCounting: DayCounting?

    @Option(name: .customLong("maximum-interval"), help: ArgumentHelp(help(.maximumInterval)))
    var maximumInterval: Int?

    @Option(help: ArgumentHelp(help(.fuzz)))
    var fuzz: Switch?

    @Option(name: .customLong("new-per-day"), help: ArgumentHelp(help(.newPerDay)))
    var newPerDay: Int?

    @Option(name: .customLong("reviews-per-day"), help: ArgumentHelp(help(.reviewsPerDay)))
    var reviewsPerDay: Int?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let workspace = Workspace(global)
        let store = try workspace.progress(for: try workspace.deck(deck))
        var settings = store.snapshot.settings
        if let algorithm { settings.kind = algorithm }
        if let retention { settings.desiredRetention = retention }
        if let rollover { settings.dayRolloverHour = rollover }
        if let timeZone { settings.timeZone = timeZone }
        if let dayCounting { settings.dayCounting = dayCounting }
        if let maximumInterval { settings.maximumIntervalDays = maximumInterval }
        if let fuzz { settings.enableFuzz = fuzz == .on }
        if let newPerDay { settings.limits.newCards = newPerDay }
        if let reviewsPerDay { settings.limits.reviews = reviewsPerDay }
        if settings != store.snapshot.settings {
            do {
                try settings.validate()
                try store.changeSettings(settings)
            } catch {
                throw CLIError.fail(CLIError.message(for: error, language: workspace.language))
            }
        }
        let summary = SchedulerSummary(
            deck: store.deck, algorithm: settings.kind.rawValue, desiredRetention: settings.desiredRetention,
            rolloverHour: settings.dayRolloverHour, timeZone: settings.timeZone ?? "UTC",
            calendarDays: settings.dayCounting == .calendar, maximumIntervalDays: settings.maximumIntervalDays,
            fuzz: settings.enableFuzz, newPerDay: settings.limits.newCards, reviewsPerDay: settings.limits.reviews,
            weights: settings.weights.map { String(format: "%.4f", $0) }.joined(separator: ", "))
        print(TerminalText.sanitize(Messages(language: workspace.language).command(.schedulerSettings(summary))))
    }
}

extension SchedulerKind: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

/// An on/off option value.
enum Switch: String, ExpressibleByArgument, CaseIterable {
    case on, off
}
