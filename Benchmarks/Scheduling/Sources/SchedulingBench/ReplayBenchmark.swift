import Foundation
import Scheduling

/// Replays review sequences through the FSRS scheduler as fast as possible.
///
/// Input file: one card a line, `rating:days rating:days …` (days since the previous review; 0 = same day,
/// replayed 10 minutes later). The same file feeds fsrs-rs-python's `memory_state_batch` in compare.py.
enum ReplayBenchmark {
    static func load(_ path: String) throws -> [[(Rating, Int32)]] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(separator: "\n").map { line in
            line.split(separator: " ").map { pair in
                let parts = pair.split(separator: ":")
                return (Rating(rawValue: Int(parts[0])!)!, Int32(parts[1])!)
            }
        }
    }

    /// Replays every sequence `rounds` times through `FSRS.replay` (the batch API); returns (steps, best seconds
    /// per round, checksum). Building the histories (timestamps) is outside the timed part.
    static func runBatch(_ cards: [[(Rating, Int32)]], rounds: Int) -> (Int, Double, Double) {
        let fsrs = FSRS(settings: SchedulerSettings(enableFuzz: false))
        let t0: Timestamp = 1_704_067_200_000
        let histories = cards.map { seq -> FSRS.History in
            var now = t0
            return FSRS.History(created: t0, cardID: 1, reviews: seq.map { rating, days in
                now += days == 0 ? 10 * Milliseconds.minute : Int64(days) * Milliseconds.day
                return (rating, now)
            })
        }
        let steps = cards.reduce(0) { $0 + $1.count }
        var best = Double.infinity
        var checksum = 0.0
        for _ in 0..<rounds {
            let start = DispatchTime.now().uptimeNanoseconds
            let states = fsrs.replay(histories)
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            checksum = states.reduce(0) { $0 + $1.stability }
        }
        return (steps, best, checksum)
    }

    /// Replays every sequence `rounds` times, one `review` call after another; returns (steps, best seconds per
    /// round, checksum).
    static func run(_ cards: [[(Rating, Int32)]], rounds: Int) -> (Int, Double, Double) {
        let fsrs = FSRS(settings: SchedulerSettings(enableFuzz: false))
        let t0: Timestamp = 1_704_067_200_000
        var best = Double.infinity
        var steps = 0
        var checksum = 0.0
        for _ in 0..<rounds {
            let start = DispatchTime.now().uptimeNanoseconds
            steps = 0
            checksum = 0
            for seq in cards {
                var card = CardSchedule.new(at: t0)
                var now = t0
                for (rating, days) in seq {
                    now += days == 0 ? 10 * Milliseconds.minute : Int64(days) * Milliseconds.day
                    card = fsrs.review(card, rating: rating, at: now, cardID: 1)
                }
                steps += seq.count
                checksum += card.stability
            }
            let secs = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            best = min(best, secs)
        }
        return (steps, best, checksum)
    }
}
