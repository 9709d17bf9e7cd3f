import Cards
import Scheduling
import Store
import Study
import Timeline

/// The study REPL: shows due cards, reads answers and grades, obeys `:` commands. Knows no terminal details.
public final class StudyREPL {
    /// Opens another deck's session for `:deck NAME`.
    public typealias DeckOpener = (String) throws -> StudySession

    private var session: StudySession
    private var messages: Messages
    private let reader: any LineReader
    private let output: any TextOutput
    private let clock: () -> Timestamp
    private let columns: Int
    private let deckNames: [String]
    private let openDeck: DeckOpener
    /// The card last shown, so a command does not show it again.
    private var shownCardID: String?
    /// How many of the store's notices the learner has seen (new ones, such as a log replaced by a pull, are shown).
    private var noticesShown = 0

    public init(session: StudySession, language: Language, reader: any LineReader, output: any TextOutput,
                columns: Int = 80, deckNames: [String] = [], clock: @escaping () -> Timestamp,
                openDeck: @escaping DeckOpener) {
        self.session = session
        self.messages = Messages(language: language)
        self.reader = reader
        self.output = output
        self.clock = clock
        self.columns = columns
        self.deckNames = deckNames
        self.openDeck = openDeck
    }

    /// Runs until the learner leaves or nothing is due; saves progress. Throws if progress cannot be saved.
    public func run() throws(StoreError) {
        say(messages.welcome(deck: session.cards.name, due: session.pendingCount))
        if !session.store.canRecord { say(messages.readOnly) }
        for notice in session.store.notices { say(notice) }
        noticesShown = session.store.notices.count
        loop: while let card = session.current {
            if case .asking = session.phase, shownCardID != card.id { show(card) }
            reader.setCompletions(REPLCommand.words + deckNames + choiceLetters(card))
            let input = reader.readLine(prompt: messages.answerPrompt)
            guard case let .line(line) = input else { break loop }
            if let command = REPLCommand(line: line) {
                reader.remember(line.trimmingCharacters(in: .whitespaces))
                if try perform(command) == .leave { break loop }
                continue
            }
            guard let outcome = session.answer(line, at: clock()) else { continue }
            if try gradeLoop(outcome) == .leave { break loop }
        }
        if session.current == nil { say(messages.finished(reviewed: session.reviewedCount)) }
        try session.finish()
        say(messages.saved(reviewed: session.reviewedCount))
    }

    private enum Flow { case stay, leave }

    private func gradeLoop(_ outcome: AnswerOutcome) throws(StoreError) -> Flow {
        say(messages.verdict(outcome.verdict))
        say(messages.expected(outcome.expected))
        say(messages.source(outcome.sourceSentence))
        say(messages.gradeLegend)
        while true {
            reader.setCompletions(REPLCommand.words + ["1", "2", "3", "4"])
            guard case let .line(line) = reader.readLine(prompt: messages.gradePrompt(suggested: outcome.suggested)) else {
                return .leave
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let command = REPLCommand(line: trimmed) {
                reader.remember(trimmed)
                if try perform(command) == .leave { return .leave }
                if case .grading = session.phase { continue }
                return .stay
            }
            let rating: Rating? = trimmed.isEmpty ? outcome.suggested : Int(trimmed).flatMap(Rating.init(rawValue:))
            guard let rating else { say(messages.badGrade); continue }
            let now = clock()
            let cardID = session.current?.id
            try session.grade(rating, at: now)
            for notice in session.store.notices.dropFirst(noticesShown) { say(notice) }
            noticesShown = session.store.notices.count
            if let cardID, let schedule = session.store.schedule(for: cardID) {
                say(messages.scheduled(inDays: Double(schedule.due - now) / Double(Milliseconds.day)))
            }
            return .stay
        }
    }

    private func perform(_ command: REPLCommand) throws(StoreError) -> Flow {
        switch command {
        case .help: say(messages.help)
        case .quit: return .leave
        case .skip:
            session.skip(at: clock())
            shownCardID = nil
            say(messages.skipped)
        case .undo:
            if try session.undo(at: clock()) != nil { say(messages.undone); shownCardID = nil }
            else { say(messages.nothingToUndo) }
        case .hint: say(session.hint.map(messages.hint) ?? messages.noHint)
        case .source: if let card = session.current { say(messages.source(card.sourceSentence)) }
        case .stats:
            let source = session.cards
            let studied = (0..<source.cardCount).count { session.store.schedule(for: source.cardID(at: $0)) != nil }
            say(messages.stats(reviewed: session.reviewedCount, remaining: session.pendingCount,
                               total: source.cardCount, studied: studied))
        case .lang(let code):
            guard let code, let language = Language(rawValue: code.lowercased()) else { say(messages.usageLang); break }
            messages = Messages(language: language)
            say(messages.languageSet(language))
        case .deck(let name):
            guard let name, !name.isEmpty else { say(messages.usageDeck + "\n" + deckNames.joined(separator: "  ")); break }
            do {
                let next = try openDeck(name)
                try session.finish()
                session = next
                                shownCardID = nil
                say(messages.switched(to: next.cards.name))
                say(messages.welcome(deck: next.cards.name, due: next.pendingCount))
                if next.current == nil { say(messages.nothingDue) }
            } catch {
                say(TerminalText.sanitize((error as? StoreError)?.errorDescription ?? "\(error)"))
            }
        case .unknown(let word): say(messages.unknownCommand(word))
        }
        return .stay
    }

    private func show(_ card: Card) {
        shownCardID = card.id
        say("")
        say(messages.cardHeader(position: session.reviewedCount + 1, remaining: session.pendingCount, kind: card.kind))
        say(card.displayText(language: messages.language, howToAnswer: true))
    }

    private func choiceLetters(_ card: Card) -> [String] {
        card.choices.indices.map(ChoiceLetters.letter)
    }

    private func say(_ text: String) {
        output.write(TerminalText.wrap(TerminalText.sanitize(text), columns: columns, indent: 2) + "\n")
    }
}

import Foundation
