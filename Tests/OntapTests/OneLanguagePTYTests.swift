import Foundation
import Testing

/// A Vietnamese session at a real terminal says everything in Vietnamese, a notice from the store included (the
/// log raised to version 2 by the first `:suspend`, said mid-session).
@Suite(.serialized)
struct OneLanguagePTYTests {
    @Test func aVietnameseSessionWithANoticeFromTheStore() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let process = try PTYProcess(OntapRunner.executable, ["study", "nato-russia", "--lang", "vi",
                                                              "--now", "2026-03-01T09:00:00Z"] + runner.folderArguments,
                                     env: ["LANG=en_US.UTF-8", "TERM=dumb", "INPUTRC=/dev/null", "PATH=/usr/bin:/bin",
                                           "HOME=\(runner.root.path)"])
        var transcript = try process.expect("› ")
        process.send("\r")
        transcript += try process.expect("Chấm điểm 1-4 › ")
        process.send("3\r")
        transcript += try process.expect("› ")
        process.send(":suspend\r")
        transcript += try process.expect("› ")
        process.send("\r")
        transcript += try process.expect("Chấm điểm 1-4 › ")
        process.send("3\r")
        transcript += try process.expect("› ")
        process.send(":quit\r")
        transcript += try process.expect("Hẹn gặp lại!")
        #expect(process.wait() == 0)
        let flat = transcript.replacingOccurrences(of: "\r\n    ", with: " ").replacingOccurrences(of: "\r\n  ", with: " ")
        #expect(flat.contains("được nâng lên phiên bản 2"), "\(transcript)")
        #expect(flat.contains("Đã tạm ngưng thẻ này"), "\(transcript)")
        #expect(OneLanguageTests.englishIn(transcript).isEmpty, "\(OneLanguageTests.englishIn(transcript))\n\(transcript)")
    }
}
