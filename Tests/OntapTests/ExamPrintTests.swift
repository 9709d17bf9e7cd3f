import Foundation
import Testing

/// The printable exam printed by a real browser (Debian's headless `chromium`) and read back with poppler's
/// `pdfinfo`, `pdftotext` and `pdffonts`: page count in the header, a footer on every page, one serif typeface.
@Suite(.enabled(if: PrintTools.find("chromium") != nil && PrintTools.find("pdftotext") != nil,
                "needs chromium and poppler-utils (.ci/run installs them)"))
struct ExamPrintTests {
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: PrintTools.find(tool) ?? tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func printedExamCountsItsPagesHasAFooterOnEachAndUsesOnlySerifFaces() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        // (a deck long enough for an exam of several pages whatever the generator makes of the seed text: the seed
        // deck's cards, then forty more questions)
        try runner.generateSeedDeck()
        let seed = try JSONSerialization.jsonObject(with: Data(contentsOf: runner.decks.appendingPathComponent("nato-russia.json")))
        let seedCards = try #require((seed as? [String: Any])?["cards"] as? [[String: Any]])
        var cards = seedCards.map { card in
            OntapRunner.CardSpec(id: card["id"] as! String, kind: card["kind"] as! String, prompt: card["prompt"] as! String,
                                 answer: card["answer"] as! String, choices: card["choices"] as? [String] ?? [],
                                 event: card["event_id"] as! String, source: card["source_sentence"] as? String ?? "",
                                 choiceDates: card["choice_dates"] as? [String] ?? [])
        }
        cards += (1...40).map { index in
            OntapRunner.CardSpec(id: "c-extra-\(index)", kind: "choice",
                                 prompt: "Hội nghị thượng đỉnh lần thứ \(index) của Liên minh được tổ chức vào năm nào?",
                                 answer: "năm \(1950 + index)",
                                 choices: (0..<4).map { "năm \(1950 + index + $0 * 3 - 3)" }, event: "e-extra-\(index)")
        }
        try runner.writeDeck("de-thi-dai", cards)
        let html = runner.root.appendingPathComponent("de-thi.html"), pdf = runner.root.appendingPathComponent("de-thi.pdf")
        let export = try runner.run(["export", "de-thi-dai", "--format", "exam", "--seed", "7", "--chronology", "--count", "500",
                                     "--school", "Trường THPT Chu Văn An", "--lang", "vi", "-o", html.path] + runner.folderArguments)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stderr.contains("--count 500: bộ thẻ chỉ có"), "\(export.stderr)")
        _ = try Self.run("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                      "--user-data-dir=" + runner.root.appendingPathComponent("chromium").path,
                                      "--print-to-pdf=" + pdf.path, html.path])
        let info = try Self.run("pdfinfo", [pdf.path])
        let pages = try #require(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) }, "\(info)")
        #expect(pages >= 3, "the exam and its key take several pages")
        let examPages = pages - 1
        for page in 1...pages {
            let text = try Self.run("pdftotext", ["-layout", "-f", "\(page)", "-l", "\(page)", pdf.path, "-"])
            if page == 1 { #expect(text.contains(String(format: "(Đề thi có %02d trang)", examPages)), "\(text.prefix(300))") }
            if page <= examPages {
                #expect(text.contains("Trang \(page)/\(examPages) – Mã đề thi 107"), "page \(page): \(text.suffix(200))")
            } else {
                #expect(text.contains("ĐÁP ÁN") && text.contains("Đáp án – Mã đề thi 107"), "key page: \(text.suffix(200))")
            }
        }
        let fonts = try Self.run("pdffonts", [pdf.path])
        let faces = fonts.split(separator: "\n").dropFirst(2).compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(!faces.isEmpty && faces.allSatisfy { !$0.contains("Sans") }, "Vietnamese letters fell back to a sans face: \(faces)")
        // One typeface for the words: `ABCDEF+NotoSerif-Bold` → NotoSerif. Liberation Serif (Times New Roman's
        // stand-in on Linux) lacks ơ, ư, ế, so it must not be used at all, or those letters come from another face
        // inside its words; the first face with full coverage sets every letter. Only the key's arrow (→), which
        // Noto Serif lacks, may come from DejaVu Serif.
        let families = Set(faces.map { $0.split(separator: "+").last.map { String($0.split(separator: "-")[0]) } ?? $0 })
        #expect(!families.contains("LiberationSerif") && (families.count == 1 || families == ["NotoSerif", "DejaVuSerif"]),
                "the exam mixes typefaces: \(faces)")
    }
}

/// Finds the printing tools the exam test runs.
enum PrintTools {
    static func find(_ name: String) -> String? {
        ["/usr/bin/", "/usr/local/bin/", "/bin/"].map { $0 + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
