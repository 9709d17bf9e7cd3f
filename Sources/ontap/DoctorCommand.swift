import ArgumentParser
import Foundation
import Store
import Terminal

/// `ontap doctor [DECK] [--repair]`: checks Progress/ and prints what it found; the logic is `ProgressDoctor`.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: help(.doctor),
        discussion: help(.doctorDiscussion))

    @Argument(help: ArgumentHelp(help(.doctorDeck)), completion: DeckCompletion.kind)
    var deck: String?

    @Flag(help: ArgumentHelp(help(.doctorRepair)))
    var repair = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let progress = global.progressURL
        let decks = DeckStore(directory: global.decksURL)
        let names = try deck.map { [try DeckName($0).rawValue] } ?? ProgressDoctor.deckNames(in: progress)
        let messages = Messages(language: global.interfaceLanguage)
        if names.isEmpty { print(TerminalText.sanitize(messages.command(.doctorNothing(folder: progress.path)))); return }
        var healthy = true
        for name in names {
            let known = (try? decks.load(name)).map { Set($0.cards.map(\.id)) }
            var report = repair ? try ProgressDoctor.repair(root: progress, deck: name, knownCardIDs: known)
                : ProgressDoctor.check(root: progress, deck: name, knownCardIDs: known)
            if let declared = decks.mismatchedName(name) {
                report.findings.append(.init(.warning, decks.url(for: try DeckName(name)).path,
                    .text(messages.command(.deckNameMismatch(deck: name, declared: declared,
                                                             progress: progress.appendingPathComponent(name).path)))))
            }
            // Names, ids and messages come from files: nothing reaches the terminal unsanitised.
            print(TerminalText.sanitize(messages.command(.doctorDeck(deck: name, reviews: report.reviewCount,
                                                                     cards: report.cardCount, healthy: report.isHealthy))))
            for repaired in report.repairs { print(TerminalText.sanitize(messages.command(.doctorRepaired(messages.doctorRepair(repaired))))) }
            for finding in report.findings.sorted(by: { $0.severity < $1.severity }) {
                var place = finding.path
                if let line = finding.line { place += ":\(line)" + (finding.column.map { ":\($0)" } ?? "") }
                print(TerminalText.sanitize(messages.command(.doctorFinding(severity: finding.severity.rawValue, place: place,
                                                                            message: messages.doctorIssue(finding.issue)))))
            }
            healthy = healthy && report.isHealthy
        }
        for name in decks.names() where !names.contains(name) {
            guard let declared = decks.mismatchedName(name) else { continue }
            print(TerminalText.sanitize(messages.command(.doctorDeck(deck: name, reviews: 0, cards: 0, healthy: true))))
            print(TerminalText.sanitize(messages.command(.doctorFinding(severity: "warning", place: decks.url(for: try DeckName(name)).path,
                message: messages.command(.deckNameMismatch(deck: name, declared: declared, progress: nil))))))
        }
        if !healthy { throw ExitCode.failure }
    }
}
