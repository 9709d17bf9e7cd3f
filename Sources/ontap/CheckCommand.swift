import ArgumentParser
import Cards
import Foundation
import Terminal
import Timeline

/// `ontap check DECK [--json]`: the cards that fail the mechanical part of the card rubric, with the reason.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: help(.check),
        discussion: help(.checkDiscussion))

    @Argument(help: ArgumentHelp(help(.checkDeck)), completion: DeckCompletion.kind)
    var deck: String

    @Flag(help: ArgumentHelp(help(.checkJSON)))
    var json = false

    @OptionGroup var global: GlobalOptions

    /// One flagged card, as `--json` prints it.
    struct Finding: Encodable {
        var card: String
        var kind: String
        var prompt: String
        var defects: [String]
        var reasons: [String]
    }

    func run() throws {
        let workspace = Workspace(global)
        let deck = try workspace.deck(self.deck)
        let check = CardCheck(deck: deck)
        let events = Dictionary(deck.events.map { ($0.id, $0.event) }, uniquingKeysWith: { first, _ in first })
        let duplicates = check.duplicatePrompts(deck.cards)
        // (a deck made before `generate` kept one face of each event's cards: the others give each other away)
        let answered = Set(SiblingFree.faces(deck.cards).dropped.map(\.id))
        var findings: [Finding] = []
        for card in deck.cards {
            var defects = check.defects(of: card, event: events[card.eventID])
            if duplicates.contains(card.id) { defects.append(.duplicatePrompt) }
            if answered.contains(card.id) { defects.append(.sibling) }
            guard !defects.isEmpty else { continue }
            findings.append(Finding(card: card.id, kind: card.kind.rawValue, prompt: card.prompt,
                                    defects: defects.map(\.rawValue),
                                    reasons: defects.map { $0.explanation(in: workspace.language) }))
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var out = Data()
            for finding in findings { out += try encoder.encode(finding) + Data("\n".utf8) }
            FileHandle.standardOutput.write(out)
        } else {
            let messages = Messages(language: workspace.language)
            for finding in findings {
                let kind = CardKind(rawValue: finding.kind).map(messages.kindName) ?? finding.kind
                print(TerminalText.sanitize("\(finding.card) [\(kind)] \(finding.reasons.joined(separator: "; ")): \(finding.prompt)"))
            }
            let vi = workspace.language == .vi
            print(vi ? "\(findings.count)/\(deck.cards.count) thẻ không đạt." : "\(findings.count) of \(deck.cards.count) cards flagged.")
        }
        if !findings.isEmpty { throw ExitCode(1) }
    }
}
