import Cards
import Foundation
import Study

/// Every sentence the interface says, in the learner's language: one catalogue per language (`MessagesVI`,
/// `MessagesEN`), chosen here by `language`.
public struct Messages: Sendable {
    public var language: Language

    public init(language: Language) { self.language = language }

    public var answerPrompt: String { language == .vi ? MessagesVI.answerPrompt : MessagesEN.answerPrompt }

    public func gradePrompt(suggested: Rating?) -> String {
        language == .vi ? MessagesVI.gradePrompt(suggested: suggested) : MessagesEN.gradePrompt(suggested: suggested)
    }

    /// After the answer was only shown: the learner grades how well they knew it.
    public var gradeYourself: String { language == .vi ? MessagesVI.gradeYourself : MessagesEN.gradeYourself }

    public func welcome(deck: String, due: Int) -> String {
        language == .vi ? MessagesVI.welcome(deck: deck, due: due) : MessagesEN.welcome(deck: deck, due: due)
    }

    public func cardHeader(position: Int, counts: QueueCounts, kind: CardKind) -> String {
        language == .vi ? MessagesVI.cardHeader(position: position, counts: counts, kind: kind) : MessagesEN.cardHeader(position: position, counts: counts, kind: kind)
    }

    /// "Mới 3 · Đang học 1 · Ôn 10": the cards left by phase.
    public func countsLine(_ counts: QueueCounts) -> String {
        language == .vi ? MessagesVI.countsLine(counts) : MessagesEN.countsLine(counts)
    }

    /// A card as the learner sees it: its prompt and lettered choices, then how to answer it when its kind says
    /// (`CardKindBehaviour.answerInstruction`).
    public func cardText(_ card: Card) -> String {
        guard let instruction = card.kind.behaviour.answerInstruction(choiceCount: card.choices.count) else {
            return card.displayText
        }
        return card.displayText + "\n" + answerInstruction(instruction)
    }

    /// How to answer: one letter, the letters in order, the blanked words.
    public func answerInstruction(_ instruction: AnswerInstruction) -> String {
        language == .vi ? MessagesVI.answerInstruction(instruction) : MessagesEN.answerInstruction(instruction)
    }

    public func rejection(_ rejection: AnswerRejection) -> String {
        language == .vi ? MessagesVI.rejection(rejection) : MessagesEN.rejection(rejection)
    }

    /// The options with their dates: a chronology in the right order.
    public func datedChoices(_ choices: [DatedChoice], chronology: Bool) -> String {
        language == .vi ? MessagesVI.datedChoices(choices, chronology: chronology) : MessagesEN.datedChoices(choices, chronology: chronology)
    }

    /// What differs between the typed answer and the expected one.
    public func differences(_ diff: AnswerDiff) -> String {
        language == .vi ? MessagesVI.differences(diff) : MessagesEN.differences(diff)
    }

    public func hint(_ hint: Hint, level: Int) -> String {
        language == .vi ? MessagesVI.hint(hint, level: level) : MessagesEN.hint(hint, level: level)
    }

    public func maskedSource(_ sentence: String) -> String {
        language == .vi ? MessagesVI.maskedSource(sentence) : MessagesEN.maskedSource(sentence)
    }

    /// The end of a session: what was done and what comes next.
    public func summary(_ summary: SessionSummary) -> String {
        language == .vi ? MessagesVI.summary(summary) : MessagesEN.summary(summary)
    }

    public func kindName(_ kind: CardKind) -> String {
        language == .vi ? MessagesVI.kindName(kind) : MessagesEN.kindName(kind)
    }

    public func verdict(_ verdict: AnswerVerdict) -> String {
        language == .vi ? MessagesVI.verdict(verdict) : MessagesEN.verdict(verdict)
    }

    /// A quiz question left blank: no mark, no cross.
    public var noAnswer: String { language == .vi ? MessagesVI.noAnswer : MessagesEN.noAnswer }

    public func expected(_ answer: String) -> String {
        language == .vi ? MessagesVI.expected(answer) : MessagesEN.expected(answer)
    }

    public func source(_ sentence: String) -> String {
        language == .vi ? MessagesVI.source(sentence) : MessagesEN.source(sentence)
    }

    public var gradeLegend: String { language == .vi ? MessagesVI.gradeLegend : MessagesEN.gradeLegend }

    public var badGrade: String { language == .vi ? MessagesVI.badGrade : MessagesEN.badGrade }

    public func scheduled(inDays days: Double) -> String {
        language == .vi ? MessagesVI.scheduled(inDays: days) : MessagesEN.scheduled(inDays: days)
    }

    public func finished(reviewed: Int) -> String {
        language == .vi ? MessagesVI.finished(reviewed: reviewed) : MessagesEN.finished(reviewed: reviewed)
    }

    public func saved(reviewed: Int) -> String {
        language == .vi ? MessagesVI.saved(reviewed: reviewed) : MessagesEN.saved(reviewed: reviewed)
    }

    public var nothingDue: String { language == .vi ? MessagesVI.nothingDue : MessagesEN.nothingDue }

    public var nothingToUndo: String { language == .vi ? MessagesVI.nothingToUndo : MessagesEN.nothingToUndo }

    public var undone: String { language == .vi ? MessagesVI.undone : MessagesEN.undone }

    public var skipped: String { language == .vi ? MessagesVI.skipped : MessagesEN.skipped }

    public var noHint: String { language == .vi ? MessagesVI.noHint : MessagesEN.noHint }

    public func unknownCommand(_ command: String) -> String {
        language == .vi ? MessagesVI.unknownCommand(command) : MessagesEN.unknownCommand(command)
    }

    public func phaseName(_ phase: CardPhase) -> String {
        language == .vi ? MessagesVI.phaseName(phase) : MessagesEN.phaseName(phase)
    }

    public var suspendedMark: String { language == .vi ? MessagesVI.suspendedMark : MessagesEN.suspendedMark }

    public func cardsFound(_ shown: Int, of total: Int) -> String {
        language == .vi ? MessagesVI.cardsFound(shown, of: total) : MessagesEN.cardsFound(shown, of: total)
    }

    public var suspensionNotRecorded: String { language == .vi ? MessagesVI.suspensionNotRecorded : MessagesEN.suspensionNotRecorded }

    public func unsuspended(_ id: String) -> String {
        language == .vi ? MessagesVI.unsuspended(id) : MessagesEN.unsuspended(id)
    }

    public func noSuchCard(_ id: String) -> String {
        language == .vi ? MessagesVI.noSuchCard(id) : MessagesEN.noSuchCard(id)
    }

    public func statsTitle(_ deck: String) -> String {
        language == .vi ? MessagesVI.statsTitle(deck) : MessagesEN.statsTitle(deck)
    }

    public func statsCounts(new: Int, learning: Int, review: Int, suspended: Int) -> String {
        language == .vi ? MessagesVI.statsCounts(new: new, learning: learning, review: review, suspended: suspended) : MessagesEN.statsCounts(new: new, learning: learning, review: review, suspended: suspended)
    }

    public func statsTime(totalMs: Int64, todayMs: Int64, reviews: Int, streak: Int) -> String {
        language == .vi ? MessagesVI.statsTime(totalMs: totalMs, todayMs: todayMs, reviews: reviews, streak: streak) : MessagesEN.statsTime(totalMs: totalMs, todayMs: todayMs, reviews: reviews, streak: streak)
    }

    public func statsForecastTitle(total: Int, peak: Int) -> String {
        language == .vi ? MessagesVI.statsForecastTitle(total: total, peak: peak) : MessagesEN.statsForecastTitle(total: total, peak: peak)
    }

    public var today: String { language == .vi ? MessagesVI.today : MessagesEN.today }

    /// A weekday in two letters (0 = Monday): `T2` … `CN`, `Mo` … `Su`.
    public func weekdayShort(_ index: Int) -> String {
        (language == .vi ? ["T2", "T3", "T4", "T5", "T6", "T7", "CN"] : ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"])[index % 7]
    }

    public var statsHeatmapTitle: String { language == .vi ? MessagesVI.statsHeatmapTitle : MessagesEN.statsHeatmapTitle }

    public func heatmapLegend(top: Int) -> String {
        language == .vi ? MessagesVI.heatmapLegend(top: top) : MessagesEN.heatmapLegend(top: top)
    }

    public func statsRetentionTitle(target: Double) -> String {
        language == .vi ? MessagesVI.statsRetentionTitle(target: target) : MessagesEN.statsRetentionTitle(target: target)
    }

    public var noRetentionYet: String { language == .vi ? MessagesVI.noRetentionYet : MessagesEN.noRetentionYet }

    public var statsHardestTitle: String { language == .vi ? MessagesVI.statsHardestTitle : MessagesEN.statsHardestTitle }

    public func badExamDate(_ text: String) -> String {
        language == .vi ? MessagesVI.badExamDate(text) : MessagesEN.badExamDate(text)
    }

    public func examPassed(_ text: String) -> String {
        language == .vi ? MessagesVI.examPassed(text) : MessagesEN.examPassed(text)
    }

    public func cramIntro(exam: String, daysLeft: Int, today: Int, total: Int) -> String {
        language == .vi ? MessagesVI.cramIntro(exam: exam, daysLeft: daysLeft, today: today, total: total) : MessagesEN.cramIntro(exam: exam, daysLeft: daysLeft, today: today, total: total)
    }

    public var homeTitle: String { language == .vi ? MessagesVI.homeTitle : MessagesEN.homeTitle }

    public func homePrompt(_ preferred: String) -> String {
        language == .vi ? MessagesVI.homePrompt(preferred) : MessagesEN.homePrompt(preferred)
    }

    public var deckTableHeader: [String] { language == .vi ? MessagesVI.deckTableHeader : MessagesEN.deckTableHeader }

    public func noSuchDeck(_ typed: String, suggestions: [String]) -> String {
        language == .vi ? MessagesVI.noSuchDeck(typed, suggestions: suggestions) : MessagesEN.noSuchDeck(typed, suggestions: suggestions)
    }

    public func noDecks(folder: String) -> String {
        language == .vi ? MessagesVI.noDecks(folder: folder) : MessagesEN.noDecks(folder: folder)
    }

    public func suspended(_ prompt: String, _ aside: CardAside) -> String {
        language == .vi ? MessagesVI.suspended(prompt, aside) : MessagesEN.suspended(prompt, aside)
    }

    public func buried(_ prompt: String, _ aside: CardAside) -> String {
        language == .vi ? MessagesVI.buried(prompt, aside) : MessagesEN.buried(prompt, aside)
    }

    public func flagged(_ flag: Int, _ aside: CardAside) -> String {
        language == .vi ? MessagesVI.flagged(flag, aside) : MessagesEN.flagged(flag, aside)
    }

    public var usageFlag: String { language == .vi ? MessagesVI.usageFlag : MessagesEN.usageFlag }

    public var usageEdit: String { language == .vi ? MessagesVI.usageEdit : MessagesEN.usageEdit }

    public func edited(_ edit: CardEdit, kept: Bool) -> String {
        language == .vi ? MessagesVI.edited(edit, kept: kept) : MessagesEN.edited(edit, kept: kept)
    }

    public func editNotKept(_ error: any Error) -> String {
        language == .vi ? MessagesVI.editNotKept(error) : MessagesEN.editNotKept(error)
    }

    /// Something about the deck's progress files (a migration, a torn line set aside, a log replaced by a pull).
    public func notice(_ notice: ProgressNotice) -> String {
        language == .vi ? MessagesVI.notice(notice) : MessagesEN.notice(notice)
    }

    /// What a command other than the REPL says.
    public func command(_ message: CommandMessage) -> String {
        language == .vi ? MessagesVI.command(message) : MessagesEN.command(message)
    }

    /// One thing `doctor` found in a progress file.
    public func doctorIssue(_ issue: DoctorIssue) -> String {
        language == .vi ? MessagesVI.doctorIssue(issue) : issue.description
    }

    /// One thing `doctor --repair` did.
    public func doctorRepair(_ repair: DoctorRepair) -> String {
        language == .vi ? MessagesVI.doctorRepair(repair) : repair.description
    }

    /// A command's help text (abstracts, the options a student uses).
    public func commandHelp(_ help: CommandHelp) -> String {
        language == .vi ? MessagesVI.commandHelp(help) : MessagesEN.commandHelp(help)
    }

    /// A short name for why `generate` left an event or card out (`too-long`), for its one-line summary.
    public func defectLabel(_ defect: CardDefect) -> String {
        language == .vi ? MessagesVI.defectLabel(defect) : defect.rawValue
    }

    /// Why this session cannot keep answers, said when it opens.
    public func recordingBlocked(_ block: RecordingBlock) -> String {
        language == .vi ? MessagesVI.recordingBlocked(block) : MessagesEN.recordingBlocked(block)
    }

    /// Said when leaving a session that could not record.
    public func notRecorded(_ block: RecordingBlock, reviewed: Int) -> String {
        language == .vi ? MessagesVI.notRecorded(block, reviewed: reviewed) : MessagesEN.notRecorded(block, reviewed: reviewed)
    }

    public var nothingToSave: String { language == .vi ? MessagesVI.nothingToSave : MessagesEN.nothingToSave }

    public func gradedOnLeaving(_ rating: Rating) -> String {
        language == .vi ? MessagesVI.gradedOnLeaving(rating) : MessagesEN.gradedOnLeaving(rating)
    }

    public var notGradedOnLeaving: String { language == .vi ? MessagesVI.notGradedOnLeaving : MessagesEN.notGradedOnLeaving }

    public func alreadyStudying(_ deck: String) -> String {
        language == .vi ? MessagesVI.alreadyStudying(deck) : MessagesEN.alreadyStudying(deck)
    }

    /// Why `:deck NAME` could not open the deck.
    public func cannotOpen(_ name: String, _ error: any Error) -> String {
        language == .vi ? MessagesVI.cannotOpen(name, error) : MessagesEN.cannotOpen(name, error)
    }

    /// What is wrong with a file, in the interface language.
    public func problem(_ problem: FileProblem) -> String {
        language == .vi ? MessagesVI.problem(problem) : problem.description
    }

    /// An error in the interface language: ontap's own errors are translated, others described plainly.
    public func describe(_ error: any Error) -> String {
        language == .vi ? MessagesVI.describe(error) : MessagesEN.describe(error)
    }

    /// `ontap import` onto a deck that exists, without `--force`.
    /// A source text that cannot be read, and what to check.
    public func sourceUnreadable(_ path: String, _ problem: FileProblem) -> String {
        language == .vi ? "\(path): không đọc được tệp văn bản (\(MessagesVI.problem(problem))); hãy kiểm tra đường dẫn và quyền truy cập"
            : "\(path): cannot read the text (\(problem)); check the path and its permissions"
    }

    public func importDeckExists(_ path: String, name: String) -> String {
        language == .vi ? MessagesVI.importDeckExists(path, name: name) : MessagesEN.importDeckExists(path, name: name)
    }

    public func imported(cards: Int, path: String) -> String {
        language == .vi ? MessagesVI.imported(cards: cards, path: path) : MessagesEN.imported(cards: cards, path: path)
    }

    public func importedReviews(added: Int, total: Int, path: String) -> String {
        language == .vi ? MessagesVI.importedReviews(added: added, total: total, path: path)
            : MessagesEN.importedReviews(added: added, total: total, path: path)
    }

    public func importedMarks(suspended: Int, flagged: Int) -> String {
        language == .vi ? MessagesVI.importedMarks(suspended: suspended, flagged: flagged)
            : MessagesEN.importedMarks(suspended: suspended, flagged: flagged)
    }

    public func importEmpty(_ count: Int) -> String { language == .vi ? MessagesVI.importEmpty(count) : MessagesEN.importEmpty(count) }

    public func importSkippedReviews(_ count: Int) -> String {
        language == .vi ? MessagesVI.importSkippedReviews(count) : MessagesEN.importSkippedReviews(count)
    }

    public func importNoProgress(_ format: String) -> String {
        language == .vi ? MessagesVI.importNoProgress(format) : MessagesEN.importNoProgress(format)
    }

    public func switched(to deck: String) -> String {
        language == .vi ? MessagesVI.switched(to: deck) : MessagesEN.switched(to: deck)
    }

    public func languageSet(_ language: Language) -> String {
        language == .vi ? MessagesVI.languageSet(language) : MessagesEN.languageSet(language)
    }

    public var usageLang: String { language == .vi ? MessagesVI.usageLang : MessagesEN.usageLang }

    public var usageDeck: String { language == .vi ? MessagesVI.usageDeck : MessagesEN.usageDeck }

    public func stats(reviewed: Int, counts: QueueCounts, total: Int, studied: Int) -> String {
        language == .vi ? MessagesVI.stats(reviewed: reviewed, counts: counts, total: total, studied: studied) : MessagesEN.stats(reviewed: reviewed, counts: counts, total: total, studied: studied)
    }

    public func quizWelcome(_ total: Int) -> String {
        language == .vi ? MessagesVI.quizWelcome(total) : MessagesEN.quizWelcome(total)
    }

    public func quizMissedTitle(_ count: Int) -> String {
        language == .vi ? MessagesVI.quizMissedTitle(count) : MessagesEN.quizMissedTitle(count)
    }

    public func quizTimeLimit(_ clock: String) -> String {
        language == .vi ? MessagesVI.quizTimeLimit(clock) : MessagesEN.quizTimeLimit(clock)
    }

    public var timeUp: String { language == .vi ? MessagesVI.timeUp : MessagesEN.timeUp }

    public var quizHelp: String { language == .vi ? MessagesVI.quizHelp : MessagesEN.quizHelp }

    public func quizScore(_ score: Double, answered: Int, total: Int) -> String {
        language == .vi ? MessagesVI.quizScore(score, answered: answered, total: total) : MessagesEN.quizScore(score, answered: answered, total: total)
    }

    public var help: String { language == .vi ? MessagesVI.help : MessagesEN.help }

    /// A first word that is no command and no deck, with the closest commands.
    public func unknownSubcommand(_ typed: String, suggestions: [String]) -> String {
        language == .vi ? MessagesVI.unknownSubcommand(typed, suggestions: suggestions) : MessagesEN.unknownSubcommand(typed, suggestions: suggestions)
    }


    /// `--now` that is not a time.
    public func badNow() -> String {
        language == .vi ? MessagesVI.badNow() : MessagesEN.badNow()
    }

    /// `quiz -n 0`.
    public func countTooSmall() -> String {
        language == .vi ? MessagesVI.countTooSmall() : MessagesEN.countTooSmall()
    }

    /// `generate -` without `-o`.
    public func standardInputNeedsName() -> String {
        language == .vi ? MessagesVI.standardInputNeedsName() : MessagesEN.standardInputNeedsName()
    }
}
