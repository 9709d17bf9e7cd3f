import FileFormats
import Foundation
import Testing
@testable import Store
#if canImport(Glibc)
import Glibc
#endif

/// Symbolic links and special files where ontap keeps its files (a `Progress/` shared through git can carry
/// them): nothing is written through a link, nothing blocks on a FIFO, and a deck rewritten in place while it is
/// open cannot crash the session.
@Suite struct SpecialFileTests {
    let folder = TemporaryFolder()
    var root: URL { folder.url.appendingPathComponent("Progress") }

    /// `Progress/deck/.lock` → `../../outside.txt`, as a shared folder could carry it.
    func linkTheLockOutside() throws {
        folder.write("outside.txt", "not ontap's")
        try FileManager.default.createDirectory(atPath: folder.file("Progress/deck"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.file("Progress/deck/.lock"), withDestinationPath: "../../outside.txt")
    }

    @Test func aLockThatLinksElsewhereIsNeverWritten() throws {
        try linkTheLockOutside()
        let outside = try FileManager.default.attributesOfItem(atPath: folder.file("outside.txt"))
        let report = ProgressDoctor.check(root: root, deck: "deck", knownCardIDs: nil)
        #expect(report.findings.contains { $0.severity == .error && $0.path.hasSuffix(".lock") && $0.message.contains("symbolic link") })
        let store = try ProgressStore(root: root, deck: "deck")
        #expect(!store.canRecord)
        #expect(store.notices.contains { $0.description.contains(".lock is a symbolic link") }, "\(store.notices)")
        _ = try store.record(sampleReviews(1)[0])
        #expect(throws: StoreError.self) { _ = try ProgressDoctor.repair(root: root, deck: "deck", knownCardIDs: nil) }
        #expect(folder.text("outside.txt") == "not ontap's")
        let after = try FileManager.default.attributesOfItem(atPath: folder.file("outside.txt"))
        #expect(after[.modificationDate] as? Date == outside[.modificationDate] as? Date)
        #expect(after[.posixPermissions] as? Int == outside[.posixPermissions] as? Int)
    }

    @Test func aLogThatLinksElsewhereIsNeverAppendedTo() throws {
        do {
            let store = try ProgressStore(root: root, deck: "deck")
            _ = try store.record(sampleReviews(1)[0])
        }
        let log = folder.read("Progress/deck/reviews.jsonl")!
        folder.write("outside.jsonl", log)
        try FileManager.default.removeItem(atPath: folder.file("Progress/deck/reviews.jsonl"))
        try FileManager.default.createSymbolicLink(atPath: folder.file("Progress/deck/reviews.jsonl"), withDestinationPath: "../../outside.jsonl")
        let store = try ProgressStore(root: root, deck: "deck")
        #expect(!store.canRecord)
        #expect(store.notices.contains { $0.description.contains("symbolic link") }, "\(store.notices)")
        _ = try store.record(sampleReviews(2)[1])
        #expect(folder.read("outside.jsonl") == log)
    }

    @Test func regularFileRefusalNamesTheKind() throws {
        folder.write("plain", "x")
        try FileManager.default.createSymbolicLink(atPath: folder.file("link"), withDestinationPath: "plain")
        #expect(mkfifo(folder.file("fifo"), 0o600) == 0)
        #expect(RegularFile.refusal(at: folder.file("plain")) == nil)
        #expect(RegularFile.refusal(at: folder.file("absent")) == nil)
        #expect(RegularFile.refusal(at: folder.file("link")) == .symbolicLink)
        #expect(RegularFile.refusal(at: folder.file("fifo")) == .fifo)
    }

    /// A FIFO at each file ontap reads: the open fails at once with the file named (an alarm ends a child that blocks).
    @Test(arguments: ["Progress/deck/state.json", "Progress/deck/reviews.jsonl", "Decks/deck.json"])
    func aFIFOIsRefusedWithoutBlocking(_ relative: String) async {
        await #expect(processExitsWith: .success) { [relative] in
            alarm(10)
            let folder = TemporaryFolder()
            try FileManager.default.createDirectory(atPath: folder.file("Progress/deck"), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: folder.file("Decks"), withIntermediateDirectories: true)
            guard mkfifo(folder.file(relative), 0o600) == 0 else { exit(2) }
            do throws(StoreError) {
                if relative.hasPrefix("Decks") {
                    _ = try DeckStore(directory: folder.url.appendingPathComponent("Decks")).openForStudy("deck")
                } else {
                    _ = try ProgressStore(root: folder.url.appendingPathComponent("Progress"), deck: "deck")
                }
                exit(3)
            } catch {
                guard case let .unreadable(path, reason) = error else { exit(5) }
                exit(path.hasSuffix(relative) && reason == .notRegularFile(.fifo) ? 0 : 4)
            }
        }
    }

    /// `cp new.json Decks/deck.json` while `study` has the deck open truncates and rewrites it in place: the open
    /// deck keeps the cards it had, and no page of it can vanish (SIGBUS ends the child otherwise).
    @Test func aDeckRewrittenInPlaceWhileOpenCannotCrashTheSession() async {
        await #expect(processExitsWith: .success) {
            let folder = TemporaryFolder()
            try FileManager.default.createDirectory(atPath: folder.file("Decks"), withIntermediateDirectories: true)
            let store = DeckStore(directory: folder.url.appendingPathComponent("Decks"))
            var deck = DeckStoreTests.sampleDeck()
            for i in 0..<2000 {
                var card = deck.cards[i % deck.cards.count]
                card.id = "k\(i)"
                card.prompt += String(repeating: " câu hỏi", count: 20)
                deck.cards.append(card)
            }
            try store.save(deck)
            let open = try store.openForStudy(deck.name)
            guard open.cardCount == deck.cards.count else { exit(2) }
            let fd = Glibc.open(store.url(for: try DeckName(deck.name)).path, O_WRONLY | O_TRUNC)
            guard fd >= 0, write(fd, "{}", 2) == 2 else { exit(3) }
            close(fd)
            for i in 0..<open.cardCount where open.card(at: i).id != open.cardID(at: i) { exit(4) }
            exit(0)
        }
    }
}
