import ArgumentParser
import Cards
import Exporters
import FileFormats
import Foundation
import Store
import Terminal
import Timeline
#if canImport(Glibc)
import Glibc
#endif

/// `ontap export DECK --format F [-o FILE] [--with-progress|--without-progress] [--count N --seed S]`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: help(.export),
        discussion: help(.exportDiscussion(ExportFormat.allCases.map(\.rawValue)))
    )

    @Argument(help: ArgumentHelp(help(.exportDeck)), completion: DeckCompletion.kind)
    var deck: String

    @Option(help: ArgumentHelp(help(.exportFormat)))
    var format: ExportFormat = .tsv

    @Option(name: .shortAndLong, help: ArgumentHelp(help(.exportOutput)))
    var output: String?

    @Flag(name: .customLong("with-progress"), help: ArgumentHelp(help(.exportWithProgress)))
    var withProgress = false

    @Flag(name: .customLong("without-progress"), help: ArgumentHelp(help(.exportWithoutProgress)))
    var withoutProgress = false

    @Flag(help: ArgumentHelp(help(.exportForce)))
    var force = false

    @Option(help: ArgumentHelp(help(.exportCount)))
    var count: Int?

    @Option(help: ArgumentHelp(help(.exportSeed)))
    var seed: UInt64?

    @Option(help: ArgumentHelp(help(.exportSchool)))
    var school: String?

    @Option(help: ArgumentHelp(help(.exportTitle)))
    var title: String?

    @Option(help: ArgumentHelp(help(.exportSubject)))
    var subject: String?

    @Flag(help: ArgumentHelp(help(.exportChronology)))
    var chronology = false

    @Option(name: .customLong("anki-lang"), help: ArgumentHelp(help(.exportAnkiLanguage)))
    var ankiLang: Language?

    @Flag(name: .customLong("one-per-event"), help: ArgumentHelp(help(.exportOnePerEvent)))
    var onePerEvent = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        let messages = Messages(language: global.interfaceLanguage)
        if withProgress && withoutProgress { throw ValidationError(messages.command(.progressFlagsClash)) }
    }

    func run() throws {
        let workspace = Workspace(global)
        let messages = Messages(language: workspace.language)
        let whole = try workspace.deck(deck)
        // Anki buries only cards of one note: one card per event keeps a card from answering the next one there
        let deck = onePerEvent ? SiblingFree.deck(whole) : whole
        let ankiLanguage = ankiLang ?? global.interfaceLanguage
        let options = ExportOptions(count: count, seed: seed, ankiLanguage: ankiLanguage, school: school, title: title,
                                    subject: subject, examChronology: chronology)
        let exporter = format.exporter(options: options)
        if let exam = exporter as? ExamExporter, let count, count > exam.poolSize(of: deck) {
            let pool = exam.poolSize(of: deck)
            FileHandle.standardError.write(Data((messages.command(.examCountCapped(asked: count, pool: pool)) + "\n").utf8))
        }
        if exporter.isBinary, output == nil, isatty(STDOUT_FILENO) != 0 {
            throw CLIError.fail(messages.command(.binaryNeedsOutput(format: format.rawValue, suggested: "\(deck.name).\(exporter.fileExtension)")))
        }
        if let output {
            do { try OutputTarget.check(output, decks: global.decksURL, progress: global.progressURL, force: force) } catch {
                throw CLIError.fail(error.message(in: workspace.language))
            }
        }
        var input = ExportInput(deck: deck, now: workspace.now())
        let hasProgress = FileManager.default.fileExists(atPath: global.progressURL.appendingPathComponent(deck.name).path)
        if format.carriesProgress, !withoutProgress, hasProgress {
            let store = try workspace.progress(for: deck)
            input.progress = store.snapshot
            do { input.reviews = try store.allReviews() } catch {
                throw CLIError.fail(CLIError.message(for: error, language: workspace.language))
            }
        } else if withProgress {
            FileHandle.standardError.write(Data((messages.command(format.carriesProgress
                ? .noProgressToExport(deck: deck.name) : .formatCarriesNoProgress(format: format.rawValue)) + "\n").utf8))
        }
        guard let output else {
            let bytes: [UInt8]
            do { bytes = try exporter.export(input) } catch {
                throw CLIError.fail(CLIError.message(for: error, language: workspace.language))
            }
            // Text for a terminal is cleaned like the REPL's output, so a deck cannot drive the terminal.
            let text = isatty(STDOUT_FILENO) != 0 && !exporter.isBinary
                ? Array(TerminalText.sanitize(String(decoding: bytes, as: UTF8.self)).utf8) : bytes
            FileHandle.standardOutput.write(Data(text))
            return
        }
        do {
            let file = try OutputFile(path: output)
            try exporter.write(input) { piece throws(ExportError) in try file.write(piece) }
            try file.commit()
        } catch {
            throw CLIError.fail(CLIError.message(for: error, language: workspace.language))
        }
        let studied = input.progress.map { progress in deck.cards.filter { progress.cards[$0.id] != nil }.count }
        let known = Set(deck.cards.map(\.id))
        let reviews = input.reviews.filter { known.contains($0.cardID) }.count
        let summary = messages.command(.exported(cards: deck.cards.count, studied: studied, reviews: reviews, output: output))
        FileHandle.standardError.write(Data((TerminalText.sanitize(summary) + "\n").utf8))
    }
}
