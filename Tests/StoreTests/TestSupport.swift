import FileFormats
import Foundation
import Scheduling
@testable import Store

/// A fresh folder under the system's temporary directory, removed when the test ends.
final class TemporaryFolder {
    let url: URL
    var path: String { url.path }

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("ontap-store-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func file(_ relative: String) -> String { url.appendingPathComponent(relative).path }

    func write(_ relative: String, _ text: String) { write(relative, Array(text.utf8)) }

    func write(_ relative: String, _ bytes: [UInt8]) {
        let target = url.appendingPathComponent(relative)
        try! FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! Data(bytes).write(to: target)
    }

    func read(_ relative: String) -> [UInt8]? {
        FileManager.default.contents(atPath: file(relative)).map { Array($0) }
    }

    func text(_ relative: String) -> String? { read(relative).map { String(decoding: $0, as: UTF8.self) } }

    func list(_ relative: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: file(relative))) ?? []).sorted()
    }
}

/// Deterministic reviews for tests: card ids `c000000000001`…, times one minute apart from `start`.
func sampleReviews(_ count: Int, cards: Int = 7, start: Timestamp = 1_780_000_000_000, seed: UInt64 = 1) -> [ReviewRecord] {
    var state = seed
    return (0..<count).map { i in
        state = state &* 6364136223846793005 &+ 1442695040888963407
        let card = "c" + String(String(Int(state >> 33) % cards + 100_000_000_000, radix: 10).suffix(12))
        return ReviewRecord(cardID: card, rating: Rating(rawValue: Int(state >> 60) % 4 + 1)!,
                            time: start + Timestamp(i) * 60_000, durationMs: Int64(state >> 50) % 20_000)
    }
}

/// Decodes one review line with the fast codec.
func decodeLine(_ text: String) throws -> ReviewRecord {
    let bytes = Array(text.utf8)
    return try bytes.withUnsafeBufferPointer { buffer in
        var scanner = JSONScanner(buffer)
        let review = try ReviewLine.decode(&scanner)
        if scanner.peek() != nil { throw scanner.fail(.textAfterEnd) }
        return review
    }
}

/// Decodes a state.json body with the fast codec.
func decodeState(_ bytes: [UInt8], path: String = "state.json") throws(StoreError) -> SnapshotCodec.Decoded {
    var result: Result<SnapshotCodec.Decoded, StoreError>!
    bytes.withUnsafeBufferPointer { buffer in
        do throws(StoreError) { result = .success(try SnapshotCodec.decode(buffer, path: path)) } catch { result = .failure(error) }
    }
    return try result.get()
}
