// progress-bench: the synthetic collection and the measured steps of issue 5 (see ../../README.md).
import Cards
import Foundation
import Scheduling
import Store
import Study
import Timeline

let deckName = "bench"

func monotonicMs() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) * 1000 + Double(t.tv_nsec) / 1_000_000
}

/// CPU time (user + system) of this process so far, in ms: steadier than wall time on a busy machine.
func cpuMs() -> Double {
    var usage = rusage()
    getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func peakRSSMB() -> Double {
    var usage = rusage()
    getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// A small deterministic generator (SplitMix64) so every run builds the same collection.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}

/// Review times start here (2024-01-01 UTC) and run `days` days.
let start: Timestamp = 1_704_067_200_000
let days: Int64 = 700

/// Builds `DIR/Decks/bench.json` (`cards` cards, four per event) and `DIR/Progress/bench/` (`reviews` reviews in
/// time order, spread uniformly over the cards and over 700 days; grades 10 % Again, 15 % Hard, 65 % Good, 10 % Easy),
/// then opens the store once, which replays the whole log and writes state.json.
func generate(dir: URL, cards: Int, reviews: Int, seed: UInt64) throws {
    var random = SplitMix(state: seed)
    let words = ["Hiệp định", "Pa-ri", "Hội nghị", "Giơ-ne-vơ", "Liên Xô", "NATO", "Hoa Kỳ", "Việt Nam", "chiến dịch",
                 "Điện Biên Phủ", "ký kết", "thành lập", "tổ chức", "Liên hợp quốc", "ASEAN", "cách mạng", "tháng Tám",
                 "độc lập", "thống nhất", "đổi mới", "kinh tế", "quân sự", "ngoại giao", "bình thường hóa", "quan hệ"]
    func phrase(_ n: Int) -> String { (0..<n).map { _ in words[Int(random.next() % UInt64(words.count))] }.joined(separator: " ") }
    var events: [DeckEvent] = []
    var deckCards: [Card] = []
    let kinds: [CardKind] = [.dateRecall, .reverse, .cloze, .multipleChoice]
    for e in 0..<(cards + 3) / 4 {
        let year = 1900 + e % 120
        let statement = phrase(8) + " \(e)"
        let sentence = "Năm \(year), \(statement.lowercased()) và " + phrase(6) + "."
        let event = Event(date: "\(year)", start: 0, end: sentence.unicodeScalars.count, sentenceStart: 0,
                          sentenceEnd: sentence.unicodeScalars.count, sentence: sentence, statement: statement,
                          actors: [words[e % words.count], words[(e * 7) % words.count]], dateSurface: "Năm \(year)")
        let eventID = ContentID.make("e", event.date, statement)
        events.append(DeckEvent(id: eventID, event: event))
        for kind in kinds where deckCards.count < cards {
            let id = ContentID.make("c", eventID, kind.rawValue)
            switch kind {
            case .dateRecall:
                deckCards.append(Card(id: id, kind: kind, prompt: statement + " vào năm nào?", answer: "\(year)",
                                      eventID: eventID, sourceSentence: sentence))
            case .reverse:
                deckCards.append(Card(id: id, kind: kind, prompt: "Sự kiện nào diễn ra vào năm \(year)?", answer: statement,
                                      eventID: eventID, sourceSentence: sentence))
            case .cloze:
                deckCards.append(Card(id: id, kind: kind, prompt: sentence.replacingOccurrences(of: "\(year)", with: "____"),
                                      answer: "\(year)", eventID: eventID, sourceSentence: sentence))
            default:
                deckCards.append(Card(id: id, kind: kind, prompt: statement + " vào năm nào?", answer: "\(year)",
                                      choices: ["\(year)", "\(year + 1)", "\(year - 3)", "\(year + 7)"],
                                      eventID: eventID, sourceSentence: sentence))
            }
        }
    }
    let deck = Deck(name: deckName, language: .vi, source: DeckSource(file: "bench.vi.txt", sha256: String(repeating: "0", count: 64)),
                    events: events, cards: deckCards)
    let decks = DeckStore(directory: dir.appendingPathComponent("Decks"))
    try FileManager.default.createDirectory(at: decks.directory, withIntermediateDirectories: true)
    try decks.save(deck)

    // The log, written directly (a store would fsync 2,000,000 times).
    let progress = dir.appendingPathComponent("Progress/\(deckName)")
    try FileManager.default.createDirectory(at: progress, withIntermediateDirectories: true)
    let path = progress.appendingPathComponent("reviews.jsonl").path
    _ = FileManager.default.createFile(atPath: path, contents: Data("{\"format\":\"ontap-reviews\",\"version\":1,\"deck\":\"\(deckName)\"}\n".utf8))
    let handle = FileHandle(forWritingAtPath: path)!
    handle.seekToEndOfFile()
    let step = days * Milliseconds.day / Int64(max(1, reviews))
    var chunk = ""
    chunk.reserveCapacity(1 << 20)
    for i in 0..<reviews {
        let card = deckCards[Int(random.next() % UInt64(deckCards.count))].id
        let roll = random.next() % 100
        let rating = roll < 10 ? 1 : roll < 25 ? 2 : roll < 90 ? 3 : 4
        let duration = 2000 + Int(random.next() % 18_000)
        chunk += "{\"card\":\"\(card)\",\"rating\":\(rating),\"time\":\(start + Int64(i) * step),\"duration_ms\":\(duration)}\n"
        if chunk.utf8.count > 1 << 20 { handle.write(Data(chunk.utf8)); chunk.removeAll(keepingCapacity: true) }
    }
    handle.write(Data(chunk.utf8))
    handle.closeFile()
    let t0 = monotonicMs()
    let store = try ProgressStore(root: dir.appendingPathComponent("Progress"), deck: deckName)
    let replay = monotonicMs() - t0
    try store.saveSnapshot()
    let deckBytes = (try? FileManager.default.attributesOfItem(atPath: decks.url(for: try DeckName(deckName)).path)[.size] as? Int) ?? 0
    let logBytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    let stateBytes = (try? FileManager.default.attributesOfItem(atPath: progress.appendingPathComponent("state.json").path)[.size] as? Int) ?? 0
    print("{\"cards\":\(deckCards.count),\"events\":\(events.count),\"reviews\":\(reviews),\"deck_bytes\":\(deckBytes),"
          + "\"log_bytes\":\(logBytes),\"state_bytes\":\(stateBytes),\"full_replay_ms\":\(Int(replay)),\"now\":\(start + days * Milliseconds.day)}")
}

/// What `ontap study` does before it shows a card: load the deck, open the progress, build the queue, show one card.
func firstCard(dir: URL) throws {
    let cards = try DeckStore(directory: dir.appendingPathComponent("Decks")).openForStudy(deckName)
    let store = try ProgressStore(root: dir.appendingPathComponent("Progress"), deck: deckName)
    let session = StudySession(cards: cards, store: store, now: start + days * Milliseconds.day)
    print(session.current?.prompt ?? "(nothing due)")
    fflush(nil)
}

/// Times each step of opening separately (in one process).
func phases(dir: URL) throws {
    var t = monotonicMs(), c = cpuMs()
    let deck = try DeckStore(directory: dir.appendingPathComponent("Decks")).openForStudy(deckName)
    let deckMs = monotonicMs() - t, deckCPU = cpuMs() - c
    t = monotonicMs(); c = cpuMs()
    let store = try ProgressStore(root: dir.appendingPathComponent("Progress"), deck: deckName)
    let storeMs = monotonicMs() - t, storeCPU = cpuMs() - c
    t = monotonicMs(); c = cpuMs()
    let session = StudySession(cards: deck, store: store, now: start + days * Milliseconds.day)
    let queueMs = monotonicMs() - t, queueCPU = cpuMs() - c
    print("{\"deck_load_ms\":\(Int(deckMs)),\"deck_load_cpu_ms\":\(Int(deckCPU)),\"progress_open_ms\":\(Int(storeMs)),"
          + "\"progress_open_cpu_ms\":\(Int(storeCPU)),\"queue_ms\":\(Int(queueMs)),\"queue_cpu_ms\":\(Int(queueCPU)),"
          + "\"first\":\(session.current != nil),\"peak_rss_mb\":\(Int(peakRSSMB()))}")
}

/// Records `count` answers one by one (append + fsync each), then takes them back; prints the median.
func record(dir: URL, count: Int) throws {
    let store = try ProgressStore(root: dir.appendingPathComponent("Progress"), deck: deckName)
    store.snapshotInterval = Int.max
    let ids = Array(store.snapshot.cards.keys.prefix(count))
    var times: [Double] = []
    var undo: [(ReviewRecord, CardSchedule?)] = []
    let now = start + days * Milliseconds.day
    for (i, id) in ids.enumerated() {
        let review = ReviewRecord(cardID: id, rating: .good, time: now + Int64(i) * 1000, durationMs: 3000)
        let previous = store.schedule(for: id)
        let t = monotonicMs()
        _ = try store.record(review)
        times.append(monotonicMs() - t)
        undo.append((review, previous))
    }
    for (review, previous) in undo.reversed() { try store.undo(review, restoring: previous) }
    print("{\"record_median_ms\":\(median(times)),\"record_max_ms\":\(times.max() ?? 0),\"n\":\(times.count)}")
}

/// Rewrites state.json `count` times; prints the median.
func save(dir: URL, count: Int) throws {
    let store = try ProgressStore(root: dir.appendingPathComponent("Progress"), deck: deckName)
    var times: [Double] = [], cpu: [Double] = []
    for _ in 0..<count {
        let t = monotonicMs(), c = cpuMs()
        try store.saveSnapshot()
        times.append(monotonicMs() - t)
        cpu.append(cpuMs() - c)
    }
    print("{\"save_median_ms\":\(median(times)),\"save_cpu_median_ms\":\(median(cpu)),\"n\":\(count),\"peak_rss_mb\":\(peakRSSMB())}")
}

/// Decoding speed of state.json: the byte-level codec against Foundation's JSONDecoder on the same bytes.
func decodeSpeed(dir: URL) throws {
    let url = dir.appendingPathComponent("Progress/\(deckName)/state.json")
    let data = try Data(contentsOf: url)
    let mb = Double(data.count) / 1_000_000
    var t = monotonicMs()
    let snapshot = try ProgressSnapshot.decode(data, path: url.path)
    let fastMs = monotonicMs() - t
    struct Schedule: Decodable { var phase: Int; var step: Int?; var stability: Double; var difficulty: Double; var due: Int64
        var last_review: Int64?; var ease: Int; var interval: Int; var reps: Int; var lapses: Int }
    struct State: Decodable { var format: String; var version: Int; var cards: [String: Schedule] }
    t = monotonicMs()
    let foundation = try JSONDecoder().decode(State.self, from: data)
    let foundationMs = monotonicMs() - t
    t = monotonicMs()
    let encoded = snapshot.encoded()
    let encodeMs = monotonicMs() - t
    print("{\"state_mb\":\(mb),\"fast_decode_mb_s\":\(Int(mb / fastMs * 1000)),\"foundation_decode_mb_s\":\(Int(mb / foundationMs * 1000)),"
          + "\"fast_encode_mb_s\":\(Int(Double(encoded.count) / 1_000_000 / encodeMs * 1000)),\"cards\":\(foundation.cards.count)}")
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    print("usage: progress-bench generate DIR [CARDS REVIEWS SEED] | first-card DIR | phases DIR | record DIR [N] | save DIR [N] | decode DIR")
    exit(2)
}
let dir = URL(fileURLWithPath: arguments[2])
func number(_ i: Int, _ fallback: Int) -> Int { arguments.count > i ? Int(arguments[i]) ?? fallback : fallback }
do {
    switch arguments[1] {
    case "generate": try generate(dir: dir, cards: number(3, 100_000), reviews: number(4, 2_000_000), seed: UInt64(number(5, 1)))
    case "first-card": try firstCard(dir: dir)
    case "phases": try phases(dir: dir)
    case "record": try record(dir: dir, count: number(3, 200))
    case "save": try save(dir: dir, count: number(3, 11))
    case "decode": try decodeSpeed(dir: dir)
    case "open":
        var times: [Double] = [], cpu: [Double] = []
        for _ in 0..<number(3, 5) {
            let t = monotonicMs(), c = cpuMs()
            _ = try ProgressStore(root: dir.appendingPathComponent("Progress"), deck: deckName)
            times.append(monotonicMs() - t)
            cpu.append(cpuMs() - c)
        }
        print("{\"open_median_ms\":\(median(times)),\"open_cpu_median_ms\":\(median(cpu))}")
    case "deck":
        var times: [Double] = []
        for _ in 0..<number(3, 3) {
            let t = monotonicMs()
            _ = try DeckStore(directory: dir.appendingPathComponent("Decks")).load(deckName)
            times.append(monotonicMs() - t)
        }
        print("{\"deck_load_median_ms\":\(median(times))}")
    default: print("unknown step \(arguments[1])"); exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("progress-bench: \(error.localizedDescription)\n".utf8))
    exit(1)
}
