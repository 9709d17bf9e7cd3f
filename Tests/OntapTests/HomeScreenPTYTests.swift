import Foundation
import Testing

/// Bare `ontap` at a terminal: a home screen of decks with what is due, in the interface language; deck names
/// found without diacritics; unknown names get the closest ones.
@Suite(.serialized)
struct HomeScreenPTYTests {
    let env = ["LANG=C.UTF-8", "TERM=dumb", "INPUTRC=/dev/null", "PATH=/usr/bin:/bin"]

    func spawn(_ runner: OntapRunner, _ arguments: [String]) throws -> PTYProcess {
        try PTYProcess(OntapRunner.executable, arguments + ["--now", "2026-03-01T09:00:00Z"] + runner.folderArguments,
                       env: env + ["HOME=\(runner.root.path)"])
    }

    static let cards: [OntapRunner.CardSpec] = [
        .init(id: "a", prompt: "Cách mạng tháng Tám thành công năm nào?", answer: "năm 1945", event: "e1"),
        .init(id: "b", prompt: "Chiến dịch Điện Biên Phủ kết thúc năm nào?", answer: "năm 1954", event: "e2"),
    ]

    @Test func homeScreenListsDecksAndOpensTheChosenOne() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.writeDeck("cách-mạng-tháng-tám", [Self.cards[0]])
        try runner.writeDeck("điện-biên-phủ", Self.cards)
        let home = try spawn(runner, ["--lang", "vi"])
        let screen = try home.expect("› ")
        #expect(screen.contains("Các bộ thẻ:"))
        let rows = screen.components(separatedBy: .newlines).filter { $0.hasPrefix("1 ") || $0.hasPrefix("2 ") }
        #expect(rows.count == 2)
        #expect(rows.last?.contains("điện-biên-phủ") == true && rows.last?.contains("  2  ") == true)
        #expect(!Progress.exists(runner))                              // looking writes nothing
        home.send("dien-bien\r")
        try home.expect("Không có bộ thẻ «dien-bien». Có phải bạn muốn: điện-biên-phủ?")
        home.send("dien-bien-phu\r")
        try home.expect("Ôn tập bộ thẻ «điện-biên-phủ»: 2 thẻ đến hạn.")
        home.send("1945\r")
        try home.expect("[Enter = 3] › ")
        home.send("\r")
        try home.expect("› ")
        home.send(":quit\r")
        #expect(home.wait() == 0)

        // Next time Enter opens the deck studied last.
        let again = try spawn(runner, ["--lang", "en"])
        try again.expect("Enter = điện-biên-phủ")
        again.send("\r")
        try again.expect("Studying deck «điện-biên-phủ»")
        again.send(":quit\r")
        #expect(again.wait() == 0)
    }

    @Test func unknownDeckNamesGetTheClosestOnesInTheInterfaceLanguage() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.writeDeck("điện-biên-phủ", Self.cards)
        let vi = try runner.run(["study", "dien-bien-phuu", "--lang", "vi"] + runner.folderArguments)
        #expect(vi.status == 1)
        #expect(vi.stderr == "ontap: không có bộ thẻ tên «dien-bien-phuu»; có phải bạn muốn: điện-biên-phủ?\n")
        let path = try runner.run(["study", runner.decks.appendingPathComponent("điện-biên-phủ.json").path, "--lang", "en"]
                                  + runner.folderArguments, input: ":quit\n")
        #expect(path.status == 0)
        #expect(path.stdout.contains("Studying deck «điện-biên-phủ»: 2 cards due."))
    }
}

/// Whether anything was written under Progress/ (a folder for a deck).
enum Progress {
    static func exists(_ runner: OntapRunner) -> Bool {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: runner.progress.path)) ?? []
        return entries.contains { !$0.hasPrefix(".") }
    }
}
