import Foundation

/// How well a weight vector predicts a set of reviews.
public struct FSRSMetrics: Sendable, Equatable, Codable {
    /// Mean binary cross-entropy of predicted recall against pass (Hard/Good/Easy) or fail (Again).
    public var logLoss: Double
    /// fsrs-rs's RMSE over bins of gap, review count and lapse count, weighted by bin size.
    public var rmseBins: Double
    /// Number of predicted reviews.
    public var count: Int
}

/// What `FSRSOptimizer.fit` found.
public struct OptimizationResult: Sendable, Equatable {
    /// The fitted 21 weights (store them in `SchedulerSettings.weights`).
    public var weights: [Double]
    /// True when training did not beat the defaults on the training reviews, so `weights` are the defaults.
    public var keptDefaults: Bool
    /// Defaults and fitted weights on the training targets.
    public var trainBefore: FSRSMetrics
    /// The fitted weights on the training targets.
    public var trainAfter: FSRSMetrics
    /// Defaults and fitted weights on the held-out targets (nil without a hold-out).
    public var testBefore: FSRSMetrics?
    /// The fitted weights on the held-out targets.
    public var testAfter: FSRSMetrics?
    /// Reviews and cards read; training targets kept after the outlier filter.
    public var reviewCount: Int
    /// Cards read.
    public var cardCount: Int
    /// Training targets after the outlier filter.
    public var trainCount: Int
    /// Held-out targets.
    public var testCount: Int
}

/// Fits the 21 FSRS-6 weights to a review log the way fsrs-rs does: pretraining of the initial stabilities,
/// then Adam on the summed log loss with an L2 pull towards the pretrained start (scaled by the parameters'
/// population spread), cosine-annealed learning rate, parameter bounds after each step, and the best epoch kept.
public struct FSRSOptimizer: Sendable {
    /// Training knobs (fsrs-rs's defaults).
    public struct Configuration: Sendable, Equatable {
        /// Passes over the training targets.
        public var epochs = 5
        /// Targets per Adam step.
        public var batchSize = 512
        /// Adam's starting learning rate (cosine-annealed to 0).
        public var learningRate = 4e-2
        /// Seed of the batch shuffle.
        public var seed: UInt64 = 2023
        /// Weight of the L2 pull towards the starting weights.
        public var gamma = 1.0
        /// The last fraction of reviews by time held out for evaluation (0 = fit on everything).
        public var holdOutFraction = 0.0
        /// Fewer training targets than this are refused.
        public var minimumTrainingReviews = 64
        /// Targets with a longer history are left out of training.
        public var maxSequenceLength = 256
        /// Where days begin when counting gaps.
        public var clock = StudyClock()

        /// fsrs-rs's defaults, no hold-out.
        public init() {}
    }

    /// Spread of each weight across users (fsrs-optimizer's DEFAULT_PARAMS_STDDEV_TENSOR for FSRS-6).
    static let parameterStddev: [Double] = [
        6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25, 1.03, 0.31,
        0.32, 0.14, 0.27,
    ]

    /// The knobs of this optimizer.
    public var configuration: Configuration

    /// An optimizer with `configuration`.
    public init(configuration: Configuration = Configuration()) { self.configuration = configuration }

    /// Fits weights to `reviews` with the default configuration.
    /// - Throws: `SchedulingError.notEnoughData` when too few reviews can be learned from.
    public static func fit(reviews: [ReviewItem]) throws(SchedulingError) -> OptimizationResult {
        try FSRSOptimizer().fit(reviews: reviews)
    }

    /// Fits weights to `reviews`.
    /// - Throws: `SchedulingError.notEnoughData` when too few reviews can be learned from.
    public func fit(reviews: [ReviewItem]) throws(SchedulingError) -> OptimizationResult {
        let cfg = configuration
        let full = FSRSDataset(reviews: reviews, holdOutFraction: cfg.holdOutFraction, clock: cfg.clock,
                               maxSequenceLength: cfg.maxSequenceLength)
        var data = full
        let defaults = FSRSParameters.defaultWeights
        guard data.trainCount >= cfg.minimumTrainingReviews else {
            throw .notEnoughData(.tooFewLongTermReviews(usable: data.trainCount, needed: cfg.minimumTrainingReviews,
                                                        read: reviews.count, cards: data.cardCount))
        }
        let trainBefore = Self.evaluate(data, role: .train, weights: defaults)
        let averageRecall = Self.averageRecall(data, role: .train)
        FSRSPretraining.filterOutliers(&data)
        guard data.trainCount >= cfg.minimumTrainingReviews else {
            throw .notEnoughData(.tooFewAfterOutliers(usable: data.trainCount, needed: cfg.minimumTrainingReviews))
        }
        let (s0, counts) = try FSRSPretraining.initialStabilities(data, averageRecall: averageRecall)
        let start = Self.clip(s0 + defaults[4...])
        var w = train(data, start: start)
        let fittedS0 = FSRSPretraining.smoothAndFill(Dictionary(uniqueKeysWithValues: (1...4).map { ($0, w[$0 - 1]) }),
                                                     counts: counts)
        w.replaceSubrange(0..<4, with: fittedS0)
        w = Self.clip(w)

        var trainAfter = Self.evaluate(full, role: .train, weights: w)
        var kept = false
        if !(trainAfter.logLoss < trainBefore.logLoss) {
            w = defaults
            trainAfter = trainBefore
            kept = true
        }
        var testBefore: FSRSMetrics?, testAfter: FSRSMetrics?
        if full.testCount > 0 {
            testBefore = Self.evaluate(full, role: .test, weights: defaults)
            testAfter = Self.evaluate(full, role: .test, weights: w)
        }
        return OptimizationResult(weights: w, keptDefaults: kept, trainBefore: trainBefore, trainAfter: trainAfter,
                                  testBefore: testBefore, testAfter: testAfter, reviewCount: reviews.count,
                                  cardCount: full.cardCount, trainCount: data.trainCount, testCount: full.testCount)
    }

    /// Log loss and RMSE(bins) of `weights` on the held-out (or, with `holdOutFraction` 0, all) targets of `reviews`.
    public static func evaluate(reviews: [ReviewItem], weights: [Double], holdOutFraction: Double = 0,
                                clock: StudyClock = StudyClock()) -> FSRSMetrics {
        let data = FSRSDataset(reviews: reviews, holdOutFraction: holdOutFraction, clock: clock)
        return evaluate(data, role: holdOutFraction > 0 ? .test : .train, weights: weights)
    }

    // MARK: internals

    /// Adam with cosine annealing over shuffled batches of cards (about `batchSize` targets each).
    func train(_ data: FSRSDataset, start: [Double]) -> [Double] {
        let cfg = configuration
        var w = start
        var m = [Double](repeating: 0, count: 21), v = m
        var grad = [Double](repeating: 0, count: 21)
        let cards = (0..<data.cardCount).filter { data.endTrain[$0] > data.start[$0] }
        let totalIterations = Double((data.trainCount / cfg.batchSize + 1) * cfg.epochs)
        var rng = SplitMix64(seed: cfg.seed)
        var step = 0
        var best = w
        var bestLoss = Double.infinity
        let penaltyWeight = FSRSOptimizer.parameterStddev.map { 1 / ($0 * $0) }
        for _ in 0..<cfg.epochs {
            var order = cards
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(i, Int(rng.next() % UInt64(i + 1)))
            }
            var batch: [Int] = []
            var batchItems = 0
            var k = 0
            while k < order.count {
                batch.removeAll(keepingCapacity: true)
                batchItems = 0
                while k < order.count && batchItems < cfg.batchSize {
                    let c = order[k]
                    batch.append(c)
                    for i in data.start[c]..<data.endTrain[c] where data.role[i] == .train { batchItems += 1 }
                    k += 1
                }
                for j in 0..<21 { grad[j] = 0 }
                _ = grad.withUnsafeMutableBufferPointer { g in
                    FSRSLoss.run(data, cards: batch, role: .train, w: w, grad: g.baseAddress!)
                }
                let scale = cfg.gamma * Double(batchItems) / Double(data.trainCount)
                for j in 0..<21 { grad[j] += 2 * scale * (w[j] - start[j]) * penaltyWeight[j] }
                // Adam (β1 0.9, β2 0.999, ε 1e-8) with a cosine-annealed rate.
                step += 1
                let lr = 0.5 * cfg.learningRate * (1 + cos(Double.pi * Double(step - 1) / totalIterations))
                let b1 = 0.9, b2 = 0.999
                let c1 = 1 - pow(b1, Double(step)), c2 = 1 - pow(b2, Double(step))
                for j in 0..<21 where grad[j].isFinite {
                    m[j] = b1 * m[j] + (1 - b1) * grad[j]
                    v[j] = b2 * v[j] + (1 - b2) * grad[j] * grad[j]
                    w[j] -= lr * (m[j] / c1) / ((v[j] / c2).squareRoot() + 1e-8)
                }
                w = Self.clip(w)
            }
            let (loss, n) = FSRSLoss.run(data, cards: cards, role: .train, w: w, grad: nil)
            let mean = loss / Double(max(n, 1))
            if mean < bestLoss {
                bestLoss = mean
                best = w
            }
        }
        return best
    }

    static func clip(_ w: [Double]) -> [Double] {
        w.enumerated().map { i, x in min(max(x, FSRSParameters.lowerBounds[i]), FSRSParameters.upperBounds[i]) }
    }

    static func averageRecall(_ data: FSRSDataset, role: FSRSDataset.Role) -> Double {
        var pass = 0, n = 0
        for i in 0..<data.reviewCount where data.role[i] == role {
            n += 1
            if data.rating[i] > 1 { pass += 1 }
        }
        return n == 0 ? 0 : Double(pass) / Double(n)
    }

    static func evaluate(_ data: FSRSDataset, role: FSRSDataset.Role, weights: [Double]) -> FSRSMetrics {
        // Each target's bin needs the card's history: long-term review count and lapses so far.
        var binIndex: [BinKey: Int] = [:]
        var rawIndex: [SIMD3<Int32>: Int] = [:]
        var binOf = [Int32](repeating: -1, count: data.reviewCount)
        for c in 0..<data.cardCount {
            var longTerm = 0, lapses = 0
            for i in data.start[c]..<data.start[c + 1] {
                if data.deltaT[i] > 0 { longTerm += 1 }
                if data.role[i] == role {
                    let raw = SIMD3<Int32>(data.deltaT[i], Int32(longTerm), Int32(lapses))
                    if let b = rawIndex[raw] {
                        binOf[i] = Int32(b)
                    } else {
                        let key = BinKey(t: Int(data.deltaT[i]), longTerm: longTerm, lapses: lapses)
                        let b = binIndex[key] ?? binIndex.count
                        binIndex[key] = b
                        rawIndex[raw] = b
                        binOf[i] = Int32(b)
                    }
                }
                if data.rating[i] == 1 && data.deltaT[i] > 0 { lapses += 1 }
            }
        }
        var sumP = [Double](repeating: 0, count: binIndex.count), sumY = sumP, count = sumP
        let (loss, n) = FSRSLoss.run(data, cards: Array(0..<data.cardCount), role: role, w: weights, grad: nil) { i, p in
            let b = Int(binOf[i])
            sumP[b] += p
            sumY[b] += data.rating[i] > 1 ? 1 : 0
            count[b] += 1
        }
        var se = 0.0, total = 0.0
        for b in sumP.indices where count[b] > 0 {
            let diff = (sumP[b] - sumY[b]) / count[b]
            se += diff * diff * count[b]
            total += count[b]
        }
        return FSRSMetrics(logLoss: n == 0 ? .nan : loss / Double(n), rmseBins: total == 0 ? .nan : (se / total).squareRoot(),
                           count: n)
    }

    /// fsrs-rs's `r_matrix_index`: geometric bins of the gap, the review count and the lapse count.
    struct BinKey: Hashable {
        var t: Int, l: Int, lapse: Int
        init(t: Int, l: Int, lapse: Int) { (self.t, self.l, self.lapse) = (t, l, lapse) }
        init(t deltaT: Int, longTerm: Int, lapses: Int) {
            func bin(_ x: Double, _ base: Double, _ scale: Double) -> Int {
                (scale * pow(base, (log(x) / log(base)).rounded(.down))).rounded().isFinite
                    ? Int((scale * pow(base, (log(x) / log(base)).rounded(.down))).rounded()) : 0
            }
            t = Int((2.48 * pow(3.62, (log(Double(deltaT)) / log(3.62)).rounded(.down)) * 100).rounded())
            l = bin(Double(longTerm + 1), 1.89, 1.99)
            lapse = lapses == 0 ? 0 : bin(Double(lapses), 1.73, 1.65)
        }
    }
}

