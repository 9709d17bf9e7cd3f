import ArgumentParser
import Cards
import Foundation
import Store
import Terminal
import Timeline

/// `ontap generate SOURCE [-o DECK]`: a text becomes a deck in Decks/.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "generate", abstract: help(.generate))

    @Argument(help: ArgumentHelp(help(.generateSource)))
    var source: String

    @Option(name: .shortAndLong, help: ArgumentHelp(help(.generateOutput)))
    var output: String?

    @Option(help: ArgumentHelp(help(.generateKinds(CardKind.allCases.map(\.rawValue).joined(separator: ",")))))
    var kinds: CardKindList?

    @Option(name: .customLong("text-lang"), help: ArgumentHelp(help(.generateTextLanguage)))
    var textLanguage: Language?

    @Flag(name: .shortAndLong, help: ArgumentHelp(help(.generateVerbose)))
    var verbose = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let ui = global.interfaceLanguage
        let chosenKinds = kinds?.kinds ?? CardKind.allCases
        // The source's bytes are kept only for their hash: not held (24 MB for a 24 MB text) while cards are made.
        let (text, sourceSHA256) = try { () throws -> (String, String) in
            let (text, bytes) = try SourceLoader.load(source, language: ui)
            return (text, ContentID.sha256(bytes))
        }()
        let (name, directory) = try destination()
        let store = DeckStore(directory: directory)
        let generator = DeckGenerator(kinds: chosenKinds)
        let fileName = URL(fileURLWithPath: source).lastPathComponent
        let override = textLanguage
        let ticker = ProgressLine(ui == .vi ? "Đang tạo thẻ" : "Generating cards")
        defer { ticker.finish() }
        // The deck this one replaces: edited sentences keep their events' ids, so studied cards keep their progress.
        let previous = try? store.load(name)
        var deck: Deck
        let report: GenerationReport
        if let format = TimelineFile.Format(fileName: fileName) {
            // A teacher's timeline (JSON, CSV, YAML): its rows are the events.
            let events: [Event]
            do { events = try TimelineFile.parse(text, format: format, fileName: source) } catch {
                throw CLIError.fail(CLIError.message(for: error, language: ui))
            }
            let language = override ?? Language.detect(in: events.map(\.statement).joined(separator: " "))
            (deck, report) = generator.makeDeckFromTimeline(name: name, events: events, language: language,
                                                            source: DeckSource(file: fileName, sha256: sourceSHA256),
                                                            previous: previous)
        } else {
            (deck, report) = generator.generateReporting(name: name, text: text, sourceFile: fileName,
                                                         sourceSHA256: sourceSHA256, language: override,
                                                         previous: previous)
            deck.title = Deck.title(ofText: text)
        }
        ticker.finish()
        guard !deck.events.isEmpty else { throw CLIError.fail("\(source): " + SourceTextError.noDates.message(in: ui)) }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            // The learner's :edits of the deck being replaced survive for the cards it still has.
            if let previous { deck.carryEdits(from: previous) }
            try store.save(deck)
        } catch {
            throw CLIError.fail(CLIError.message(for: error, language: ui))
        }
        let path = store.url(for: try DeckName(name)).path
        print(ui == .vi ? "\(deck.events.count) sự kiện, \(deck.cards.count) thẻ → \(path)"
                        : "\(deck.events.count) events, \(deck.cards.count) cards → \(path)")
        if report.renamed > 0 {
            print(ui == .vi ? "\(report.renamed) sự kiện đã sửa câu chữ vẫn giữ mã thẻ (và tiến độ học)."
                            : "\(report.renamed) edited event\(report.renamed == 1 ? " keeps" : "s keep") its card ids (and progress).")
        }
        reportDrops(report, language: ui)
        reportProgress(of: deck, language: ui)
    }

    /// How many events and cards were left out, by reason; each one under `--verbose`.
    func reportDrops(_ report: GenerationReport, language: Language) {
        guard !report.drops.isEmpty else { return }
        let summary = report.counts.map { "\($0.count) \(Messages(language: language).defectLabel($0.defect))" }.joined(separator: ", ")
        let line = language == .vi ? "Bỏ \(report.drops.count) mục không đạt (\(summary))\(verbose ? ":" : "; xem --verbose.")"
                                   : "Left out \(report.drops.count) (\(summary))\(verbose ? ":" : "; see --verbose.")"
        // On a terminal, wrapped between words (the terminal itself would cut a word in two).
        print(isatty(STDOUT_FILENO) != 0 ? TerminalText.wrap(line, columns: StudyCommand.terminalColumns(), indent: 2) : line)
        guard verbose else { return }
        for drop in report.drops {
            let what = drop.kind.map { "[\(Messages(language: language).kindName($0))]" } ?? (language == .vi ? "[sự kiện]" : "[event]")
            print("  \(drop.id) \(what) \(drop.defect.explanation(in: language)): \(TerminalText.sanitize(drop.text))")
        }
    }

    /// After regenerating a deck someone studies: how many cards keep their progress, and which lost their card.
    func reportProgress(of deck: Deck, language: Language) {
        let folder = global.progressURL.appendingPathComponent(deck.name)
        guard FileManager.default.fileExists(atPath: folder.path),
              let store = try? ProgressStore(root: global.progressURL, deck: deck.name) else { return }
        let orphaned = store.orphanedCardIDs(in: deck)
        let kept = store.snapshot.cards.count - orphaned.count
        print(language == .vi ? "\(kept) thẻ giữ nguyên tiến độ học." : (kept == 1 ? "1 card keeps its progress." : "\(kept) cards keep their progress."))
        guard !orphaned.isEmpty else { return }
        print(language == .vi
              ? "\(orphaned.count) thẻ đã học không còn trong bộ thẻ (văn bản đã đổi); lịch sử ôn của chúng vẫn được giữ, `ontap doctor` liệt kê chúng."
              : "\(orphaned.count) studied card\(orphaned.count == 1 ? " is" : "s are") no longer in the deck (the text changed); "
                + "the review history is kept, and `ontap doctor` lists them.")
    }

    /// The deck's name and folder: `-o NAME` → Decks/NAME.json; `-o path/x.json` → path/x.json; default from the source.
    func destination() throws -> (String, URL) {
        if let output, output.hasSuffix(".json") {
            let url = URL(fileURLWithPath: output)
            return (url.deletingPathExtension().lastPathComponent, url.deletingLastPathComponent())
        }
        if source == "-", output == nil {
            throw ValidationError(Messages(language: global.interfaceLanguage).standardInputNeedsName())
        }
        let name = output ?? Self.deckName(fromSource: source)
        do { _ = try DeckName(name) } catch { throw CLIError.fail(CLIError.message(for: error, language: global.interfaceLanguage)) }
        return (name, global.decksURL)
    }

    /// `Decks/nato-russia.vi.txt` → `nato-russia`.
    static func deckName(fromSource path: String) -> String {
        var name = URL(fileURLWithPath: path).lastPathComponent
        for suffix in [".txt", ".md", ".json", ".csv", ".yaml", ".yml"] where name.hasSuffix(suffix) {
            name.removeLast(suffix.count)
        }
        for suffix in [".vi", ".en"] where name.hasSuffix(suffix) { name.removeLast(suffix.count) }
        let safe = name.unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_".unicodeScalars.contains($0) ? String($0) : "-" }
        return safe.joined().isEmpty ? "deck" : safe.joined()
    }
}
