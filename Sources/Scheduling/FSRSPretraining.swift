import Foundation

/// fsrs-rs's first stage: the four initial stabilities fitted to each card's first long-term review, grouped by
/// the first grade, after dropping rare or very long first gaps (outliers).
enum FSRSPretraining {
    static let minS0 = 0.1
    static let maxS0 = 100.0

    /// Per first grade: the first long-term gap → labels of the training targets that are a card's first
    /// long-term review.
    static func groups(_ data: FSRSDataset) -> [Int: [Int32: [Int]]] {
        var out: [Int: [Int32: [Int]]] = [:]
        for c in 0..<data.cardCount {
            guard let j = data.firstLongTerm(c), data.role[j] == .train else { continue }
            let first = Int(data.rating[data.start[c]])
            out[first, default: [:]][data.deltaT[j], default: []].append(c)
        }
        return out
    }

    /// Drops, per first grade, the rarest gaps (together at most 5 %, at least 20 items), gaps seen fewer than
    /// six times, and gaps over 100 days (365 for Easy); the cards dropped lose all their training targets.
    static func filterOutliers(_ data: inout FSRSDataset) {
        var drop = Set<Int>()
        var removedPairs: [Int: Set<Int32>] = [:]
        for (grade, byGap) in groups(data).sorted(by: { $0.key < $1.key }) {
            // Ascending size, then ascending gap (fsrs-rs walks its descending order in reverse).
            let sub = byGap.sorted { ($0.value.count, $0.key) < ($1.value.count, $1.key) }
            let total = sub.reduce(0) { $0 + $1.value.count }
            var removed = 0
            for (gap, cards) in sub {
                if removed + cards.count >= max(20, total / 20) {
                    if cards.count < 6 || gap > (grade != 4 ? 100 : 365) { removedPairs[grade, default: []].insert(gap) }
                } else {
                    removed += cards.count
                    removedPairs[grade, default: []].insert(gap)
                }
            }
        }
        for c in 0..<data.cardCount {
            guard let j = data.firstLongTerm(c) else { continue }
            if removedPairs[Int(data.rating[data.start[c]])]?.contains(data.deltaT[j]) == true { drop.insert(c) }
        }
        data.dropTraining(cards: drop)
    }

    /// The four initial stabilities and how many first reviews had each grade.
    /// - Throws: `SchedulingError.notEnoughData` if no card has a first long-term review to learn from.
    static func initialStabilities(_ data: FSRSDataset, averageRecall: Double) throws(SchedulingError) -> ([Double], [Int: Int]) {
        let model = FSRSModel(weights: FSRSParameters.defaultWeights)
        var fitted: [Int: Double] = [:]
        var counts: [Int: Int] = [:]
        for (grade, byGap) in groups(data) {
            let points = byGap.map { gap, cards -> (t: Double, recall: Double, n: Double) in
                let passed = cards.filter { c in
                    let j = data.firstLongTerm(c)!
                    return data.rating[j] > 1
                }.count
                return (Double(gap), Double(passed) / Double(cards.count), Double(cards.count))
            }.sorted { $0.t < $1.t }
            let n = points.reduce(0) { $0 + $1.n }
            counts[grade] = Int(n)
            let prior = FSRSParameters.defaultWeights[grade - 1]
            func loss(_ s0: Double) -> Double {
                var sum = 0.0
                for p in points {
                    let y = (p.recall * n + averageRecall) / (n + 1)  // Laplace smoothing towards the mean recall
                    let r = min(max(model.retrievability(elapsedDays: p.t, stability: s0), 1e-12), 1 - 1e-12)
                    sum -= (y * log(r) + (1 - y) * log(1 - r)) * p.n.squareRoot()
                }
                return sum + abs(s0 - prior) / 16
            }
            var low = minS0, high = maxS0
            var iterations = 0
            while high - low > 1e-7 && iterations < 1000 {  // ternary search
                iterations += 1
                let m1 = low + (high - low) / 3, m2 = high - (high - low) / 3
                if loss(m1) < loss(m2) { high = m2 } else { low = m1 }
            }
            fitted[grade] = (low + high) / 2
        }
        guard !fitted.isEmpty else {
            throw .notEnoughData(.noLongTermReview)
        }
        return (smoothAndFill(fitted, counts: counts), counts)
    }

    /// Makes S0 grow with the grade (the better-supported value wins) and fills missing grades by fsrs-rs's
    /// geometric interpolation, then clamps into [0.1, 100].
    static func smoothAndFill(_ input: [Int: Double], counts: [Int: Int]) -> [Double] {
        var rs = input
        for (small, big) in [(1, 2), (2, 3), (3, 4), (1, 3), (2, 4), (1, 4)] {
            if let sv = rs[small], let bv = rs[big], sv > bv {
                if (counts[small] ?? 0) > (counts[big] ?? 0) { rs[big] = sv } else { rs[small] = bv }
            }
        }
        let w1 = 3.0 / 5.0, w2 = 3.0 / 5.0
        let defaults = Array(FSRSParameters.defaultWeights[0..<4])
        var a: [Double?] = [nil, rs[1], rs[2], rs[3], rs[4]]
        var out: [Double]
        switch rs.count {
        case 1:
            let (grade, value) = rs.first!
            let factor = value / defaults[grade - 1]
            out = defaults.map { $0 * factor }.sorted()
        case 2, 3:
            if rs.count == 2 {
                switch (a[1], a[2], a[3], a[4]) {
                case let (nil, nil, r3?, r4?):
                    let r2 = pow(r3, 1 / (1 - w2)) * pow(r4, 1 - 1 / (1 - w2))
                    a[2] = r2
                    a[1] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
                case let (nil, r2?, nil, r4?):
                    let r3 = pow(r2, 1 - w2) * pow(r4, w2)
                    a[3] = r3
                    a[1] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
                case let (nil, r2?, r3?, nil):
                    a[4] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
                    a[1] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
                case let (r1?, nil, nil, r4?):
                    let k = w1 / (w1 + w2 - w1 * w2), k2 = w2 / (w1 + w2 - w1 * w2)
                    a[2] = pow(r1, k) * pow(r4, 1 - k)
                    a[3] = pow(r1, 1 - k2) * pow(r4, k2)
                case let (r1?, nil, r3?, nil):
                    let r2 = pow(r1, w1) * pow(r3, 1 - w1)
                    a[2] = r2
                    a[4] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
                case let (r1?, r2?, nil, nil):
                    let r3 = pow(r1, 1 - 1 / (1 - w1)) * pow(r2, 1 / (1 - w1))
                    a[3] = r3
                    a[4] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
                default: break
                }
            } else {
                switch (a[1], a[2], a[3], a[4]) {
                case let (nil, r2?, r3?, _): a[1] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
                case let (r1?, nil, r3?, _): a[2] = pow(r1, w1) * pow(r3, 1 - w1)
                case let (_, r2?, nil, r4?): a[3] = pow(r2, 1 - w2) * pow(r4, w2)
                case let (_, r2?, r3?, nil): a[4] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
                default: break
                }
            }
            out = (1...4).map { a[$0] ?? defaults[$0 - 1] }
        default:
            out = (1...4).map { a[$0] ?? defaults[$0 - 1] }
        }
        return out.map { min(max($0, minS0), maxS0) }
    }
}
