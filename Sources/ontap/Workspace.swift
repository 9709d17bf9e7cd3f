import Cards
import Foundation
import Scheduling
import Store
import Study
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
    func queue(for store: ProgressStore) -> StudyQueue {
        StudyQueue(calendar: StudyClock(timeZone: .current, rolloverHour: store.snapshot.settings.dayRolloverHour))
    }

    /// Loads deck `name`, turning store errors into a printed message and exit code.
    func deck(_ name: String) throws -> Deck {
        do { return try deckStore.load(name) } catch { throw CLIError.fail(CLIError.message(for: error, language: language)) }
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

    /// A study session on deck `name` at the current time.
    ///
    /// The deck and its progress are read at the same time (two cores: a large deck shows its first card sooner).
    func session(_ name: String) throws -> StudySession {
        do { return try openSession(name) } catch { throw CLIError.fail(CLIError.message(for: error, language: language)) }
    }

    /// `session(name)` without printing: its error as thrown (for listing every deck, a broken one marked).
    func openSession(_ name: String) throws -> StudySession {
        let deckName = try DeckName(name)
        guard FileManager.default.fileExists(atPath: deckStore.url(for: deckName).path) else {
            // Checked first so that no Progress/ folder is made for a deck that does not exist.
            throw StoreError.deckNotFound(name: name, available: deckStore.names())
        }
        let opening = ProgressOpening(root: global.progressURL, deck: deckName.rawValue)
        let cards = try deckStore.openForStudy(name)
        let store = try opening.result()
        return StudySession(cards: cards, store: store, queue: queue(for: store), now: now())
    }

    /// The deck to open when none is named: the first alphabetically (`:deck NAME` switches in the REPL).
    func defaultDeckName() throws -> String {
        let names = deckStore.names()
        guard let first = names.first else {
            throw CLIError.fail(language == .vi
                ? "chưa có bộ thẻ nào trong \(global.decks)/; hãy tạo bằng `ontap generate TỆP`"
                : "no decks in \(global.decks)/ yet; make one with `ontap generate FILE`")
        }
        return first
    }
}
