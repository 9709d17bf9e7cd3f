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
        discussion: """
            With no option, prints the deck's settings. A change is applied to the whole history: every card's \
            state is rebuilt by replaying the review log under the new settings.
            """
    )

    @Argument(help: "Deck name.", completion: DeckCompletion.kind)
    var deck: String

    @Option(help: "fsrs (default) or sm2.")
    var algorithm: SchedulerKind?

    @Option(help: "Desired retention for FSRS, between 0 and 1 (default 0.9).")
    var retention: Double?

    @Option(help: "Hour of local time when a new study day starts (default 4).")
    var rollover: Int?

    @Option(name: .customLong("time-zone"), help: "Your time zone, an IANA name such as Asia/Ho_Chi_Minh (default: the computer's when the deck was first studied).")
    var timeZone: String?

    @Option(name: .customLong("day-counting"), help: "How days between reviews are counted: calendar (your study days, as Anki counts them; default) or elapsed24h (24-hour periods, as py-fsrs).")
    var dayCounting: DayCounting?

    @Option(name: .customLong("maximum-interval"), help: "Longest interval in days.")
    var maximumInterval: Int?

    @Option(help: "Fuzz intervals so cards learned together spread out: on or off.")
    var fuzz: Switch?

    @Option(name: .customLong("new-per-day"), help: "New cards introduced per study day (default 20).")
    var newPerDay: Int?

    @Option(name: .customLong("reviews-per-day"), help: "Reviews shown per study day (default 200).")
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
