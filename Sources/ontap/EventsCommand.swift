import ArgumentParser
import FileFormats
import Foundation
import Terminal
import Timeline

/// `ontap events SOURCE [--json]`: what the extractor found.
struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "events", abstract: help(.events))

    @Argument(help: ArgumentHelp(help(.eventsSource)))
    var source: String

    @Flag(help: ArgumentHelp(help(.eventsJSON)))
    var json = false

    @Option(name: .customLong("text-lang"), help: ArgumentHelp(help(.eventsTextLanguage)))
    var textLanguage: Language?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let ui = global.interfaceLanguage
        let text = try SourceLoader.load(source, language: ui).text
        let extraction = EventExtractor().extract(text, language: textLanguage)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
            // C1 and bidi controls are valid unescaped in JSON: escape them, so the terminal never runs them.
            FileHandle.standardOutput.write(JSONOutput.escapingTerminalControls(try encoder.encode(extraction)) + Data("\n".utf8))
            return
        }
        for event in extraction.events {
            print(TerminalText.sanitize("\(event.date)\t\(event.statement)"))
        }
        let summary = ui == .vi ? "\(extraction.events.count) sự kiện, \(extraction.timexes.count) biểu thức thời gian"
                                : "\(extraction.events.count) events, \(extraction.timexes.count) time expressions"
        FileHandle.standardError.write(Data((summary + "\n").utf8))
    }
}
