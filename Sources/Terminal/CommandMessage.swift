import Study

/// What a command other than the REPL says (export, merge, doctor, optimize): typed, rendered by `Messages.command`
/// in the interface language.
public enum CommandMessage: Equatable, Sendable {
    /// `export --with-progress --without-progress`.
    case progressFlagsClash
    /// A binary format sent to a terminal.
    case binaryNeedsOutput(format: String, suggested: String)
    /// `--with-progress` for a deck never studied.
    case noProgressToExport(deck: String)
    /// `--with-progress` for a format that cannot carry it.
    case formatCarriesNoProgress(format: String)
    /// The end of an export: how many cards (and how much progress) went where.
    case exported(cards: Int, studied: Int?, reviews: Int, output: String)
    /// An exam asked for more questions than the deck has.
    case examCountCapped(asked: Int, pool: Int)
    /// The merge driver's note: what was merged and where the old side is kept.
    case gitMerged(path: String, lines: Int, backup: String)
    /// `merge` without a folder.
    case mergeNeedsFolder
    /// `merge --git-driver` with the wrong number of paths.
    case gitDriverArguments
    /// A folder that holds no progress.
    case noProgressIn(String)
    /// One deck merged.
    case mergedDeck(deck: String, added: Int, total: Int)
    /// `doctor` on a folder with no progress.
    case doctorNothing(folder: String)
    /// `doctor`'s line for one deck.
    case doctorDeck(deck: String, reviews: Int, cards: Int, healthy: Bool)
    /// Something `doctor --repair` did.
    case doctorRepaired(String)
    /// One finding of `doctor`: its severity (error, warning, note), place and what it is (in English: the file's own words).
    case doctorFinding(severity: String, place: String, message: String)
    /// A deck whose declared name differs from its file name.
    case deckNameMismatch(deck: String, declared: String, progress: String?)
    /// `scheduler set`: the deck's settings after the change, one per line.
    case schedulerSettings(SchedulerSummary)
    /// The REPL's line history is not a regular file (a link, a folder…): it is neither read nor written.
    case historyNotAFile(path: String, kind: FileKind)
    /// `optimize` with neither a deck nor a review file.
    case optimizeNeedsInput
    /// `--hold-out` out of range.
    case holdOutRange
}

/// What `scheduler set` shows of a deck's settings.
public struct SchedulerSummary: Equatable, Sendable {
    public var deck: String
    public var algorithm: String
    public var desiredRetention: Double
    public var rolloverHour: Int
    public var timeZone: String
    public var calendarDays: Bool
    public var maximumIntervalDays: Int
    public var fuzz: Bool
    public var newPerDay: Int
    public var reviewsPerDay: Int
    /// The weights, formatted.
    public var weights: String

    public init(deck: String, algorithm: String, desiredRetention: Double, rolloverHour: Int, timeZone: String,
                calendarDays: Bool, maximumIntervalDays: Int, fuzz: Bool, newPerDay: Int, reviewsPerDay: Int, weights: String) {
        self.deck = deck
        self.algorithm = algorithm
        self.desiredRetention = desiredRetention
        self.rolloverHour = rolloverHour
        self.timeZone = timeZone
        self.calendarDays = calendarDays
        self.maximumIntervalDays = maximumIntervalDays
        self.fuzz = fuzz
        self.newPerDay = newPerDay
        self.reviewsPerDay = reviewsPerDay
        self.weights = weights
    }
}
