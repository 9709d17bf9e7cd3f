import Foundation

extension OptimizationResult {
    /// A short human-readable report: counts, log loss and RMSE(bins) before and after, and the weights.
    public func summary(fitMilliseconds: Double? = nil) -> String {
        func f(_ x: Double) -> String { String(format: "%.4f", x) }
        var lines: [String] = []
        lines.append("\(reviewCount) reviews of \(cardCount) cards; fitted on \(trainCount) reviews"
            + (testCount > 0 ? ", \(testCount) held out" : ""))
        lines.append("                  log loss   RMSE(bins)")
        lines.append("training  before  \(f(trainBefore.logLoss))     \(f(trainBefore.rmseBins))")
        lines.append("training  after   \(f(trainAfter.logLoss))     \(f(trainAfter.rmseBins))")
        if let b = testBefore, let a = testAfter {
            lines.append("held out  before  \(f(b.logLoss))     \(f(b.rmseBins))")
            lines.append("held out  after   \(f(a.logLoss))     \(f(a.rmseBins))")
        }
        if keptDefaults { lines.append("the fit did not beat the default parameters, so the defaults are kept") }
        if let ms = fitMilliseconds { lines.append(String(format: "fitted in %.1f ms", ms)) }
        lines.append("parameters: " + weights.map { String(format: "%.4f", $0) }.joined(separator: ", "))
        return lines.joined(separator: "\n")
    }

    /// The result as JSON (weights, metrics, counts), one object.
    public func json(fitMilliseconds: Double? = nil) -> String {
        func metrics(_ m: FSRSMetrics?) -> String {
            guard let m else { return "null" }
            return "{\"log_loss\": \(m.logLoss), \"rmse_bins\": \(m.rmseBins), \"count\": \(m.count)}"
        }
        var out = "{\"weights\": [\(weights.map { "\($0)" }.joined(separator: ", "))], "
        out += "\"kept_defaults\": \(keptDefaults), \"reviews\": \(reviewCount), \"cards\": \(cardCount), "
        out += "\"train_items\": \(trainCount), \"test_items\": \(testCount), "
        out += "\"train_before\": \(metrics(trainBefore)), \"train_after\": \(metrics(trainAfter)), "
        out += "\"test_before\": \(metrics(testBefore)), \"test_after\": \(metrics(testAfter))"
        if let ms = fitMilliseconds { out += ", \"fit_ms\": \(ms)" }
        return out + "}"
    }
}
