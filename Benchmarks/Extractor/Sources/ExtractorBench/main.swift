import Foundation
import Timeline

// Usage: ExtractorBench FILE [--runs N] [--lang vi|en] [--json OUT.json]
// Reads FILE, runs EventExtractor N times, prints the median throughput (MB/s) and the peak RSS.
let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: ExtractorBench FILE [--runs N] [--lang vi|en] [--json OUT]\n".utf8))
    exit(2)
}
func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
let path = arguments[1]
let runs = Int(option("--runs") ?? "5") ?? 5
let language = option("--lang").flatMap(Language.init(rawValue:))
guard let data = FileManager.default.contents(atPath: path) else {
    FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
    exit(1)
}
let text: String
do { text = try SourceText.decode([UInt8](data)) } catch {
    FileHandle.standardError.write(Data("\(path): \(error.localizedDescription)\n".utf8))
    exit(1)
}
let extractor = EventExtractor()
if let out = option("--json") {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let extraction = extractor.extract(text, language: language)
    try encoder.encode(extraction).write(to: URL(fileURLWithPath: out))
    print("\(out): \(extraction.timexes.count) timexes, \(extraction.events.count) events")
    exit(0)
}
func peakRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(0, &usage) // RUSAGE_SELF
    return Double(usage.ru_maxrss) / 1024 // kilobytes on Linux
}
let megabytes = Double(data.count) / 1_000_000
var seconds: [Double] = []
var timexes = 0, events = 0
for _ in 0..<runs {
    let start = DispatchTime.now().uptimeNanoseconds
    let extraction = extractor.extract(text, language: language)
    let end = DispatchTime.now().uptimeNanoseconds
    seconds.append(Double(end - start) / 1e9)
    timexes = extraction.timexes.count
    events = extraction.events.count
}
seconds.sort()
let median = seconds[seconds.count / 2]
print(String(format: "%@: %.2f MB, %d runs, median %.3f s = %.1f MB/s (best %.1f MB/s); %d timexes, %d events; "
             + "peak RSS %.1f MB (%.2f x input)", (path as NSString).lastPathComponent, megabytes, runs, median,
             megabytes / median, megabytes / seconds[0], timexes, events, peakRSSMegabytes(),
             peakRSSMegabytes() / megabytes))
