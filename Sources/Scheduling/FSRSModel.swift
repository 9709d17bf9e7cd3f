import Foundation

/// The FSRS-6 formulas for one weight vector, with the constants they need precomputed (pure math, no state machine).
///
/// Follows py-fsrs 6.3.2 in float64; see fsrs_spec.md §2.
public struct FSRSModel: Sendable, Equatable {
    /// The 21 weights.
    public let w: [Double]
    /// The forgetting-curve exponent, `-w20`.
    public let decay: Double
    /// `0.9^(1/decay) - 1`, so that R(S, S) = 0.9.
    public let factor: Double
    /// Smallest stability.
    public static let minStability = 0.001

    // Precomputed per-weight constants (hot path).
    @usableFromInline let eW8: Double
    @usableFromInline let forgetShortTermCap: Double
    @usableFromInline let d0: (Double, Double, Double, Double)
    @usableFromInline let s0: (Double, Double, Double, Double)
    @usableFromInline let d0EasyUnclamped: Double
    @usableFromInline let shortTermGrade: (Double, Double, Double, Double)
    @usableFromInline let w9, w10, w11, w12, w13, w14, w15, w16, w19, w7, w6: Double

    /// A model for `weights` (must be 21 long; use `FSRSParameters.validate` first for user input).
    public init(weights: [Double]) {
        let w = weights.count == FSRSParameters.count ? weights : FSRSParameters.defaultWeights
        self.w = w
        decay = -w[20]
        factor = pow(0.9, 1 / decay) - 1
        eW8 = exp(w[8])
        forgetShortTermCap = exp(w[17] * w[18])
        func d0(_ g: Double) -> Double { w[4] - exp(w[5] * (g - 1)) + 1 }
        let clamp = { (x: Double) in min(max(x, 1), 10) }
        self.d0 = (clamp(d0(1)), clamp(d0(2)), clamp(d0(3)), clamp(d0(4)))
        s0 = (max(w[0], Self.minStability), max(w[1], Self.minStability), max(w[2], Self.minStability),
              max(w[3], Self.minStability))
        d0EasyUnclamped = d0(4)
        func st(_ g: Double) -> Double { exp(w[17] * (g - 3 + w[18])) }
        shortTermGrade = (st(1), st(2), st(3), st(4))
        (w6, w7, w9, w10, w11, w12, w13, w14, w15, w16, w19) =
            (w[6], w[7], w[9], w[10], w[11], w[12], w[13], w[14], w[15], w[16], w[19])
    }

    public static func == (a: FSRSModel, b: FSRSModel) -> Bool { a.w == b.w }

    /// `x^y` for `x > 0` as `exp(y·ln x)`: about three times cheaper than glibc's `pow`, within 1e-15 relative
    /// for the exponents FSRS uses (it is the hot path of every review and of the optimizer).
    @inlinable @inline(__always) public static func power(_ x: Double, _ y: Double) -> Double {
        exp(y * log(x))
    }

    /// S0: the stability after the first review graded `rating`.
    @inlinable @inline(__always) public func initialStability(_ rating: Rating) -> Double {
        switch rating {
        case .again: s0.0
        case .hard: s0.1
        case .good: s0.2
        case .easy: s0.3
        }
    }

    /// D0 clamped to [1, 10]: the difficulty after the first review.
    @inlinable @inline(__always) public func initialDifficulty(_ rating: Rating) -> Double {
        switch rating {
        case .again: d0.0
        case .hard: d0.1
        case .good: d0.2
        case .easy: d0.3
        }
    }

    /// D0 without the clamp (used by mean reversion towards D0(Easy)).
    public func initialDifficultyUnclamped(_ rating: Rating) -> Double {
        w[4] - exp(w[5] * Double(rating.rawValue - 1)) + 1
    }

    /// Probability of recall after `elapsedDays` whole days for stability `stability` (power forgetting curve).
    @inlinable @inline(__always) public func retrievability(elapsedDays: Double, stability: Double) -> Double {
        Self.power(1 + factor * elapsedDays / stability, decay)
    }

    /// Difficulty after a review: linear damping then mean reversion towards D0(Easy), clamped to [1, 10].
    @inlinable @inline(__always) public func nextDifficulty(_ d: Double, rating: Rating) -> Double {
        let delta = -(w6 * Double(rating.rawValue - 3))
        let damped = d + (10 - d) * delta / 9
        let reverted = w7 * d0EasyUnclamped + (1 - w7) * damped
        return min(max(reverted, 1), 10)
    }

    /// Stability after a successful long-term review (Hard, Good or Easy).
    @inlinable @inline(__always) public func recallStability(d: Double, s: Double, r: Double, rating: Rating) -> Double {
        let hard = rating == .hard ? w15 : 1
        let easy = rating == .easy ? w16 : 1
        return s * (1 + eW8 * (11 - d) * Self.power(s, -w9) * (exp((1 - r) * w10) - 1) * hard * easy)
    }

    /// Stability after a lapse (Again on a long-term review).
    @inlinable @inline(__always) public func forgetStability(d: Double, s: Double, r: Double) -> Double {
        let longTerm = w11 * Self.power(d, -w12) * (Self.power(s + 1, w13) - 1) * exp((1 - r) * w14)
        return min(longTerm, s / forgetShortTermCap)
    }

    /// Stability after a review less than a day after the previous one.
    @inlinable @inline(__always) public func shortTermStability(_ s: Double, rating: Rating) -> Double {
        let g: Double
        switch rating {
        case .again: g = shortTermGrade.0
        case .hard: g = shortTermGrade.1
        case .good: g = shortTermGrade.2
        case .easy: g = shortTermGrade.3
        }
        var inc = g * Self.power(s, -w19)
        if rating != .again { inc = max(inc, 1) }
        return max(s * inc, Self.minStability)
    }

    /// Stability after a review `elapsedDays` (≥ 1) whole days after the last: `nextStability` with R from the
    /// forgetting curve, computed as `ln(S + f·t) − ln S` so that `ln S` also serves `S^(−w9)` (no division).
    @inlinable @inline(__always)
    public func longTermStability(d: Double, s: Double, elapsedDays t: Double, rating: Rating) -> Double {
        let logS = log(s)
        let r = exp(decay * (log(s + factor * t) - logS))
        guard rating != .again else { return max(forgetStability(d: d, s: s, r: r), Self.minStability) }
        let hard = rating == .hard ? w15 : 1
        let easy = rating == .easy ? w16 : 1
        let next = s * (1 + eW8 * (11 - d) * exp(-w9 * logS) * (exp((1 - r) * w10) - 1) * hard * easy)
        return max(next, Self.minStability)
    }

    /// Stability after a long-term review with recall probability `r` (recall or lapse), at least 0.001.
    @inlinable @inline(__always) public func nextStability(d: Double, s: Double, r: Double, rating: Rating) -> Double {
        let next = rating == .again ? forgetStability(d: d, s: s, r: r) : recallStability(d: d, s: s, r: r, rating: rating)
        return max(next, Self.minStability)
    }

    /// The multiplier `(DR^(1/decay) - 1) / factor` that turns stability into the interval for retention `dr`.
    @inlinable public func intervalMultiplier(desiredRetention dr: Double) -> Double {
        (pow(dr, 1 / decay) - 1) / factor
    }

    /// Unrounded interval in days for stability `s` at desired retention `dr`.
    public func rawInterval(stability s: Double, desiredRetention dr: Double) -> Double {
        s / factor * (pow(dr, 1 / decay) - 1)
    }

    /// Whole-day interval: round half to even, at least 1, at most `maximumDays`.
    public func interval(stability s: Double, desiredRetention dr: Double, maximumDays: Int) -> Int {
        Self.wholeDays(rawInterval(stability: s, desiredRetention: dr), maximumDays: maximumDays)
    }

    /// Rounds a raw interval the py-fsrs way: half to even, then into [1, maximumDays].
    @inlinable @inline(__always) public static func wholeDays(_ raw: Double, maximumDays: Int) -> Int {
        let r = raw.rounded(.toNearestOrEven)
        guard r.isFinite else { return maximumDays }
        return Int(min(max(r, 1), Double(max(maximumDays, 1))))
    }
}
