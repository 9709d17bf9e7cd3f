import Foundation
import Testing

/// `ontap import` driven through the built binary: what it writes, what it refuses (and that it then writes nothing),
/// and the review history of an `.apkg` coming back into `Progress/`.
@Suite struct ImportCommandTests {
    /// Every file under the workspace's Decks/ and Progress/ with its bytes, to show nothing changed.
    static func snapshot(_ runner: OntapRunner) -> [String: Data] {
        var files: [String: Data] = [:]
        for folder in [runner.decks, runner.progress] {
            let paths = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
            for path in paths {
                let url = folder.appendingPathComponent(path)
                if let data = FileManager.default.contents(atPath: url.path) { files[url.path] = data }
            }
        }
        return files
    }

    /// The answers of `deck`'s review log, one line each.
    static func reviewLines(_ runner: OntapRunner, _ deck: String) -> [String] {
        let text = (try? String(contentsOf: runner.progress.appendingPathComponent("\(deck)/reviews.jsonl"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { $0.contains("\"rating\"") }.map(String.init).sorted()
    }

    /// Review lines as (card, rating, duration) and time; Anki's revlog ids are unique ms, so answers given in the
    /// same millisecond (a scripted session) come back a millisecond or two apart.
    static func sameReviews(_ a: [String], _ b: [String]) -> Bool {
        func parse(_ lines: [String]) -> [(key: String, time: Int64)] {
            lines.map { line in
                let time = Int64(line.firstMatch(of: /"time":(\d+)/)?.output.1 ?? "") ?? 0
                return (line.replacing(/"time":\d+/, with: ""), time)
            }.sorted { ($0.key, $0.time) < ($1.key, $1.time) }
        }
        let x = parse(a), y = parse(b)
        return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && abs($0.time - $1.time) <= Int64(x.count) }
    }

    @Test func anExistingDeckIsNamedAndKeptUnlessForced() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let csv = runner.root.appendingPathComponent("deck.csv")
        #expect(try runner.run(["export", "nato-russia", "--format", "csv", "-o", csv.path] + runner.folderArguments).status == 0)
        let edit = try runner.run(["study", "nato-russia", "--lang", "en"] + runner.folderArguments,
                                  input: ":edit accept Một đáp án khác\n:quit\n")
        #expect(edit.status == 0, "\(edit.stderr)")
        let before = Self.snapshot(runner)
        for language in ["en", "vi"] {
            let refused = try runner.run(["import", csv.path, "--deck", "nato-russia", "--lang", language] + runner.folderArguments)
            #expect(refused.status == 1)
            #expect(refused.stderr.contains(runner.decks.appendingPathComponent("nato-russia.json").path) && refused.stderr.contains("--force"),
                    "\(refused.stderr)")
        }
        #expect(Self.snapshot(runner) == before)
        let forced = try runner.run(["import", csv.path, "--deck", "nato-russia", "--force", "--lang", "en"] + runner.folderArguments)
        #expect(forced.status == 0, "\(forced.stderr)")
        let deck = try String(contentsOf: runner.decks.appendingPathComponent("nato-russia.json"), encoding: .utf8)
        #expect(deck.contains("Một đáp án khác"), "the learner's :edit must survive a replacing import")
        #expect(Self.snapshot(runner).filter { $0.key.hasPrefix(runner.progress.path) } == before.filter { $0.key.hasPrefix(runner.progress.path) },
                "an import without --with-progress never touches progress")
    }

    @Test func aMultiGigabyteFileIsRefusedBeforeItIsRead() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        let huge = runner.root.appendingPathComponent("huge.apkg")
        #expect(FileManager.default.createFile(atPath: huge.path, contents: Data("PK".utf8)))
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 3 << 30)   // sparse: 3 GB that take no disk
        try handle.close()
        let before = Self.snapshot(runner)
        let result = try runner.run(["import", huge.path, "--lang", "en"] + runner.folderArguments)
        #expect(result.status == 1)
        #expect(result.stderr.contains("3.0 GB") && result.stderr.contains("nothing was written"), "\(result.stderr)")
        #expect(Self.snapshot(runner) == before)
    }

    @Test func badFilesExitNonZeroAndWriteNothing() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        let cases: [(name: String, bytes: [UInt8], expected: String)] = [
            ("broken.csv", Array("question,answer\n\"Năm nào?,1991\n".utf8), "broken.csv:2:1: a quoted field is never closed"),
            ("latin1.txt", Array("Nam\t19".utf8) + [0xE9] + Array("1\n".utf8), "latin1.txt:1:7: this is not UTF-8"),
            ("fake.apkg", Array("PK\u{3}\u{4} not really a zip".utf8), "not a readable Anki package"),
            ("notes.tsv", Array("#separator:tab\n#notetype:Image Occlusion\na\tb\n".utf8), "'Image Occlusion' (1 note)"),
        ]
        let before = Self.snapshot(runner)
        for (name, bytes, expected) in cases {
            let file = runner.root.appendingPathComponent(name)
            try Data(bytes).write(to: file)
            let result = try runner.run(["import", file.path, "--lang", "en"] + runner.folderArguments)
            #expect(result.status == 1 && result.stderr.contains(expected), "\(name): \(result.stderr)")
            #expect(!result.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        }
        #expect(Self.snapshot(runner) == before)
        // In Vietnamese, what is wrong with the line is said in Vietnamese too.
        let vietnamese: [(name: String, bytes: [UInt8], expected: String)] = [
            ("broken.csv", Array("question,answer\n\"Năm nào?,1991\n".utf8), "broken.csv:2:1: một ô mở dấu ngoặc kép mà không đóng"),
            ("quizlet.txt", Array("Liên Xô\t1991\nkhông có dấu tách\n".utf8), "quizlet.txt:2: không có dấu tab giữa thuật ngữ và định nghĩa"),
            ("kinds.csv", Array("question,answer,kind\nNăm nào?,1991,essay\n".utf8), "kinds.csv:2: loại thẻ 'essay' không rõ"),
            ("fake.apkg", Array("PK\u{3}\u{4} not really a zip".utf8), "fake.apkg: không phải gói Anki đọc được (tệp không bắt đầu như một tệp zip)"),
        ]
        for (name, bytes, expected) in vietnamese {
            let file = runner.root.appendingPathComponent(name)
            try Data(bytes).write(to: file)
            let result = try runner.run(["import", file.path, "--lang", "vi"] + runner.folderArguments)
            #expect(result.status == 1 && result.stderr.contains(expected) && result.stderr.contains("chưa ghi gì cả"), "\(name): \(result.stderr)")
        }
        #expect(Self.snapshot(runner) == before)
    }

    @Test func ankiPackageProgressComesBackAndTwiceAddsNothing() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let session = try runner.run(["study", "nato-russia", "--lang", "en"] + runner.folderArguments,
                                     input: "1991\n4\n\n\n1997\n3\n\n1\n:quit\n")
        #expect(session.status == 0, "\(session.stderr)")
        let reviews = Self.reviewLines(runner, "nato-russia")
        #expect(reviews.count >= 3)
        let package = runner.root.appendingPathComponent("p.apkg")
        #expect(try runner.run(["export", "nato-russia", "--format", "apkg", "-o", package.path] + runner.folderArguments).status == 0)
        let other = try OntapRunner()
        defer { other.remove() }
        let first = try other.run(["import", package.path, "--with-progress", "--lang", "en"] + other.folderArguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("\(reviews.count) reviews →"), "\(first.stdout)")
        #expect(Self.sameReviews(Self.reviewLines(other, "nato-russia"), reviews), "\(Self.reviewLines(other, "nato-russia")) \(reviews)")
        let original = try String(contentsOf: runner.decks.appendingPathComponent("nato-russia.json"), encoding: .utf8)
        let imported = try String(contentsOf: other.decks.appendingPathComponent("nato-russia.json"), encoding: .utf8)
        #expect(imported.matches(of: /"id":"(c[0-9a-f]{12})"/).map(\.output.1) == original.matches(of: /"id":"(c[0-9a-f]{12})"/).map(\.output.1))
        let again = try other.run(["import", package.path, "--with-progress", "--force", "--lang", "en"] + other.folderArguments)
        #expect(again.status == 0 && again.stdout.contains("0 of the file's \(reviews.count) reviews were new"), "\(again.stdout)")
        #expect(Self.sameReviews(Self.reviewLines(other, "nato-russia"), reviews))
        let doctor = try other.run(["doctor", "--lang", "en"] + other.folderArguments)
        #expect(doctor.status == 0 && doctor.stdout.contains("ok"), "\(doctor.stdout)\(doctor.stderr)")
        let stats = try other.run(["stats", "nato-russia", "--json"] + other.folderArguments)
        let mine = try runner.run(["stats", "nato-russia", "--json"] + runner.folderArguments)
        #expect(stats.stdout == mine.stdout, "the imported progress schedules like the original")
    }

    /// A deck being studied in another ontap (its lock held) is not imported into with its progress: nothing is written.
    @Test func aLockedDeckIsRefusedBeforeAnythingIsWritten() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        #expect(try runner.run(["study", "nato-russia", "--lang", "en"] + runner.folderArguments, input: "1991\n3\n:quit\n").status == 0)
        let package = runner.root.appendingPathComponent("p.apkg")
        #expect(try runner.run(["export", "nato-russia", "--format", "apkg", "-o", package.path] + runner.folderArguments).status == 0)
        let lock = open(runner.progress.appendingPathComponent("nato-russia/.lock").path, O_RDWR | O_CREAT, 0o644)
        #expect(lock >= 0 && flock(lock, LOCK_EX | LOCK_NB) == 0)
        defer { close(lock) }
        let before = Self.snapshot(runner)
        let result = try runner.run(["import", package.path, "--with-progress", "--force", "--lang", "en"] + runner.folderArguments)
        #expect(result.status == 1 && result.stderr.contains("nato-russia"), "\(result.stdout)\(result.stderr)")
        #expect(Self.snapshot(runner) == before)
    }

    /// `ontap import --help` and its refusal of an unknown --format speak the interface language.
    @Test func helpAndFormatRefusalInBothLanguages() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        let vi = try runner.run(["import", "--help", "--lang", "vi"])
        #expect(vi.stdout.contains("Tạo bộ thẻ từ gói Anki") && vi.stdout.contains("nhập cả lịch ôn và lịch sử ôn")
                && !vi.stdout.contains("Make a deck") && !vi.stdout.contains("review history"), "\(vi.stdout)")
        let en = try runner.run(["import", "--help", "--lang", "en"])
        #expect(en.stdout.contains("Make a deck from an Anki package") && en.stdout.contains("current or legacy layout"), "\(en.stdout)")
        let refused = try runner.run(["import", "x.zip", "--format", "zip", "--lang", "vi"] + runner.folderArguments)
        #expect(refused.status != 0 && refused.stderr.contains("định dạng 'zip' không rõ"), "\(refused.stderr)")
    }

    @Test func standardInputAndTimelines() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        let quizlet = try runner.run(["import", "-", "--deck", "tu-vung", "--lang", "en"] + runner.folderArguments,
                                     input: "Liên Xô tan rã\t1991\nHiệp định Genève\t1954\n")
        #expect(quizlet.status == 0 && quizlet.stdout.contains("2 cards →"), "\(quizlet.stdout)\(quizlet.stderr)")
        let timeline = runner.root.appendingPathComponent("moc.csv")
        try "date,event\n1945-09-02,Chủ tịch Hồ Chí Minh đọc Tuyên ngôn độc lập tại Ba Đình\n1954-05-07,Chiến dịch Điện Biên Phủ kết thúc thắng lợi\n1975-04-30,Chiến dịch Hồ Chí Minh kết thúc\n1986-12-18,Đại hội VI mở đầu công cuộc Đổi mới\n"
            .write(to: timeline, atomically: true, encoding: .utf8)
        let imported = try runner.run(["import", timeline.path, "--deck", "moc", "--lang", "en"] + runner.folderArguments)
        #expect(imported.status == 0, "\(imported.stderr)")
        let generated = try runner.run(["generate", timeline.path, "-o", "moc-generated", "--lang", "en"] + runner.folderArguments)
        #expect(generated.status == 0, "\(generated.stderr)")
        let a = try String(contentsOf: runner.decks.appendingPathComponent("moc.json"), encoding: .utf8)
        let b = try String(contentsOf: runner.decks.appendingPathComponent("moc-generated.json"), encoding: .utf8)
        #expect(a.replacingOccurrences(of: "\"name\":\"moc\"", with: "\"name\":\"moc-generated\"") == b,
                "a timeline is imported exactly as generate reads it")
    }
}

/// Packages written by the real Anki (PyPI `anki`, `Tests/OntapTests/anki_deck.py`) imported by ontap.
@Suite(.enabled(if: AnkiHarness.python != nil, "set ONTAP_ANKI_PYTHON to a Python with the `anki` package (.ci/run does)"))
struct AnkiPackageImportTests {
    static func package(_ runner: OntapRunner, modern: Bool = false) throws -> URL {
        let file = runner.root.appendingPathComponent(modern ? "modern.apkg" : "anki.apkg")
        let script = OntapRunner.packageRoot.appendingPathComponent("Tests/OntapTests/anki_deck.py").path
        let made = try AnkiHarness.runPython([script, file.path] + (modern ? ["--modern"] : []))
        #expect(made.status == 0, "\(made.output)")
        return file
    }

    @Test func basicReversedAndClozeNotesBecomeCardsAndAnUnknownTypeIsNamed() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        let file = try Self.package(runner)
        let before = ImportCommandTests.snapshot(runner)
        let refused = try runner.run(["import", file.path, "--lang", "en"] + runner.folderArguments)
        #expect(refused.status == 1 && refused.stderr.contains("'Front only' (1 note)") && refused.stderr.contains("--skip-unknown"),
                "\(refused.stderr)")
        #expect(ImportCommandTests.snapshot(runner) == before)
        let result = try runner.run(["import", file.path, "--skip-unknown", "--with-progress", "--lang", "en"] + runner.folderArguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("6 cards →") && result.stdout.contains("Front only (1)") && result.stdout.contains("5 reviews →"),
                "\(result.stdout)")
        let deck = try String(contentsOf: runner.decks.appendingPathComponent("Chương-3.json"), encoding: .utf8)
        for text in ["Năm nào Liên Xô tan rã?", "Ai dời đô về Thăng Long?", "Lý Thái Tổ\\n(năm 1010)", "[...] thắng lợi năm 1954.",
                     "Điện Biên Phủ thắng lợi năm [...]."] {
            #expect(deck.contains(text), "\(text) is missing from \(deck)")
        }
        #expect(!deck.contains("<b>") && !deck.contains("&nbsp;"))
        #expect(result.stdout.contains("1 suspended card, 1 flagged"), "\(result.stdout)")
        let log = try String(contentsOf: runner.progress.appendingPathComponent("Chương-3/reviews.jsonl"), encoding: .utf8)
        #expect(log.contains("\"op\":\"suspend\"") && log.contains("\"op\":\"flag\""), "\(log)")
        let doctor = try runner.run(["doctor", "--lang", "en"] + runner.folderArguments)
        #expect(doctor.status == 0 && doctor.stdout.contains("3 review(s)"), "\(doctor.stdout)")
        // The imported deck goes back to Anki as a valid package.
        let back = runner.root.appendingPathComponent("back.apkg")
        #expect(try runner.run(["export", "Chương-3", "--format", "apkg", "-o", back.path] + runner.folderArguments).status == 0)
        let check = try AnkiHarness.run("validate_apkg.py", [back.path, "--strict", "--expect-notes", "6", "--expect-revlog", "3"])
        #expect(check.status == 0, "\(check.output)")
    }

    /// Anki's own "Notes in Plain Text" export of the same notes (guid, note type, deck and tags columns).
    @Test func ankisTextExportImportsTheSameCards() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        let text = runner.root.appendingPathComponent("notes.txt")
        let script = OntapRunner.packageRoot.appendingPathComponent("Tests/OntapTests/anki_deck.py").path
        let made = try AnkiHarness.runPython([script, runner.root.appendingPathComponent("x.apkg").path, "--text", text.path])
        #expect(made.status == 0, "\(made.output)")
        let refused = try runner.run(["import", text.path, "--lang", "en"] + runner.folderArguments)
        #expect(refused.status == 1 && refused.stderr.contains("'Front only' (1 note)"), "\(refused.stderr)")
        let result = try runner.run(["import", text.path, "--skip-unknown", "--lang", "en"] + runner.folderArguments)
        #expect(result.status == 0 && result.stdout.contains("6 cards →"), "\(result.stdout)\(result.stderr)")
        let deck = try String(contentsOf: runner.decks.appendingPathComponent("Chương-3.json"), encoding: .utf8)
        for fragment in ["\"title\":\"Chương 3\"", "Ai dời đô về Thăng Long?", "Lý Thái Tổ\\n(năm 1010)", "[...] thắng lợi năm 1954.",
                         "\"tags\":[\"lịch-sử\"]"] {
            #expect(deck.contains(fragment), "\(fragment) is missing from \(deck)")
        }
    }

    /// Anki's current layout (`collection.anki21b`, Zstandard, schema 18) of the same collection comes in exactly as
    /// the legacy layout does: the same deck, the same review log, the media file counted.
    @Test func currentPackagesImportAsTheLegacyLayoutDoes() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        let legacy = runner.root.appendingPathComponent("legacy.apkg"), current = runner.root.appendingPathComponent("current.apkg")
        let script = OntapRunner.packageRoot.appendingPathComponent("Tests/OntapTests/anki_deck.py").path
        let made = try AnkiHarness.runPython([script, legacy.path, "--also-modern", current.path])
        #expect(made.status == 0, "\(made.output)")
        var decks: [String] = [], logs: [String] = []
        for (file, language) in [(legacy, "en"), (current, "vi")] {
            let workspace = try OntapRunner()
            defer { workspace.remove() }
            let result = try workspace.run(["import", file.path, "--skip-unknown", "--with-progress", "--lang", language]
                                           + workspace.folderArguments)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains(language == "en" ? "Left out 1 media file (images, sounds)" : "Bỏ qua 1 tệp media (hình, âm thanh)"),
                    "\(result.stdout)")
            let deck = try String(contentsOf: workspace.decks.appendingPathComponent("Chương-3.json"), encoding: .utf8)
            decks.append(deck.replacing(/"source":\{[^}]*\}/, with: ""))
            logs.append(try String(contentsOf: workspace.progress.appendingPathComponent("Chương-3/reviews.jsonl"), encoding: .utf8)
                .replacing(/,"id":"[0-9a-f]+"/, with: ""))
        }
        #expect(decks[0] == decks[1])
        #expect(logs[0] == logs[1] && logs[0].split(separator: "\n").count == 6, "\(logs)")
        #expect(decks[0].contains("Điện Biên Phủ thắng lợi năm [...]."))
    }

    /// A current package cut short, or with a damaged media map, is refused in both languages and nothing is written.
    @Test func aDamagedCurrentPackageIsRefusedWithNothingWritten() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        let current = try Self.package(runner, modern: true)
        let rewrite = """
        import sys, zipfile
        source, target, mode = sys.argv[1:4]
        with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
            for item in old.infolist():
                data = old.read(item.filename)
                if mode == "truncate" and item.filename == "collection.anki21b":
                    data = data[: len(data) // 2]
                if mode == "media" and item.filename == "media":
                    data = data[:4] + bytes(range(40))
                new.writestr(item.filename, data)
        """
        let cases = [("truncate", "collection.anki21b", "is cut short", "bị cắt cụt"),
                     ("media", "media", "is damaged (its compressed data cannot be read", "bị hỏng (không giải nén được")]
        let before = ImportCommandTests.snapshot(runner)
        for (mode, entry, english, vietnamese) in cases {
            let file = runner.root.appendingPathComponent("\(mode).apkg")
            let made = try AnkiHarness.runPython(["-c", rewrite, current.path, file.path, mode])
            #expect(made.status == 0, "\(made.output)")
            for (language, expected, nothing) in [("en", english, "nothing was written"), ("vi", vietnamese, "chưa ghi gì cả")] {
                let result = try runner.run(["import", file.path, "--skip-unknown", "--with-progress", "--lang", language] + runner.folderArguments)
                #expect(result.status == 1 && result.stderr.contains("\(file.path): \(entry) \(expected)") && result.stderr.contains(nothing),
                        "\(mode) \(language): \(result.stderr)")
            }
        }
        #expect(ImportCommandTests.snapshot(runner) == before)
    }

    /// ontap's package → real Anki → Anki's own export in its current layout, with scheduling → `ontap import
    /// --with-progress` elsewhere: the same cards in the same order, with the same ids, review log and schedule.
    @Test func ontapsDeckComesBackFromAnkisCurrentExport() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let session = try runner.run(["study", "nato-russia", "--lang", "en"] + runner.folderArguments,
                                     input: "1991\n4\n\n\n1997\n3\n\n1\n:quit\n")
        #expect(session.status == 0, "\(session.stderr)")
        let reviews = ImportCommandTests.reviewLines(runner, "nato-russia")
        #expect(reviews.count >= 3)
        let mine = runner.root.appendingPathComponent("mine.apkg")
        #expect(try runner.run(["export", "nato-russia", "--format", "apkg", "-o", mine.path] + runner.folderArguments).status == 0)
        let throughAnki = """
        import os, sys, tempfile
        from anki.collection import Collection, ImportAnkiPackageRequest, ImportAnkiPackageOptions, ExportAnkiPackageOptions
        col = Collection(os.path.join(tempfile.mkdtemp(), "c.anki2"))
        col.import_anki_package(ImportAnkiPackageRequest(package_path=sys.argv[1], options=ImportAnkiPackageOptions(with_scheduling=True)))
        assert col.db.scalar("select count() from notes where data != ''") == 0, "Anki keeps notes.data now: the custom data is not needed"
        for path, legacy in ((sys.argv[2], False), (sys.argv[3], True)):
            col.export_anki_package(out_path=path, limit=None, options=ExportAnkiPackageOptions(
                with_scheduling=True, with_deck_configs=True, with_media=True, legacy=legacy))
        col.close()
        """
        let current = runner.root.appendingPathComponent("current.apkg"), legacy = runner.root.appendingPathComponent("legacy.apkg")
        let made = try AnkiHarness.runPython(["-c", throughAnki, mine.path, current.path, legacy.path])
        #expect(made.status == 0, "\(made.output)")
        let original = try String(contentsOf: runner.decks.appendingPathComponent("nato-russia.json"), encoding: .utf8)
        let ids = original.matches(of: /"id":"(c[0-9a-f]{12})"/).map(\.output.1)
        let schedule = try runner.run(["stats", "nato-russia", "--json"] + runner.folderArguments).stdout
        for file in [current, legacy] {
            let other = try OntapRunner()
            defer { other.remove() }
            let result = try other.run(["import", file.path, "--with-progress", "--lang", "en"] + other.folderArguments)
            #expect(result.status == 0 && result.stdout.contains("\(reviews.count) reviews →"), "\(result.stdout)\(result.stderr)")
            let imported = try String(contentsOf: other.decks.appendingPathComponent("nato-russia.json"), encoding: .utf8)
            #expect(imported.matches(of: /"id":"(c[0-9a-f]{12})"/).map(\.output.1) == ids, "\(file.lastPathComponent)")
            #expect(ImportCommandTests.sameReviews(ImportCommandTests.reviewLines(other, "nato-russia"), reviews))
            #expect(try other.run(["stats", "nato-russia", "--json"] + other.folderArguments).stdout == schedule,
                    "\(file.lastPathComponent): the same schedule")
        }
    }
}
