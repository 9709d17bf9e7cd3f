import Cards
import FileFormats
import Foundation
import Scheduling
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One deck's progress on disk: `state.json` (snapshot) plus `reviews.jsonl` (the log, the truth).
///
/// Opening reads the snapshot and replays only the log after the point it records. Each answer is appended and
/// fsynced before `record` returns; the snapshot is rewritten atomically every `snapshotInterval` answers and by
/// `saveSnapshot()`. One process at a time may write (an advisory lock naming its holder); others may still read.
public final class ProgressStore {
    public let directory: URL
    public let deck: String
    public internal(set) var snapshot: ProgressSnapshot
    /// False when another process holds the deck (or the folder cannot be written): answers are then not recorded.
    public private(set) var canRecord: Bool
    /// Why the folder cannot be written, when that (not another ontap) is why `canRecord` is false.
    public private(set) var unwritableReason: FileProblem?
    /// Who holds the deck when `canRecord` is false because of them.
    public let lockHolder: LockHolder?
    /// Things the learner should know about (a torn last line set aside, a migration, the lock's holder, …).
    public internal(set) var notices: [ProgressNotice] = []
    /// `state.json` is rewritten after this many recorded answers (it is always rewritten by `saveSnapshot()`).
    public var snapshotInterval = 200

    /// The learner's time zone: with the rollover hour, it says when a buried card comes back.
    public let timeZone: TimeZone
    private var lock: DeckLock?
    var logFD: Int32 = -1
    /// Size of the log this process knows (the end of its last line).
    var logSize = 0
    /// The version in the log's header: 1 until an operation line must be written (see `ReviewLogHeader`).
    var logVersion = ReviewLogHeader.answersOnlyVersion
    /// The answers this process recorded and may still take back (`undoLast`), with each card's state before.
    var written: [(review: ReviewRecord, previous: CardSchedule?)] = []
    var sinceSave = 0
    var scheduler: any Scheduler

    /// The study calendar of this deck: the learner's time zone and the deck's rollover hour.
    public var clock: StudyClock { StudyClock(timeZone: timeZone, rolloverHour: snapshot.settings.dayRolloverHour) }

    public var statePath: String { directory.appendingPathComponent("state.json").path }
    public var logPath: String { directory.appendingPathComponent("reviews.jsonl").path }

    /// Opens (creating if needed) `root/NAME/`, loads the snapshot and replays the log after it.
    public convenience init(root: URL, deck: String, defaultSettings: SchedulerSettings = SchedulerSettings(),
                            timeZone: TimeZone = .current) throws(StoreError) {
        try self.init(root: root, deck: deck, defaultSettings: defaultSettings, timeZone: timeZone, heldLock: nil,
                      ignoringSnapshot: false)
    }

    /// As the public initializer; `heldLock` is the deck's lock when the caller already holds it (a repair), and
    /// `ignoringSnapshot` rebuilds the state from the log without reading `state.json` (which is then replaced).
    init(root: URL, deck: String, defaultSettings: SchedulerSettings, timeZone: TimeZone, heldLock: DeckLock?,
         ignoringSnapshot: Bool) throws(StoreError) {
        let name = try DeckName(deck)
        self.timeZone = timeZone
        self.deck = name.rawValue
        directory = root.appendingPathComponent(name.rawValue)
        let dir = directory.path
        if access(root.path, F_OK) != 0 {
            do { try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true) } catch {
                throw .writeFailed(path: root.path, problem: .from(error))
            }
        }
        var notices: [ProgressNotice] = []
        if mkdir(dir, 0o755) != 0, errno != EEXIST {
            guard errno == EROFS || errno == EACCES else { throw .writeFailed(path: dir, problem: .lastSystemError) }
        }
        switch heldLock.map(DeckLock.Outcome.acquired) ?? DeckLock.acquire(in: dir) {
        case let .acquired(lock):
            self.lock = lock
            canRecord = true
            lockHolder = nil
            AtomicFile.removeLeftovers(in: dir, olderThan: 0)   // the lock's holder is the folder's only writer
        case let .held(holder):
            self.lock = nil
            canRecord = false
            lockHolder = holder
            notices.append(.held(folder: dir, holder: holder))
        case let .unwritable(problem):
            self.lock = nil
            canRecord = false
            lockHolder = nil
            unwritableReason = problem
            notices.append(.unwritable(path: dir, problem: problem))
        }
        snapshot = ProgressSnapshot(deck: name.rawValue, settings: defaultSettings)
        scheduler = defaultSettings.makeScheduler()
        self.notices = notices
        do throws(StoreError) {
            try load(ignoringSnapshot: ignoringSnapshot)
            if canRecord {
                logFD = try openLog(creating: true)
                if logSize == 0 { try writeHeader(ReviewLogHeader(deck: deck, id: snapshot.logID)) }
            }
        } catch {
            // A full disk (or a log ontap may not write) while bringing the files up to date: study without
            // recording, as on a read-only folder, rather than refuse to open.
            guard case let .writeFailed(path, problem) = error, canRecord, !ignoringSnapshot else { throw error }
            if logFD >= 0 { close(logFD) }
            logFD = -1
            lock = nil
            canRecord = false
            unwritableReason = problem
            self.notices.append(.unwritable(path: path, problem: problem))
            snapshot = ProgressSnapshot(deck: name.rawValue, settings: defaultSettings)
            try load(ignoringSnapshot: false)
        }
    }

    /// Throws the real reason this process may not write the deck's progress: another ontap holds it, or the
    /// folder cannot be written (read-only, full).
    func requireRecording() throws(StoreError) {
        guard !canRecord else { return }
        if let unwritableReason { throw .writeFailed(path: directory.path, problem: unwritableReason) }
        throw .locked(path: directory.path, holder: lockHolder?.description ?? "another ontap")
    }

    deinit {
        if logFD >= 0 { close(logFD) }
    }

    /// The scheduler state of `cardID`, nil for a card never studied.
    public func schedule(for cardID: String) -> CardSchedule? { snapshot.cards[cardID] }

    /// Card ids with progress that `deck` no longer has: their history is kept, they are reported, never deleted.
    public func orphanedCardIDs(in deck: Deck) -> [String] {
        snapshot.orphanedCardIDs(knownIDs: Set(deck.cards.map(\.id)))
    }

    // MARK: recording

    /// Appends `review` to the log (fsynced before it returns) and applies it.
    ///
    /// - Throws: `StoreError.writeFailed` when the disk refuses (full, read-only); the log is then as it was.
    public func record(_ review: ReviewRecord) throws(StoreError) -> CardSchedule {
        let previous = snapshot.cards[review.cardID]
        try append(.review(review))
        written.append((review, previous))
        return snapshot.cards[review.cardID]!
    }

    /// Takes back `review` (the last answer given to its card): appends an undo record, timed `time` (by default
    /// the review's own time), and restores the card's `previous` state. The review stays in the log; every replay
    /// and merge leaves it out.
    public func undo(_ review: ReviewRecord, restoring previous: CardSchedule?, at time: Timestamp? = nil) throws(StoreError) {
        let operation = ReviewOperation(.undo(reviewTime: review.time), cardID: review.cardID, time: time ?? review.time)
        try append(.operation(operation))
        snapshot.cards[review.cardID] = previous
        if let last = written.lastIndex(where: { $0.review == review }) { written.remove(at: last) }
    }

    /// Takes back the last answer this process recorded and has not taken back yet; nil when there is none.
    @discardableResult
    public func undoLast(at time: Timestamp) throws(StoreError) -> ReviewRecord? {
        guard let last = written.last else { return nil }
        try undo(last.review, restoring: last.previous, at: max(time, last.review.time))
        return last.review
    }

    /// `undoLast(at:)` timed at the review it takes back (for callers without a clock at hand).
    @discardableResult
    public func undoLast() throws(StoreError) -> ReviewRecord? {
        guard let last = written.last else { return nil }
        return try undoLast(at: last.review.time)
    }

    /// Suspends (`true`) or unsuspends a card: a suspended card is never due until it is unsuspended.
    public func setSuspended(_ cardID: String, _ suspended: Bool, at time: Timestamp) throws(StoreError) {
        try append(.operation(ReviewOperation(suspended ? .suspend : .unsuspend, cardID: cardID, time: time)))
    }

    /// Buries a card until the next study day starts (the deck's day boundary in the learner's time zone).
    public func bury(_ cardID: String, at time: Timestamp) throws(StoreError) {
        try append(.operation(ReviewOperation(.bury, cardID: cardID, time: time)))
    }

    /// Sets a card's flag (Anki's numbers 1–7; 0 clears it; other numbers are taken as 0).
    public func setFlag(_ cardID: String, _ flag: Int, at time: Timestamp) throws(StoreError) {
        let flag = (0...ReviewOperation.highestFlag).contains(flag) ? flag : 0
        try append(.operation(ReviewOperation(.flag(flag), cardID: cardID, time: time)))
    }

    /// Appends one line (fsynced before it returns) and applies it; without the lock, only applies it.
    func append(_ entry: ReviewLogEntry) throws(StoreError) {
        guard canRecord else { applyInMemory(entry); return }
        try followReplacedLog()
        if entry.operation != nil, logVersion < ReviewLogHeader.currentVersion { try upgradeLog() }
        let line = ReviewLine.encode(entry)
        let offset = logSize
        if let failure = POSIXWrite.all(logFD, line) ?? (fsync(logFD) == 0 ? nil : FileProblem.lastSystemError) {
            _ = ftruncate(logFD, off_t(offset))   // never leave half a line behind
            throw .writeFailed(path: logPath, problem: failure)
        }
        logSize = offset + line.count
        snapshot.logCount += 1
        snapshot.logBytes = logSize
        snapshot.logLast = entry
        applyInMemory(entry)
        sinceSave += 1
        if sinceSave >= snapshotInterval {
            do { try saveSnapshot() } catch { notices.append(.snapshotNotSaved(error)) }
        }
    }

    /// Whether `reviews.jsonl` still names the file this process appends to (git replaces it on a pull).
    private func logWasReplaced() -> Bool {
        var open = stat(), named = stat()
        guard fstat(logFD, &open) == 0, lstat(logPath, &named) == 0 else { return true }
        return open.st_dev != named.st_dev || open.st_ino != named.st_ino
    }

    /// When another program replaced the log during the session (a `git pull`), appending to the old file would
    /// write to a file nobody reads any more. Reopens the new log, replays it, appends there the answers of this
    /// session it lacks, and tells the learner.
    private func followReplacedLog() throws(StoreError) {
        guard logFD >= 0, logWasReplaced() else { return }
        close(logFD)
        logFD = -1
        let file = try ReviewLogFile.read(path: logPath, deck: deck)
        logFD = try openLog(creating: true)
        var header = file?.header ?? ReviewLogHeader(deck: deck)
        var entries = file?.entries ?? []
        var info = stat()
        logSize = fstat(logFD, &info) == 0 ? Int(info.st_size) : 0
        if logSize == 0 {
            header = ReviewLogHeader(deck: deck)
            try writeHeader(header)
        } else if let torn = file?.torn {
            notices.append(.replacedLogTorn(log: logPath))
            if torn.upperBound == logSize { try appendBytes([0x0A]); logSize += 1 }
        }
        logVersion = header.version
        let present = Set(entries.compactMap(\.review))
        var restored = 0
        for (review, _) in written where !present.contains(review) {
            let line = ReviewLine.encode(review)
            try appendBytes(line)
            logSize += line.count
            entries.append(.review(review))
            restored += 1
        }
        rebuild(from: entries, header: header)
        try saveSnapshot()
        notices.append(.logReplaced(log: logPath, restored: restored))
    }

    /// Applies a line just written (or, read-only, not written) to the snapshot. An undo's card state is set by the
    /// caller, which knows the state before the review.
    private func applyInMemory(_ entry: ReviewLogEntry) {
        _ = Replay.apply(entry, to: &snapshot, scheduler: scheduler, clock: clock)
    }

    /// Rewrites a version-1 log's header as version 2 before its first operation line (the old file kept as
    /// `reviews.jsonl.bak`), so an older ontap refuses the log instead of misreading it.
    private func upgradeLog() throws(StoreError) {
        guard let log = try MappedFile.open(logPath) else { return }
        let (header, recordsStart) = try ReviewLogReader(bytes: log.bytes, path: logPath).header(defaultDeck: deck)
        var upgraded = header
        upgraded.version = ReviewLogHeader.currentVersion
        var bytes = upgraded.encoded
        let delta = bytes.count - recordsStart
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: log.bytes[recordsStart..<min(logSize, log.bytes.count)]))
        try backUp(logPath)
        try AtomicFile.save(bytes, toPath: logPath)
        close(logFD)
        logFD = -1
        logFD = try openLog(creating: false)
        logVersion = upgraded.version
        logSize = bytes.count
        snapshot.logBytes += delta
        try saveSnapshot()
        notices.append(.logUpgraded(log: logPath, version: upgraded.version))
    }

    /// Rewrites `state.json` atomically (temporary file, fsync, rename, fsync of the folder).
    public func saveSnapshot() throws(StoreError) {
        guard canRecord else { return }
        try AtomicFile.save(SnapshotCodec.encode(snapshot), toPath: statePath)
        sinceSave = 0
    }

    // MARK: opening

    private func load(ignoringSnapshot: Bool) throws(StoreError) {
        var stateVersion = ProgressSnapshot.currentVersion
        var haveState = false
        if !ignoringSnapshot, let file = try MappedFile.open(statePath) {
            let decoded = try SnapshotCodec.decode(file.bytes, path: statePath)
            snapshot = decoded.snapshot
            snapshot.deck = deck
            stateVersion = decoded.version
            haveState = true
        }
        // The learner's days are counted in the time zone of the first use, kept in the settings from then on. A state
        // without one was written before ontap counted calendar days: it is rebuilt by a replay of the log.
        let zoneFixedNow = snapshot.settings.timeZone == nil
        if zoneFixedNow { snapshot.settings.timeZone = TimeZone.current.identifier }
        scheduler = snapshot.settings.makeScheduler()
        if canRecord { try migrateLogIfOld() }
        guard let log = try MappedFile.open(logPath, copy: !canRecord) else {
            if haveState, snapshot.logCount > 0 {
                notices.append(.logMissing(log: logPath))
            }
            snapshot.logBytes = 0
            snapshot.logLast = nil
            logSize = 0
            return
        }
        let reader = ReviewLogReader(bytes: log.bytes, path: logPath)
        let (header, recordsStart) = try reader.header(defaultDeck: deck)
        var start = snapshot.logBytes
        let trusted = haveState && !zoneFixedNow && stateVersion >= ProgressSnapshot.positionVersion && header.version >= 1
            && snapshotMatches(log: log.bytes, header: header, recordsStart: recordsStart)
        if !trusted {
            if haveState, stateVersion < ProgressSnapshot.positionVersion {
                notices.append(.stateFromOlderOntap(state: statePath, version: stateVersion))
            } else if haveState, zoneFixedNow {
                notices.append(.stateRecountedDays(state: statePath, timeZone: snapshot.settings.timeZone ?? "UTC",
                                                   rolloverHour: snapshot.settings.dayRolloverHour))
            } else if haveState {
                notices.append(.stateMismatch(state: statePath, log: logPath))
            }
            snapshot.cards = [:]
            snapshot.suspended = []
            snapshot.buriedUntil = [:]
            snapshot.flags = [:]
            snapshot.logCount = 0
            snapshot.logLast = nil
            start = recordsStart
        }
        snapshot.logID = header.id
        snapshot.logBytes = start
        logVersion = header.version
        var replayed = 0
        var undoFound = false
        let clock = clock
        let outcome = try reader.read(from: start) { entry, end in
            if !undoFound, !Replay.apply(entry, to: &snapshot, scheduler: scheduler, clock: clock) { undoFound = true }
            snapshot.logCount += 1
            snapshot.logBytes = end
            snapshot.logLast = entry
            replayed += 1
        }
        if undoFound {
            // An undo may take back a review the snapshot had folded in: replay the whole log.
            Replay.fold({ body in _ = try? reader.read(from: recordsStart) { entry, _ in body(entry) } },
                        into: &snapshot, scheduler: scheduler, clock: clock)
        }
        logSize = outcome.end
        if let torn = outcome.torn { try setAside(torn, of: log) }
        if canRecord {
            if outcome.missingNewline {
                try appendBytes([0x0A])
                if snapshot.logBytes == outcome.end { snapshot.logBytes += 1 }
                logSize += 1
            }
            if !trusted, haveState, stateVersion < ProgressSnapshot.positionVersion {
                try backUp(statePath)
            }
            if !trusted || undoFound || replayed >= snapshotInterval { try saveSnapshot() }
        }
    }

    /// Whether the snapshot's log position still points at the review it names, in the same log.
    private func snapshotMatches(log: UnsafeBufferPointer<UInt8>, header: ReviewLogHeader, recordsStart: Int) -> Bool {
        guard snapshot.logID == header.id else { return false }
        let end = snapshot.logBytes
        guard let last = snapshot.logLast else { return snapshot.logCount == 0 && end <= recordsStart }
        guard end > recordsStart, end <= log.count else { return false }
        var lineEnd = end
        if log[lineEnd - 1] == 0x0A { lineEnd -= 1 }
        var lineStart = lineEnd
        while lineStart > recordsStart, log[lineStart - 1] != 0x0A { lineStart -= 1 }
        var scanner = JSONScanner(log, from: lineStart, to: lineEnd)
        guard let entry = try? ReviewLine.decodeEntry(&scanner) else { return false }
        return entry == last
    }

    /// Keeps a torn last line in `reviews.jsonl.torn-TIME` (TIME: when the log was last written) before cutting it.
    private func setAside(_ torn: Range<Int>, of log: MappedFile) throws(StoreError) {
        guard canRecord else {
            notices.append(.tornLineIgnored(log: logPath))
            return
        }
        var info = stat()
        let seconds = stat(logPath, &info) == 0 ? Int(info.st_mtim.tv_sec) : 0
        var sidePath = logPath + ".torn-" + Self.stamp(seconds)
        var n = 2
        while access(sidePath, F_OK) == 0 { sidePath = logPath + ".torn-" + Self.stamp(seconds) + "-\(n)"; n += 1 }
        try AtomicFile.save(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(log.bytes)[torn]), toPath: sidePath)
        guard truncate(logPath, off_t(torn.lowerBound)) == 0 else {
            throw .writeFailed(path: logPath, problem: .lastSystemError)
        }
        let fd = open(logPath, O_WRONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        if fd >= 0 { fsync(fd); close(fd) }
        notices.append(.tornLineSetAside(log: logPath, sidePath: sidePath))
    }

    /// `20261129T081500Z` for `seconds` since the epoch.
    static func stamp(_ seconds: Int) -> String {
        var t = time_t(seconds)
        var parts = tm()
        gmtime_r(&t, &parts)
        func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(parts.tm_year + 1900)\(two(parts.tm_mon + 1))\(two(parts.tm_mday))T\(two(parts.tm_hour))\(two(parts.tm_min))\(two(parts.tm_sec))Z"
    }

    /// A log of version 0 (no header line) gets its header; the old file is kept as `reviews.jsonl.bak`.
    private func migrateLogIfOld() throws(StoreError) {
        guard let log = try MappedFile.open(logPath), log.bytes.count > 0 else { return }
        let (header, _) = try ReviewLogReader(bytes: log.bytes, path: logPath).header(defaultDeck: deck)
        guard header.version == 0 else { return }
        try backUp(logPath)
        var bytes = ReviewLogHeader(deck: deck).encoded
        bytes.append(contentsOf: log.bytes)
        try AtomicFile.save(bytes, toPath: logPath)
        notices.append(.logGotHeader(log: logPath))
    }

    /// Copies `path` to `path.bak` (atomically).
    func backUp(_ path: String) throws(StoreError) {
        guard let file = try MappedFile.open(path) else { return }
        try AtomicFile.save(UnsafeRawBufferPointer(file.bytes), toPath: path + ".bak")
    }

    private func writeHeader(_ header: ReviewLogHeader) throws(StoreError) {
        _ = ftruncate(logFD, 0)
        try appendBytes(header.encoded)
        logSize = header.encoded.count
        snapshot.logBytes = logSize
        AtomicFile.syncDirectory(directory.path)
    }

    /// Opens the log for appending, never through a symbolic link and never blocking on a FIFO: a `Progress/`
    /// shared through git may carry either, and ontap writes only its own regular files.
    func openLog(creating: Bool) throws(StoreError) -> Int32 {
        let fd = open(logPath, O_WRONLY | O_APPEND | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | (creating ? O_CREAT : 0), 0o644)
        guard fd >= 0 else {
            let problem: FileProblem = errno == ELOOP ? .notRegularFile(.symbolicLink)
                : errno == ENXIO ? .notRegularFile(.fifo) : .lastSystemError
            throw .writeFailed(path: logPath, problem: problem)
        }
        var info = stat()
        if fstat(fd, &info) == 0, let kind = FileProblem.kind(of: info.st_mode) {
            close(fd)
            throw .writeFailed(path: logPath, problem: .notRegularFile(kind))
        }
        return fd
    }

    private func appendBytes(_ bytes: [UInt8]) throws(StoreError) {
        let fd = logFD >= 0 ? logFD : try openLog(creating: false)
        defer { if fd != logFD { close(fd) } }
        if let failure = POSIXWrite.all(fd, bytes) ?? (fsync(fd) == 0 ? nil : FileProblem.lastSystemError) {
            throw .writeFailed(path: logPath, problem: failure)
        }
    }
}
