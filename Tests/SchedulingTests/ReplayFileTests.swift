import Foundation
import Testing
@testable import Exporters
import FileFormats
@testable import Scheduling

@Suite struct ReplayFileTests {
    static let vectorsData: Data = {
        let url = Bundle.module.url(forResource: "vectors", withExtension: "json", subdirectory: "Fixtures")!
        return try! Data(contentsOf: url)
    }()

    @Test func replayingVectorsReproducesTheExpectedStates() throws {
        let text = try ReplayFile.run(Self.vectorsData)
        let out = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let outSeqs = try #require(out["sequences"] as? [[String: Any]])
        let v = Vectors.shared
        #expect(outSeqs.count == v.sequences.count)
        var mismatches = 0
        for (o, e) in zip(outSeqs, v.sequences) {
            #expect(o["id"] as? String == e.id)
            let steps = try #require(o["steps"] as? [[String: Any]])
            #expect(steps.count == e.steps.count)
            for (s, x) in zip(steps, e.steps) {
                let ex = x.expected
                let st = (s["stability"] as? NSNumber)?.doubleValue ?? .nan
                let d = (s["difficulty"] as? NSNumber)?.doubleValue ?? .nan
                let r = (s["retrievability_before"] as? NSNumber)?.doubleValue ?? .nan
                let ok = abs(st - ex.stability) <= 1e-6 * max(1, abs(ex.stability)) && abs(d - ex.difficulty) <= 1e-6
                    && abs(r - ex.retrievability_before) <= 1e-6 && (s["state"] as? Int) == ex.state
                    && (s["step"] as? Int) == ex.step && (s["due_ms"] as? NSNumber)?.int64Value == ex.due_ms
                    && (s["elapsed_days_before"] as? Int) == ex.elapsed_days_before
                if !ok { mismatches += 1 }
            }
        }
        #expect(mismatches == 0)
        #expect(text.contains("\"due\": \"2024-01-01T00:01:00Z\""))
    }

    @Test func inlineSettingsAndSM2() throws {
        let json = """
        {"sequences": [
          {"id": "x", "scheduler": {"kind": "sm2", "learning_steps": [60, 600]}, "card_created": "2024-01-01T10:00:00+00:00",
           "steps": [{"rating": 3, "review_at": "2024-01-01T10:00:00Z"}, {"rating": 3, "review_at_ms": 1704103800000}]}
        ]}
        """
        let file = try ReplayFile(parsing: Data(json.utf8))
        let trace = file.replay()[0]
        #expect(trace[1].card.phase == .review && trace[1].card.intervalDays == 1)
        #expect(file.replayJSON().contains("\"interval_days\": 1"))
    }

    /// Each bad file and the line its error must name.
    static let badFiles: [(String, Int, String)] = [
        ("{\"sequences\": [\n {\"id\": \"a\",\n  \"card_created\": \"2024-01-01T00:00:00Z\",\n  \"steps\": [\n   {\"rating\": 5, \"review_at\": \"2024-01-01T00:00:00Z\"}]}]}", 5, "unknown rating 5"),
        ("{\"sequences\": [\n {\"id\": \"a\",\n  \"card_created\": \"2024-01-01T00:00:00Z\",\n  \"steps\": [\n   {\"review_at\": \"2024-01-01T00:00:00Z\"}]}]}", 5, "missing field \"rating\""),
        ("{\"sequences\": [\n {\"id\": \"a\", \"card_created\": \"2024-01-01T00:00:00Z\", \"steps\": [\n {\"rating\": 3, \"review_at\": \"2024-01-02T00:00:00Z\"},\n {\"rating\": 3, \"review_at\": \"2024-01-01T00:00:00Z\"}]}]}", 4, "earlier than the one before"),
        ("{\"sequences\": [\n {\"id\": \"a\", \"card_created\": \"2024-01-01T00:00:00Z\", \"steps\": [\n {\"rating\": 3,\n \"review_at_ms\": NaN}]}]}", 4, "NaN"),
        ("{\"schedulers\": {\"s\":\n {\"parameters\": [NaN]}}, \"sequences\": []}", 2, "NaN"),
        ("{\"schedulers\": {\"s\":\n {\"parameters\": [1, 2]}}, \"sequences\": []}", 2, "expected 21 weights"),
        ("{\"sequences\": [\n {\"id\": \"a\", \"scheduler\": \"nope\", \"card_created\": \"2024-01-01T00:00:00Z\", \"steps\": []}]}", 2, "unknown scheduler"),
        ("{\"sequences\": [\n {\"id\": \"a\", \"steps\": []}]}", 2, "missing field \"card_created\""),
        ("{\"sequences\": [\n {\"id\": \"a\", \"card_created\": \"2024-01-01 00:00\", \"steps\": []}]}", 2, "ISO 8601"),
        ("{\"sequences\": [\n {\"id\": \"a\",\n \"card_created\": \"2024-01-01T00:00:00Z\" \"steps\": []}]}", 3, "expected ','"),
    ]

    @Test(arguments: 0..<badFiles.count)
    func badInputNamesTheLine(index: Int) {
        let (json, line, fragment) = Self.badFiles[index]
        do {
            _ = try ReplayFile.run(Data(json.utf8), file: "in.json")
            Issue.record("accepted bad input \(index)")
        } catch {
            guard case let .badInput(file, got, message) = error else { Issue.record("wrong error \(error)"); return }
            #expect(file == "in.json")
            #expect(got == line, "\(message)")
            #expect(message.description.contains(fragment), "\(message)")
            #expect(error.errorDescription?.hasPrefix("in.json:\(line): ") == true)
        }
    }

    @Test(arguments: [
        ("2024-01-01T00:00:00Z", Int64(1_704_067_200_000)),
        ("2024-03-29T20:32:32.250000+00:00", Int64(1_711_744_352_250)),
        ("2024-01-01T07:00:00+07:00", Int64(1_704_067_200_000)),
        ("1969-12-31T23:59:59.999Z", Int64(-1)),
        ("2024-02-29T12:00:00Z", Int64(1_709_208_000_000)),
    ])
    func isoTimes(text: String, ms: Int64) {
        #expect(ISO8601.parse(text) == ms)
        #expect(ISO8601.parse(ISO8601.format(ms)) == ms)
    }

    @Test(arguments: ["2024-02-30T00:00:00Z", "2024-01-01T00:00:00", "2024-01-01T25:00:00Z", "2024-01-01T00:00:00Zx", "yesterday"])
    func badISOTimes(text: String) {
        #expect(ISO8601.parse(text) == nil)
    }
}
