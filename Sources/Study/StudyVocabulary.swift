import FileFormats
import Scheduling
import Store
import Timeline

// The types a study interface shows, named here so the interface imports Study (and Cards) only.

/// A learner's grade: 1 Again, 2 Hard, 3 Good, 4 Easy.
public typealias Rating = Scheduling.Rating
/// Milliseconds since the Unix epoch (UTC).
public typealias Timestamp = Scheduling.Timestamp
/// Whole milliseconds in common spans.
public typealias Milliseconds = Scheduling.Milliseconds
/// New, learning, review or relearning.
public typealias CardPhase = Scheduling.CardPhase
/// A card's scheduler state.
public typealias CardSchedule = Scheduling.CardSchedule
/// Something the learner should know about a deck's progress files (rendered in the interface language).
public typealias ProgressNotice = Store.ProgressNotice
/// What `ontap doctor` found, and what `--repair` did (rendered in the interface language).
public typealias DoctorIssue = Store.DoctorIssue
public typealias DoctorRepair = Store.DoctorRepair
/// Who holds a deck's progress (process id, host, since when).
public typealias LockHolder = Store.LockHolder
/// What went wrong with a deck or progress file.
public typealias StoreError = Store.StoreError
/// Why a file could not be read, parsed or written (rendered in the interface language).
public typealias FileProblem = FileFormats.FileProblem
/// What a path is when it is not a regular file (a symbolic link, a FIFO, a folder…).
public typealias FileKind = FileFormats.FileProblem.FileKind
/// A file reader's failure: the path, line and column, and the problem.
public typealias FileError = FileFormats.FileError
/// The interface and text languages, Vietnamese and English.
public typealias Language = Timeline.Language
