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

/// `ontap import FILE [--deck NAME] [--format F] [--with-progress] [--skip-unknown] [--force]`: a deck from an Anki
/// package, Anki text, CSV, Quizlet text or a timeline, written to `Decks/NAME.json`; with `--with-progress`, an
/// Anki package's review history merged into `Progress/NAME/`.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: ImportMessages.help(.abstract, language: HelpText.language),
        discussion: ImportMessages.help(.discussion, language: HelpText.language)
    )

    @Argument(help: ArgumentHelp(ImportMessages.help(.file, language: HelpText.language)))
    var file: String

    @Option(help: ArgumentHelp(ImportMessages.help(.deck, language: HelpText.language)))
    var deck: String?

    @Option(help: ArgumentHelp(ImportMessages.help(.format, language: HelpText.language)))
    var format: String?

    @Flag(name: .customLong("with-progress"), help: ArgumentHelp(ImportMessages.help(.withProgress, language: HelpText.language)))
    var withProgress = false

    @Flag(name: .customLong("skip-unknown"), help: ArgumentHelp(ImportMessages.help(.skipUnknown, language: HelpText.language)))
    var skipUnknown = false

    @Flag(help: ArgumentHelp(ImportMessages.help(.force, language: HelpText.language)))
    var force = false

    @Option(name: .customLong("text-lang"), help: ArgumentHelp(ImportMessages.help(.textLanguage, language: HelpText.language)))
    var textLanguage: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let ui = global.interfaceLanguage
        let messages = Messages(language: ui)
        func fail(_ error: any Error) -> CLIError { CLIError.fail(CLIError.message(for: error, language: ui)) }
        var chosen: ImportFormat?
        if let format {
            guard let known = ImportFormat(rawValue: format.lowercased()) else {
                throw CLIError.fail(ImportMessages.unknownFormat(format, language: ui))
            }
            chosen = known
        }
        let bytes: [UInt8]
        do { bytes = try Self.readInput(file) } catch { throw fail(error) }
        let fileName = file == "-" ? "-" : URL(fileURLWithPath: file).lastPathComponent
        guard let format = chosen ?? ImportFormat.detect(fileName: fileName, head: Array(bytes.prefix(4096))) else {
            throw fail(ImportError.unknownFormat(path: file))
        }
        let options = ImportOptions(deckName: deck, withProgress: withProgress, skipUnknownNoteTypes: skipUnknown)
        var imported: ImportedDeck
        if format == .timeline {
            imported = ImportedDeck(deck: try timelineDeck(bytes, fileName: fileName))
        } else {
            // Handed over (`consume`): a package's bytes are let go once its collection is open.
            do { imported = try DeckImporter.read(consume bytes, path: file, format: format, options: options) } catch { throw fail(error) }
        }
        if withProgress, format != .apkg { FileHandle.standardError.write(Data((messages.importNoProgress(format.rawValue) + "\n").utf8)) }
        let store = DeckStore(directory: global.decksURL)
        let name: DeckName
        do { name = try DeckName(imported.deck.name) } catch { throw fail(error) }
        let target = store.url(for: name)
        // Never a deck file inside the progress folder (`--decks` pointing into it).
        if OutputTarget.isInside(OutputTarget.resolved(target), OutputTarget.resolved(global.progressURL)) {
            throw CLIError.fail(ui == .vi ? "không ghi \(target.path): đây là thư mục tiến độ học; hãy chọn thư mục bộ thẻ khác (--decks)"
                                          : "will not write \(target.path): it is in the progress folder; choose another decks folder (--decks)")
        }
        if FileManager.default.fileExists(atPath: target.path) || (try? FileManager.default.destinationOfSymbolicLink(atPath: target.path)) != nil {
            guard force else { throw CLIError.fail(messages.importDeckExists(target.path, name: name.rawValue)) }
            if let previous = try? store.load(name.rawValue) {
                // Cards the deck already has (same Anki guid) keep their ids, and so their progress.
                imported.adoptIDs(of: previous)
                // The learner's :edits of the deck being replaced survive for the cards it still has.
                imported.deck.carryEdits(from: previous)
            }
        }
        // The progress is opened (and locked) before anything is written, so a deck studied in another ontap is
        // refused with nothing written.
        let withReviews = withProgress && format == .apkg && !(imported.reviews.isEmpty && imported.operations.isEmpty)
        let progress = withReviews ? try Workspace(global).progress(for: imported.deck) : nil
        if let progress, !progress.canRecord {
            do { _ = try progress.importReviews([]) } catch { throw fail(error) }
        }
        do {
            try FileManager.default.createDirectory(at: global.decksURL, withIntermediateDirectories: true)
            try store.save(imported.deck)
        } catch { throw fail(error) }
        print(messages.imported(cards: imported.deck.cards.count, path: target.path))
        if !imported.skipped.isEmpty { print(ImportMessages.skipped(imported.skipped, language: ui)) }
        if imported.empty > 0 { print(messages.importEmpty(imported.empty)) }
        if imported.droppedMedia > 0 { print(ImportMessages.droppedMedia(imported.droppedMedia, language: ui)) }
        guard withProgress, format == .apkg else { return }
        if imported.skippedReviews > 0 { print(messages.importSkippedReviews(imported.skippedReviews)) }
        guard let progress else { return }
        // The deck is in place first: a run stopped between the two files leaves a deck without the imported
        // history (the old progress, if any, untouched), and importing again adds it.
        do {
            let summary = try progress.importReviews(imported.reviews, operations: imported.operations)
            print(messages.importedReviews(added: summary.added, total: imported.reviews.count + imported.operations.count,
                                           path: progress.logPath))
            if !imported.operations.isEmpty {
                let suspended = imported.operations.filter { $0.kind == .suspend }.count
                print(messages.importedMarks(suspended: suspended, flagged: imported.operations.count - suspended))
            }
        } catch { throw fail(error) }
    }

    /// The bytes of `path` (`-`: standard input), refusing a file over `DeckImporter.maximumBytes` before reading it.
    static func readInput(_ path: String) throws(ImportError) -> [UInt8] {
        let limit = DeckImporter.maximumBytes
        if path == "-" {
            var bytes: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = chunk.withUnsafeMutableBytes { Glibc.read(STDIN_FILENO, $0.baseAddress, $0.count) }
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { break }
                bytes += chunk[..<n]
                if Int64(bytes.count) > limit { throw .tooLarge(path: path, bytes: Int64(bytes.count), limit: limit) }
            }
            return bytes
        }
        var info = stat()
        guard stat(path, &info) == 0 else { throw .unreadable(path: path, problem: .lastSystemError) }
        if let kind = FileProblem.kind(of: info.st_mode) { throw .unreadable(path: path, problem: .notRegularFile(kind)) }
        guard Int64(info.st_size) <= limit else { throw .tooLarge(path: path, bytes: Int64(info.st_size), limit: limit) }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .unreadable(path: path, problem: .lastSystemError) }
        defer { close(fd) }
        // Read once, straight into the array (a package of hundreds of megabytes is not copied).
        let size = Int(info.st_size)
        var failure: FileProblem?
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            while count < size {
                let n = Glibc.read(fd, buffer.baseAddress! + count, size - count)
                if n < 0, errno == EINTR { continue }
                if n < 0 { failure = .lastSystemError }
                guard n > 0 else { break }
                count += n
            }
        }
        if let failure { throw .unreadable(path: path, problem: failure) }
        return bytes
    }

    /// A timeline file made into a deck exactly as `generate` makes one.
    func timelineDeck(_ bytes: [UInt8], fileName: String) throws -> Deck {
        let ui = global.interfaceLanguage
        let name = deck ?? GenerateCommand.deckName(fromSource: file)
        let readable = TimelineFile.handles(fileName: fileName) ? fileName : fileName + ".csv"
        let events: [Event]
        do { events = try TimelineFile.parse(bytes: bytes, fileName: readable) } catch {
            throw CLIError.fail(CLIError.message(for: error, language: ui))
        }
        let override = textLanguage.flatMap { Language(rawValue: $0.lowercased()) }
        let language = override ?? Language.detect(in: events.map(\.statement).joined(separator: " "))
        let previous = try? DeckStore(directory: global.decksURL).load(name)
        return DeckGenerator().makeDeckFromTimeline(name: name, events: events, language: language,
                                                    source: DeckSource(file: fileName, sha256: ContentID.sha256(bytes)),
                                                    previous: previous).0
    }
}
