import Foundation
import Scheduling
import Testing
@testable import Store

/// Truncated, empty, binary, non-UTF-8, wrong-version, duplicate-id and hand-edited files: an error naming the file,
/// line and column, and nothing overwritten.
@Suite struct DamagedFileTests {
    static let good: [UInt8] = SnapshotCodec.encode(SnapshotCodecTests.sample(cards: 30))

    static func damagedStates() -> [(String, [UInt8], Int, Int, String)] {
        let text = String(decoding: good, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let card = lines.firstIndex { $0.hasPrefix("\"cards\"") }! + 1   // the first card's line (0-based)
        let dupLine = lines[card + 1]
        var withDuplicate = lines
        withDuplicate.insert(dupLine + ",", at: card + 2)     // the next line repeats this card id
        lines[card + 4] = lines[card + 4].replacingOccurrences(of: "\"reps\":", with: "\"reps\":x")
        var nonUTF8 = good
        let at = nonUTF8.firstIndex(of: UInt8(ascii: "d"))!   // inside "deck"? no: first 'd' is in "deck" key
        nonUTF8[at] = 0xFF
        return [
            ("empty", [], 1, 1, "the file is empty"),
            ("truncated", Array(good.prefix(good.count / 2)), -1, -1, ""),
            ("binary", [0x00, 0x01, 0x02, 0xFF, 0x7B], 1, 1, "expected '{' but found a NUL byte (binary data)"),
            ("non-UTF-8", nonUTF8, 1, -1, "bytes that are not UTF-8 text"),
            ("wrong version", Array(text.replacingOccurrences(of: "\"version\":\(ProgressSnapshot.currentVersion)", with: "\"version\":9").utf8), 0, 0, ""),
            ("duplicate id", Array(withDuplicate.joined(separator: "\n").utf8), card + 3, 1, "appears twice"),
            ("hand-edited", Array(lines.joined(separator: "\n").utf8), card + 5, -1, "expected a number but found 'x'"),
        ]
    }

    @Test(arguments: damagedStates())
    func damagedStateIsRefusedWithItsPlace(name: String, bytes: [UInt8], line: Int, column: Int, reason: String) throws {
        let folder = TemporaryFolder()
        folder.write("Progress/deck/state.json", bytes)
        #expect(throws: StoreError.self) { _ = try ProgressStore(root: folder.url.appendingPathComponent("Progress"), deck: "deck") }
        do {
            _ = try ProgressStore(root: folder.url.appendingPathComponent("Progress"), deck: "deck")
        } catch let .damaged(path, gotLine, gotColumn, gotReason) {
            #expect(path.hasSuffix("Progress/deck/state.json"))
            if line > 0 { #expect(gotLine == line, "\(name): \(gotReason)") }
            if column > 0 { #expect(gotColumn == column, "\(name)") }
            #expect(gotLine >= 1 && gotColumn >= 1)
            #expect(reason.isEmpty || gotReason.description.contains(reason), "\(name): \(gotReason)")
        } catch let .unsupportedVersion(path, format, version) {
            #expect(name == "wrong version")
            #expect(path.hasSuffix("state.json") && format == "ontap-state" && version == 9)
        } catch {
            Issue.record("\(name): \(error)")
        }
        #expect(folder.read("Progress/deck/state.json") == bytes, "\(name): the file must not be overwritten")
        #expect(folder.list("Progress/deck").filter { !$0.hasPrefix(".") } == ["state.json"])
    }

    @Test func damagedLogLineNamesLineAndColumn() throws {
        let folder = TemporaryFolder()
        let log = #"{"format":"ontap-reviews","version":1,"deck":"deck"}"# + "\n"
            + #"{"card":"a","rating":3,"time":1,"duration_ms":0}"# + "\n"
            + #"{"card":"a","rating":7,"time":2,"duration_ms":0}"# + "\n"
            + #"{"card":"a","rating":3,"time":3,"duration_ms":0}"# + "\n"
        folder.write("P/deck/reviews.jsonl", log)
        #expect(throws: StoreError.damaged(path: folder.file("P/deck/reviews.jsonl"), line: 3, column: 22,
                                           problem: .outOfRange(field: "rating", lower: 1, upper: 4, value: 7))) {
            _ = try ProgressStore(root: folder.url.appendingPathComponent("P"), deck: "deck")
        }
        #expect(folder.text("P/deck/reviews.jsonl") == log)
        #expect(!folder.list("P/deck").contains("state.json"))
    }

    @Test func newerLogVersionIsRefused() {
        let folder = TemporaryFolder()
        let log = #"{"format":"ontap-reviews","version":3,"deck":"deck"}"# + "\n"
        folder.write("P/deck/reviews.jsonl", log)
        #expect(throws: StoreError.unsupportedVersion(path: folder.file("P/deck/reviews.jsonl"), format: "ontap-reviews", version: 3)) {
            _ = try ProgressStore(root: folder.url.appendingPathComponent("P"), deck: "deck")
        }
        let message = StoreError.unsupportedVersion(path: "p", format: "ontap-reviews", version: 2).localizedDescription
        #expect(message.contains("update ontap"))
        #expect(folder.text("P/deck/reviews.jsonl") == log)
    }

    @Test func foreignFormatIsRefused() {
        let folder = TemporaryFolder()
        folder.write("P/deck/reviews.jsonl", #"{"format":"anki","version":1}"# + "\n")
        #expect(throws: StoreError.self) { _ = try ProgressStore(root: folder.url.appendingPathComponent("P"), deck: "deck") }
    }
}

/// The same faults in `reviews.jsonl`, on a line that is not the last (the last one is a torn write, set aside).
@Suite struct DamagedLogTests {
    static let header = #"{"format":"ontap-reviews","version":1,"deck":"deck"}"# + "\n"
    static let good = #"{"card":"a","rating":3,"time":1,"duration_ms":0}"# + "\n"

    static func cases() -> [(String, [UInt8], Int, Int, String)] {
        let h = Array(header.utf8), g = Array(good.utf8)
        var nonUTF8 = Array(#"{"card":"ab","rating":3,"time":2}"#.utf8) + [0x0A]
        nonUTF8[10] = 0xC3
        return [
            ("binary", h + g + [0x00, 0x01, 0xFF, 0x0A] + g, 3, 1, "found a NUL byte (binary data)"),
            ("non-UTF-8", h + g + nonUTF8 + g, 3, 11, "bytes that are not UTF-8 text"),
            ("cut short inside", h + g + Array(#"{"card":"a","rati"#.utf8) + [0x0A] + g, 3, 13, "a string that never ends"),
            ("duplicate field", h + Array(#"{"card":"a","time":1,"rating":3,"time":2}"#.utf8) + [0x0A] + g, 2, 33, "the field 'time' appears twice"),
            ("hand-edited", h + g + Array(#"{"card":"a", rating:3,"time":1}"#.utf8) + [0x0A] + g, 3, 14, "expected a field name in double quotes"),
            ("binary header", [0xFF, 0xFE, 0x00, 0x0A] + g, 1, 1, "expected '{' but found the byte 0xFF"),
        ]
    }

    @Test(arguments: cases())
    func damagedLogIsRefusedWithItsPlace(name: String, bytes: [UInt8], line: Int, column: Int, reason: String) {
        let folder = TemporaryFolder()
        folder.write("P/deck/reviews.jsonl", bytes)
        do {
            _ = try ProgressStore(root: folder.url.appendingPathComponent("P"), deck: "deck")
            Issue.record("\(name): accepted")
        } catch let .damaged(path, gotLine, gotColumn, gotReason) {
            #expect(path.hasSuffix("P/deck/reviews.jsonl"))
            #expect(gotLine == line && gotColumn == column, "\(name): got \(gotLine):\(gotColumn) \(gotReason)")
            #expect(gotReason.description.contains(reason), "\(name): \(gotReason)")
        } catch {
            Issue.record("\(name): \(error)")
        }
        #expect(folder.read("P/deck/reviews.jsonl") == bytes, "\(name): the log must not be changed")
        #expect(!folder.list("P/deck").contains("state.json"))
    }
}

/// Absurd numbers in `state.json` (a hand edit, a merge from a damaged device): refused where they are read, with
/// their line and column, before any arithmetic can overflow; `doctor --repair` never keeps unusable settings.
@Suite struct BoundedStateTests {
    static let good = String(decoding: SnapshotCodec.encode(SnapshotCodecTests.sample(cards: 3)), as: UTF8.self)

    @Test(arguments: [
        ("\"learning_steps\":[60,600]", "\"learning_steps\":[60,9223372036854775807]", "the scheduler settings are not usable"),
        ("\"maximum_interval\":36500", "\"maximum_interval\":9223372036854775807", "the scheduler settings are not usable"),
        ("\"desired_retention\":0.9", "\"desired_retention\":1e308", "the scheduler settings are not usable"),
        ("\"day_rollover_hour\":4", "\"day_rollover_hour\":-9223372036854775808", "the scheduler settings are not usable"),
        ("\"due\":1780000000000", "\"due\":9223372036854775807", "'due' must be between 0 and 256587523199999"),
        ("\"stability\":1e-07", "\"stability\":1e308", "'stability' must be a number between"),
        ("\"difficulty\":3.3333333333333335", "\"difficulty\":null", "'difficulty' must be a number between"),
        ("\"interval\":0", "\"interval\":-5", "'interval' must be between 0 and 2147483647"),
        ("\"c3\":1780000000000", "\"c3\":9223372036854775807", "'buried' must be between 0 and 256587523199999"),
    ])
    func absurdNumbersAreRefused(original: String, absurd: String, reason: String) throws {
        #expect(Self.good.contains(original), "\(original)")
        let text = Self.good.replacingOccurrences(of: original, with: absurd)
        do {
            _ = try decodeState(Array(text.utf8))
            Issue.record("accepted \(absurd)")
        } catch let .damaged(_, line, column, message) {
            #expect(message.description.contains(reason), "\(message)")
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(line >= 1 && line <= lines.count && column >= 1)
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func repairNeverKeepsUnusableSettings() throws {
        let folder = TemporaryFolder()
        let root = folder.url.appendingPathComponent("Progress")
        do {
            let store = try ProgressStore(root: root, deck: "deck")
            for review in sampleReviews(5) { _ = try store.record(review) }
            try store.saveSnapshot()
        }
        var text = folder.text("Progress/deck/state.json")!
        text = text.replacingOccurrences(of: "\"learning_steps\":[60,600]", with: "\"learning_steps\":[9223372036854775807]")
        folder.write("Progress/deck/state.json", text)
        let report = try ProgressDoctor.repair(root: root, deck: "deck", knownCardIDs: nil)
        #expect(report.isHealthy, "\(report.findings)")
        let repaired = try decodeState(folder.read("Progress/deck/state.json")!).snapshot
        var expected = SchedulerSettings()
        expected.timeZone = repaired.settings.timeZone  // the learner's zone, fixed at first use
        #expect(repaired.settings == expected)
    }
}
