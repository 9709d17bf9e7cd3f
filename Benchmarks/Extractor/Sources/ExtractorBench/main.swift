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
/// Reads the file straight into one String buffer (no Data/[UInt8] copies, so the peak RSS is the extractor's).
func load(_ path: String) -> String? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { return nil }
    let size = Int(info.st_size)
    return String(unsafeUninitializedCapacity: size) { buffer in
        var done = 0
        while done < size {
            let count = read(fd, buffer.baseAddress! + done, size - done)
            if count <= 0 { break }
            done += count
        }
        return done
    }
}
guard let text = load(path) else {
    FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
    exit(1)
}
let extractor = EventExtractor()
if let out = option("--json") {
    // the scoring path reads through SourceText, as `ontap events` does
    guard let bytes = FileManager.default.contents(atPath: path), let text = try? SourceText.decode([UInt8](bytes)) else {
        FileHandle.standardError.write(Data("\(path): not UTF-8 text\n".utf8))
        exit(1)
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let extraction = extractor.extract(text, language: language)
    try encoder.encode(extraction).write(to: URL(fileURLWithPath: out))
    print("\(out): \(extraction.timexes.count) timexes, \(extraction.events.count) events")
    exit(0)
}
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(0, &usage) // RUSAGE_SELF
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}
func peakRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(0, &usage) // RUSAGE_SELF
    return Double(usage.ru_maxrss) / 1024 // kilobytes on Linux
}
let megabytes = Double(text.utf8.count) / 1_000_000
var seconds: [Double] = []
var cpu: [Double] = []
var timexes = 0, events = 0
for _ in 0..<runs {
    let cpuStart = cpuSeconds()
    let start = DispatchTime.now().uptimeNanoseconds
    let extraction = extractor.extract(text, language: language)
    let end = DispatchTime.now().uptimeNanoseconds
    cpu.append(cpuSeconds() - cpuStart)
    seconds.append(Double(end - start) / 1e9)
    timexes = extraction.timexes.count
    events = extraction.events.count
}
seconds.sort()
cpu.sort()
let median = seconds[seconds.count / 2]
let medianCPU = cpu[cpu.count / 2]
let characters = Double(text.unicodeScalars.count)
print(String(format: "%@: %.2f MB, %d runs, median %.4f s = %.1f MB/s wall (best %.1f MB/s), %.1f MB/s CPU, "
             + "%.0f chars/s; %d timexes, %d events; peak RSS %.1f MB (%.2f x input)",
             (path as NSString).lastPathComponent, megabytes, runs, median, megabytes / median,
             megabytes / seconds[0], megabytes / medianCPU, characters / median, timexes, events, peakRSSMegabytes(),
             peakRSSMegabytes() / megabytes))
