import Cards
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
    public let canRecord: Bool
    /// Who holds the deck when `canRecord` is false because of them.
    public let lockHolder: LockHolder?
    /// Things the learner should know about (a torn last line set aside, a migration, the lock's holder, …).
    public internal(set) var notices: [String] = []
    /// `state.json` is rewritten after this many recorded answers (it is always rewritten by `saveSnapshot()`).
    public var snapshotInterval = 200

    private let lock: DeckLock?
    var logFD: Int32 = -1
    /// Size of the log this process knows (the end of its last line).
    var logSize = 0
    /// For each answer this process wrote and may undo: where its line starts and the review before it.
    var written: [(offset: Int, previousLast: ReviewRecord?)] = []
    var sinceSave = 0
    var savedLogBytes = -1
    var scheduler: any Scheduler

    public var statePath: String { directory.appendingPathComponent("state.json").path }
    public var logPath: String { directory.appendingPathComponent("reviews.jsonl").path }

    /// Opens (creating if needed) `root/NAME/`, loads the snapshot and replays the log after it.
    public init(root: URL, deck: String, defaultSettings: SchedulerSettings = SchedulerSettings()) throws(StoreError) {
        let name = try DeckName(deck)
        self.deck = name.rawValue
        directory = root.appendingPathComponent(name.rawValue)
        let dir = directory.path
        if access(root.path, F_OK) != 0 {
            do { try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true) } catch {
                throw .writeFailed(path: root.path, reason: error.localizedDescription)
            }
        }
        var notices: [String] = []
        if mkdir(dir, 0o755) != 0, errno != EEXIST {
            guard errno == EROFS || errno == EACCES else { throw .writeFailed(path: dir, reason: String(cString: strerror(errno))) }
        }
        switch DeckLock.acquire(in: dir) {
        case let .acquired(lock):
            self.lock = lock
            canRecord = true
            lockHolder = nil
        case let .held(holder):
            self.lock = nil
            canRecord = false
            lockHolder = holder
            notices.append("\(dir) is in use by \(holder?.description ?? "another ontap"); studying without recording")
        case let .unwritable(reason):
            self.lock = nil
            canRecord = false
            lockHolder = nil
            notices.append("\(dir) cannot be written (\(reason)); studying without recording, your files are left as they are")
        }
        snapshot = ProgressSnapshot(deck: name.rawValue, settings: defaultSettings)
        scheduler = defaultSettings.makeScheduler()
        self.notices = notices
        try load()
        if canRecord {
            logFD = open(logPath, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
            if logFD < 0 { throw .writeFailed(path: logPath, reason: String(cString: strerror(errno))) }
            if logSize == 0 { try writeHeader(ReviewLogHeader(deck: deck, id: snapshot.logID)) }
        }
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
        guard canRecord else { return apply(review) }
        let line = ReviewLine.encode(review)
        let offset = logSize
        if let failure = POSIXWrite.all(logFD, line) ?? (fsync(logFD) == 0 ? nil : String(cString: strerror(errno))) {
            _ = ftruncate(logFD, off_t(offset))   // never leave half a line behind
            throw .writeFailed(path: logPath, reason: failure)
        }
        written.append((offset, snapshot.logLast))
        logSize = offset + line.count
        snapshot.logCount += 1
        snapshot.logBytes = logSize
        snapshot.logLast = review
        let next = apply(review)
        sinceSave += 1
        if sinceSave >= snapshotInterval {
            do { try saveSnapshot() } catch { notices.append(error.localizedDescription) }
        }
        return next
    }

    /// Takes back the last review this process recorded: truncates it from the log and restores `previous`.
    public func undo(_ review: ReviewRecord, restoring previous: CardSchedule?) throws(StoreError) {
        if canRecord, let last = written.last {
            var after = snapshot
            after.logCount -= 1
            after.logBytes = last.offset
            after.logLast = last.previousLast
            after.cards[review.cardID] = previous
            if savedLogBytes > last.offset {
                // state.json must never reach past the log: rewrite it first, then cut the line
                try AtomicFile.write(SnapshotCodec.encode(after), toPath: statePath)
                savedLogBytes = last.offset
            }
            guard ftruncate(logFD, off_t(last.offset)) == 0, fsync(logFD) == 0 else {
                throw .writeFailed(path: logPath, reason: String(cString: strerror(errno)))
            }
            written.removeLast()
            logSize = last.offset
            snapshot = after
            return
        }
        snapshot.cards[review.cardID] = previous
    }

    /// Rewrites `state.json` atomically (temporary file, fsync, rename, fsync of the folder).
    public func saveSnapshot() throws(StoreError) {
        guard canRecord else { return }
        try AtomicFile.write(SnapshotCodec.encode(snapshot), toPath: statePath)
        savedLogBytes = snapshot.logBytes
        sinceSave = 0
    }

    @discardableResult
    private func apply(_ review: ReviewRecord) -> CardSchedule {
        Replay.apply(review, to: &snapshot.cards, scheduler: scheduler)
    }

    // MARK: opening

    private func load() throws(StoreError) {
        var stateVersion = ProgressSnapshot.currentVersion
        var haveState = false
        if let file = try MappedFile(path: statePath) {
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
        guard let log = try MappedFile(path: logPath, copy: !canRecord) else {
            if haveState, snapshot.logCount > 0 {
                notices.append("\(logPath) is missing; the progress in state.json was kept, new answers start a new log")
            }
            snapshot.logBytes = 0
            snapshot.logLast = nil
            logSize = 0
            return
        }
        let reader = ReviewLogReader(bytes: log.bytes, path: logPath)
        let (header, recordsStart) = try reader.header(defaultDeck: deck)
        var start = snapshot.logBytes
        let trusted = haveState && !zoneFixedNow && stateVersion == ProgressSnapshot.currentVersion && header.version >= 1
            && snapshotMatches(log: log.bytes, header: header, recordsStart: recordsStart)
        if !trusted {
            if haveState, stateVersion < ProgressSnapshot.currentVersion {
                notices.append("\(statePath) was written by an older ontap (version \(stateVersion)); it was rebuilt from the review log")
            } else if haveState, zoneFixedNow {
                notices.append("\(statePath) counted days in 24-hour periods; the progress was recomputed from the review log"
                               + " on your calendar (time zone \(snapshot.settings.timeZone ?? "UTC"), days start at"
                               + " \(snapshot.settings.dayRolloverHour):00)")
            } else if haveState {
                notices.append("\(statePath) did not match \(logPath); the progress was rebuilt from the review log")
            }
            snapshot.cards = [:]
            snapshot.logCount = 0
            snapshot.logLast = nil
            start = recordsStart
        }
        snapshot.logID = header.id
        snapshot.logBytes = start
        var replayed = 0
        let outcome = try reader.read(from: start) { review, end in
            Replay.apply(review, to: &snapshot.cards, scheduler: scheduler)
            snapshot.logCount += 1
            snapshot.logBytes = end
            snapshot.logLast = review
            replayed += 1
        }
        logSize = outcome.end
        savedLogBytes = trusted ? start : -1
        if let torn = outcome.torn { try setAside(torn, of: log) }
        if canRecord {
            if outcome.missingNewline {
                try appendBytes([0x0A])
                if snapshot.logBytes == outcome.end { snapshot.logBytes += 1 }
                logSize += 1
            }
            if !trusted, haveState, stateVersion < ProgressSnapshot.currentVersion {
                try backUp(statePath)
            }
            if !trusted || replayed >= snapshotInterval { try saveSnapshot() }
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
        guard let review = try? ReviewLine.decode(&scanner) else { return false }
        return review == last
    }

    /// Keeps a torn last line in `reviews.jsonl.torn-TIME` (TIME: when the log was last written) before cutting it.
    private func setAside(_ torn: Range<Int>, of log: MappedFile) throws(StoreError) {
        guard canRecord else {
            notices.append("\(logPath): an unfinished last line was ignored (the process writing it may still be running)")
            return
        }
        var info = stat()
        let seconds = stat(logPath, &info) == 0 ? Int(info.st_mtim.tv_sec) : 0
        var sidePath = logPath + ".torn-" + Self.stamp(seconds)
        var n = 2
        while access(sidePath, F_OK) == 0 { sidePath = logPath + ".torn-" + Self.stamp(seconds) + "-\(n)"; n += 1 }
        try AtomicFile.write(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(log.bytes)[torn]), toPath: sidePath)
        guard truncate(logPath, off_t(torn.lowerBound)) == 0 else {
            throw .writeFailed(path: logPath, reason: String(cString: strerror(errno)))
        }
        let fd = open(logPath, O_WRONLY | O_CLOEXEC)
        if fd >= 0 { fsync(fd); close(fd) }
        notices.append("\(logPath): an unfinished last line (from a crash: the answer being saved) was set aside in \(sidePath)")
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
        guard let log = try MappedFile(path: logPath), log.bytes.count > 0 else { return }
        let (header, _) = try ReviewLogReader(bytes: log.bytes, path: logPath).header(defaultDeck: deck)
        guard header.version == 0 else { return }
        try backUp(logPath)
        var bytes = ReviewLogHeader(deck: deck).encoded
        bytes.append(contentsOf: log.bytes)
        try AtomicFile.write(bytes, toPath: logPath)
        notices.append("\(logPath) was written by an older ontap; it now starts with a header line (the old file is \(logPath).bak)")
    }

    /// Copies `path` to `path.bak` (atomically).
    func backUp(_ path: String) throws(StoreError) {
        guard let file = try MappedFile(path: path) else { return }
        try AtomicFile.write(UnsafeRawBufferPointer(file.bytes), toPath: path + ".bak")
    }

    private func writeHeader(_ header: ReviewLogHeader) throws(StoreError) {
        _ = ftruncate(logFD, 0)
        try appendBytes(header.encoded)
        logSize = header.encoded.count
        snapshot.logBytes = logSize
        AtomicFile.syncDirectory(directory.path)
    }

    private func appendBytes(_ bytes: [UInt8]) throws(StoreError) {
        let fd = logFD >= 0 ? logFD : open(logPath, O_WRONLY | O_APPEND | O_CLOEXEC)
        defer { if fd != logFD, fd >= 0 { close(fd) } }
        guard fd >= 0 else { throw .writeFailed(path: logPath, reason: String(cString: strerror(errno))) }
        if let failure = POSIXWrite.all(fd, bytes) ?? (fsync(fd) == 0 ? nil : String(cString: strerror(errno))) {
            throw .writeFailed(path: logPath, reason: failure)
        }
    }
}
