import Cards
import Foundation
import Scheduling
import Store
import Testing
@testable import Study

@Suite struct DeckStatisticsTests {
    static let day = Milliseconds.day
    static let now: Timestamp = 1_780_000_000_000 + 6 * Milliseconds.hour    // clear of the 04:00 rollover
    let deck = Deck(name: "d", language: .vi, source: DeckSource(file: "d", sha256: ""), events: [], cards: (0..<5).map {
        Card(id: "c\($0)", kind: .cloze, prompt: "câu \($0)", answer: "x", eventID: "e\($0)", sourceSentence: "")
    })

    @Test func countsForecastHeatmapRetentionStreakAndHardest() throws {
        let t = Self.now
        // c0: learned 10 days ago, passed 3 days ago; c1: learned 10 days ago, forgotten yesterday and again today.
        let history = [
            ReviewRecord(cardID: "c0", rating: .good, time: t - 10 * Self.day, durationMs: 60_000),
            ReviewRecord(cardID: "c1", rating: .easy, time: t - 10 * Self.day, durationMs: 60_000),
            ReviewRecord(cardID: "c0", rating: .good, time: t - 3 * Self.day, durationMs: 60_000),
            ReviewRecord(cardID: "c1", rating: .again, time: t - Self.day, durationMs: 60_000),
            ReviewRecord(cardID: "c1", rating: .good, time: t - Self.day + 60_000, durationMs: 60_000),
            ReviewRecord(cardID: "c1", rating: .again, time: t - 1_000, durationMs: 30_000),
        ]
        let progress = MemoryProgress(history: history)
        let stats = DeckStatistics(cards: LoadedDeck(deck), store: progress, calendar: StudyClock(), at: t)
        #expect(stats.counts.new == 3)
        #expect(stats.counts.learning + stats.counts.review == 2)
        #expect(stats.forecast.reduce(0, +) == 2)
        #expect(stats.heatmap.count == DeckStatistics.heatmapDays)
        #expect(stats.heatmap.last == 1 && stats.heatmap[stats.heatmap.count - 2] == 2 && stats.heatmap[stats.heatmap.count - 11] == 2)
        // Retention counts reviews of cards studied on an earlier day: c0 passed, c1 failed, c1 failed again today.
        let total = stats.retention.reduce(0) { $0 + $1.total }, passed = stats.retention.reduce(0) { $0 + $1.passed }
        #expect(total == 3 && passed == 1)
        #expect(stats.streak == 2)
        #expect(stats.studyMs == 330_000 && stats.studyMsToday == 30_000)
        #expect(stats.hardest.first?.id == "c1")
        #expect(stats.reviews == 6)
    }

    @Test func aDeckNeverStudied() {
        let stats = DeckStatistics(cards: LoadedDeck(deck), store: MemoryProgress(), calendar: StudyClock(), at: Self.now)
        #expect(stats.counts.new == 5 && stats.streak == 0 && stats.reviews == 0 && stats.hardest.isEmpty)
        #expect(stats.forecast.allSatisfy { $0 == 0 })
    }
}
