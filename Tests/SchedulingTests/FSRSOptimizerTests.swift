import Foundation
import Testing
@testable import Exporters
import FileFormats
@testable import Scheduling

@Suite struct FSRSOptimizerTests {
    static let reviews: [ReviewItem] = {
        let url = Bundle.module.url(forResource: "reviews", withExtension: "csv", subdirectory: "Fixtures")!
        return try! ReviewCSV.parse(Data(contentsOf: url))
    }()

    /// A small history with every branch: first grades 1-4, same-day steps, lapses, Hard and Easy, long gaps.
    static func syntheticDataset() -> FSRSDataset {
        var rng = SplitMix64(seed: 7)
        var reviews: [ReviewItem] = []
        let t0: Timestamp = 1_704_067_200_000
        for card in 0..<40 {
            var t = t0 + Int64(card) * Milliseconds.hour
            for k in 0..<12 {
                let g = Int(rng.next() % 4) + 1
                reviews.append(ReviewItem(cardID: "c\(card)", rating: Rating(rawValue: k == 0 ? card % 4 + 1 : g)!, time: t))
                let gap = rng.next() % 5 == 0 ? Int64(rng.next() % 3) * Milliseconds.hour : Int64(rng.next() % 40 + 1) * Milliseconds.day
                t += gap
            }
        }
        return FSRSDataset(reviews: reviews, holdOutFraction: 0.25)
    }

    @Test func gradientMatchesFiniteDifferences() {
        let data = Self.syntheticDataset()
        var w = FSRSParameters.defaultWeights
        w[7] = 0.05; w[15] = 0.5; w[19] = 0.2; w[20] = 0.3  // move off the bounds so every partial is live
        let cards = Array(0..<data.cardCount)
        for role in [FSRSDataset.Role.train, .test] {
            var grad = [Double](repeating: 0, count: 21)
            let (loss, n) = grad.withUnsafeMutableBufferPointer { FSRSLoss.run(data, cards: cards, role: role, w: w, grad: $0.baseAddress!) }
            #expect(n > 50 && loss.isFinite)
            for k in 0..<21 {
                let h = 1e-6 * max(1, abs(w[k]))
                var plus = w, minus = w
                plus[k] += h
                minus[k] -= h
                let numeric = (FSRSLoss.run(data, cards: cards, role: role, w: plus, grad: nil).0
                    - FSRSLoss.run(data, cards: cards, role: role, w: minus, grad: nil).0) / (2 * h)
                #expect(abs(numeric - grad[k]) <= 1e-4 * max(1, abs(numeric)), "w\(k): analytic \(grad[k]) numeric \(numeric)")
            }
        }
    }

    @Test func lossUsesTheSchedulerFormulas() {
        // One card: Good, then Good 3 days later; predicted R is the forgetting curve at S0(Good).
        let t0: Timestamp = 1_704_067_200_000 + 10 * Milliseconds.hour
        let reviews = [ReviewItem(cardID: "a", rating: .good, time: t0),
                       ReviewItem(cardID: "a", rating: .again, time: t0 + 3 * Milliseconds.day)]
        let data = FSRSDataset(reviews: reviews)
        let (loss, n) = FSRSLoss.run(data, cards: [0], role: .train, w: FSRSParameters.defaultWeights, grad: nil)
        let r = FSRSModel(weights: FSRSParameters.defaultWeights).retrievability(elapsedDays: 3, stability: 2.3065)
        #expect(n == 1)
        #expect(abs(loss - -log(1 - r)) < 1e-12)
    }

    @Test func fitOnRealReviewsBeatsTheDefaultsOnHeldOutReviews() throws {
        var config = FSRSOptimizer.Configuration()
        config.holdOutFraction = 0.2
        let result = try FSRSOptimizer(configuration: config).fit(reviews: Self.reviews)
        let before = try #require(result.testBefore), after = try #require(result.testAfter)
        #expect(result.reviewCount == 12_580 && result.cardCount == 1205)
        #expect(after.count == before.count && after.count > 1000)
        #expect(after.logLoss < before.logLoss)
        #expect(after.logLoss < 0.4511)  // fsrs-rs-python 0.9.3's fit on the same split (Benchmarks/Scheduling)
        #expect(result.trainAfter.logLoss < result.trainBefore.logLoss)
        #expect(throws: Never.self) { try FSRSParameters.validate(result.weights) }
        #expect(result.weights[0] <= result.weights[1] && result.weights[1] <= result.weights[2] && result.weights[2] <= result.weights[3])
        // Deterministic: the same input gives the same weights.
        #expect(try FSRSOptimizer(configuration: config).fit(reviews: Self.reviews).weights == result.weights)
    }

    @Test func tooFewReviewsAreRefused() {
        let few = Array(Self.reviews.prefix(300))
        #expect(throws: SchedulingError.self) { try FSRSOptimizer.fit(reviews: few) }
        do {
            _ = try FSRSOptimizer.fit(reviews: [])
        } catch {
            guard case .notEnoughData = error else { Issue.record("wrong error \(error)"); return }
            #expect(error.errorDescription?.contains("at least 64") == true)
        }
    }

    @Test func evaluationOfDefaultsOnTheFixture() {
        let m = FSRSOptimizer.evaluate(reviews: Self.reviews, weights: FSRSParameters.defaultWeights, holdOutFraction: 0.2)
        #expect(m.count == 1461)
        #expect(abs(m.logLoss - 0.4517) < 0.0005)  // the same value fsrs-rs's memory states give (compare.py)
        #expect(m.rmseBins > 0 && m.rmseBins < 0.2)
    }

    @Test func smoothAndFillInterpolatesMissingGrades() {
        let s = FSRSPretraining.smoothAndFill([1: 0.4, 3: 2.3, 4: 10.9], counts: [1: 1, 2: 1, 3: 1, 4: 1])
        #expect(abs(s[1] - 0.8052433) < 1e-6)
        #expect(s[0] == 0.4 && s[2] == 2.3 && s[3] == 10.9)
        // Out of order: the better-supported grade wins.
        let fixed = FSRSPretraining.smoothAndFill([1: 3, 2: 1, 3: 4, 4: 9], counts: [1: 100, 2: 5, 3: 50, 4: 5])
        #expect(fixed == [3, 3, 4, 9])
    }

    @Test func timeOrderedSplitHoldsOutTheLatestReviews() {
        let data = FSRSDataset(reviews: Self.reviews, holdOutFraction: 0.2)
        let cutoff = Self.reviews.map(\.time).sorted()[Self.reviews.count - Int(Double(Self.reviews.count) * 0.2)]
        // Every held-out target is at or after the cutoff; every training target before it.
        var k = 0
        var byCard: [String: [ReviewItem]] = [:]
        var order: [String] = []
        for r in Self.reviews {
            if byCard[r.cardID] == nil { order.append(r.cardID) }
            byCard[r.cardID, default: []].append(r)
        }
        for id in order {
            for r in byCard[id]! {
                if data.role[k] == .test { #expect(r.time >= cutoff) }
                if data.role[k] == .train { #expect(r.time <= cutoff) }
                k += 1
            }
        }
    }
}
