import Cards
import Study

/// The study REPL: shows due cards, reads answers and grades, obeys `:` commands. Knows no terminal details.
public final class StudyREPL {
    /// Opens another deck's session for `:deck NAME`.
    public typealias DeckOpener = (String) throws -> StudySession
    /// Keeps a learner's `:edit` of a card in its deck: (deck name, card id, edit).
    public typealias EditSaver = (String, String, CardEdit) throws -> Void

    private var session: StudySession
    private var messages: Messages
    private let reader: any LineReader
    private let output: any TextOutput
    private let clock: () -> Timestamp
    private let columns: Int
    private let deckNames: [String]
    private let openDeck: DeckOpener
    private let saveEdit: EditSaver?
    /// The card last shown, so a command does not show it again.
    private var shownCardID: String?
    /// How many of the store's notices the learner has seen (new ones, such as a log replaced by a pull, are shown).
    private var noticesShown = 0

    public init(session: StudySession, language: Language, reader: any LineReader, output: any TextOutput,
                columns: Int = 80, deckNames: [String] = [], clock: @escaping () -> Timestamp,
                openDeck: @escaping DeckOpener, saveEdit: EditSaver? = nil) {
        self.session = session
        self.messages = Messages(language: language)
        self.reader = reader
        self.output = output
        self.clock = clock
        self.columns = columns
        self.deckNames = deckNames
        self.openDeck = openDeck
        self.saveEdit = saveEdit
    }

    /// Runs until the learner leaves or nothing is due; saves progress. Throws if progress cannot be saved.
    public func run() throws(StoreError) {
        announce()
        noticesShown = session.store.openingNotices.count
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
            if let rejection = session.rejection(of: line) { say(messages.rejection(rejection)); continue }
            guard let outcome = session.answer(line, at: clock()) else { continue }
            if try gradeLoop(outcome) == .leave { break loop }
        }
        if session.current == nil { say(messages.finished(reviewed: session.reviewedCount)) }
        try close()
    }

    /// What the learner must know about the deck just opened: what is due, and whether answers are kept.
    private func announce() {
        say(messages.welcome(deck: session.cards.name, due: session.pendingCount))
        if let block = session.store.recordingBlock { say(messages.recordingBlocked(block), .warning) }
        for notice in session.store.openingNotices { say(messages.notice(notice)) }
    }

    /// Leaves the current deck: the summary, then saving (only what changed), then what was kept, honestly.
    private func close() throws(StoreError) {
        if session.reviewedCount > 0 {
            messages.summary(session.summary(at: clock())).split(separator: "\n").forEach { say(String($0)) }
        }
        let changed = session.hasChanges
        try session.finish()
        if let block = session.store.recordingBlock {
            say(messages.notRecorded(block, reviewed: session.reviewedCount), .warning)
        } else if changed {
            say(messages.saved(reviewed: session.reviewedCount))
        } else {
            say(messages.nothingToSave)
        }
    }

    private enum Flow { case stay, leave }

    private func gradeLoop(_ outcome: AnswerOutcome) throws(StoreError) -> Flow {
        if let verdict = outcome.verdict { say(messages.verdict(verdict), .of(verdict)) }
        say(messages.expected(outcome.expected))
        if let diff = outcome.differences { say(messages.differences(diff)) }
        if !outcome.datedChoices.isEmpty, outcome.verdict != .correct {
            say(messages.datedChoices(outcome.datedChoices, chronology: session.current?.kind.behaviour.answerIsOrder == true))
        }
        say(messages.source(outcome.sourceSentence))
        say(outcome.suggested == nil ? messages.gradeYourself : messages.gradeLegend)
        while true {
            reader.setCompletions(REPLCommand.words + ["1", "2", "3", "4"])
            guard case let .line(line) = reader.readLine(prompt: messages.gradePrompt(suggested: outcome.suggested)) else {
                // Ctrl-D after answering: the answer counts, with the grade it suggested.
                if let suggested = outcome.suggested {
                    try session.grade(suggested, at: clock())
                    say(messages.gradedOnLeaving(suggested))
                } else {
                    say(messages.notGradedOnLeaving)
                }
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
            guard let rating else { say(outcome.suggested == nil ? messages.gradeYourself : messages.badGrade); continue }
            let now = clock()
            let cardID = session.current?.id
            try session.grade(rating, at: now)
            shownCardID = nil          // the same card coming straight back is shown again
            showNewNotices()
            if let cardID, let schedule = session.store.schedule(for: cardID) {
                say(messages.scheduled(inDays: Double(schedule.due - now) / Double(Milliseconds.day)))
            }
            return .stay
        }
    }

    /// Notices that arrive during the session (a log replaced by a pull, a full disk, the log raised to a new
    /// version by the first :suspend) are shown at once, after what caused them.
    private func showNewNotices() {
        for notice in session.store.openingNotices.dropFirst(noticesShown) { say(messages.notice(notice)) }
        noticesShown = session.store.openingNotices.count
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
        case .hint: say(session.nextHint().map { messages.hint($0, level: session.hintLevel) } ?? messages.noHint)
        case .source:
            guard let source = session.source else { break }
            if case .grading = session.phase { say(messages.source(source)) } else { say(messages.maskedSource(source)) }
        case .stats:
            let source = session.cards
            let studied = (0..<source.cardCount).count { session.store.schedule(for: source.cardID(at: $0)) != nil }
            say(messages.stats(reviewed: session.reviewedCount, counts: session.counts,
                               total: source.cardCount, studied: studied))
            let statistics = DeckStatistics(cards: source, store: session.store, calendar: session.queue.calendar, at: clock())
            output.write(StatsView.render(statistics, deck: source.name, messages: messages, columns: columns) + "\n")
        case .lang(let code):
            guard let code, let language = Language(rawValue: code.lowercased()) else { say(messages.usageLang); break }
            messages = Messages(language: language)
            say(messages.languageSet(language))
        case .deck(let name):
            guard let name, !name.isEmpty else { say(messages.usageDeck + "\n" + deckNames.joined(separator: "  ")); break }
            guard DeckNameMatch.key(name) != DeckNameMatch.key(session.cards.name) else {
                say(messages.alreadyStudying(session.cards.name))
                break
            }
            let next: StudySession
            do { next = try openDeck(name) } catch {
                say(messages.cannotOpen(name, error))
                break
            }
            try close()
            session = next
            shownCardID = nil
            say(messages.switched(to: next.cards.name))
            announce()
            if next.current == nil { say(messages.nothingDue) }
        case .suspend:
            guard let card = session.current, let aside = try session.suspendCurrent(at: clock()) else { break }
            shownCardID = nil
            say(messages.suspended(card.prompt, aside))
            showNewNotices()
        case .bury:
            guard let card = session.current, let aside = try session.buryCurrent(at: clock()) else { break }
            shownCardID = nil
            say(messages.buried(card.prompt, aside))
            showNewNotices()
        case .flag(let argument):
            let flag = argument.map { Int($0) } ?? 1
            guard let flag, let aside = try session.flagCurrent(flag, at: clock()) else { say(messages.usageFlag); break }
            say(messages.flagged(flag, aside))
            showNewNotices()
        case .edit(let argument):
            guard let edit = Self.parseEdit(argument), let card = session.current else { say(messages.usageEdit); break }
            session.editCurrent(edit)
            do {
                try saveEdit?(session.cards.name, card.id, edit)
                say(messages.edited(edit, kept: saveEdit != nil))
            } catch {
                say(messages.editNotKept(error))
            }
            if edit.prompt != nil, case .asking = session.phase { shownCardID = nil }
        case .unknown(let word): say(messages.unknownCommand(word))
        }
        return .stay
    }

    /// `prompt TEXT` (a better question) or `accept TEXT` (another answer that counts); nil otherwise.
    static func parseEdit(_ argument: String?) -> CardEdit? {
        guard let argument else { return nil }
        let parts = argument.split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        let text = parts[1].trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        switch parts[0].lowercased() {
        case "prompt", "question", "cau-hoi", "câu-hỏi", "hoi", "hỏi": return CardEdit(prompt: text)
        case "accept", "answer", "chap-nhan", "chấp-nhận", "dap-an", "đáp-án": return CardEdit(accepted: [text])
        default: return nil
        }
    }

    private func show(_ card: Card) {
        shownCardID = card.id
        say("")
        say(messages.cardHeader(position: session.reviewedCount + 1, counts: session.counts, kind: card.kind), .header)
        say(messages.cardText(card))
    }

    private func choiceLetters(_ card: Card) -> [String] {
        card.choices.indices.map(ChoiceLetters.letter)
    }

    private func say(_ text: String, _ tone: Tone = .plain) {
        output.write(tone.paint(TerminalText.wrap(TerminalText.sanitize(text), columns: columns, indent: 2)) + "\n")
    }
}

import Foundation
