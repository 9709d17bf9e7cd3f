import Foundation
import Exporters
import Testing
@testable import Scheduling

@Suite struct DayCountingTests {
    /// 2026-03-01T20:00Z and 2026-03-02T09:00Z: 13 hours apart, across the 4 a.m. rollover.
    static let evening: Timestamp = 1_772_395_200_000
    static let morning: Timestamp = evening + 13 * 3_600_000

    static func afterTwoReviews(_ settings: SchedulerSettings) -> CardSchedule {
        let fsrs = FSRS(settings: settings)
        let first = fsrs.review(.new(at: evening), rating: .easy, at: evening, cardID: 1)
        return fsrs.review(first, rating: .good, at: morning, cardID: 1)
    }

    @Test func calendarIsTheDefaultAndCountsTheNextMorningAsOneDay() {
        #expect(SchedulerSettings().dayCounting == .calendar)
        let calendar = FSRS(settings: SchedulerSettings())
        let py = FSRS(settings: SchedulerSettings(dayCounting: .elapsed24h))
        #expect(calendar.days(from: Self.evening, to: Self.morning) == 1)
        #expect(py.days(from: Self.evening, to: Self.morning) == 0)
        // One day elapsed: long-term stability; zero days: the short-term formula. They differ.
        let model = FSRSModel(weights: FSRSParameters.defaultWeights)
        let once = model.initialStability(.easy)
        let r = model.retrievability(elapsedDays: 1, stability: once)
        #expect(abs(Self.afterTwoReviews(SchedulerSettings()).stability
                    - model.nextStability(d: model.initialDifficulty(.easy), s: once, r: r, rating: .good)) < 1e-9)
        #expect(abs(Self.afterTwoReviews(SchedulerSettings(dayCounting: .elapsed24h)).stability
                    - model.shortTermStability(once, rating: .good)) < 1e-9)
    }

    @Test func aReviewInTheRolloverSecondStillBelongsToTheDayItEnds() {
        // Anki counts review days back from the next rollover in whole seconds: 04:00:00.500 is still "yesterday".
        let fsrs = FSRS(settings: SchedulerSettings(timeZone: "UTC"))
        let rollover = Self.evening + 8 * 3_600_000  // 2026-03-02T04:00:00Z
        #expect(fsrs.days(from: Self.evening, to: rollover) == 0)
        #expect(fsrs.days(from: Self.evening, to: rollover + 500) == 0)
        #expect(fsrs.days(from: Self.evening, to: rollover + 1_000) == 1)
        #expect(fsrs.days(from: rollover, to: rollover + 1_000) == 1)
    }

    @Test func theLearnersTimeZoneMovesTheDayBoundary() {
        // In Los Angeles (UTC-8) the two reviews are at 12:00 and 01:00 the next night, before the 4 a.m. rollover:
        // the same study day, so zero days there.
        let california = SchedulerSettings(timeZone: "America/Los_Angeles")
        #expect(FSRS(settings: california).days(from: Self.evening, to: Self.morning) == 0)
        #expect(FSRS(settings: SchedulerSettings(timeZone: "UTC")).days(from: Self.evening, to: Self.morning) == 1)
    }

    @Test func settingsRoundTripAndRefuseAnUnknownZone() throws {
        let settings = SchedulerSettings(timeZone: "Europe/Berlin", dayCounting: .elapsed24h)
        let decoded = try JSONDecoder().decode(SchedulerSettings.self, from: JSONEncoder().encode(settings))
        #expect(decoded == settings)
        #expect(throws: SchedulingError.self) { try SchedulerSettings(timeZone: "Mars/Olympus").validate() }
    }

    @Test func replayFilesCountTwentyFourHourPeriodsUnlessTheyAskForTheCalendar() throws {
        func sequence(_ extra: String) -> String {
            #"{"sequences":[{"scheduler":{"parameters":[],"day_rollover_hour":4\#(extra)},"card_created":"2026-03-01T20:00:00Z","steps":[{"rating":4,"review_at":"2026-03-01T20:00:00Z"},{"rating":3,"review_at":"2026-03-02T09:00:00Z"}]}]}"#
                .replacingOccurrences(of: #""parameters":[],"#, with: "")
        }
        let py = try ReplayFile(parsing: Data(sequence("").utf8))
        let calendar = try ReplayFile(parsing: Data(sequence(#","day_counting":"calendar""#).utf8))
        #expect(py.sequences[0].settings.dayCounting == .elapsed24h)
        #expect(calendar.sequences[0].settings.dayCounting == .calendar)
        #expect(py.replay()[0][1].card.stability != calendar.replay()[0][1].card.stability)
        #expect(throws: SchedulingError.self) {
            try ReplayFile(parsing: Data(sequence(#","day_counting":"weekly""#).utf8))
        }
    }
}
