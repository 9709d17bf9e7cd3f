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
        try runner.generateSeedDeck()
        let html = runner.root.appendingPathComponent("de-thi.html"), pdf = runner.root.appendingPathComponent("de-thi.pdf")
        let export = try runner.run(["export", "nato-russia", "--format", "exam", "--seed", "7", "--chronology", "--count", "500",
                                     "--school", "Trường THPT Chu Văn An", "--lang", "vi", "-o", html.path] + runner.folderArguments)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stderr.contains("--count 500: bộ thẻ chỉ có"), "\(export.stderr)")
        _ = try Self.run("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                      "--user-data-dir=" + runner.root.appendingPathComponent("chromium").path,
                                      "--print-to-pdf=" + pdf.path, html.path])
        let info = try Self.run("pdfinfo", [pdf.path])
        let pages = try #require(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) }, "\(info)")
        #expect(pages >= 3, "the seed deck's exam and key take several pages")
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
