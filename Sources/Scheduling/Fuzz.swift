/// Interval fuzz shared by FSRS and SM-2: the Anki/py-fsrs ranges and a deterministic draw per card and review.
///
/// The draw is seeded from the card id and its review count, so replaying a log gives the same dates.
/// It uses Anki's `floor(lo + f * (hi - lo + 1))` (uniform on [lo, hi]), not py-fsrs's `round`, which can
/// return `hi + 1`.
public enum Fuzz {
    /// Intervals below this many days are never fuzzed.
    public static let minimumFuzzedInterval = 2.5

    /// Half-width of the fuzz window for an interval of `days`.
    @inlinable public static func delta(_ days: Double) -> Double {
        1 + 0.15 * overlap(days, 2.5, 7) + 0.10 * overlap(days, 7, 20) + 0.05 * overlap(days, 20, .infinity)
    }

    @inlinable static func overlap(_ x: Double, _ start: Double, _ end: Double) -> Double {
        max(min(x, end) - start, 0)
    }

    /// The py-fsrs range [min, max] for a whole-day interval (fsrs_spec.md §3).
    @inlinable public static func range(days: Int, maximumDays: Int) -> ClosedRange<Int> {
        let d = Double(days)
        let delta = delta(d)
        var lo = max(2, Int((d - delta).rounded(.toNearestOrEven)))
        let hi = min(Int((d + delta).rounded(.toNearestOrEven)), maximumDays)
        lo = min(lo, hi)
        return lo...hi
    }

    /// A uniform fraction in [0, 1) determined by `cardID` and `reps` (SplitMix64).
    @inlinable public static func fraction(cardID: UInt64, reps: UInt16) -> Double {
        var z = cardID &+ 0x9E37_79B9_7F4A_7C15 &* (UInt64(reps) &+ 1)
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Double(z >> 11) * 0x1.0p-53
    }

    /// The FSRS interval after fuzz: unchanged below 2.5 days, else a day drawn uniformly from `range`.
    @inlinable public static func fsrsInterval(_ days: Int, maximumDays: Int, fraction f: Double) -> Int {
        guard Double(days) >= minimumFuzzedInterval else { return days }
        let r = range(days: days, maximumDays: maximumDays)
        let pick = r.lowerBound + Int((f * Double(r.count)).rounded(.down))
        return min(pick, r.upperBound, maximumDays)
    }
}

extension Fuzz {
    /// Anki's review interval: `x` fuzzed (when `fraction` is given) and kept within [minimum, maximum].
    ///
    /// Without fuzz it is `round(x)` (half away from zero) clamped; with fuzz a day drawn uniformly from the
    /// window around `x`, widened to two days when it collapses to one above 2 days.
    public static func ankiInterval(_ x: Double, minimum: Int, maximum: Int, fraction: Double?) -> Int {
        let lo = min(minimum, maximum)
        guard let f = fraction else { return min(max(Int(x.rounded()), lo), maximum) }
        let ivl = min(max(x, Double(lo)), Double(maximum))
        let delta = ivl < minimumFuzzedInterval ? 0 : delta(ivl)
        var lower = min(max(Int((ivl - delta).rounded()), lo), maximum)
        var upper = min(max(Int((ivl + delta).rounded()), lo), maximum)
        if upper == lower && upper > 2 && upper < maximum { upper = lower + 1 }
        lower = min(lower, upper)
        return lower + Int((f * Double(1 + upper - lower)).rounded(.down))
    }
}
