import Foundation
import Testing

/// `ontap optimize DECK` fits the deck's own log and stores the weights; too few reviews are refused.
@Suite struct OptimizeCommandTests {
    /// Writes a review log for the deck: each card reviewed six times at growing intervals, one lapse in five.
    func writeLog(_ runner: OntapRunner, deck: String = "nato-russia", cardsLimit: Int) throws {
        let deckData = try Data(contentsOf: runner.decks.appendingPathComponent(deck + ".json"))
        let cards = try #require((try JSONSerialization.jsonObject(with: deckData) as? [String: Any])?["cards"] as? [[String: Any]])
        var lines: [(Int64, String)] = []
        var state: UInt64 = 5
        for (index, card) in cards.prefix(cardsLimit).enumerated() {
            let id = try #require(card["id"] as? String)
            var time: Int64 = 1_760_000_000_000 + Int64(index) * 60_000
            var interval = 1.0
            for _ in 0..<6 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                let rating = state >> 61 == 0 ? 1 : 3
                lines.append((time, "{\"card\":\"\(id)\",\"rating\":\(rating),\"time\":\(time),\"duration_ms\":5000}"))
                interval = rating == 1 ? 1 : interval * 2.5
                time += Int64(interval * 86_400_000)
            }
        }
        let folder = runner.progress.appendingPathComponent(deck)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let body = lines.sorted { $0.0 < $1.0 }.map(\.1).joined(separator: "\n")
        try Data(("{\"format\":\"ontap-reviews\",\"version\":1,\"deck\":\"\(deck)\"}\n" + body + "\n").utf8)
            .write(to: folder.appendingPathComponent("reviews.jsonl"))
    }

    @Test func fitsTheDecksLogAndSavesTheWeights() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        // (a deck of its own size: the fit needs twenty cards of one first grade, whatever generate makes today)
        try runner.writeDeck("fit", (1...60).map { index in
            OntapRunner.CardSpec(id: "c\(index)", prompt: "Sự kiện \(index) diễn ra vào năm nào?", answer: "\(1900 + index)",
                                 event: "e\(index)")
        })
        try writeLog(runner, deck: "fit", cardsLimit: 1000)
        let result = try runner.run(["optimize", "fit"] + runner.folderArguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("log loss"))
        #expect(result.stdout.contains("saved the fitted parameters"))
        let state = try Data(contentsOf: runner.progress.appendingPathComponent("fit/state.json"))
        let settings = try #require((try JSONSerialization.jsonObject(with: state) as? [String: Any])?["settings"] as? [String: Any])
        let weights = try #require(settings["weights"] as? [Double])
        #expect(weights.count == 21)
        #expect(weights[0] != 0.212)
    }

    @Test func tooFewReviewsAreRefused() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        try writeLog(runner, cardsLimit: 3)
        let result = try runner.run(["optimize", "nato-russia"] + runner.folderArguments)
        #expect(result.status != 0)
        #expect(result.stderr.lowercased().contains("review"))
        let state = runner.progress.appendingPathComponent("nato-russia/state.json")
        if let data = FileManager.default.contents(atPath: state.path) {     // opening may snapshot the log; weights untouched
            let settings = (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["settings"] as? [String: Any]
            #expect((settings?["weights"] as? [Double])?.first == 0.212)
        }
    }
}

/// `ontap scheduler set` switches a deck to SM-2 and rebuilds its state from the log.
@Suite struct SchedulerSettingsCommandTests {
    @Test func switchingToSM2ReplaysTheLog() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let study = try runner.run(["study", "nato-russia"] + runner.folderArguments, input: "1991\n4\n:quit\n")
        #expect(study.status == 0)
        let set = try runner.run(["scheduler", "set", "nato-russia", "--algorithm", "sm2"] + runner.folderArguments)
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout.contains("algorithm: sm2"))
        let state = try Data(contentsOf: runner.progress.appendingPathComponent("nato-russia/state.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: state) as? [String: Any])
        #expect((json["settings"] as? [String: Any])?["kind"] as? String == "sm2")
        #expect((json["cards"] as? [String: Any])?.count == 1)
        let bad = try runner.run(["scheduler", "set", "nato-russia", "--retention", "1.5"] + runner.folderArguments)
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("retention"))
        #expect(try Data(contentsOf: runner.progress.appendingPathComponent("nato-russia/state.json")) == state)
    }
}
