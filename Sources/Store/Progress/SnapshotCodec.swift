import FileFormats
import Foundation
import Scheduling

/// Reads and writes `state.json` over its UTF-8 bytes: one card a line, plain JSON that jq can query.
///
/// ```
/// {"format":"ontap-state","version":2,"deck":"NAME",
/// "settings":{…},
/// "log":{"id":null,"reviews":120,"bytes":9013,"last":{"card":"c…","rating":3,"time":…,"duration_ms":…}},
/// "suspended":["c…"],
/// "buried":{"c…":1790000000000},
/// "flags":{"c…":2},
/// "cards":{
/// "c0123456789ab":{"phase":2,"step":null,"stability":3.2,"difficulty":5.1,"due":…,"last_review":…,"ease":2500,"interval":3,"reps":4,"lapses":0},
/// …
/// }}
/// ```
enum SnapshotCodec {
    /// The bytes of `snapshot` in the current version, cards sorted by id (stable diffs).
    static func encode(_ snapshot: ProgressSnapshot) -> [UInt8] {
        var out = JSONOutput(capacity: 256 + snapshot.cards.count * 180)
        out.raw("{\"format\":")
        out.string(ProgressSnapshot.formatName)
        out.raw(",\"version\":")
        out.int(ProgressSnapshot.currentVersion)
        out.raw(",\"deck\":")
        out.string(snapshot.deck)
        out.raw(",\n\"settings\":")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        out.bytes.append(contentsOf: (try? encoder.encode(snapshot.settings)) ?? Data("{}".utf8))
        out.raw(",\n\"log\":{\"id\":")
        if let id = snapshot.logID { out.string(id) } else { out.raw("null") }
        out.raw(",\"reviews\":")
        out.int(snapshot.logCount)
        out.raw(",\"bytes\":")
        out.int(snapshot.logBytes)
        out.raw(",\"last\":")
        if let last = snapshot.logLast {
            ReviewLine.append(last, to: &out)
            out.bytes.removeLast()
        } else {
            out.raw("null")
        }
        out.raw("},\n\"suspended\":[")
        for (i, id) in snapshot.suspended.sorted().enumerated() {
            if i > 0 { out.byte(UInt8(ascii: ",")) }
            out.string(id)
        }
        out.raw("],\n\"buried\":")
        appendNumbers(snapshot.buriedUntil, to: &out)
        out.raw(",\n\"flags\":")
        appendNumbers(snapshot.flags, to: &out)
        out.raw(",\n\"cards\":{")
        var first = true
        for (id, schedule) in snapshot.cards.sorted(by: { $0.key < $1.key }) {
            out.raw(first ? "\n" : ",\n")
            first = false
            out.string(id)
            out.byte(UInt8(ascii: ":"))
            appendSchedule(schedule, to: &out)
        }
        out.raw("\n}}\n")
        return out.bytes
    }

    /// `{"ID":N,…}` on one line, sorted by id.
    static func appendNumbers<N: BinaryInteger>(_ numbers: [String: N], to out: inout JSONOutput) {
        out.byte(UInt8(ascii: "{"))
        for (i, (id, n)) in numbers.sorted(by: { $0.key < $1.key }).enumerated() {
            if i > 0 { out.byte(UInt8(ascii: ",")) }
            out.string(id)
            out.byte(UInt8(ascii: ":"))
            out.int(n)
        }
        out.byte(UInt8(ascii: "}"))
    }

    /// Reads `{"ID":N,…}` with every id checked and every number in `range`.
    static func decodeNumbers(_ scanner: inout JSONScanner, in range: ClosedRange<Int64>,
                              _ field: StaticString) throws(JSONFailure) -> [String: Int64] {
        try scanner.expect(UInt8(ascii: "{"), .character("{"))
        var numbers: [String: Int64] = [:]
        var first = true
        while true {
            scanner.skipSpace()
            let at = scanner.index + (first ? 0 : 1)
            guard let id = try scanner.nextKey(first: &first) else { break }
            try ReviewLine.check(cardID: id, at: at, scanner)
            numbers[id] = try scanner.readInt(in: range, field)
        }
        return numbers
    }

    static func appendSchedule(_ s: CardSchedule, to out: inout JSONOutput) {
        out.raw("{\"phase\":")
        out.int(s.phase.rawValue)
        out.raw(",\"step\":")
        if let step = s.step { out.int(step) } else { out.raw("null") }
        out.raw(",\"stability\":")
        out.double(s.stability)
        out.raw(",\"difficulty\":")
        out.double(s.difficulty)
        out.raw(",\"due\":")
        out.int(s.due)
        out.raw(",\"last_review\":")
        if let last = s.lastReview { out.int(last) } else { out.raw("null") }
        out.raw(",\"ease\":")
        out.int(s.ease)
        out.raw(",\"interval\":")
        out.int(s.intervalDays)
        out.raw(",\"reps\":")
        out.int(s.reps)
        out.raw(",\"lapses\":")
        out.int(s.lapses)
        out.byte(UInt8(ascii: "}"))
    }

    /// A decoded `state.json` and the version it was written in (1 must be migrated).
    struct Decoded {
        var snapshot: ProgressSnapshot
        var version: Int
    }

    /// Decodes `bytes` (the content of `path`); every fault is an error with line and column.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, path: String) throws(StoreError) -> Decoded {
        do {
            return try decodeOrFail(bytes, path: path)
        } catch let failure as JSONFailure {
            throw StoreError.damaged(failure, in: bytes, path: path)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .unreadable(path: path, problem: .from(error))
        }
    }

    private static func decodeOrFail(_ bytes: UnsafeBufferPointer<UInt8>, path: String) throws -> Decoded {
        var scanner = JSONScanner(bytes)
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { scanner.index = 3 }
        guard scanner.peek() != nil else { throw JSONFailure(offset: 0, problem: .emptyFile) }
        try scanner.expect(UInt8(ascii: "{"), .character("{"))
        var format: String?
        var version: Int?
        var deck: String?
        var settings: SchedulerSettings?
        var logCount: Int?
        var logBytes = 0
        var logLast: ReviewLogEntry?
        var suspended = Set<String>()
        var buried: [String: Timestamp] = [:]
        var flags: [String: Int] = [:]
        var logID: String?
        var cards: [String: CardSchedule]?
        var first = true
        var seen = Set<String>()
        while true {
            let keyStart = scanner.index
            guard let key = try scanner.nextKey(first: &first) else { break }
            guard seen.insert(key).inserted else { throw scanner.fail(.duplicateField(key), at: keyStart) }
            switch key {
            case "format":
                let at = scanner.index
                let value = try scanner.readString()
                guard value == ProgressSnapshot.formatName else {
                    throw scanner.fail(.wrongFormat(found: value, expected: ProgressSnapshot.formatName), at: at)
                }
                format = value
            case "version":
                let value = Int(try scanner.readInt())
                guard (1...ProgressSnapshot.currentVersion).contains(value) else {
                    throw StoreError.unsupportedVersion(path: path, format: ProgressSnapshot.formatName, version: value)
                }
                version = value
            case "deck": deck = try scanner.readString()
            case "settings":
                scanner.skipSpace()
                let start = scanner.index
                try scanner.skipValue()
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<scanner.index])
                do { settings = try JSONDecoder().decode(SchedulerSettings.self, from: Data(buffer: slice)) } catch {
                    throw JSONFailure(offset: start, problem: .settingsUnreadable(JSONErrorLocation.problem(error)))
                }
                do throws(SchedulingError) { try settings?.validate() } catch {
                    throw JSONFailure(offset: start, problem: .settingsUnusable(error.errorDescription ?? "\(error)"))
                }
            case "log_count": logCount = Int(try scanner.readInt(in: 0...Int64(Int32.max), "log_count"))
            case "log":
                try scanner.expect(UInt8(ascii: "{"), .character("{"))
                var firstLog = true
                while let logKey = try scanner.nextKey(first: &firstLog) {
                    switch logKey {
                    case "id": logID = try scanner.consumeNull() ? nil : scanner.readString()
                    case "reviews": logCount = Int(try scanner.readInt(in: 0...Int64(Int32.max), "reviews"))
                    case "bytes": logBytes = Int(try scanner.readInt(in: 0...Int64.max, "bytes"))
                    case "last": logLast = try scanner.consumeNull() ? nil : ReviewLine.decodeEntry(&scanner)
                    default: try scanner.skipValue()
                    }
                }
            case "cards": cards = try decodeCards(&scanner)
            case "suspended":
                try scanner.expect(UInt8(ascii: "["), .character("["))
                if !scanner.consume(UInt8(ascii: "]")) {
                    repeat { suspended.insert(try ReviewLine.readCardID(&scanner)) } while scanner.consume(UInt8(ascii: ","))
                    try scanner.expect(UInt8(ascii: "]"), .either(",", "]"))
                }
            case "buried": buried = try decodeNumbers(&scanner, in: dueRange, "buried")
            case "flags":
                flags = try decodeNumbers(&scanner, in: 1...Int64(ReviewOperation.highestFlag), "flags").mapValues { Int($0) }
            default: try scanner.skipValue()
            }
        }
        if scanner.peek() != nil { throw scanner.fail(.textAfterEnd) }
        guard format != nil else { throw JSONFailure(offset: 0, problem: .wrongFormat(found: nil, expected: ProgressSnapshot.formatName)) }
        guard let version else { throw JSONFailure(offset: 0, problem: .missingField("version", place: nil)) }
        guard let settings else { throw JSONFailure(offset: 0, problem: .missingField("settings", place: nil)) }
        guard let cards else { throw JSONFailure(offset: 0, problem: .missingField("cards", place: nil)) }
        var snapshot = ProgressSnapshot(deck: deck ?? "", settings: settings, logCount: logCount ?? 0, cards: cards,
                                        logBytes: logBytes, logLast: logLast, logID: logID)
        snapshot.suspended = suspended
        snapshot.buriedUntil = buried
        snapshot.flags = flags
        return Decoded(snapshot: snapshot, version: version)
    }

    private static func decodeCards(_ scanner: inout JSONScanner) throws(JSONFailure) -> [String: CardSchedule] {
        try scanner.expect(UInt8(ascii: "{"), .character("{"))
        var cards: [String: CardSchedule] = [:]
        cards.reserveCapacity(max(16, (scanner.end - scanner.index) / 170))
        var first = true
        while true {
            let keyStart = scanner.index
            guard let id = try scanner.nextKey(first: &first) else { break }
            if id.isEmpty { throw scanner.fail(.emptyCardID, at: keyStart) }
            let schedule = try decodeSchedule(&scanner)
            if cards.updateValue(schedule, forKey: id) != nil {
                scanner.index = keyStart
                scanner.skipSpace()
                if scanner.bytes[scanner.index] == UInt8(ascii: ",") { scanner.index += 1; scanner.skipSpace() }
                throw scanner.fail(.duplicateCard(id))
            }
        }
        return cards
    }

    /// Bounds of a card's numbers: wide enough for any scheduler's state, narrow enough that no sum of times or
    /// conversion to whole days can overflow.
    static let stabilityRange = 0.0...1e9
    static let difficultyRange = 0.0...100.0
    static let intervalRange = Int64(0)...Int64(Int32.max)
    /// When a card may fall due (or a buried card come back): up to the longest interval and a year of learning
    /// steps after the latest time a log may hold.
    static let dueRange = Int64(0)...(ReviewLine.timeRange.upperBound
        + Int64(SchedulerSettings.longestIntervalDays + 366) * Milliseconds.day)

    /// A finite number in `range`, naming `field` otherwise.
    static func readMeasure(_ scanner: inout JSONScanner, _ range: ClosedRange<Double>,
                            _ field: StaticString) throws(JSONFailure) -> Double {
        scanner.skipSpace()
        let start = scanner.index
        let value = try scanner.readDouble()
        guard range.contains(value) else {
            throw scanner.fail(.measureOutOfRange(field: "\(field)", lower: range.lowerBound, upper: range.upperBound), at: start)
        }
        return value
    }

    static func decodeSchedule(_ scanner: inout JSONScanner) throws(JSONFailure) -> CardSchedule {
        try scanner.expect(UInt8(ascii: "{"), .character("{"))
        let objectStart = scanner.index - 1
        var s = CardSchedule(due: 0)
        var seen: UInt16 = 0
        var first = true
        // Fast path: the fields in the order the encoder writes them.
        if scanner.consumeKey("\"phase\":", first: &first) {
            seen = 1
            s.phase = CardPhase(rawValue: UInt8(try scanner.readInt(in: 0...3, "phase")))!
            if scanner.consumeKey("\"step\":", first: &first) {
                seen |= 2
                s.step = try scanner.consumeNull() ? nil : UInt8(try scanner.readInt(in: 0...255, "step"))
                if scanner.consumeKey("\"stability\":", first: &first) {
                    seen |= 4; s.stability = try readMeasure(&scanner, stabilityRange, "stability")
                    if scanner.consumeKey("\"difficulty\":", first: &first) {
                        seen |= 8; s.difficulty = try readMeasure(&scanner, difficultyRange, "difficulty")
                        if scanner.consumeKey("\"due\":", first: &first) {
                            seen |= 16; s.due = try scanner.readInt(in: dueRange, "due")
                            if scanner.consumeKey("\"last_review\":", first: &first) {
                                seen |= 32; s.lastReview = try scanner.consumeNull() ? nil : scanner.readInt(in: ReviewLine.timeRange, "last_review")
                                if scanner.consumeKey("\"ease\":", first: &first) {
                                    seen |= 64; s.ease = UInt16(try scanner.readInt(in: 0...Int64(UInt16.max), "ease"))
                                    if scanner.consumeKey("\"interval\":", first: &first) {
                                        seen |= 128
                                        s.intervalDays = Int32(try scanner.readInt(in: intervalRange, "interval"))
                                        if scanner.consumeKey("\"reps\":", first: &first) {
                                            seen |= 256; s.reps = UInt16(try scanner.readInt(in: 0...Int64(UInt16.max), "reps"))
                                            if scanner.consumeKey("\"lapses\":", first: &first) {
                                                seen |= 512; s.lapses = UInt16(try scanner.readInt(in: 0...Int64(UInt16.max), "lapses"))
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        while true {
            guard let key = try scanner.nextKeyRange(first: &first) else { break }
            let bit: UInt16
            if scanner.equals(key, "phase") {
                bit = 1
                s.phase = CardPhase(rawValue: UInt8(try scanner.readInt(in: 0...3, "phase")))!
            } else if scanner.equals(key, "step") {
                bit = 2
                s.step = try scanner.consumeNull() ? nil : UInt8(try scanner.readInt(in: 0...255, "step"))
            } else if scanner.equals(key, "stability") {
                bit = 4; s.stability = try readMeasure(&scanner, stabilityRange, "stability")
            } else if scanner.equals(key, "difficulty") {
                bit = 8; s.difficulty = try readMeasure(&scanner, difficultyRange, "difficulty")
            } else if scanner.equals(key, "due") {
                bit = 16; s.due = try scanner.readInt(in: dueRange, "due")
            } else if scanner.equals(key, "last_review") {
                bit = 32
                s.lastReview = try scanner.consumeNull() ? nil : scanner.readInt(in: ReviewLine.timeRange, "last_review")
            } else if scanner.equals(key, "ease") {
                bit = 64; s.ease = UInt16(try scanner.readInt(in: 0...Int64(UInt16.max), "ease"))
            } else if scanner.equals(key, "interval") {
                bit = 128; s.intervalDays = Int32(try scanner.readInt(in: intervalRange, "interval"))
            } else if scanner.equals(key, "reps") {
                bit = 256; s.reps = UInt16(try scanner.readInt(in: 0...Int64(UInt16.max), "reps"))
            } else if scanner.equals(key, "lapses") {
                bit = 512; s.lapses = UInt16(try scanner.readInt(in: 0...Int64(UInt16.max), "lapses"))
            } else {
                bit = 0; try scanner.skipValue()
            }
            if bit != 0 {
                guard seen & bit == 0 else { throw scanner.fail(.duplicateField(scanner.text(key)), at: key.lowerBound - 1) }
                seen |= bit
            }
        }
        if seen & 1 == 0 { throw scanner.fail(.missingField("phase", place: nil), at: objectStart) }
        if seen & 16 == 0 { throw scanner.fail(.missingField("due", place: nil), at: objectStart) }
        return s
    }
}

extension ProgressSnapshot {
    /// Decodes the bytes of a `state.json` (`path` names it in errors); fast, and every fault has a line and column.
    public static func decode(_ data: Data, path: String) throws(StoreError) -> ProgressSnapshot {
        let result = data.withUnsafeBytes { raw -> Result<ProgressSnapshot, StoreError> in
            do throws(StoreError) {
                return .success(try SnapshotCodec.decode(raw.bindMemory(to: UInt8.self), path: path).snapshot)
            } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// The bytes of `state.json` for this snapshot (current version, one card a line).
    public func encoded() -> [UInt8] { SnapshotCodec.encode(self) }
}
