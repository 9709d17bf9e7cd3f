import Foundation
import Scheduling
import Testing
@testable import Store

/// Progress made before ontap counted the learner's calendar days (24-hour periods, no time zone in the settings)
/// is recomputed by a replay of the log on the learner's calendar the first time it is opened.
@Suite struct CalendarDaysMigrationTests {
    let folder = TemporaryFolder()
    var root: URL { folder.url.appendingPathComponent("Progress") }

    /// Evening and next-morning reviews: one calendar day apart, but less than 24 hours.
    static let reviews: [ReviewRecord] = {
        let evening: Timestamp = 1_780_000_000_000 - 1_780_000_000_000 % 86_400_000 + 20 * 3_600_000
        var reviews: [ReviewRecord] = []
        for card in 0..<6 {
            let id = "c00000000000\(card)"
            let start = evening + Timestamp(card) * 60_000
            reviews.append(ReviewRecord(cardID: id, rating: .good, time: start, durationMs: 3_000))
            reviews.append(ReviewRecord(cardID: id, rating: .good, time: start + 600_000, durationMs: 3_000))
            reviews.append(ReviewRecord(cardID: id, rating: card % 2 == 0 ? .good : .hard, time: start + 13 * 3_600_000,
                                        durationMs: 3_000))
        }
        return reviews.sorted { $0.time < $1.time }
    }()

    static func replay(_ settings: SchedulerSettings) -> [String: CardSchedule] {
        var cards: [String: CardSchedule] = [:]
        let scheduler = settings.makeScheduler()
        for review in reviews { Replay.apply(review, to: &cards, scheduler: scheduler) }
        return cards
    }

    @Test func oldProgressIsRecomputedOnTheLearnersCalendar() throws {
        let old = SchedulerSettings(dayCounting: .elapsed24h)
        do {
            let store = try ProgressStore(root: root, deck: "deck", defaultSettings: old)
            for review in Self.reviews { _ = try store.record(review) }
            try store.saveSnapshot()
        }
        // What an older ontap wrote: no time zone, no day counting (it always counted 24-hour periods).
        let state = try #require(folder.text("Progress/deck/state.json"))
        let legacy = state.replacingOccurrences(of: #""day_counting":"elapsed24h","#, with: "")
            .replacingOccurrences(of: #","time_zone":"\#(TimeZone.current.identifier)""#, with: "")
        #expect(legacy != state && !legacy.contains("time_zone") && !legacy.contains("day_counting"))
        folder.write("Progress/deck/state.json", legacy)

        var migrated: [String: CardSchedule] = [:]
        do {
            let store = try ProgressStore(root: root, deck: "deck")
            var calendar = SchedulerSettings()
            calendar.timeZone = TimeZone.current.identifier
            #expect(store.snapshot.settings == calendar)
            #expect(store.snapshot.cards == Self.replay(calendar))
            #expect(store.snapshot.cards != Self.replay(old), "the evening/morning reviews must tell the conventions apart")
            #expect(store.notices.contains { $0.description.contains("24-hour periods") }, "\(store.notices)")
            #expect(folder.text("Progress/deck/state.json")?.contains(#""day_counting":"calendar""#) == true)
            migrated = store.snapshot.cards
        }

        let again = try ProgressStore(root: root, deck: "deck")
        #expect(again.notices.isEmpty, "\(again.notices)")
        #expect(again.snapshot.cards == migrated)
    }

    @Test func twentyFourHourCountingStaysWhenChosen() throws {
        var chosen = SchedulerSettings(dayCounting: .elapsed24h)
        chosen.timeZone = "Asia/Ho_Chi_Minh"
        do {
            let store = try ProgressStore(root: root, deck: "deck", defaultSettings: chosen)
            for review in Self.reviews { _ = try store.record(review) }
            try store.saveSnapshot()
        }
        let store = try ProgressStore(root: root, deck: "deck")
        #expect(store.snapshot.settings == chosen && store.notices.isEmpty)
        #expect(store.snapshot.cards == Self.replay(chosen))
    }
}
