/// The help text of ontap's commands (abstracts, and the options a student uses), rendered by `Messages.commandHelp`
/// in the interface language, so `ontap --help --lang vi` reads in Vietnamese where ArgumentParser allows it.
public enum CommandHelp: Sendable {
    case ontap, ontapDiscussion
    case study, generate, events, decks, export, quiz, cards, stats, optimize, doctor, merge, scheduler, schedulerSet,
         schedulerReplay, check
    /// Options every command has.
    case lang, decksFolder, progressFolder
    /// `study`'s deck and options.
    case studyDeck, studyKinds(String), studyExam
    /// `quiz`'s deck and options.
    case quizDeck, quizCount, quizKinds(String), quizSeed, quizTimeLimit
    /// `cards`'s deck and options.
    case cardsDeck, cardsSearch, cardsSuspended, cardsUnsuspend
    /// `stats` and `decks`.
    case statsDeck, statsJSON, decksJSON
    /// `generate`'s source and options.
    case generateSource, generateOutput, generateKinds(String), generateTextLanguage, generateVerbose
    /// `export --help`: the formats (by name) and what the apkg carries.
    case exportDiscussion([String])
    /// `scheduler replay --help`: the file's schema.
    case schedulerReplayDiscussion
    /// The other commands' options and discussions.
    case checkDiscussion, checkDeck, checkJSON, doctorDiscussion, doctorDeck, doctorRepair, eventsSource, eventsJSON, eventsTextLanguage, exportDeck, exportFormat, exportOutput, exportWithProgress, exportWithoutProgress, exportForce, exportCount, exportSeed, exportSchool, exportTitle, exportSubject, exportChronology, exportAnkiLanguage, exportOnePerEvent, mergeDiscussion, mergePaths, mergeGitDriver, optimizeDiscussion, optimizeDeck, optimizeReviews, optimizeHoldOut, optimizeJSON, optimizeDryRun, replayFile, replayOutput, schedulerSetDiscussion, schedulerSetDeck, algorithm, retention, rollover, timeZone, dayCounting, maximumInterval, fuzz, newPerDay, reviewsPerDay
}
