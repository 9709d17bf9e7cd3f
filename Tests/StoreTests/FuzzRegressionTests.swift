import Foundation
import Testing
@testable import Store

/// Inputs the fuzz target (Tests/FuzzStore) once failed on, replayed through the same checks.
@Suite struct FuzzRegressionTests {
    static let cases: [(String, String)] = [
        // a log of version 0 (no header): its re-encoding must be a current-version log that reads back
        ("legacy-log-reencoded", "eyJjYXJkIjoiYSIsInJhdGluZyI6MiwidGltZSI6NX0K"),
    ]

    @Test(arguments: cases)
    func decodersRefuseOrRoundTrip(name: String, base64: String) throws {
        let data = Data(base64Encoded: base64)!
        if let snapshot = try? ProgressSnapshot.decode(data, path: "state.json") {
            let once = snapshot.encoded()
            let again = try ProgressSnapshot.decode(Data(once), path: "state.json")
            #expect(again.encoded() == once, "\(name)")
        }
        if let log = try? ReviewLogContents(data: data, path: "reviews.jsonl", deck: "fuzz") {
            let again = try ReviewLogContents(data: Data(log.encoded()), path: "reviews.jsonl", deck: "fuzz")
            #expect(again.records == log.records && again.header.deck == log.header.deck, "\(name)")
            #expect(again.header.version == ReviewLogHeader.version(for: log.entries))
        }
    }
}
