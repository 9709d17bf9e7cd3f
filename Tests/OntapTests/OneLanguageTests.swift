import Foundation
import Testing

/// Under `--lang vi` every line a command prints is Vietnamese: errors, usage errors, notices from the store,
/// `doctor`, `export`, `merge`, `optimize`, `generate`'s summary.
@Suite(.serialized)
struct OneLanguageTests {
    /// English words that no Vietnamese sentence of ontap uses. Paths, options (`--x`), quoted typed text and deck
    /// names are removed first.
    static let englishWords: Set<String> = [
        "the", "is", "are", "was", "cannot", "not", "no", "of", "with", "your", "yet", "and", "from", "must", "choose",
        "unknown", "error", "usage", "progress", "cards", "card", "review", "reviews", "deck", "file", "line", "lines",
        "exported", "merged", "repaired", "warning", "note", "ok", "needs", "attention", "left", "out", "see", "help",
        "give", "name", "missing", "expected", "argument", "option", "value", "invalid", "exitcode", "rawvalue",
        "studying", "without", "internal", "recording", "older", "version", "now", "has", "holds", "aside",
    ]

    /// The English words in `text`, after removing what is not ontap's sentence (paths, options, quotes, ids).
    static func englishIn(_ text: String) -> [String] {
        var words: [String] = []
        let unquoted = text.replacingOccurrences(of: "`[^`]*`", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "ontap( help)? [a-z]+", with: " ", options: .regularExpression)   // a command's name
        for token in unquoted.split(whereSeparator: { $0.isWhitespace }) {
            let word = String(token).trimmingCharacters(in: CharacterSet(charactersIn: "[("))
            if word.contains("/") || word.hasPrefix("-") || word.contains("'") || word.contains("«") || word.hasPrefix(":")
                || word.contains("<") || word.contains(">") { continue }
            let bare = word.lowercased().trimmingCharacters(in: CharacterSet.letters.inverted)
            if englishWords.contains(bare) { words.append(bare) }
        }
        return words
    }

    /// Runs `args` under `--lang vi` and expects no English in what it prints.
    @discardableResult
    func expectVietnamese(_ runner: OntapRunner, _ args: [String], input: String = "", status: Int32? = nil,
                          sourceLocation: SourceLocation = #_sourceLocation) throws -> OntapRunner.Result {
        let result = try runner.run(args + ["--lang", "vi"] + runner.folderArguments, input: input,
                                    environment: ["LANG": "en_US.UTF-8"])
        let printed = result.stdout + result.stderr
        #expect(Self.englishIn(printed).isEmpty, "English in `ontap \(args.joined(separator: " "))`: \(Self.englishIn(printed))\n\(printed)",
                sourceLocation: sourceLocation)
        #expect(!printed.contains("ExitCode"), sourceLocation: sourceLocation)
        if let status { #expect(result.status == status, "\(printed)", sourceLocation: sourceLocation) }
        return result
    }

    @Test func theDetectorFindsEnglish() {
        #expect(Self.englishIn("no progress yet in Progress/x") == ["no", "progress", "yet", "in"].filter { Self.englishWords.contains($0) })
        #expect(Self.englishIn("Lỗi: Không có tùy chọn '--force'").isEmpty)
        #expect(!Self.englishIn("internal error: ExitCode(rawValue: 1)").isEmpty)
    }

    @Test func errorsAndUsageErrorsAreVietnamese() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        let made = try expectVietnamese(runner, ["generate", runner.decks.appendingPathComponent("nato-russia.vi.txt").path], status: 0)
        #expect(made.stdout.contains("thẻ"))
        try expectVietnamese(runner, ["generate", "x.txt", "--force"], status: 64)
        try expectVietnamese(runner, ["quiz", "nato-russia", "-n", "abc"], status: 64)
        try expectVietnamese(runner, ["export"], status: 64)
        try expectVietnamese(runner, ["export", "nato-russia", "--format", "pdfx"], status: 64)
        let badLang = try runner.run(["decks", "--lang", "fr"] + runner.folderArguments, environment: ["LANG": "vi_VN.UTF-8"])
        #expect(badLang.status == 64 && badLang.stderr.contains("Giá trị 'fr' không hợp lệ cho '--lang <lang>'"), "\(badLang.stderr)")
        try expectVietnamese(runner, ["generate", "x.txt", "--text-lang", "fr"], status: 64)
        try expectVietnamese(runner, ["scheduler", "set", "nato-russia", "--day-counting", "weekly"], status: 64)
        try expectVietnamese(runner, ["export", "nato-russia", "--with-progress", "--without-progress"], status: 64)
        try expectVietnamese(runner, ["export", "nato-russia", "--anki-lang", "fr"], status: 64)
        try expectVietnamese(runner, ["study", "nato-rusia"], status: 1)
        let timeline = runner.root.appendingPathComponent("dong-thoi-gian.csv")
        try Data("date,event\nkhông rõ,Cách mạng tháng Tám\n".utf8).write(to: timeline)
        let badDate = try expectVietnamese(runner, ["generate", timeline.path], status: 1)
        #expect(badDate.stderr.contains(":2: trường 'date' có 'không rõ'"), "\(badDate.stderr)")
        try expectVietnamese(runner, ["optimize"], status: 64)
        try expectVietnamese(runner, ["merge"], status: 64)
        try expectVietnamese(runner, ["merge", runner.root.appendingPathComponent("nowhere").path], status: 64)
        try expectVietnamese(runner, ["doctor"], status: 0)
        // Help pages read in Vietnamese (export's and replay's quote Anki's and a JSON schema's English words).
        for command in [["study"], ["quiz"], ["cards"], ["stats"], ["decks"], ["generate"], ["check"], ["doctor"], ["merge"],
                        ["optimize"], ["scheduler"], ["scheduler", "set"], ["events"]] {
            let page = try runner.run(command + ["--help"] + runner.folderArguments, environment: ["LANG": "vi_VN.UTF-8"])
            #expect(page.status == 0 && page.stdout.contains("TỔNG QUAN: "), "\(page.stdout)")
            #expect(Self.englishIn(page.stdout).isEmpty, "\(command): \(Self.englishIn(page.stdout))\n\(page.stdout)")
        }
        let root = try runner.run(["--help"], environment: ["LANG": "vi_VN.UTF-8"])
        #expect(root.stdout.contains("LỆNH:") && root.stdout.contains("study (mặc định)  "), "\(root.stdout)")
    }

    @Test func noticesExportAndDoctorAreVietnamese() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let out = runner.root.appendingPathComponent("the.csv").path
        let exported = try expectVietnamese(runner, ["export", "nato-russia", "--format", "csv", "--with-progress", "-o", out], status: 0)
        #expect(exported.stderr.contains("không mang được tiến độ") && exported.stderr.contains("thẻ →"), "\(exported.stderr)")
        // A suspension upgrades the log (a notice said mid-session); then a torn last line is set aside on opening.
        let studied = try expectVietnamese(runner, ["study", "nato-russia"], input: "\n3\n:suspend\n\n3\n:quit\n", status: 0)
        #expect(studied.stdout.contains("được nâng lên phiên bản"), "\(studied.stdout)")
        let log = runner.progress.appendingPathComponent("nato-russia/reviews.jsonl")
        let handle = try FileHandle(forWritingTo: log)
        handle.seekToEndOfFile()
        handle.write(Data("{\"card\":\"x".utf8))
        try handle.close()
        let reopened = try expectVietnamese(runner, ["study", "nato-russia"], input: ":quit\n", status: 0)
        #expect(reopened.stdout.contains("dòng cuối dở dang"), "\(reopened.stdout)")
        let doctor = try expectVietnamese(runner, ["doctor", "nato-russia"], status: 0)
        #expect(doctor.stdout.contains("lượt ôn, 2 thẻ có tiến độ, ổn") && doctor.stdout.contains("ghi chú: "), "\(doctor.stdout)")
        let stateFile = runner.progress.appendingPathComponent("nato-russia/state.json")
        try Data("{}".utf8).write(to: stateFile)
        let damaged = try runner.run(["doctor", "nato-russia", "--lang", "vi"] + runner.folderArguments)
        #expect(damaged.status == 1 && damaged.stdout.contains("lỗi: ") && damaged.stdout.contains("tệp bị hỏng ở đây"), "\(damaged.stdout)")
        // What a file reader says is wrong inside a damaged file ("no 'format' field") is still English: a known gap.
        withKnownIssue("the file readers' reasons (FileFormats, Store codecs) are English strings") {
            #expect(Self.englishIn(damaged.stdout).isEmpty, "\(damaged.stdout)")
        }
        let repaired = try expectVietnamese(runner, ["doctor", "nato-russia", "--repair"], status: 0)
        #expect(repaired.stdout.contains("đã dựng lại state.json"), "\(repaired.stdout)")
        let tooFew = try expectVietnamese(runner, ["optimize", "nato-russia"], status: 1)
        #expect(tooFew.stderr.contains("chưa đủ lượt ôn để tối ưu"), "\(tooFew.stderr)")
        let settings = try expectVietnamese(runner, ["scheduler", "set", "nato-russia", "--new-per-day", "12"], status: 0)
        #expect(settings.stdout.contains("thẻ mới mỗi ngày: 12"), "\(settings.stdout)")
        let apkg = runner.root.appendingPathComponent("the.apkg").path
        let withProgress = try expectVietnamese(runner, ["export", "nato-russia", "--format", "apkg", "-o", apkg], status: 0)
        #expect(withProgress.stderr.contains("lượt ôn"))
    }
}
