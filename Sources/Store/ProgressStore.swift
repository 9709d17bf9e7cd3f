import Cards
import Foundation
import Scheduling
#if canImport(Glibc)
import Glibc
#endif

/// One deck's progress on disk: `state.json` (snapshot) plus `reviews.jsonl` (the log, the truth).
public final class ProgressStore {
    public let directory: URL
    public let deck: String
    public private(set) var snapshot: ProgressSnapshot
    /// False when another process holds the deck: answers are then not recorded.
    public let canRecord: Bool
    /// Things the learner should know about (a torn last line set aside, …).
    public private(set) var notices: [String] = []
    private var logFD: Int32 = -1
    private var lockFD: Int32 = -1

    public var statePath: String { directory.appendingPathComponent("state.json").path }
    public var logPath: String { directory.appendingPathComponent("reviews.jsonl").path }

    /// Opens (creating if needed) `root/NAME/`, loads the snapshot and replays the log after it.
    public init(root: URL, deck: String, defaultSettings: SchedulerSettings = SchedulerSettings()) throws(StoreError) {
        let name = try DeckName(deck)
        self.deck = name.rawValue
        directory = root.appendingPathComponent(name.rawValue)
        do { try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true) } catch {
            throw .writeFailed(path: directory.path, reason: error.localizedDescription)
        }
        lockFD = open(directory.appendingPathComponent(".lock").path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        canRecord = lockFD >= 0 && flock(lockFD, LOCK_EX | LOCK_NB) == 0
        snapshot = ProgressSnapshot(deck: name.rawValue, settings: defaultSettings)
        if FileManager.default.fileExists(atPath: statePath) {
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: statePath)) } catch {
                throw .unreadable(path: statePath, reason: error.localizedDescription)
            }
            do { snapshot = try JSONDecoder().decode(ProgressSnapshot.self, from: data) } catch {
                throw JSONErrorLocation.storeError(error, data: data, path: statePath)
            }
        }
        let reviews = try readLog()
        if reviews.count > snapshot.logCount {
            let scheduler = snapshot.settings.makeScheduler()
            for review in reviews[snapshot.logCount...] { apply(review, scheduler: scheduler) }
            snapshot.logCount = reviews.count
        }
        if canRecord {
            logFD = open(logPath, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
            if logFD < 0 { throw .writeFailed(path: logPath, reason: String(cString: strerror(errno))) }
        }
    }

    deinit {
        if logFD >= 0 { close(logFD) }
        if lockFD >= 0 { close(lockFD) }
    }

    /// The scheduler state of `cardID`, nil for a card never studied.
    public func schedule(for cardID: String) -> CardSchedule? { snapshot.cards[cardID] }

    /// Appends `review` to the log (fsynced) and applies it.
    public func record(_ review: ReviewRecord) throws(StoreError) -> CardSchedule {
        let scheduler = snapshot.settings.makeScheduler()
        guard canRecord else { return apply(review, scheduler: scheduler) }
        var line = (try? JSONEncoder().encode(review)) ?? Data()
        line.append(0x0A)
        let ok = line.withUnsafeBytes { write(logFD, $0.baseAddress, $0.count) == $0.count } && fsync(logFD) == 0
        guard ok else { throw .writeFailed(path: logPath, reason: String(cString: strerror(errno))) }
        snapshot.logCount += 1
        return apply(review, scheduler: scheduler)
    }

    /// Takes back the last review this process recorded: truncates it from the log and restores `previous`.
    public func undo(_ review: ReviewRecord, restoring previous: CardSchedule?) throws(StoreError) {
        if canRecord {
            var line = (try? JSONEncoder().encode(review)) ?? Data()
            line.append(0x0A)
            let size = lseek(logFD, 0, SEEK_END)
            guard size >= line.count, ftruncate(logFD, size - off_t(line.count)) == 0, fsync(logFD) == 0 else {
                throw .writeFailed(path: logPath, reason: String(cString: strerror(errno)))
            }
            snapshot.logCount -= 1
        }
        snapshot.cards[review.cardID] = previous
    }

    /// Rewrites `state.json` atomically.
    public func saveSnapshot() throws(StoreError) {
        guard canRecord else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data: Data
        do { data = try encoder.encode(snapshot) } catch { throw .writeFailed(path: statePath, reason: "\(error)") }
        try AtomicFile.write(data, to: URL(fileURLWithPath: statePath))
    }

    @discardableResult
    private func apply(_ review: ReviewRecord, scheduler: any Scheduler) -> CardSchedule {
        let current = snapshot.cards[review.cardID] ?? .new(at: review.time)
        let next = scheduler.review(current, rating: review.rating, at: review.time, cardID: ContentID.seed(of: review.cardID))
        snapshot.cards[review.cardID] = next
        return next
    }

    private func readLog() throws(StoreError) -> [ReviewRecord] {
        guard let data = FileManager.default.contents(atPath: logPath), !data.isEmpty else { return [] }
        var reviews: [ReviewRecord] = []
        let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() where !line.isEmpty {
            do { reviews.append(try JSONDecoder().decode(ReviewRecord.self, from: Data(line))) } catch {
                if index == lines.count - 1 {
                    notices.append("\(logPath):\(index + 1): an unfinished last line (from a crash) was set aside")
                    continue
                }
                throw .damaged(path: logPath, line: index + 1, column: 1, reason: "not a review record")
            }
        }
        return reviews
    }
}
