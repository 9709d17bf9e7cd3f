import Exporters
import Foundation
import Scheduling

// Usage:
//   SchedulingBench optimize CSV [--hold-out 0.2] [--repeat N] [--warmup N]   fit and print JSON (timings in ms)
//   SchedulingBench replay FILE [--rounds N]                      replay the sequences in FILE, print steps/s
let args = CommandLine.arguments
func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
func option(_ name: String, _ fallback: String) -> String {
    if let i = args.firstIndex(of: name), i + 1 < args.count { return args[i + 1] }
    return fallback
}

guard args.count >= 3 else {
    FileHandle.standardError.write(Data("usage: SchedulingBench optimize CSV [--hold-out F] [--repeat N] | replay FILE [--rounds N]\n".utf8))
    exit(2)
}
switch args[1] {
case "optimize":
    let data = try Data(contentsOf: URL(fileURLWithPath: args[2]))
    let reviews = try ReviewCSV.parse(data, file: args[2])
    var config = FSRSOptimizer.Configuration()
    config.holdOutFraction = Double(option("--hold-out", "0.2"))!
    let repeats = Int(option("--repeat", "5"))!
    var times: [Double] = []
    var result: OptimizationResult?
    for _ in 0..<Int(option("--warmup", "0"))! {  // untimed runs (code and caches warm, as in a long-lived process)
        _ = try FSRSOptimizer(configuration: config).fit(reviews: reviews)
    }
    for _ in 0..<repeats {
        let t0 = now()
        result = try FSRSOptimizer(configuration: config).fit(reviews: reviews)
        times.append((now() - t0) * 1000)
    }
    let r = result!
    let out: [String: Any] = [
        "weights": r.weights,
        "kept_defaults": r.keptDefaults,
        "fit_ms": times,
        "fit_ms_median": times.sorted()[times.count / 2],
        "train_items": r.trainCount, "test_items": r.testCount, "reviews": r.reviewCount, "cards": r.cardCount,
        "train_before": ["log_loss": r.trainBefore.logLoss, "rmse_bins": r.trainBefore.rmseBins],
        "train_after": ["log_loss": r.trainAfter.logLoss, "rmse_bins": r.trainAfter.rmseBins],
        "test_before": ["log_loss": r.testBefore?.logLoss ?? .nan, "rmse_bins": r.testBefore?.rmseBins ?? .nan],
        "test_after": ["log_loss": r.testAfter?.logLoss ?? .nan, "rmse_bins": r.testAfter?.rmseBins ?? .nan],
    ]
    print(String(decoding: try JSONSerialization.data(withJSONObject: out, options: [.sortedKeys]), as: UTF8.self))
case "replay":
    let cards = try ReplayBenchmark.load(args[2])
    let rounds = Int(option("--rounds", "5"))!
    let (steps, secs, checksum) = ReplayBenchmark.run(cards, rounds: rounds)
    let (_, batchSecs, batchChecksum) = ReplayBenchmark.runBatch(cards, rounds: rounds)
    let out: [String: Any] = ["steps": steps, "best_seconds": secs, "steps_per_second": Double(steps) / secs,
                              "checksum_final_stability": checksum,
                              "batch_best_seconds": batchSecs, "batch_steps_per_second": Double(steps) / batchSecs,
                              "batch_checksum_final_stability": batchChecksum]
    print(String(decoding: try JSONSerialization.data(withJSONObject: out, options: [.sortedKeys]), as: UTF8.self))
default:
    exit(2)
}
