import Foundation
import Testing
@testable import Scheduling

/// The py-fsrs 6.3.2 conformance vectors (fixture copied from ../shared/fsrs/vectors.json).
struct Vectors: Decodable {
    struct Settings: Decodable {
        let parameters: [Double]
        let desired_retention: Double
        let learning_steps: [Int]
        let relearning_steps: [Int]
        let maximum_interval: Int
    }
    struct Expected: Decodable {
        let state: Int
        let step: Int?
        let stability: Double
        let difficulty: Double
        let due_ms: Int64
        let retrievability_before: Double
        let elapsed_days_before: Int?
        let interval_seconds: Double
    }
    struct Step: Decodable {
        let rating: Int
        let review_at_ms: Int64
        let expected: Expected
    }
    struct Sequence: Decodable {
        let id: String
        let scheduler: String
        let card_created: String
        let steps: [Step]
    }
    struct Functions: Decodable {
        struct Curve: Decodable { let scheduler: String; let s: Double; let elapsed_days: Double; let result: Double }
        struct Interval: Decodable { let scheduler: String; let s: Double; let raw_days: Double; let result_days: Int }
        struct NextD: Decodable { let d: Double; let rating: Int; let result: Double }
        struct ShortS: Decodable { let s: Double; let rating: Int; let result: Double }
        struct NextS: Decodable { let d: Double; let s: Double; let r: Double; let rating: Int; let result: Double }
        struct FuzzRow: Decodable {
            let interval_days: Int; let maximum_interval: Int; let fuzz_applied: Bool; let min_ivl: Int; let max_ivl: Int
        }
        let decay: Double
        let factor: Double
        let retrievability: [Curve]
        let next_interval: [Interval]
        let next_difficulty: [NextD]
        let short_term_stability: [ShortS]
        let next_stability: [NextS]
        let fuzz_range: [FuzzRow]
    }
    let schedulers: [String: Settings]
    let functions: Functions
    let sequences: [Sequence]

    static let shared: Vectors = load("vectors")
    /// More sequences from the same reference (other seeds and settings; Benchmarks/Scheduling/gen_vectors_extra.py).
    static let extra: Vectors = load("vectors_extra")

    static func load(_ name: String) -> Vectors {
        let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures")!
        return try! JSONDecoder().decode(Vectors.self, from: Data(contentsOf: url))
    }

    func settings(_ name: String) -> SchedulerSettings {
        let s = schedulers[name]!
        return SchedulerSettings(kind: .fsrs, weights: s.parameters, desiredRetention: s.desired_retention,
                                 learningSteps: s.learning_steps, relearningSteps: s.relearning_steps,
                                 maximumIntervalDays: s.maximum_interval, enableFuzz: false, dayCounting: .elapsed24h)
    }
}

@Suite struct FSRSVectorTests {
    let v = Vectors.shared
    static let created: Timestamp = 1_704_067_200_000  // 2024-01-01T00:00:00Z

    @Test(arguments: ["vectors", "vectors_extra"])
    func everyStepOfEverySequenceIsWithinTolerance(file: String) throws {
        let v = file == "vectors" ? Vectors.shared : Vectors.extra
        var failures: [String] = []
        var steps = 0
        for seq in v.sequences {
            #expect(seq.card_created == "2024-01-01T00:00:00Z")
            let fsrs = FSRS(settings: v.settings(seq.scheduler))
            var card = CardSchedule.new(at: Self.created)
            for (i, step) in seq.steps.enumerated() {
                steps += 1
                let e = step.expected
                let r = fsrs.retrievability(of: card, at: step.review_at_ms)
                let elapsed = card.lastReview.map { Int(FSRS.elapsedDays(from: $0, to: step.review_at_ms)) }
                card = fsrs.review(card, rating: Rating(rawValue: step.rating)!, at: step.review_at_ms, cardID: 1)
                var bad: [String] = []
                if abs(card.stability - e.stability) > 1e-6 * max(1, abs(e.stability)) {
                    bad.append("S \(card.stability) != \(e.stability)")
                }
                if abs(card.difficulty - e.difficulty) > 1e-6 { bad.append("D \(card.difficulty) != \(e.difficulty)") }
                if abs(r - e.retrievability_before) > 1e-6 { bad.append("R \(r) != \(e.retrievability_before)") }
                if Int(card.phase.rawValue) != e.state { bad.append("state \(card.phase) != \(e.state)") }
                if card.step.map(Int.init) != e.step { bad.append("step \(String(describing: card.step)) != \(String(describing: e.step))") }
                if card.due != e.due_ms { bad.append("due \(card.due) != \(e.due_ms)") }
                if Double(card.due - step.review_at_ms) / 1000 != e.interval_seconds { bad.append("interval") }
                if elapsed != e.elapsed_days_before { bad.append("elapsed \(String(describing: elapsed))") }
                if !bad.isEmpty { failures.append("\(seq.id) step \(i): " + bad.joined(separator: ", ")) }
            }
        }
        #expect(steps == (file == "vectors" ? 3227 : 3461))
        #expect(failures.count == 0, "\(failures.count) steps out of tolerance:\n\(failures.prefix(20).joined(separator: "\n"))")
    }

    @Test func constantsMatch() {
        let m = FSRSModel(weights: FSRSParameters.defaultWeights)
        #expect(abs(-m.decay - v.functions.decay) < 1e-15)
        #expect(abs(m.factor - v.functions.factor) < 1e-15)
    }

    @Test func forgettingCurveTable() {
        for row in v.functions.retrievability {
            let m = FSRSModel(weights: v.schedulers[row.scheduler]!.parameters)
            #expect(abs(m.retrievability(elapsedDays: row.elapsed_days, stability: row.s) - row.result) <= 1e-12)
        }
    }

    @Test func intervalTable() {
        for row in v.functions.next_interval {
            let s = v.settings(row.scheduler)
            let m = FSRSModel(weights: s.weights)
            #expect(abs(m.rawInterval(stability: row.s, desiredRetention: s.desiredRetention) - row.raw_days) <= 1e-9 * max(1, row.raw_days))
            #expect(FSRS(settings: s).intervalDays(stability: row.s) == row.result_days)
        }
    }

    @Test func difficultyAndStabilityTables() {
        let m = FSRSModel(weights: FSRSParameters.defaultWeights)
        for row in v.functions.next_difficulty {
            #expect(abs(m.nextDifficulty(row.d, rating: Rating(rawValue: row.rating)!) - row.result) <= 1e-12)
        }
        for row in v.functions.short_term_stability {
            let got = m.shortTermStability(row.s, rating: Rating(rawValue: row.rating)!)
            #expect(abs(got - row.result) <= 1e-12 * max(1, row.result))
        }
        for row in v.functions.next_stability {
            let got = m.nextStability(d: row.d, s: row.s, r: row.r, rating: Rating(rawValue: row.rating)!)
            #expect(abs(got - row.result) <= 1e-12 * max(1, row.result))
        }
    }

    @Test func fuzzRangeTable() {
        for row in v.functions.fuzz_range where row.fuzz_applied {
            let r = Fuzz.range(days: row.interval_days, maximumDays: row.maximum_interval)
            #expect(r == row.min_ivl...row.max_ivl, "interval \(row.interval_days)")
        }
    }
}
