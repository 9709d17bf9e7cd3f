import Foundation
import PropertyBased
import Testing
@testable import Scheduling

@Suite struct FSRSTests {
    let t0: Timestamp = 1_704_067_200_000

    @Test func cardStateFitsIn64Bytes() {
        #expect(MemoryLayout<CardSchedule>.stride <= 64)
    }

    @Test func fuzzIsDeterministicAndInsideTheRange() {
        var settings = SchedulerSettings()
        settings.enableFuzz = true
        let fsrs = FSRS(settings: settings)
        var card = CardSchedule.new(at: t0)
        card = fsrs.review(card, rating: .easy, at: t0, cardID: 42)
        let again = fsrs.review(CardSchedule.new(at: t0), rating: .easy, at: t0, cardID: 42)
        #expect(card == again)
        let plain = FSRS(settings: SchedulerSettings(enableFuzz: false)).review(CardSchedule.new(at: t0), rating: .easy, at: t0, cardID: 42)
        let range = Fuzz.range(days: Int(plain.intervalDays), maximumDays: 36500)
        #expect(range.contains(Int(card.intervalDays)))
    }

    @Test func fuzzDrawIsUniformOverTheRange() {
        var counts = [Int: Int]()
        for id in 0..<20_000 as Range<UInt64> {
            counts[Fuzz.fsrsInterval(10, maximumDays: 36500, fraction: Fuzz.fraction(cardID: id, reps: 3)), default: 0] += 1
        }
        #expect(Set(counts.keys) == Set(8...12))
        for (_, n) in counts { #expect(abs(n - 4000) < 300) }
    }

    @Test func shortIntervalsAreNotFuzzed() {
        #expect(Fuzz.fsrsInterval(2, maximumDays: 36500, fraction: 0.99) == 2)
        #expect(Fuzz.fsrsInterval(40, maximumDays: 30, fraction: 0.99) <= 30)
    }

    @Test func invalidWeightsAreRejected() {
        #expect(throws: SchedulingError.self) { try FSRSParameters.validate([1, 2]) }
        var w = FSRSParameters.defaultWeights
        w[20] = 0.9
        #expect(throws: SchedulingError.self) { try FSRSParameters.validate(w) }
        w[20] = .nan
        #expect(throws: SchedulingError.self) { try FSRSParameters.validate(w) }
        #expect(FSRSParameters.sanitized(w)[20] == FSRSParameters.defaultWeights[20])
        #expect(throws: Never.self) { try FSRSParameters.validate(FSRSParameters.defaultWeights) }
    }

    @Test func propertiesOfRandomHistories() async {
        let fsrs = FSRS(settings: SchedulerSettings(enableFuzz: true))
        await propertyCheck(count: 150, input: Gen.int(in: 1...4).array(of: 1...30), Gen.int(in: 0...(40 * 86_400)).array(of: 30)) { grades, gaps in
            var card = CardSchedule.new(at: t0)
            var now = t0
            for (g, gap) in zip(grades, gaps) {
                now += Int64(gap) * 1000
                let before = card
                card = fsrs.review(card, rating: Rating(rawValue: g)!, at: now, cardID: 7)
                #expect(card.due > now)
                #expect(card.difficulty >= 1 && card.difficulty <= 10)
                #expect(card.stability >= 0.001)
                #expect(card.reps == before.reps + 1)
                if before.phase == .review && g == 1 { #expect(card.lapses == before.lapses + 1) }
                let r = fsrs.retrievability(of: card, at: now + 86_400_000 * 3)
                #expect(r > 0 && r <= 1)
            }
        }
    }

    @Test func settingsRoundTripThroughJSON() throws {
        let s = SchedulerSettings(kind: .sm2, desiredRetention: 0.85, learningSteps: [30], enableFuzz: false)
        let back = try JSONDecoder().decode(SchedulerSettings.self, from: JSONEncoder().encode(s))
        #expect(back == s)
    }
}

@Suite struct FSRSReplayTests {
    @Test func batchReplayEqualsReviewingOneByOne() async {
        let fsrs = FSRS(settings: SchedulerSettings(enableFuzz: true))
        let t0: Timestamp = 1_704_067_200_000
        let gaps = Gen.int(in: 0...(30 * 86_400)).array(of: 0...25)
        await propertyCheck(count: 60, input: gaps.array(of: 0...11), Gen.int(in: 1...4).array(of: 25)) { cards, grades in
            let histories = cards.enumerated().map { i, g -> FSRS.History in
                var t = t0
                return FSRS.History(created: t0, cardID: UInt64(i), reviews: g.enumerated().map { k, gap in
                    t += Int64(gap) * 1000
                    return (Rating(rawValue: grades[(k + i) % grades.count])!, t)
                })
            }
            let batch = fsrs.replay(histories)
            let single = histories.map { h in
                h.reviews.reduce(CardSchedule.new(at: h.created)) { fsrs.review($0, rating: $1.rating, at: $1.time, cardID: h.cardID) }
            }
            #expect(batch == single)
        }
    }
}
