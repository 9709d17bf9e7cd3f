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
        try expectVietnamese(runner, ["import", "x.csv", "--format", "pdfx"], status: 1)
        let badLang = try runner.run(["decks", "--lang", "fr"] + runner.folderArguments, environment: ["LANG": "vi_VN.UTF-8"])
        #expect(badLang.status == 64 && badLang.stderr.contains("Giá trị 'fr' không hợp lệ cho '--lang <lang>'"), "\(badLang.stderr)")
        try expectVietnamese(runner, ["generate", "x.txt", "--text-lang", "fr"], status: 64)
        try expectVietnamese(runner, ["scheduler", "set", "nato-russia", "--day-counting", "weekly"], status: 64)
        let retention = try expectVietnamese(runner, ["scheduler", "set", "nato-russia", "--retention", "3"], status: 1)
        #expect(retention.stderr.contains("tỉ lệ nhớ mong muốn 3.0 phải lớn hơn 0 và nhỏ hơn 1"), "\(retention.stderr)")
        try expectVietnamese(runner, ["scheduler", "set", "nato-russia", "--time-zone", "Mars/Olympus"], status: 1)
        try expectVietnamese(runner, ["scheduler", "set", "nato-russia", "--rollover", "30"], status: 1)
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
        for command in [["study"], ["quiz"], ["cards"], ["stats"], ["decks"], ["generate"], ["import"], ["check"], ["doctor"], ["merge"],
                        ["optimize"], ["scheduler"], ["scheduler", "set"], ["events"]] {
            let page = try runner.run(command + ["--help"] + runner.folderArguments, environment: ["LANG": "vi_VN.UTF-8"])
            #expect(page.status == 0 && page.stdout.contains("TỔNG QUAN: "), "\(page.stdout)")
            #expect(Self.englishIn(page.stdout).isEmpty, "\(command): \(Self.englishIn(page.stdout))\n\(page.stdout)")
        }
        let root = try runner.run(["--help"], environment: ["LANG": "vi_VN.UTF-8"])
        #expect(root.stdout.contains("LỆNH:") && root.stdout.contains("study (mặc định)  "), "\(root.stdout)")
        // `--lang vi` on ontap's own help page shows that page (not study's), in Vietnamese, whatever LANG says.
        for lang in [["--lang", "vi"], ["--lang=vi"]] {
            let asked = try runner.run(["--help"] + lang, environment: ["LANG": "en_US.UTF-8"])
            #expect(asked.stdout.contains("LỆNH:") && asked.stdout.contains("study (mặc định)  "), "\(asked.stdout)")
            let sentences = asked.stdout.replacingOccurrences(of: "(?m)^  [a-z-]+", with: "", options: .regularExpression)   // command names
            #expect(Self.englishIn(sentences).isEmpty, "\(Self.englishIn(sentences))")
        }
        // `ontap help COMMAND --lang vi` (ArgumentParser's help command has no --lang of its own).
        for args in [["help", "--lang", "vi"], ["help", "study", "--lang", "vi"], ["help", "scheduler", "set", "--lang=vi"]] {
            let page = try runner.run(args, environment: ["LANG": "en_US.UTF-8"])
            #expect(page.status == 0 && page.stdout.contains("TỔNG QUAN: "), "\(args): \(page.stdout)\(page.stderr)")
        }
        let english = try runner.run(["-h", "--lang", "en"], environment: ["LANG": "vi_VN.UTF-8"])
        #expect(english.stdout.contains("SUBCOMMANDS:"), "\(english.stdout)")
        try expectVietnamese(runner, ["generate", "x.txt", "--kinds", "riddle"], status: 64)
        let garbage = runner.root.appendingPathComponent("hong.apkg")
        try Data("PK nothing".utf8).write(to: garbage)
        // (The advice quotes Anki's own menu item, "Anki Deck Package".)
        let notZip = try runner.run(["import", garbage.path, "--lang", "vi"] + runner.folderArguments)
        #expect(notZip.status == 1 && notZip.stderr.contains("tệp không bắt đầu như một tệp zip"), "\(notZip.stderr)")
        #expect(Self.englishIn(notZip.stderr.replacingOccurrences(of: "Anki Deck Package", with: "")).isEmpty, "\(notZip.stderr)")
        let wrongType = runner.root.appendingPathComponent("dong.json")
        try Data(#"[{"date": [1945], "event": "x"}]"#.utf8).write(to: wrongType)
        let typed = try expectVietnamese(runner, ["generate", wrongType.path], status: 1)
        #expect(typed.stderr.contains("trường 'date' phải là chữ"), "\(typed.stderr)")
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
        // Said right after the :suspend that caused it, not after the next card's grade.
        let suspended = try #require(studied.stdout.range(of: "Đã tạm ngưng"))
        let upgraded = try #require(studied.stdout.range(of: "được nâng lên phiên bản"))
        #expect(suspended.upperBound < upgraded.lowerBound
                && !studied.stdout[suspended.upperBound..<upgraded.lowerBound].contains("Chấm điểm"), "\(studied.stdout)")
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
        #expect(Self.englishIn(damaged.stdout).isEmpty && damaged.stdout.contains("không có trường 'format'"), "\(damaged.stdout)")
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

    /// One damaged file, the command that meets it, what the English and the Vietnamese message say of it.
    struct Damage: CustomStringConvertible, Sendable {
        var name: String
        /// Writes the damage under the runner's folders; returns the arguments of the command that reads it.
        var make: @Sendable (OntapRunner) throws -> [String]
        var english: String
        var vietnamese: String
        var description: String { name }
    }

    static func write(_ text: String, _ url: URL) throws { try Data(text.utf8).write(to: url) }

    static func deck(_ runner: OntapRunner, _ text: String) throws -> [String] {
        try write(text, runner.decks.appendingPathComponent("hong.json"))
        return ["study", "hong"]
    }

    static func state(_ runner: OntapRunner, _ edit: (String) -> String) throws -> [String] {
        let url = runner.progress.appendingPathComponent("nato-russia/state.json")
        try write(edit(try String(contentsOf: url, encoding: .utf8)), url)
        return ["doctor", "nato-russia"]
    }

    static func logLine(_ runner: OntapRunner, _ line: [UInt8]) throws -> [String] {
        let url = runner.progress.appendingPathComponent("nato-russia/reviews.jsonl")
        var bytes = try Data(contentsOf: url)
        bytes.append(contentsOf: line + [0x0A])
        try bytes.write(to: url)
        return ["doctor", "nato-russia"]
    }

    static func importCSV(_ runner: OntapRunner, _ text: String) throws -> [String] {
        let url = runner.root.appendingPathComponent("the.csv")
        try write(text, url)
        return ["import", url.path, "--deck", "nhap"]
    }

    static func reviewsCSV(_ runner: OntapRunner, _ text: String) throws -> [String] {
        let url = runner.root.appendingPathComponent("reviews.csv")
        try write(text, url)
        return ["optimize", "--reviews", url.path]
    }

    /// Damaged decks, progress files, review-log lines, imports and texts: each read by the command a learner runs.
    static let damages: [Damage] = [
        Damage(name: "empty deck", make: { try deck($0, "") }, english: "the file is empty", vietnamese: "tệp trống"),
        Damage(name: "deck cut short", make: { try deck($0, "{\"format\": \"ontap-deck\", \"name\": \"ho") },
               english: "a string that never ends", vietnamese: "một chuỗi không có dấu ngoặc kép đóng"),
        Damage(name: "deck of another format", make: { try deck($0, "{\"format\": \"anki\", \"version\": 1}") },
               english: "not an ontap ontap-deck file (format 'anki')", vietnamese: "không phải tệp ontap-deck của ontap (định dạng 'anki')"),
        Damage(name: "binary deck", make: { try deck($0, "\u{0}\u{1}xyz") },
               english: "found a NUL byte", vietnamese: "gặp một byte NUL"),
        Damage(name: "deck missing a colon", make: { try deck($0, "{\"format\" \"ontap-deck\"}") },
               english: "expected ':' but found '\"'", vietnamese: "cần ':' nhưng gặp '\"'"),
        Damage(name: "deck without cards", make: { try deck($0, "{\"format\": \"ontap-deck\", \"version\": 1, \"name\": \"hong\"}") },
               english: "missing field", vietnamese: "thiếu trường"),
        Damage(name: "state twice a field", make: { try state($0) { $0.replacingOccurrences(of: "\"deck\":\"nato-russia\",", with: "\"deck\":\"nato-russia\",\"deck\":\"b\",") } },
               english: "the field 'deck' appears twice", vietnamese: "trường 'deck' xuất hiện hai lần"),
        Damage(name: "state without format", make: { try state($0) { _ in "{}" } },
               english: "no 'format' field", vietnamese: "không có trường 'format'"),
        Damage(name: "state cut short", make: { try state($0) { String($0.prefix(40)) } },
               english: "a string that never ends", vietnamese: "một chuỗi không có dấu ngoặc kép đóng"),
        Damage(name: "log rating 7", make: { try logLine($0, Array(#"{"card":"a","rating":7,"time":1790000000000,"duration_ms":0}"#.utf8)) },
               english: "'rating' must be between 1 and 4, not 7", vietnamese: "'rating' phải nằm trong khoảng 1 đến 4, không phải 7"),
        Damage(name: "log unknown operation", make: { try logLine($0, Array(#"{"op":"star","card":"a","time":1790000000000}"#.utf8)) },
               english: "an unknown operation 'star'", vietnamese: "thao tác không rõ 'star'"),
        Damage(name: "log without time", make: { try logLine($0, Array(#"{"card":"a","rating":3}"#.utf8)) },
               english: "missing field 'time'", vietnamese: "thiếu trường 'time'"),
        Damage(name: "log not UTF-8", make: { try logLine($0, Array(#"{"card":"a"#.utf8) + [0xC3] + Array(#"","rating":3,"time":1}"#.utf8)) },
               english: "bytes that are not UTF-8 text", vietnamese: "có byte không phải văn bản UTF-8"),
        Damage(name: "CSV quote never closed", make: { try importCSV($0, "question,answer\nAi?,\"Lý Thái Tổ\n") },
               english: "a quoted field is never closed", vietnamese: "một ô mở dấu ngoặc kép mà không đóng"),
        Damage(name: "CSV without an answer column", make: { try importCSV($0, "question,notes\nAi?,x\n") },
               english: "the header needs both a question and an answer column", vietnamese: "dòng tiêu đề cần có cả cột câu hỏi"),
        Damage(name: "CSV unknown kind", make: { try importCSV($0, "question,answer,kind\nAi?,Lý Thái Tổ,riddle\n") },
               english: "unknown kind 'riddle'", vietnamese: "loại thẻ 'riddle' không rõ"),
        Damage(name: "import of a missing file", make: { ["import", $0.root.appendingPathComponent("khong-co.csv").path] },
               english: "no such file or folder", vietnamese: "không có tệp hay thư mục này"),
        Damage(name: "import of a folder", make: { ["import", $0.root.path, "--format", "csv"] },
               english: "a folder, not a regular file", vietnamese: "một thư mục, không phải tệp thường"),
        Damage(name: "generate from a missing text", make: { ["generate", $0.root.appendingPathComponent("khong-co.txt").path] },
               english: "no such file or folder", vietnamese: "không có tệp hay thư mục này"),
        Damage(name: "generate from a folder", make: { ["generate", $0.decks.path] },
               english: "a folder, not a regular file", vietnamese: "một thư mục, không phải tệp thường"),
        Damage(name: "timeline JSON syntax", make: { runner in
            try write("[\n {\"date\": \"1945\" \"event\": \"x\"}\n]", runner.root.appendingPathComponent("dong.json"))
            return ["generate", runner.root.appendingPathComponent("dong.json").path]
        }, english: "expected ',' or '}'", vietnamese: "cần ',' hoặc '}'"),
        Damage(name: "reviews CSV rating 9", make: { try reviewsCSV($0, "card_id,review_rating,review_time\n1,9,2024-01-01T00:00:00Z\n") },
               english: "unknown rating \"9\"", vietnamese: "điểm \"9\" không hợp lệ"),
        Damage(name: "reviews CSV without a column", make: { try reviewsCSV($0, "card_id,review_time\n1,2024-01-01T00:00:00Z\n") },
               english: "missing column \"review_rating\"", vietnamese: "thiếu cột \"review_rating\""),
        Damage(name: "reviews CSV quote never closed", make: { try reviewsCSV($0, "card_id,review_rating,review_time\n\"1,3,x\n") },
               english: "a quoted field is never closed", vietnamese: "một trường trong ngoặc kép không được đóng"),
    ]

    /// Every damage is named in English under `--lang en` and only in Vietnamese under `--lang vi`: the reader's
    /// reason, its file, line and column, and no English sentence of the catalogue (a reason that came back as an
    /// English string would show its English words here, and its English text).
    @Test(arguments: damages)
    func damagedFilesAreExplainedInTheInterfaceLanguage(_ damage: Damage) throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        _ = try runner.run(["study", "nato-russia"] + runner.folderArguments, input: "\n3\n:quit\n")
        let args = try damage.make(runner)
        let english = try runner.run(args + ["--lang", "en"] + runner.folderArguments)
        let englishText = english.stdout + english.stderr
        #expect(english.status != 0 && englishText.contains(damage.english), "\(damage): \(englishText)")
        let vietnamese = try expectVietnamese(runner, args)
        let text = vietnamese.stdout + vietnamese.stderr
        #expect(vietnamese.status != 0 && text.contains(damage.vietnamese), "\(damage): \(text)")
        #expect(!text.contains(damage.english), "\(damage): \(text)")
        // The place stays in the message: a path, and a line and column where the file has them.
        #expect(text.contains("/"), "\(damage): \(text)")
    }
}
