import ArgumentParser
import Exporters
import FileFormats
import Foundation
import Store
import Terminal
#if canImport(Glibc)
import Glibc
#endif

/// `ontap export DECK --format F [-o FILE] [--with-progress|--without-progress] [--count N --seed S]`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export a deck (and your progress) for Anki, spreadsheets, Quizlet or print.",
        discussion: "Formats:\n" + ExportFormat.allCases.map { "  \($0.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \($0.summary)" }
            .joined(separator: "\n")
            + "\n\nThe apkg includes your scheduling and review history when the deck has progress (turn it off with"
            + " --without-progress); Anki imports it when \"Import any learning progress\" is ticked."
    )

    @Argument(help: "Deck name.")
    var deck: String

    @Option(help: "Format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: String = "tsv"

    @Option(name: .shortAndLong, help: "Output file (default: standard output; required for apkg on a terminal).")
    var output: String?

    @Flag(name: .customLong("with-progress"), help: "Include scheduling and review history (apkg; default when the deck has progress).")
    var withProgress = false

    @Flag(name: .customLong("without-progress"), help: "Export the cards as new, without your progress.")
    var withoutProgress = false

    @Option(help: "exam: number of questions (default: every multiple-choice card).")
    var count: Int?

    @Option(help: "exam: seed that picks and orders the questions (same seed, same exam).")
    var seed: UInt64?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if withProgress && withoutProgress { throw ValidationError("choose either --with-progress or --without-progress") }
    }

    func run() throws {
        let workspace = Workspace(global)
        guard let format = ExportFormat(rawValue: format.lowercased()) else {
            throw CLIError.fail("unknown format '\(format)'; choose one of: " + ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let deck = try workspace.deck(deck)
        let exporter = format.exporter(options: ExportOptions(count: count, seed: seed))
        if exporter.isBinary, output == nil, isatty(STDOUT_FILENO) != 0 {
            throw CLIError.fail("\(format.rawValue) is a binary file: name it with -o \(deck.name).\(exporter.fileExtension)")
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
            FileHandle.standardError.write(Data((format.carriesProgress
                ? "no progress for \(deck.name) yet: the cards are exported as new\n"
                : "\(format.rawValue) cannot carry progress: exporting the cards only\n").utf8))
        }
        let bytes: [UInt8]
        do { bytes = try exporter.export(input) } catch {
            throw CLIError.fail(CLIError.message(for: error, language: workspace.language))
        }
        guard let output else {
            // To a pipe or file the bytes go as they are; to a terminal, through the same sanitiser as the REPL.
            let shown = isatty(STDOUT_FILENO) != 0 ? Data(TerminalText.sanitize(String(decoding: bytes, as: UTF8.self)).utf8) : Data(bytes)
            FileHandle.standardOutput.write(shown)
            return
        }
        do { try AtomicFile.write(Data(bytes), to: URL(fileURLWithPath: output)) } catch {
            throw CLIError.fail(CLIError.message(for: error, language: workspace.language))
        }
        let studied = input.progress.map { progress in deck.cards.filter { progress.cards[$0.id] != nil }.count }
        let known = Set(deck.cards.map(\.id))
        let reviews = input.reviews.filter { known.contains($0.cardID) }.count
        let summary = studied.map { ", progress of \($0) cards and \(reviews) reviews" } ?? ""
        FileHandle.standardError.write(Data("\(deck.cards.count) cards\(summary) → \(output)\n".utf8))
    }
}
