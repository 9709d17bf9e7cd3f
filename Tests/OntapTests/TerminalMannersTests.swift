import Foundation
import Testing

/// A mistyped command is corrected, `--version`, `-` for standard input, `ONTAP_HOME`.
@Suite(.serialized)
struct TerminalMannersTests {
    @Test func aMistypedCommandIsNamedAndCorrected() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        let vi = try runner.run(["gnerate", "bai.txt", "--lang", "vi"] + runner.folderArguments)
        #expect(vi.status == 1)
        #expect(vi.stderr == "ontap: không có lệnh «gnerate»; có phải bạn muốn: generate? (`ontap --help` liệt kê các lệnh)\n")
        let en = try runner.run(["stast"] + runner.folderArguments, environment: ["LANG": "C.UTF-8"])
        #expect(en.stderr.contains("no command 'stast'; did you mean: stats"))
        #expect(!FileManager.default.fileExists(atPath: runner.progress.path))
    }

    @Test func versionAndStandardInput() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        let version = try runner.run(["--version"])
        #expect(version.status == 0 && version.stdout.first?.isNumber == true)
        let text = "Năm 1954, Hiệp định Genève được ký kết. Năm 1975, chiến tranh kết thúc."
        let made = try runner.run(["generate", "-", "-o", "tu-ban-phim"] + runner.folderArguments, input: text)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(FileManager.default.fileExists(atPath: runner.decks.appendingPathComponent("tu-ban-phim.json").path))
        let unnamed = try runner.run(["generate", "-", "--lang", "en"] + runner.folderArguments, input: text)
        #expect(unnamed.status != 0 && unnamed.stderr.contains("name the deck with -o NAME"))
    }

    @Test func shellCompletionCompletesDeckNames() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.writeDeck("điện-biên-phủ", [.init(id: "a", prompt: "?", answer: "năm 1954", event: "e")])
        try runner.writeDeck("cách-mạng", [.init(id: "a", prompt: "?", answer: "năm 1945", event: "e")])
        let words = ["ontap", "study", "--decks", runner.decks.path, "đi"]
        let completed = try runner.run(["---completion", "study", "--", "positional@0", "4", "2"] + words)
        #expect(completed.stdout.split(separator: "\n") == ["điện-biên-phủ"])
        let script = try runner.run(["--generate-completion-script", "bash"])
        #expect(script.stdout.contains("---completion cards -- positional@0"))
        // Every command that takes a deck completes its name; --format, --text-lang, --day-counting offer their values.
        for command in ["study", "quiz", "cards", "stats", "export", "check", "doctor", "optimize"] {
            #expect(script.stdout.contains("---completion \(command) -- positional@0"), "\(command)")
        }
        #expect(script.stdout.contains("'apkg'$'\\n''tsv'$'\\n''csv'$'\\n''quizlet'$'\\n''markdown'$'\\n''exam'"))
        #expect(script.stdout.contains("'calendar'$'\\n''elapsed24h'"))
        #expect(script.stdout.contains("'vi'$'\\n''en'"))
        let exportDeck = try runner.run(["---completion", "export", "--", "positional@0", "4", "2", "ontap", "export", "--decks",
                                         runner.decks.path, "cá"])
        #expect(exportDeck.stdout.split(separator: "\n") == ["cách-mạng"])
    }

    @Test func ontapHomeHoldsDecksAndProgress() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        let home = runner.root.appendingPathComponent("home")
        let source = runner.decks.appendingPathComponent("nato-russia.vi.txt").path
        let made = try runner.run(["generate", source], environment: ["ONTAP_HOME": home.path])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("Decks/nato-russia.json").path))
        let studied = try runner.run(["study", "nato-russia", "--lang", "en"], input: "1991\n3\n:quit\n",
                                     environment: ["ONTAP_HOME": home.path])
        #expect(studied.status == 0, "\(studied.stderr)")
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("Progress/nato-russia/reviews.jsonl").path))
        // --decks and --progress still win.
        let listed = try runner.run(["decks", "--json"] + runner.folderArguments, environment: ["ONTAP_HOME": home.path])
        #expect(listed.stdout == "[]\n")
    }
}
