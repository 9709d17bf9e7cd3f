import Foundation
import Testing

/// `ontap stats`: charts that fit the terminal's width, and JSON on request.
@Suite(.serialized)
struct StatsCommandTests {
    @Test func chartsFitTheWidthAndJSONHasEveryPart() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        for day in ["01", "02", "04"] {
            let study = try runner.run(["study", "nato-russia", "--lang", "en", "--now", "2026-03-\(day)T09:00:00Z"] + runner.folderArguments,
                                       input: "1991\n3\n\n1\n\n3\n:quit\n")
            #expect(study.status == 0, "\(study.stderr)")
        }
        for columns in [40, 60, 100] {
            let stats = try runner.run(["stats", "nato-russia", "--lang", "vi", "--now", "2026-03-04T10:00:00Z"] + runner.folderArguments,
                                       environment: ["COLUMNS": "\(columns)"])
            #expect(stats.status == 0, "\(stats.stderr)")
            #expect(stats.stdout.contains("Dự báo 30 ngày tới"))
            #expect(stats.stdout.contains("Tỉ lệ nhớ thật theo tuần (mục tiêu 90%)"))
            // The heatmap's rows are the weekdays of a Vietnamese calendar, Monday (T2) to Sunday (CN); its columns are
            // calendar weeks, this week (Monday 2026-03-02 to Sunday 03-08) last, its days to come blank. Studied on
            // Sunday 03-01 (the week before), Monday and today (Wednesday 03-04).
            let rows = stats.stdout.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { $0.hasPrefix("  T") || $0.hasPrefix("  CN") }.map { Array(String($0)) }
            #expect(rows.map { String($0.dropFirst(2).prefix(3)) } == ["T2 ", "T3 ", "T4 ", "T5 ", "T6 ", "T7 ", "CN "], "\(stats.stdout)")
            #expect(rows.count == 7 && Set(rows.map(\.count)).count == 1, "\(stats.stdout)")    // one column a week, aligned
            #expect(rows[0].last != "·" && rows[1].last == "·" && rows[2].last != "·" && rows[2].last != " ", "\(stats.stdout)")
            #expect(rows[3...].allSatisfy { $0.last == " " } && rows[6].dropLast().last != "·", "\(stats.stdout)")
            #expect(stats.stdout.replacingOccurrences(of: "\n  ", with: " ").contains("Chuỗi ngày học liên tiếp: 1."))
            for line in stats.stdout.split(separator: "\n") {
                #expect(line.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }.count <= columns, "\(line)")
            }
        }
        let json = try runner.run(["stats", "nato-russia", "--json", "--now", "2026-03-04T10:00:00Z"] + runner.folderArguments)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["forecast"] as? [Int])?.count == 30)
        #expect((object["heatmap"] as? [Int])?.count == 182)
        #expect(object["streak"] as? Int == 1)
        #expect((object["counts"] as? [String: Int])?["new"] != nil)
        #expect(object["reviews"] as? Int == 9)
    }
}
