import ArgumentParser
import Foundation
import Scheduling

/// `ontap optimize [DECK] [--reviews FILE]`: fits the 21 FSRS-6 parameters to a review log.
struct OptimizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "optimize",
        abstract: "Fit the FSRS-6 parameters to your reviews (as fsrs-rs does) and show the log loss before and after.",
        discussion: """
            With --reviews, reads a CSV with the columns card_id, review_rating (1-4), review_time (ISO 8601 with \
            offset) and optionally review_duration. --hold-out 0.2 keeps the last 20 % of reviews by time out of \
            the fit and reports on them.
            """
    )

    @Argument(help: "The deck whose review log to fit.")
    var deck: String?

    @Option(name: .customLong("reviews"), help: "A review log CSV to fit instead of a deck's log.")
    var reviewsFile: String?

    @Option(name: .customLong("hold-out"), help: "Fraction of the latest reviews to hold out and report on (0 to 0.9).")
    var holdOut: Double = 0

    @Flag(help: "Print the result as JSON.")
    var json = false

    func validate() throws {
        guard deck != nil || reviewsFile != nil else { throw ValidationError("give a DECK or --reviews FILE") }
        guard holdOut >= 0 && holdOut <= 0.9 else { throw ValidationError("--hold-out must be between 0 and 0.9") }
    }

    func run() throws {
        let reviews: [ReviewItem]
        if let path = reviewsFile {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw SchedulingError.unreadable(path: path, reason: error.localizedDescription)
            }
            reviews = try ReviewCSV.parse(data, file: path)
        } else {
            // The lead wires the Store here: load Progress/DECK/reviews.jsonl as [ReviewItem], then save
            // result.weights into the deck's SchedulerSettings.weights.
            throw ValidationError("reading the review log of deck '\(deck ?? "")' is not available yet; use --reviews FILE")
        }
        var configuration = FSRSOptimizer.Configuration()
        configuration.holdOutFraction = holdOut
        let clock = ContinuousClock()
        var result: OptimizationResult?
        let elapsed = try clock.measure {
            result = try FSRSOptimizer(configuration: configuration).fit(reviews: reviews)
        }
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        print(json ? result!.json(fitMilliseconds: ms) : result!.summary(fitMilliseconds: ms))
    }
}
