import Cards
import Foundation
import Study

/// Every sentence of the interface in English: the catalogue `Messages` reads under `--lang en`.
enum MessagesEN {
    static var answerPrompt: String { "› " }

    static func gradePrompt(suggested: Rating?) -> String {
        guard let suggested else { return "Grade 1-4 › " }
        return "Grade 1-4 [Enter = \(suggested.rawValue)] › "
    }

    static var gradeYourself: String {
        "How well did you know it? Type 1 if you did not, 2 if barely, 3 if you did, 4 if it was easy."
    }

    static func welcome(deck: String, due: Int) -> String {
        "Studying deck «\(deck)»: \(due) cards due. Type your answer and press Enter; :help for commands, Ctrl-D to save and quit."
    }

    static func cardHeader(position: Int, counts: QueueCounts, kind: CardKind) -> String {
        "[\(position)] " + kindName(kind) + " · " + countsLine(counts)
    }

    static func countsLine(_ counts: QueueCounts) -> String {
        "New \(counts.new) · Learning \(counts.learning) · Review \(counts.review)"
    }

    static func answerInstruction(_ instruction: AnswerInstruction) -> String {
        switch instruction {
        case .oneLetter(let letters): return "(Answer with one letter: \(letters.joined(separator: ", ")))"
        // No example order: any example could be the answer itself.
        case .order(let letters): return "(Type the \(letters.count) letters \(letters.joined(separator: ", ")) from earliest to latest)"
        case .fillBlank: return "(Fill in the blank [...])"
        }
    }

    static func rejection(_ rejection: AnswerRejection) -> String {
        switch rejection {
        case let .notAnOption(typed, letters):
            return "«\(typed)» is not one of the options; choose \(letters.joined(separator: ", "))."
        case let .notAnOrder(letters):
            return "Type each of the letters \(letters.joined(separator: ", ")) once, earliest first (Enter shows the answer)."
        }
    }

    static func datedChoices(_ choices: [DatedChoice], chronology: Bool) -> String {
        let title = chronology ? "The right order:" : "The options and their dates:"
        return ([title] + choices.map { "  \($0.letter). \($0.date) — \($0.text)" }).joined(separator: "\n")
    }

    static func differences(_ diff: AnswerDiff) -> String {
        var parts: [String] = []
        if !diff.fixes.isEmpty {
            parts.append("fix " + diff.fixes.map { "«\($0.typed)» → «\($0.expected)»" }.joined(separator: ", "))
        }
        if !diff.missing.isEmpty { parts.append("missing " + diff.missing.map { "«\($0)»" }.joined(separator: ", ")) }
        if !diff.extra.isEmpty { parts.append("not in the answer " + diff.extra.map { "«\($0)»" }.joined(separator: ", ")) }
        return "What differs: " + parts.joined(separator: "; ")
    }

    static func hint(_ hint: Hint, level: Int) -> String {
        let body: String
        switch hint {
        case .letters(let text): body = text
        case .ruledOut(let letters): body = "not " + letters.joined(separator: ", ")
        case .startsWith(let letters): body = "starts with " + letters.joined(separator: ", ")
        }
        let cost = level >= 2 ? "suggested grade: 1 Again" : "suggested grade at most 2 Hard"
        return "Hint \(level)/\(Hint.levels): " + body + " (" + cost + ")"
    }

    static func maskedSource(_ sentence: String) -> String { "Source (answer hidden): " + sentence }

    static func summary(_ summary: SessionSummary) -> String {
        let minutes = Int((Double(summary.studyMs) / 60_000).rounded(.up))
        let percent = summary.percentRight.map { ", \($0)% right" } ?? ""
        return """
            Summary: \(summary.answered) graded (\(summary.right) right, \(summary.almost) almost, \(summary.wrong) wrong, \(summary.shown) shown\(percent)) in about \(minutes) min.
            Coming up: \(summary.dueTomorrow) cards due tomorrow, \(summary.dueThisWeek) over the next 7 days.
            """ + (summary.leftToday > 0 ? "\nStill waiting today: \(summary.leftToday) cards; open the deck again to go on." : "")
    }

    /// Each card kind's name, by its key (`CardKindBehaviour.nameKey`).
    static let kindNames: [String: String] = [
        "dateRecall": "When",
        "reverse": "What happened",
        "cloze": "Fill the gap",
        "multipleChoice": "Multiple choice",
        "chronology": "Put in order",
    ]

    static func kindName(_ kind: CardKind) -> String { kindNames[kind.behaviour.nameKey] ?? kind.rawValue }

    static func verdict(_ verdict: AnswerVerdict) -> String {
        switch verdict {
        case .correct: return "✓ Right"
        case .almost: return "≈ Almost"
        case .wrong: return "✗ Wrong"
        }
    }

    static var noAnswer: String { "— No answer" }

    static func expected(_ answer: String) -> String { "Answer: " + answer }

    static func source(_ sentence: String) -> String { "Source: " + sentence }

    static var gradeLegend: String { "1 Again · 2 Hard · 3 Good · 4 Easy" }

    static var badGrade: String { "Type 1, 2, 3 or 4 (Enter takes the suggested grade)." }

    static func scheduled(inDays days: Double) -> String {
        if days < 1 {
            let minutes = max(1, Int((days * 24 * 60).rounded()))
            return "Next in \(minutes) min."
        }
        let whole = Int(days.rounded())
        return whole == 1 ? "Next in 1 day." : "Next in \(whole) days."
    }

    static func finished(reviewed: Int) -> String {
        "Done! You reviewed \(reviewed) card\(reviewed == 1 ? "" : "s"). Nothing else is due."
    }

    static func saved(reviewed: Int) -> String {
        "Progress saved (\(reviewed) card\(reviewed == 1 ? "" : "s") this session). See you!"
    }

    static var nothingDue: String { "No cards are due right now." }

    static var nothingToUndo: String { "Nothing to undo." }

    static var undone: String { "Took back the last grade." }

    static var skipped: String { "Skipped; this card comes back later." }

    static var noHint: String { "No hint for this card." }

    static func unknownCommand(_ command: String) -> String {
        "Unknown command «\(command)». Type :help for the list."
    }

    static func phaseName(_ phase: CardPhase) -> String {
        switch phase {
        case .new: return "new"
        case .learning, .relearning: return "learning"
        case .review: return "review"
        }
    }

    static var suspendedMark: String { "suspended" }

    static func cardsFound(_ shown: Int, of total: Int) -> String {
        "\(shown) of \(total) cards."
    }

    static var suspensionNotRecorded: String {
        "This deck's progress cannot record suspensions yet (it needs review log version 2), so no card is suspended for good."
    }

    static func unsuspended(_ id: String) -> String { "Unsuspended card \(id)." }

    static func noSuchCard(_ id: String) -> String { "no card with id '\(id)' in the deck" }

    static func statsTitle(_ deck: String) -> String { "Statistics for «\(deck)»" }

    static func statsCounts(new: Int, learning: Int, review: Int, suspended: Int) -> String {
        "Cards: \(new) new · \(learning) learning · \(review) in review · \(suspended) suspended"
    }

    static func statsTime(totalMs: Int64, todayMs: Int64, reviews: Int, streak: Int) -> String {
        let total = Int((Double(totalMs) / 60_000).rounded()), today = Int((Double(todayMs) / 60_000).rounded())
        return "\(reviews) reviews, \(total) min (today \(today) min). Streak: \(streak) day\(streak == 1 ? "" : "s") in a row."
    }

    static func statsForecastTitle(total: Int, peak: Int) -> String {
        "Due over the next 30 days: \(total) (busiest day \(peak))"
    }

    static var today: String { "today" }

    static var statsHeatmapTitle: String { "The last six months (a column a week, a row a weekday):" }

    static func heatmapLegend(top: Int) -> String {
        "· none  ░▒▓█ more (most: \(top) a day)"
    }

    static func statsRetentionTitle(target: Double) -> String {
        let percent = Int((target * 100).rounded())
        return "True retention by week (target \(percent)%):"
    }

    static var noRetentionYet: String { "no reviews yet of cards learned on an earlier day" }

    static var statsHardestTitle: String { "Hardest cards (times forgotten):" }

    static func badExamDate(_ text: String) -> String {
        "--exam needs the exam's date as YEAR-MONTH-DAY, e.g. 2027-06-26, not '\(text)'"
    }

    static func examPassed(_ text: String) -> String {
        "the exam date \(text) is not ahead; give a day after today"
    }

    static func cramIntro(exam: String, daysLeft: Int, today: Int, total: Int) -> String {
        "Cramming: \(daysLeft) day\(daysLeft == 1 ? "" : "s") to the exam on \(exam). Today \(today) of \(total) cards, weakest first. Answers to cards not due do not change the long-term schedule."
    }

    static var homeTitle: String { "ontap — history revision. Your decks:" }

    static func homePrompt(_ preferred: String) -> String {
        "Choose a deck (number or name; Enter = \(preferred); :quit to leave) › "
    }

    static var deckTableHeader: [String] {
        ["Deck", "Due", "New/Learn/Rev", "Cards", "Studied"]
    }

    static func noSuchDeck(_ typed: String, suggestions: [String]) -> String {
        let hint = suggestions.isEmpty ? "" : " Did you mean: \(suggestions.joined(separator: ", "))?"
        return "No deck «\(typed)»." + hint
    }

    static func noDecks(folder: String) -> String {
        "no decks in \(folder)/ yet; make one with `ontap generate FILE`"
    }

    static func asideNote(_ aside: CardAside) -> String {
        aside == .recorded ? "" : " (this session only: the deck's progress cannot record it yet)"
    }

    static func suspended(_ prompt: String, _ aside: CardAside) -> String {
        "Suspended this card; it will not come back until you unsuspend it (`ontap cards DECK --unsuspend ID`)." + asideNote(aside)
    }

    static func buried(_ prompt: String, _ aside: CardAside) -> String {
        "Buried this card until tomorrow." + asideNote(aside)
    }

    static func flagged(_ flag: Int, _ aside: CardAside) -> String {
        (flag == 0 ? "Flag cleared." : "Flagged this card (\(flag)).") + asideNote(aside)
    }

    static var usageFlag: String { "Usage: :flag [1-7] (default 1; 0 clears)" }

    static var usageEdit: String {
        "Usage: :edit prompt NEW QUESTION  or  :edit accept ANOTHER ACCEPTED ANSWER"
    }

    static func edited(_ edit: CardEdit, kept: Bool) -> String {
        let what = edit.prompt != nil ? "Question changed"
            : "Added an accepted answer: \(edit.accepted.joined(separator: ", "))"
        return what + (kept ? " (kept in the deck, also when it is generated again)."
                            : " (this session only).")
    }

    static func editNotKept(_ error: any Error) -> String {
        "The edit holds for this session only; it could not be kept in the deck: "
            + describe(error)
    }

    static func notice(_ notice: ProgressNotice) -> String { notice.description }

    static func commandHelp(_ help: CommandHelp) -> String {
        switch help {
        case .ontap: return "Ôn tập: turn history text into question cards and study them with spaced repetition."
        case .ontapDiscussion:
            return "With no subcommand, shows your decks with what is due and opens the one you choose. Decks and progress "
                + "live in $ONTAP_HOME/Decks and $ONTAP_HOME/Progress; when ONTAP_HOME is unset, in ./Decks and ./Progress "
                + "if the current folder has a Decks folder, else in ~/.local/share/ontap ($XDG_DATA_HOME/ontap). "
                + "--decks and --progress override both."
        case .study: return "Study the cards that are due, in a REPL."
        case .generate: return "Make a deck of cards from a history text."
        case .events: return "Show the dated events found in a text."
        case .decks: return "List the decks with their due counts."
        case .export: return "Export a deck (and your progress) for Anki, spreadsheets, Quizlet or print."
        case .quiz: return "Take a quiz: N questions and a score; nothing is scheduled."
        case .cards: return "List a deck's cards with their state; find, and unsuspend, cards."
        case .stats: return "Show a deck's statistics: what is due, what was done, how well it is remembered."
        case .optimize: return "Fit the FSRS-6 parameters to your reviews (as fsrs-rs does) and show the log loss before and after."
        case .doctor: return "Check the progress files (and rebuild state.json from the review log with --repair)."
        case .merge: return "Merge another device's progress (its Progress/ folder) into this one."
        case .scheduler: return "Choose a deck's scheduler, and check ontap's schedulers against other implementations."
        case .schedulerSet: return "Show or change a deck's scheduler (FSRS-6 or SM-2) and its settings."
        case .schedulerReplay: return "Replay review sequences (the schema of vectors.json) and print each step's state as JSON."
        case .check: return "Flag cards that fail the card rubric's mechanical checks (exit status 1 when any does)."
        case .lang: return "Interface language: vi or en (default: from LANG)."
        case .decksFolder: return "Folder of decks (default: see ONTAP_HOME)."
        case .progressFolder: return "Folder of progress files (default: see ONTAP_HOME)."
        case .studyDeck:
            return "Deck name (Decks/NAME.json; diacritics and case optional) or a path to a deck file. Default: a home "
                + "screen of decks (at a terminal), else the deck studied last."
        case let .studyKinds(kinds), let .quizKinds(kinds): return "Only these card kinds, comma-separated: \(kinds)."
        case .studyExam:
            return "Cram for an exam on this date (YYYY-MM-DD): every card before then, weakest first, without changing the long-term schedule."
        case .quizDeck: return "Deck name (default: the first deck)."
        case .quizCount: return "Number of questions."
        case .quizSeed: return "Seed for drawing the questions (the same seed gives the same quiz)."
        case .quizTimeLimit: return "Time for the whole quiz: minutes (40), or with a unit (90s, 40m, 1h)."
        case .cardsDeck: return "Deck name (diacritics and case optional) or a path to a deck file."
        case .cardsSearch: return "Only cards whose question or answers contain this (case and diacritics ignored)."
        case .cardsSuspended: return "Only suspended cards."
        case .cardsUnsuspend: return "Unsuspend the card with this id."
        case .statsDeck: return "Deck name (default: the deck studied last)."
        case .statsJSON: return "Print the statistics as JSON."
        case .decksJSON: return "Print JSON (one object a deck) instead of a table."
        case .generateSource: return "A history text (UTF-8, Vietnamese or English)."
        case .generateOutput: return "Deck name, or a path ending in .json (default: the source's name)."
        case let .generateKinds(kinds): return "Card kinds, comma-separated: \(kinds)."
        case .generateTextLanguage: return "Language of the text and its cards: vi or en (default: detected)."
        case .schedulerReplayDiscussion:
            return #"FILE holds {"schedulers": {NAME: SETTINGS}, "sequences": [{"id", "scheduler", "card_created", "#
                + #""steps": [{"rating": 1-4, "review_at": ISO 8601 or "review_at_ms"}]}]}. SETTINGS uses py-fsrs's "#
                + #"keys (parameters, desired_retention, learning_steps, relearning_steps, maximum_interval, "#
                + #"enable_fuzzing) plus "kind": "fsrs" or "sm2". Output steps carry the fields of vectors.json's "#
                + #""expected" (state, step, stability, difficulty, due_ms, retrievability_before, …)."#
        case let .exportDiscussion(formats):
            let summaries = ["apkg": "Anki package; carries scheduling and review history (see below)",
                             "tsv": "Anki plain-text import (tab-separated; guid, note type, deck and tags columns)",
                             "csv": "spreadsheet CSV (RFC 4180, UTF-8 with BOM), one row per card",
                             "quizlet": "Quizlet import text: term<TAB>definition, one card a line",
                             "markdown": "Markdown study sheet: events by date, then questions and answers",
                             "exam": "printable HTML exam (đề thi), A–D questions, options shuffled per mã đề, key on its own page"]
            return "Formats:\n" + formats.map { "  " + $0.padding(toLength: 9, withPad: " ", startingAt: 0) + " " + (summaries[$0] ?? "") }
                .joined(separator: "\n")
                + "\n\nThe apkg includes your scheduling and review history when the deck has progress (turn it off with"
                + " --without-progress); Anki imports it when \"Import any learning progress\" is ticked."
        case .generateVerbose: return "List every event and card left out, with the reason."
        case .checkDiscussion: return "Markup, fragments, leftover connectives, pronouns with nothing to refer to, the answer in the prompt, too few options, the same prompt with different answers, dates that are not the event's own."
        case .checkDeck: return "The deck to check."
        case .checkJSON: return "Print the findings as JSON (one object per flagged card)."
        case .doctorDiscussion: return "Checks that every file parses, that its card ids are in the deck, that review times are in order, and that state.json equals a replay of reviews.jsonl. --repair rebuilds state.json from the log (the old file is kept as state.json.bak-TIME) and sets aside an unfinished last line of the log."
        case .doctorDeck: return "The deck to check (default: every deck with progress)."
        case .doctorRepair: return "Rebuild state.json from the review log, keeping the old file."
        case .eventsSource: return "A history text (UTF-8)."
        case .eventsJSON: return "Print the extractor's JSON (timexes, intervals, events)."
        case .eventsTextLanguage: return "Language of the text: vi or en (default: detected)."
        case .exportDeck: return "Deck name."
        case .exportFormat: return "Format."
        case .exportOutput: return "Output file (default: standard output; required for apkg on a terminal)."
        case .exportWithProgress: return "Include scheduling and review history (apkg; default when the deck has progress)."
        case .exportWithoutProgress: return "Export the cards as new, without your progress."
        case .exportForce: return "Overwrite the -o file if it exists (never a deck, nor anything under the progress folder)."
        case .exportCount: return "exam: number of questions (default: every multiple-choice card)."
        case .exportSeed: return "exam: seed that picks and orders the questions and their options, and names the mã đề (same seed, same exam)."
        case .exportSchool: return "exam: school or issuer printed top left (default ONTAP)."
        case .exportTitle: return "exam: title (default: Đề thi trắc nghiệm / Multiple-choice test)."
        case .exportSubject: return "exam: subject (default: Lịch sử / History)."
        case .exportChronology: return "exam: ask chronology cards too (put numbered events in order; four orders to choose from)."
        case .exportOnePerEvent: return "At most one card per event (a date card first), and the chronology cards: for Anki, which buries only cards of one note, so a card never answers the next one."
        case .exportAnkiLanguage: return "tsv: interface language of your Anki, vi or en, which names its note types (default: --lang)."
        case .mergeDiscussion: return "Each deck's two review logs are united (a line in both is kept once) and sorted by time; the state is rebuilt by replaying the result, so it equals one device that saw every review. A review leaves the state only through an undo record (:undo writes one), never because one log lacks it. The old log is kept as reviews.jsonl.bak. Run the same merge on the other device (or copy the files) to bring it up to date."
        case .mergePaths: return "The other Progress/ folder, then the decks to merge (default: every deck in it); with --git-driver: BASE OURS THEIRS [PATH]."
        case .mergeGitDriver: return "Act as git's merge driver for reviews.jsonl: merge BASE OURS THEIRS, keep OURS as PATH.bak-TIME, write the result over OURS."
        case .optimizeDiscussion: return "With --reviews, reads a CSV with the columns card_id, review_rating (1-4), review_time (ISO 8601 with offset) and optionally review_duration. --hold-out 0.2 keeps the last 20 % of reviews by time out of the fit and reports on them."
        case .optimizeDeck: return "The deck whose review log to fit."
        case .optimizeReviews: return "A review log CSV to fit instead of a deck's log."
        case .optimizeHoldOut: return "Fraction of the latest reviews to hold out and report on (0 to 0.9)."
        case .optimizeJSON: return "Print the result as JSON."
        case .optimizeDryRun: return "Only report; do not save the fitted parameters for the deck."
        case .replayFile: return "The replay file (JSON)."
        case .replayOutput: return "Write the JSON here instead of standard output (only if the whole file replays)."
        case .schedulerSetDiscussion: return "With no option, prints the deck's settings. A change is applied to the whole history: every card's state is rebuilt by replaying the review log under the new settings."
        case .schedulerSetDeck: return "Deck name."
        case .algorithm: return "fsrs (default) or sm2."
        case .retention: return "Desired retention for FSRS, between 0 and 1 (default 0.9)."
        case .rollover: return "Hour of local time when a new study day starts (default 4)."
        case .timeZone: return "Your time zone, an IANA name such as Asia/Ho_Chi_Minh (default: the computer's when the deck was first studied)."
        case .dayCounting: return "How days between reviews are counted: calendar (your study days, as Anki counts them; default) or elapsed24h (24-hour periods, as py-fsrs)."
        case .maximumInterval: return "Longest interval in days."
        case .fuzz: return "Fuzz intervals so cards learned together spread out: on or off."
        case .newPerDay: return "New cards introduced per study day (default 20)."
        case .reviewsPerDay: return "Reviews shown per study day (default 200)."
        }
    }

    static func command(_ message: CommandMessage) -> String {
        switch message {
        case .progressFlagsClash: return "choose either --with-progress or --without-progress"
        case let .binaryNeedsOutput(format, suggested): return "\(format) is a binary file: name it with -o \(suggested)"
        case let .noProgressToExport(deck): return "no progress for \(deck) yet: the cards are exported as new"
        case let .formatCarriesNoProgress(format): return "\(format) cannot carry progress: exporting the cards only"
        case let .exported(cards, studied, reviews, output):
            return "\(cards) cards" + (studied.map { ", progress of \($0) cards and \(reviews) reviews" } ?? "") + " → \(output)"
        case let .examCountCapped(asked, pool):
            return "--count \(asked): the deck has only \(pool) questions for an exam, so the exam has \(pool)"
        case let .gitMerged(path, lines, backup):
            return "merged \(path) (\(lines) lines); your side before the merge is kept in \(backup)"
        case .mergeNeedsFolder: return "name the other device's Progress/ folder"
        case .gitDriverArguments: return "--git-driver takes three files and the merged path: %O %A %B %P"
        case let .noProgressIn(folder): return "\(folder) holds no progress (expected one folder per deck)"
        case let .mergedDeck(deck, added, total): return "\(deck): \(added) line(s) added from the other device, \(total) in all"
        case let .doctorNothing(folder): return "no progress yet in \(folder)"
        case let .doctorDeck(deck, reviews, cards, healthy):
            return "\(deck): \(reviews) review(s), \(cards) card(s) with progress" + (healthy ? ", ok" : ", needs attention")
        case let .doctorRepaired(what): return "  repaired: \(what)"
        case let .doctorFinding(severity, place, message): return "  \(severity): \(place): \(message)"
        case let .deckNameMismatch(deck, declared, progress):
            return "the deck's \"name\" is '\(declared)' but its file is \(deck).json: every command uses the file name"
                + (progress.map { " (progress in \($0))" } ?? "") + "; rename the file or fix \"name\" to agree"
        case let .schedulerSettings(s):
            return """
                deck: \(s.deck)
                algorithm: \(s.algorithm)
                desired retention: \(s.desiredRetention)
                day starts at: \(s.rolloverHour):00 (\(s.timeZone))
                days counted: \(s.calendarDays ? "calendar days" : "24-hour periods")
                maximum interval: \(s.maximumIntervalDays) days
                fuzz: \(s.fuzz ? "on" : "off")
                new cards per day: \(s.newPerDay)
                reviews per day: \(s.reviewsPerDay)
                weights: \(s.weights)
                """
        case let .historyNotAFile(path, kind):
            return "\(path) is \(kind), not a file ontap made; ontap never writes through it, so nothing is kept there: delete it"
        case .optimizeNeedsInput: return "give a DECK or --reviews FILE"
        case .holdOutRange: return "--hold-out must be between 0 and 0.9"
        }
    }

    static func recordingBlocked(_ block: RecordingBlock) -> String {
        switch block {
        case let .held(pid, host):
            let who = pid.map { "another ontap (pid \($0)\(host.map { " on \($0)" } ?? ""))" }
                ?? "another ontap"
            return "⚠ Not recording: this deck is open in \(who). You can still study, but answers will not be saved; close the other session and start again."
        case .unwritable:
            return "⚠ Not recording: the progress folder cannot be written (read-only or no permission). You can still study, but answers will not be saved."
        }
    }

    static func notRecorded(_ block: RecordingBlock, reviewed: Int) -> String {
        if reviewed == 0 { return "Nothing was saved (progress could not be written)." }
        return "Nothing was saved: the \(reviewed) card\(reviewed == 1 ? "" : "s") of this session were not recorded (progress could not be written)."
    }

    static var nothingToSave: String { "Nothing changed, nothing to save. See you!" }

    static func gradedOnLeaving(_ rating: Rating) -> String {
        "The card you just answered was graded \(rating.rawValue) (the suggested grade) before leaving."
    }

    static var notGradedOnLeaving: String {
        "The card whose answer you saw was not graded, so it was not recorded."
    }

    static func alreadyStudying(_ deck: String) -> String { "You are already studying «\(deck)»." }

    static func cannotOpen(_ name: String, _ error: any Error) -> String {
        "Cannot open deck «\(name)»: " + describe(error)
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? FileError {
            switch error {
            case let .unreadable(path, problem): return describe(StoreError.unreadable(path: path, problem: problem))
            case let .damaged(path, line, column, problem):
                return describe(StoreError.damaged(path: path, line: line, column: column, problem: problem))
            case let .writeFailed(path, problem): return describe(StoreError.writeFailed(path: path, problem: problem))
            }
        }
        if let problem = error as? FileProblem { return problem.description }
        guard let error = error as? StoreError else {
            return (error as? LocalizedError)?.errorDescription ?? "an unknown error"
        }
        if case let .deckNotFound(name, available) = error {
            let close = DeckNameMatch.suggestions(for: name, in: available)
            if !close.isEmpty { return "no deck named '\(name)'; did you mean: \(close.joined(separator: ", "))?" }
        }
        return error.errorDescription ?? ""
    }

    static func switched(to deck: String) -> String { "Switched to deck «\(deck)»." }

    static func languageSet(_ language: Language) -> String {
        language == .vi ? "Giao diện: tiếng Việt." : "Interface: English."
    }

    static var usageLang: String { "Usage: :lang vi or :lang en" }

    static var usageDeck: String { "Usage: :deck NAME (Tab completes deck names)" }

    static func stats(reviewed: Int, counts: QueueCounts, total: Int, studied: Int) -> String {
        "This session: \(reviewed) reviewed, \(counts.total) still due (\(countsLine(counts))). Deck: \(studied)/\(total) cards studied."
    }

    static func quizWelcome(_ total: Int) -> String {
        "Quiz: \(total) questions. Nothing is recorded; :quit to stop."
    }

    static func quizMissedTitle(_ count: Int) -> String {
        count == 1 ? "To review (1 question):" : "To review (\(count) questions):"
    }

    static func quizTimeLimit(_ clock: String) -> String {
        "Time limit: \(clock); the countdown is in the prompt. Answers after the time is up do not count."
    }

    static var timeUp: String { "⏱ Time is up!" }

    static var quizHelp: String { "Type your answer, or :quit to stop." }

    static func quizScore(_ score: Double, answered: Int, total: Int) -> String {
        let points = score == score.rounded() ? String(Int(score))
            : String(score)
        let percent = total == 0 ? 0 : Int((score / Double(total) * 100).rounded())
        return "Score: \(points)/\(total) (\(percent)%), \(answered) of \(total) answered."
    }

    static var help: String {
        """
        Type your answer and press Enter (empty = show the answer). Then grade yourself: 1 Again · 2 Hard · 3 Good · 4 Easy.
        Commands:
          :help          this help
          :hint          a hint (again for more; each lowers the suggested grade)
          :source        the source sentence (answer hidden until you answer)
          :skip          skip this card
          :undo          take back the last grade
          :stats         session statistics
          :suspend       suspend this card (never asked again)
          :bury          put this card away until tomorrow
          :flag [1-7]    flag it (0 clears)
          :edit prompt … / :edit accept …   fix the question / accept another answer
          :deck NAME     switch deck
          :lang vi|en    interface language
          :quit          save and leave (or Ctrl-D)
        Tab completes commands, deck names and choice letters; Ctrl-C clears the line being typed.
        """
    }

    static func unknownSubcommand(_ typed: String, suggestions: [String]) -> String { "no command '\(typed)'; did you mean: \(suggestions.joined(separator: ", "))? (`ontap --help` lists the commands)" }


    static func badNow() -> String { "--now must be an ISO 8601 time like 2026-01-31T09:00:00Z or milliseconds since 1970" }

    static func countTooSmall() -> String { "--count must be at least 1" }

    static func standardInputNeedsName() -> String { "reading standard input (-): name the deck with -o NAME" }
}
