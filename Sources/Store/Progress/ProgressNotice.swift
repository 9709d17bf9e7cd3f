import FileFormats

/// Something the learner should know about a deck's progress files, said when they are opened or while studying.
/// A typed value: the interface renders it in the learner's language (`description` is the English text, for logs,
/// `doctor` and tests).
public enum ProgressNotice: Equatable, Sendable, CustomStringConvertible {
    /// Another ontap holds the deck's folder: this one studies without recording.
    case held(folder: String, holder: LockHolder?)
    /// The folder (or a file in it) cannot be written: studying without recording, files left as they are.
    case unwritable(path: String, problem: FileProblem)
    /// The regular rewrite of `state.json` failed; answers are still in the log.
    case snapshotNotSaved(StoreError)
    /// The log that replaced this one ends with an unfinished line: answers go after it on a line of their own.
    case replacedLogTorn(log: String)
    /// The log was replaced during the session (a git pull): progress read again, `restored` answers added back.
    case logReplaced(log: String, restored: Int)
    /// The log was raised to `version` (a line an older ontap cannot read); the old file is `log.bak`.
    case logUpgraded(log: String, version: Int)
    /// The log is missing while `state.json` has progress: the state was kept, new answers start a new log.
    case logMissing(log: String)
    /// `state.json` was written by an older ontap (`version`) and rebuilt from the log.
    case stateFromOlderOntap(state: String, version: Int)
    /// `state.json` counted days in 24-hour periods: recomputed on the learner's calendar.
    case stateRecountedDays(state: String, timeZone: String, rolloverHour: Int)
    /// `state.json` did not match the log: rebuilt from it.
    case stateMismatch(state: String, log: String)
    /// An unfinished last line was ignored (another process may still be writing it; this one cannot record).
    case tornLineIgnored(log: String)
    /// An unfinished last line from a crash was set aside in `sidePath`.
    case tornLineSetAside(log: String, sidePath: String)
    /// A log from an older ontap got its header line; the old file is `log.bak`.
    case logGotHeader(log: String)

    /// The notice in English.
    public var description: String {
        switch self {
        case let .held(folder, holder):
            return "\(folder) is in use by \(holder?.description ?? "another ontap"); studying without recording"
        case let .unwritable(path, problem):
            return "\(path) cannot be written (\(problem)); studying without recording, your files are left as they are"
        case let .snapshotNotSaved(error):
            return error.localizedDescription
        case let .replacedLogTorn(log):
            return "\(log): the new log ends with an unfinished line; answers are saved after it on a line of their own"
        case let .logReplaced(log, restored):
            return "\(log) was replaced while you studied (a git pull?): your progress was read again from it"
                + (restored > 0 ? ", \(restored) answer(s) of this session it lacked were added back," : "")
                + " and new answers are saved there"
        case let .logUpgraded(log, version):
            return "\(log) now has version \(version) (it holds an undo, suspend, bury or flag line, which an older ontap cannot read); the old file is kept beside it as \(Self.fileName(log)).bak"
        case let .logMissing(log):
            return "\(log) is missing; the progress in state.json was kept, new answers start a new log"
        case let .stateFromOlderOntap(state, version):
            return "\(state) was written by an older ontap (version \(version)); it was rebuilt from the review log"
        case let .stateRecountedDays(state, timeZone, hour):
            return "\(state) counted days in 24-hour periods; the progress was recomputed from the review log"
                + " on your calendar (time zone \(timeZone), days start at \(hour):00)"
        case let .stateMismatch(state, log):
            return "\(state) did not match \(log); the progress was rebuilt from the review log"
        case let .tornLineIgnored(log):
            return "\(log): an unfinished last line was ignored (the process writing it may still be running)"
        case let .tornLineSetAside(log, side):
            return "\(log): an unfinished last line (from a crash: the answer being saved) was set aside in \(side)"
        case let .logGotHeader(log):
            return "\(log) was written by an older ontap; it now starts with a header line (the old file is \(log).bak)"
        }
    }

    /// The last part of `path` (`reviews.jsonl`), for a file named beside one already named in full.
    public static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// True for what `doctor --repair` reports as repaired (a torn line set aside, a file from an older ontap).
    public var isRepair: Bool {
        switch self {
        case .tornLineSetAside, .logGotHeader, .stateFromOlderOntap, .logUpgraded: return true
        default: return false
        }
    }
}
