import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import Store

/// A crash between creating a temporary file and renaming it leaves `.NAME.tmp-…`: the next writer sweeps it up.
@Suite struct TemporaryLeftoverTests {
    @Test func openingProgressRemovesItsFolderLeftovers() throws {
        let folder = TemporaryFolder()
        folder.write("Progress/deck/.state.json.tmp-4242", "{half")
        folder.write("Progress/deck/.reviews.jsonl.tmp-00ff00ff00ff00ff", "{half")
        folder.write("outside.txt", "keep")
        try FileManager.default.createSymbolicLink(atPath: folder.file("Progress/deck/.state.json.tmp-1"),
                                                   withDestinationPath: "../../outside.txt")
        let store = try ProgressStore(root: folder.url.appendingPathComponent("Progress"), deck: "deck")
        #expect(store.canRecord)
        #expect(folder.list("Progress/deck").allSatisfy { !$0.contains(".tmp-") })
        #expect(folder.text("outside.txt") == "keep")
    }

    @Test func savingADeckRemovesOldLeftoversOnly() throws {
        let folder = TemporaryFolder()
        folder.write("Decks/.old.json.tmp-1", "{half")
        folder.write("Decks/.new.json.tmp-2", "{half")
        // A crash an hour ago: its leftover is old; a fresh one may be another `generate` writing right now.
        var times = [timespec(tv_sec: time(nil) - 3600, tv_nsec: 0), timespec(tv_sec: time(nil) - 3600, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, folder.file("Decks/.old.json.tmp-1"), &times, 0) == 0)
        let store = DeckStore(directory: folder.url.appendingPathComponent("Decks"))
        try store.save(DeckStoreTests.sampleDeck())
        #expect(folder.list("Decks").sorted() == [".new.json.tmp-2", "lịch-sử.json"])
    }
}
