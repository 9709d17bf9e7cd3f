import FileFormats
import Foundation
import Scheduling
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `ontap doctor`: checks every file of a deck's progress (parses, card ids known to the deck, times in order,
/// state equal to a replay of the log) and, with `repair`, rebuilds `state.json` from the log keeping the old file.
public enum ProgressDoctor {
    /// The decks that have a progress folder under `root`, sorted.
    public static func deckNames(in root: URL) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return entries.filter { name in
            var isDirectory: ObjCBool = false
            return (try? DeckName(name)) != nil
                && FileManager.default.fileExists(atPath: root.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }.sorted()
    }

    /// Checks `root/deck/` without changing anything. `knownCardIDs` are the deck's card ids (nil: no deck file).
    public static func check(root: URL, deck: String, knownCardIDs: Set<String>?) -> DoctorReport {
        var report = DoctorReport(deck: deck)
        guard let name = try? DeckName(deck) else {
            report.findings.append(.init(.error, deck, .invalidDeckName))
            return report
        }
        let directory = root.appendingPathComponent(name.rawValue).path
        let statePath = directory + "/state.json", logPath = directory + "/reviews.jsonl"
        guard FileManager.default.fileExists(atPath: directory) else {
            report.findings.append(.init(.error, directory, .noProgress))
            return report
        }
        func add(_ error: StoreError, _ path: String) {
            if case let .damaged(_, line, column, problem) = error {
                report.findings.append(.init(.error, path, line: line, column: column, .damaged(problem)))
            } else {
                report.findings.append(.init(.error, path, .unreadable(error)))
            }
        }

        var state: SnapshotCodec.Decoded?
        do throws(StoreError) {
            if let file = try MappedFile.open(statePath) {
                state = try SnapshotCodec.decode(file.bytes, path: statePath)
                if state!.version < ProgressSnapshot.positionVersion {
                    report.findings.append(.init(.warning, statePath, .stateFromOlderOntap(version: state!.version)))
                }
            }
        } catch { add(error, statePath) }
        report.cardCount = state?.snapshot.cards.count ?? 0

        var log: ReviewLogFile?
        do throws(StoreError) { log = try ReviewLogFile.read(path: logPath, deck: deck) } catch { add(error, logPath) }
        if let log {
            report.reviewCount = log.records.count
            if log.header.version == 0 {
                report.findings.append(.init(.warning, logPath, line: 1, .logWithoutHeader))
            }
            if log.torn != nil {
                report.findings.append(.init(.warning, logPath, line: (log.lines.last ?? 1) + 1, .tornLastLine))
            }
            checkOrder(log, path: logPath, into: &report)
            checkUndos(log, path: logPath, into: &report)
        } else if state.map({ $0.snapshot.logCount > 0 }) == true, !report.findings.contains(where: { $0.path == logPath }) {
            report.findings.append(.init(.warning, logPath, .logMissing))
        }
        if let state, let log { compare(state.snapshot, with: log, statePath: statePath, into: &report) }

        if let knownCardIDs {
            var ids = Set(log?.entries.map(\.cardID) ?? [])
            ids.formUnion(state?.snapshot.cards.keys ?? [:].keys)
            report.orphanedCardIDs = ids.subtracting(knownCardIDs).sorted()
            if !report.orphanedCardIDs.isEmpty {
                report.findings.append(.init(.warning, directory,
                    .orphanedCards(count: report.orphanedCardIDs.count, examples: Array(report.orphanedCardIDs.prefix(5)))))
            }
        } else {
            report.findings.append(.init(.note, directory, .noDeckFile))
        }

        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
        for entry in entries where entry.hasPrefix("reviews.jsonl.torn-") {
            report.findings.append(.init(.note, directory + "/" + entry, .tornLineFile))
        }
        for entry in entries where entry.hasPrefix(".") && entry.contains(".tmp-") {
            report.findings.append(.init(.note, directory + "/" + entry, .temporaryFile))
        }
        if let held = DeckLock.holder(in: directory) {
            report.findings.append(.init(.note, directory, .inUse(held)))
        }
        var info = stat()
        let lockPath = directory + "/.lock"
        if lstat(lockPath, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            report.findings.append(.init(.error, lockPath, .lockNotAFile(symbolicLink: info.st_mode & S_IFMT == S_IFLNK)))
        }
        return report
    }

    private static func checkOrder(_ log: ReviewLogFile, path: String, into report: inout DoctorReport) {
        var shown = 0, total = 0
        let reviews = log.entries.indices.filter { log.entries[$0].review != nil }
        for (previous, i) in zip(reviews, reviews.dropFirst()) where log.entries[i].time < log.entries[previous].time {
            total += 1
            if shown < 3 {
                shown += 1
                report.findings.append(.init(.warning, path, line: log.lines[i], column: 1, .reviewOutOfOrder))
            }
        }
        if total > shown {
            report.findings.append(.init(.warning, path, .moreOutOfOrder(total - shown)))
        }
    }

    /// An undo that matches no earlier review of its card changes nothing: probably a hand edit, worth a look.
    private static func checkUndos(_ log: ReviewLogFile, path: String, into report: inout DoctorReport) {
        struct Key: Hashable { var card: String; var time: Timestamp }
        var available: [Key: Int] = [:]
        for (i, entry) in log.entries.enumerated() {
            switch entry {
            case let .review(r): available[Key(card: r.cardID, time: r.time), default: 0] += 1
            case let .operation(o):
                guard case let .undo(reviewTime) = o.kind else { continue }
                let key = Key(card: o.cardID, time: reviewTime)
                if let n = available[key], n > 0 {
                    available[key] = n - 1
                } else {
                    report.findings.append(.init(.warning, path, line: log.lines[i], column: 1,
                                                 .undoMatchesNothing(card: o.cardID, time: reviewTime)))
                }
            }
        }
    }

    private static func compare(_ snapshot: ProgressSnapshot, with log: ReviewLogFile, statePath: String,
                                into report: inout DoctorReport) {
        let count = snapshot.logCount
        let total = log.entries.count
        let positionOK = count <= total && (count == 0 ? snapshot.logLast == nil : log.entries[count - 1] == snapshot.logLast)
            && snapshot.logID == log.header.id
        guard positionOK else {
            report.findings.append(.init(.error, statePath, .stateDoesNotMatchLog(counted: count, total: total)))
            return
        }
        var replayed = ProgressSnapshot(deck: snapshot.deck, settings: snapshot.settings)
        let clock = StudyClock(timeZone: .current, rolloverHour: snapshot.settings.dayRolloverHour)
        Replay.fold(Array(log.entries.prefix(count)), into: &replayed, scheduler: snapshot.settings.makeScheduler(), clock: clock)
        let differing = Set(replayed.cards.keys).union(snapshot.cards.keys).filter { replayed.cards[$0] != snapshot.cards[$0] }.sorted()
        if !differing.isEmpty {
            report.findings.append(.init(.error, statePath,
                                         .stateDiffersFromReplay(count: differing.count, examples: Array(differing.prefix(3)))))
        }
        if replayed.suspended != snapshot.suspended || replayed.buriedUntil != snapshot.buriedUntil || replayed.flags != snapshot.flags {
            report.findings.append(.init(.error, statePath, .marksDifferFromReplay))
        }
        if count < total {
            report.findings.append(.init(.note, statePath, .stateBehindLog(lines: total - count)))
        }
    }

    /// Rebuilds `state.json` from the log (a copy of the old file kept as `state.json.bak-TIME`), sets aside a torn
    /// last line and removes temporary files; then checks again.
    ///
    /// Crash-safe: the deck's lock is held for the whole repair, and the old `state.json` (which holds the scheduler
    /// settings) stays in place until the rebuilt one replaces it atomically, so a crash at any point leaves either
    /// file, never none; a rebuild that fails (a damaged log line) changes nothing.
    ///
    /// - Throws: `StoreError.locked` when another ontap holds the deck; a damaged log line (fix it by hand first).
    public static func repair(root: URL, deck: String, knownCardIDs: Set<String>?,
                              defaultSettings: SchedulerSettings = SchedulerSettings()) throws(StoreError) -> DoctorReport {
        let name = try DeckName(deck)
        let directory = root.appendingPathComponent(name.rawValue).path
        let statePath = directory + "/state.json"
        var repairs: [DoctorRepair] = []
        var settings = defaultSettings
        let lock: DeckLock
        switch DeckLock.acquire(in: directory) {
        case let .acquired(held): lock = held
        case let .held(holder): throw StoreError.locked(path: directory, holder: holder?.description ?? "another ontap")
        case let .unwritable(problem): throw StoreError.writeFailed(path: directory, problem: problem)
        }
        var backup: String?
        if let file = try MappedFile.open(statePath) {
            if let decoded = try? SnapshotCodec.decode(file.bytes, path: statePath) {
                settings = decoded.snapshot.settings
            } else if let salvaged = salvageSettings(file.bytes) {
                settings = salvaged
            } else {
                repairs.append(.settingsUnreadable)
            }
            var info = stat()
            let seconds = stat(statePath, &info) == 0 ? Int(info.st_mtim.tv_sec) : 0
            var target = statePath + ".bak-" + ProgressStore.stamp(seconds)
            var n = 2
            while access(target, F_OK) == 0 { target = statePath + ".bak-" + ProgressStore.stamp(seconds) + "-\(n)"; n += 1 }
            try AtomicFile.save(UnsafeRawBufferPointer(file.bytes), toPath: target)
            backup = target
            repairs.append(.keptOldState(path: target))
        }
        for entry in AtomicFile.removeLeftovers(in: directory, olderThan: 0) {
            repairs.append(.removedTemporaryFile(entry))
        }
        let store: ProgressStore
        do {
            // Rebuilt from the log alone; opening writes the new state.json over the old one in one rename.
            store = try ProgressStore(root: root, deck: deck, defaultSettings: settings, timeZone: .current, heldLock: lock,
                                      ignoringSnapshot: true)
            try store.saveSnapshot()
        } catch {
            if let backup { unlink(backup) }     // the log needs the learner first: change nothing
            throw error
        }
        repairs.append(contentsOf: store.notices.filter(\.isRepair).map(DoctorRepair.notice))
        repairs.append(.rebuiltState(lines: store.snapshot.logCount))
        withExtendedLifetime(store) {}
        var report = check(root: root, deck: deck, knownCardIDs: knownCardIDs)
        report.findings.removeAll { if case .inUse = $0.issue { return true } else { return false } }
        report.repairs = repairs
        return report
    }

    /// The scheduler settings of a damaged `state.json`, when that part of it is still readable and usable.
    static func salvageSettings(_ bytes: UnsafeBufferPointer<UInt8>) -> SchedulerSettings? {
        let key = Array("\"settings\":".utf8)
        guard bytes.count > key.count else { return nil }
        for start in 0...(bytes.count - key.count) where bytes[start] == key[0] {
            guard (0..<key.count).allSatisfy({ bytes[start + $0] == key[$0] }) else { continue }
            var scanner = JSONScanner(bytes, from: start + key.count)
            scanner.skipSpace()
            let valueStart = scanner.index
            guard (try? scanner.skipValue()) != nil else { return nil }
            let slice = UnsafeBufferPointer(rebasing: bytes[valueStart..<scanner.index])
            guard let settings = try? JSONDecoder().decode(SchedulerSettings.self, from: Data(buffer: slice)),
                  (try? settings.validate()) != nil else { return nil }
            return settings
        }
        return nil
    }
}
