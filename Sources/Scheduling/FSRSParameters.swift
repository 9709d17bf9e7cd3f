/// FSRS-6 parameter facts: the 21 default weights and the bounds an optimizer or a settings file must respect.
public enum FSRSParameters {
    /// How many weights FSRS-6 has.
    public static let count = 21

    /// The FSRS-6 defaults (py-fsrs 6.3.2, fsrs-rs 6.x, srs-benchmark).
    public static let defaultWeights: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]

    /// Lowest allowed value of each weight (py-fsrs and fsrs-rs agree).
    public static let lowerBounds: [Double] = [
        0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
        0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1,
    ]

    /// Highest allowed value of each weight.
    public static let upperBounds: [Double] = [
        100, 100, 100, 100, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5,
        5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8,
    ]

    /// Checks that `weights` has 21 finite values inside the bounds.
    /// - Throws: `SchedulingError.invalidWeights` naming the first bad weight.
    public static func validate(_ weights: [Double]) throws(SchedulingError) {
        guard weights.count == count else {
            throw .invalidWeights(.weightCount(expected: count, got: weights.count))
        }
        for (i, w) in weights.enumerated() where !(w >= lowerBounds[i] && w <= upperBounds[i]) {
            throw .invalidWeights(.weightOutOfBounds(index: i, value: w, lower: lowerBounds[i], upper: upperBounds[i]))
        }
    }

    /// `weights` forced into shape: the defaults if the count is wrong, each value clamped into its bounds.
    public static func sanitized(_ weights: [Double]) -> [Double] {
        guard weights.count == count else { return defaultWeights }
        return weights.enumerated().map { i, w in
            w.isNaN ? defaultWeights[i] : min(max(w, lowerBounds[i]), upperBounds[i])
        }
    }
}
