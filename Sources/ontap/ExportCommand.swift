import ArgumentParser
import Exporters
import Foundation
import Store

/// `ontap export DECK --format tsv [-o FILE]`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Export a deck for Anki and other tools.")

    @Argument(help: "Deck name.")
    var deck: String

    @Option(help: "Format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: String = "tsv"

    @Option(name: .shortAndLong, help: "Output file (default: standard output).")
    var output: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let workspace = Workspace(global)
        guard let format = ExportFormat(rawValue: format.lowercased()) else {
            throw CLIError.fail("unknown format '\(format)'; choose one of: " + ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let deck = try workspace.deck(deck)
        let text = format.exporter.export(deck)
        guard let output else { FileHandle.standardOutput.write(Data(text.utf8)); return }
        do { try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: output)) } catch {
            throw CLIError.fail(CLIError.message(for: error, language: workspace.language))
        }
        FileHandle.standardError.write(Data("\(deck.cards.count) cards → \(output)\n".utf8))
    }
}
