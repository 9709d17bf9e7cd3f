import FileFormats

/// What `ontap doctor` found, as a typed value the interface renders in the learner's language (`description`:
/// English, for logs and tests).
public enum DoctorIssue: Equatable, Sendable, CustomStringConvertible {
    case invalidDeckName
    case noProgress
    /// A file that does not parse: what the reader found wrong at the finding's line and column.
    case damaged(FileProblem)
    /// A file that cannot be read (or another store error).
    case unreadable(StoreError)
    case stateFromOlderOntap(version: Int)
    case logWithoutHeader
    case tornLastLine
    case logMissing
    /// Cards with progress that the deck no longer has (the first few ids, and how many in all).
    case orphanedCards(count: Int, examples: [String])
    case noDeckFile
    case tornLineFile
    case temporaryFile
    case inUse(LockHolder?)
    case lockNotAFile(symbolicLink: Bool)
    case reviewOutOfOrder
    case moreOutOfOrder(Int)
    case undoMatchesNothing(card: String, time: Int64)
    case stateDoesNotMatchLog(counted: Int, total: Int)
    case stateDiffersFromReplay(count: Int, examples: [String])
    case marksDifferFromReplay
    case stateBehindLog(lines: Int)
    /// A sentence made elsewhere, already in the interface language.
    case text(String)

    public var description: String {
        switch self {
        case .invalidDeckName: return "not a valid deck name"
        case .noProgress: return "there is no progress for this deck"
        case let .damaged(problem): return problem.description
        case let .unreadable(error): return error.localizedDescription
        case let .stateFromOlderOntap(version):
            return "written by an older ontap (version \(version)); it is migrated when the deck is next opened"
        case .logWithoutHeader: return "written by an older ontap (no header line); it gets one when the deck is next opened"
        case .tornLastLine: return "an unfinished last line (a crash while saving an answer); it is set aside when the deck is next opened"
        case .logMissing: return "missing: state.json has progress but its review log is gone"
        case let .orphanedCards(count, examples):
            return "\(count) card(s) with progress are no longer in the deck (their text changed or they were removed): "
                + examples.joined(separator: ", ") + (count > examples.count ? ", …" : "") + "; their history is kept"
        case .noDeckFile: return "no deck file: card ids were not checked against the deck"
        case .tornLineFile: return "a line set aside after a crash; look at it, then delete it"
        case .temporaryFile: return "a temporary file left by an interrupted save; `--repair` removes it"
        case let .inUse(holder): return "in use by \(holder?.description ?? "another ontap") right now"
        case let .lockNotAFile(symbolicLink):
            return (symbolicLink ? "a symbolic link" : "not a regular file")
                + ", not a lock file ontap made: ontap never writes through it and records nothing in this deck until it is deleted"
        case .reviewOutOfOrder: return "this review is earlier than the one before it (a clock that went back?)"
        case let .moreOutOfOrder(count): return "\(count) more review(s) out of time order; `ontap merge` sorts a log"
        case let .undoMatchesNothing(card, time): return "this undo matches no earlier review of \(card) at \(time); it changes nothing"
        case let .stateDoesNotMatchLog(counted, total):
            return "does not match the review log (it counts \(counted) lines, the log has \(total) or different ones); "
                + "`ontap doctor --repair` rebuilds it from the log"
        case let .stateDiffersFromReplay(count, examples):
            return "differs from a replay of the review log for \(count) card(s) (\(examples.joined(separator: ", ")))"
                + "; `ontap doctor --repair` rebuilds it from the log"
        case .marksDifferFromReplay:
            return "its suspended, buried or flagged cards differ from a replay of the review log; `ontap doctor --repair` rebuilds it from the log"
        case let .stateBehindLog(lines): return "\(lines) line(s) behind the log; they are replayed when the deck is opened"
        case let .text(text): return text
        }
    }
}

/// What `ontap doctor --repair` did, typed like `DoctorIssue`.
public enum DoctorRepair: Equatable, Sendable, CustomStringConvertible {
    case settingsUnreadable
    case keptOldState(path: String)
    case removedTemporaryFile(String)
    /// Something opening the progress did (a torn line set aside, a file from an older ontap brought up to date).
    case notice(ProgressNotice)
    case rebuiltState(lines: Int)

    public var description: String {
        switch self {
        case .settingsUnreadable: return "the scheduler settings in the old state.json could not be read: the defaults are used"
        case let .keptOldState(path): return "kept the old state.json as \(path)"
        case let .removedTemporaryFile(entry): return "removed the temporary file \(entry)"
        case let .notice(notice): return notice.description
        case let .rebuiltState(lines): return "rebuilt state.json from the \(lines) line(s) of the log"
        }
    }
}
