import Cards
import FileFormats
import Foundation
import Scheduling
import Store
import Study
import Terminal
import Timeline

/// The learner's folders and the objects made from them: decks, progress, study queues.
struct Workspace {
    let global: GlobalOptions
    let deckStore: DeckStore
    let language: Language
    let now: () -> Timestamp

    init(_ global: GlobalOptions) {
        self.global = global
        deckStore = DeckStore(directory: global.decksURL)
        language = global.interfaceLanguage
        now = global.clock()
    }

    /// The due-card queue for a deck's progress: the learner's time zone and the deck's day rollover hour.
    func queue(for store: ProgressStore, kinds: Set<CardKind>? = nil) -> StudyQueue {
        StudyQueue(limits: store.snapshot.settings.limits, kinds: kinds, calendar: store.snapshot.settings.clock)
    }

    /// Loads the deck `typed` names: a deck in the decks folder (found without diacritics or case) or a deck file.
    /// - Throws: `StoreError` (no such deck, with the closest names; a damaged file), said by `main`.
    func deck(_ typed: String) throws -> Deck {
        if let file = Self.deckFile(typed) { return try deckStore.load(url: file) }
        return try deckStore.load(DeckNameMatch.find(typed, in: deckStore.names()) ?? typed)
    }

    /// `typed` as a path to an existing deck file (`Decks/x.json`, `../other/y.json`), or nil for a deck name.
    static func deckFile(_ typed: String) -> URL? {
        guard typed.hasSuffix(".json") || typed.contains("/"), FileManager.default.fileExists(atPath: typed) else { return nil }
        return URL(fileURLWithPath: typed)
    }

    /// Opens the progress of `deck` (read-only when another process holds it).
    func progress(for deck: Deck) throws -> ProgressStore {
        do {
            try FileManager.default.createDirectory(at: global.progressURL, withIntermediateDirectories: true)
            return try ProgressStore(root: global.progressURL, deck: deck.name)
        } catch {
            throw CLIError.fail(CLIError.message(for: error, language: language))
        }
    }

    /// A study session on deck `name` at the current time. The name is found without diacritics or case.
    ///
    /// The deck and its progress are read at the same time (two cores: a large deck shows its first card sooner).
    /// - Throws: `StoreError` (no such deck, a damaged file), for the caller to say in the interface language.
    func session(_ name: String, kinds: Set<CardKind>? = nil) throws -> StudySession {
        if let file = Self.deckFile(name) {
            // A deck file given by its path: its progress lives under its own name, as for any deck.
            let deck = try deckStore.load(url: file)
            let store = try ProgressOpening(root: global.progressURL, deck: try DeckName(deck.name).rawValue).result()
            return StudySession(deck: deck, store: store, queue: queue(for: store, kinds: kinds), now: now())
        }
        let available = deckStore.names()
        let deckName = try DeckName(DeckNameMatch.find(name, in: available) ?? name)
        guard FileManager.default.fileExists(atPath: deckStore.url(for: deckName).path) else {
            // Checked first so that no Progress/ folder is made for a deck that does not exist.
            throw StoreError.deckNotFound(name: name, available: available)
        }
        let opening = ProgressOpening(root: global.progressURL, deck: deckName.rawValue)
        let cards = try deckStore.openForStudy(deckName.rawValue)
        let store = try opening.result()
        return StudySession(cards: cards, store: store, queue: queue(for: store, kinds: kinds), now: now())
    }

    /// A cram session on deck `name` for an exam on `examDate` (YYYY-MM-DD): today's share of every card, weakest
    /// first, by the plan kept in `Progress/NAME/exam.json` (made again when the exam date changes). Answers to
    /// cards not due anyway are not recorded, so the long-term schedule is untouched.
    func examSession(_ name: String, examDate: String) throws -> (session: StudySession, plan: ExamPlan, today: Int64) {
        let regular = try session(name)
        guard let store = regular.store as? ProgressStore else { throw WorkspaceError.noDecks(folder: global.decks) }
        let calendar = store.snapshot.settings.clock
        guard let examTime = GlobalOptions.parseTime(examDate + "T12:00:00Z") else { throw WorkspaceError.badExamDate(examDate) }
        let examDay = calendar.day(of: examTime)
        let today = calendar.day(of: now())
        guard examDay > today else { throw WorkspaceError.examPassed(examDate) }
        let planURL = store.directory.appendingPathComponent("exam.json")
        var plan = (try? Data(contentsOf: planURL)).flatMap { try? JSONDecoder().decode(ExamPlan.self, from: $0) }
        if plan?.examDay != examDay || plan?.order.count != regular.cards.cardCount {
            let made = ExamPlan(cards: regular.cards, schedules: store.schedule(for:), today: today, examDay: examDay)
            if store.canRecord { try AtomicFile.write(try JSONEncoder().encode(made), to: planURL) }
            plan = made
        }
        let queue = regular.queue
        let cram = CramProgress(base: store, isDue: { queue.isDue($0, at: self.now()) })
        let session = StudySession(cards: regular.cards, store: cram, queue: queue, ids: plan!.share(on: today), now: now())
        return (session, plan!, today)
    }

    /// The deck to open when none is named: the one studied last, else the first with cards due, else the first.
    func defaultDeckName() throws -> String {
        let names = deckStore.names()
        guard !names.isEmpty else { throw WorkspaceError.noDecks(folder: global.decks) }
        return lastStudied(among: names) ?? names[0]
    }

    /// The deck whose review log was written last, if any has one.
    func lastStudied(among names: [String]) -> String? {
        var best: (name: String, date: Date)?
        for name in names {
            let log = global.progressURL.appendingPathComponent(name).appendingPathComponent("reviews.jsonl").path
            guard let date = (try? FileManager.default.attributesOfItem(atPath: log))?[.modificationDate] as? Date else { continue }
            if best == nil || date > best!.date { best = (name, date) }
        }
        return best?.name
    }

    /// What each deck holds and has due now, for the home screen and `decks`, without writing anything: a deck
    /// never studied is counted against empty progress in memory.
    func overview() -> [DeckRow] {
        deckStore.names().map { name in
            // One damaged deck or log is listed with its error; the other decks are still shown.
            do { return try overviewRow(name) } catch {
                return DeckRow(name: name, cards: 0, studied: 0, due: QueueCounts(), error: CLIError.message(for: error, language: language))
            }
        }
    }

    func overviewRow(_ name: String) throws -> DeckRow {
        do {
            let cards = try deckStore.openForStudy(name)
            let hasProgress = FileManager.default.fileExists(atPath: global.progressURL.appendingPathComponent(name).path)
            let store: any ProgressRecording = hasProgress ? try ProgressOpening(root: global.progressURL, deck: name).result()
                : MemoryProgress()
            let limits = store.settings.limits
            let queue = StudyQueue(limits: limits, calendar: store.settings.clock)
            let session = StudySession(cards: cards, store: store, queue: queue, now: now())
            let studied = (0..<cards.cardCount).count { store.schedule(for: cards.cardID(at: $0)) != nil }
            return DeckRow(name: name, cards: cards.cardCount, studied: studied, due: session.counts)
        }
    }
}

/// What went wrong finding the learner's decks.
enum WorkspaceError: Error {
    case noDecks(folder: String)
    case badExamDate(String)
    case examPassed(String)
}
