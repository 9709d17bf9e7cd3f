import Cards
import Scheduling
import Store
import Testing
@testable import Exporters

@Suite struct AnkiPackageExporterTests {
    static let day: Int64 = 86_400_000
    static let now: Int64 = 1_780_000_000_000

    /// Progress made the way ontap makes it: reviews replayed through the deck's scheduler.
    static func progress(_ reviews: [ReviewRecord]) -> ProgressSnapshot {
        let settings = SchedulerSettings()
        let scheduler = settings.makeScheduler()
        var cards: [String: CardSchedule] = [:]
        for review in reviews {
            cards[review.cardID] = scheduler.review(cards[review.cardID] ?? .new(at: review.time), rating: review.rating,
                                                    at: review.time, cardID: ContentID.seed(of: review.cardID))
        }
        return ProgressSnapshot(deck: "demo", settings: settings, logCount: reviews.count, cards: cards)
    }

    static let reviews = [
        ReviewRecord(cardID: "c1", rating: .good, time: now - 10 * day, durationMs: 4_000),
        ReviewRecord(cardID: "c1", rating: .good, time: now - 10 * day, durationMs: 90_000),  // same ms: id moves on
        ReviewRecord(cardID: "c1", rating: .good, time: now - 3 * day, durationMs: 2_000),
        ReviewRecord(cardID: "c2", rating: .again, time: now - 60_000, durationMs: 1_000),
        ReviewRecord(cardID: "gone", rating: .good, time: now - day, durationMs: 1_000),      // card no longer in deck
    ]

    static func database(_ input: ExportInput) throws -> SQLiteDatabase {
        let zip = try AnkiPackageExporter().export(input)
        // The reader `ontap import` uses, which checks each entry's CRC.
        let reader = try ZipReader(zip, maximumEntryBytes: Int.max)
        #expect(reader.entries.map(\.name) == ["collection.anki2", "media"])
        #expect(try reader.read(reader.entries[1]) == Array("{}".utf8))
        return try SQLiteDatabase(bytes: try reader.read(reader.entries[0]))
    }

    @Test func collectionIsSchema11WithOwnNoteTypeAndNestedDeck() throws {
        let db = try Self.database(ExportInput(deck: TestDeck.deck, now: Self.now))
        #expect(try db.rows("select ver, count() from col") == [["11", "1"]])
        // A v1 collection would have its learning rows' buttons rewritten on import (FORMAT.md A.2).
        #expect(try db.rows("select json_extract(conf, '$.schedVer') from col") == [["2"]])
        let models = try #require(try db.rows("select models, decks from col").first)
        #expect(models[0]?.contains("\"name\":\"ontap (Front\\/Back\\/Source)\"") == true
                || models[0]?.contains("\"name\":\"ontap (Front/Back/Source)\"") == true)
        #expect(models[1]?.contains("\"name\":\"ontap::demo\"") == true && models[1]?.contains("\"name\":\"ontap\"") == true)
        #expect(try db.rows("select count() from notes")[0][0] == "3")
        #expect(try db.rows("select count() from cards where type = 0 and queue = 0")[0][0] == "3")
        #expect(try db.rows("select count() from revlog")[0][0] == "0")
        #expect(try db.rows("select name from sqlite_master where type = 'table' order by name").map { $0[0] ?? "" }
                == ["cards", "col", "graves", "notes", "revlog"])
    }

    @Test func notesHaveThreeEscapedNFCFieldsAndAnkisChecksum() throws {
        let db = try Self.database(ExportInput(deck: TestDeck.deck, now: Self.now))
        let rows = try db.rows("select flds, sfld, csum, tags from notes order by id")
        let c2 = try #require(rows.first { $0[0]?.contains("được ký") == true })
        let fields = try #require(c2[0]).split(separator: "\u{1F}", omittingEmptySubsequences: false)
        #expect(fields.count == 3)
        // Nothing is typed in Anki, so no "(answer with a letter)" line.
        #expect(fields[0] == "\(TestDeck.composed) được ký năm nào?<br>A. 1991<br>B. 1997<br>C. 2002<br>D. 2014")
        #expect(fields[1] == "B. 1997" && fields[2] == "a, b &amp; c")
        #expect(c2[3] == " ontap::deck::demo ontap::kind::choice ontap::century::20 ontap::decade::1990s ")
        let c1 = try #require(rows.first { $0[0]?.hasPrefix("Nga tham gia") == true })
        #expect(c1[0]?.hasPrefix("Nga tham gia &lt;PfP&gt; vào năm nào?\u{1F}năm 1994\u{1F}Năm 1994, Nga &quot;tham gia&quot;.\tHết.<br>Dòng 2") == true)
        #expect(c1[1] == "Nga tham gia <PfP> vào năm nào?")
        // FORMAT.md A.5's worked example: "Năm NATO thành lập?" → 244255019.
        #expect(AnkiPackageExporter.checksum("Năm NATO thành lập?") == 244_255_019)
        #expect(c1[2] == String(AnkiPackageExporter.checksum("Nga tham gia <PfP> vào năm nào?")))
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let input = ExportInput(deck: TestDeck.deck, progress: Self.progress(Self.reviews), reviews: Self.reviews, now: Self.now)
        #expect(try AnkiPackageExporter().export(input) == AnkiPackageExporter().export(input))
    }

    @Test func guidsAndIdsAreStableAcrossExportsAndDiffer() throws {
        let first = try Self.database(ExportInput(deck: TestDeck.deck, now: Self.now)).rows("select id, guid from notes order by id")
        let later = try Self.database(ExportInput(deck: TestDeck.deck, now: Self.now + 5 * Self.day)).rows("select id, guid from notes order by id")
        #expect(first == later)
        #expect(Set(first.map { $0[1] }).count == 3)
        #expect(NoteIdentity.guid(deck: "demo", card: "c1") != NoteIdentity.guid(deck: "other", card: "c1"))
    }

    @Test func progressBecomesSchedulingStateFSRSDataAndRevlog() throws {
        let input = ExportInput(deck: TestDeck.deck, progress: Self.progress(Self.reviews), reviews: Self.reviews, now: Self.now)
        let db = try Self.database(input)
        let crt = try #require(Int64(try db.rows("select crt from col")[0][0] ?? ""))
        #expect(crt % 86_400 == 0 && crt * 1000 < Self.now - 10 * Self.day)
        let cards = try db.rows("select n.flds, c.type, c.queue, c.due, c.ivl, c.factor, c.reps, c.data, c.id from cards c join notes n on n.id = c.nid")
        let c1 = try #require(cards.first { $0[0]?.hasPrefix("Nga tham gia") == true })
        let schedule = try #require(input.progress?.cards["c1"])
        #expect(schedule.phase == .review)
        #expect(c1[1] == "2" && c1[2] == "2" && c1[6] == "3")
        #expect(Int64(c1[3] ?? "") == (schedule.due / 1000 - crt) / 86_400)
        #expect(c1[7]?.contains("\"s\":") == true && c1[7]?.contains("\"lrt\":\((Self.now - 3 * Self.day) / 1000)") == true)
        let c2 = try #require(cards.first { $0[0]?.contains("được ký") == true })
        #expect(c2[1] == "1" && c2[2] == "1" && (Int64(c2[3] ?? "") ?? 0) > 1_000_000_000)  // intraday learning: unix s
        let c3 = try #require(cards.first { $0[0]?.contains("Năm 2002") == true })
        #expect(c3[1] == "0" && c3[2] == "0")
        let revlog = try db.rows("select id, cid, ease, time, type, ivl from revlog order by id")
        #expect(revlog.count == 4)
        #expect(Set(revlog.map { $0[0] }).count == 4)
        #expect(revlog.map { $0[2] } == ["3", "3", "3", "1"])
        #expect(revlog[1][3] == "60000" && revlog[0][4] == "0")
        #expect(revlog.prefix(3).allSatisfy { $0[1] == c1[8] })
        #expect(revlog[2][4] == "1" && Int64(revlog[2][5] ?? "") ?? 0 >= 1)
    }
}
