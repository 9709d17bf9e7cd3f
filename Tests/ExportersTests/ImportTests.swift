import Cards
import Scheduling
import Store
import Testing
@testable import Exporters

/// `export → import → export` for every format that can carry a deck back, and the bad files the importer refuses
/// with a typed error (what, where) instead of a deck.
@Suite struct ImportTests {
    static let now: Int64 = 1_780_000_000_000

    /// The test deck plus a chronology card and a cloze card, so every shape of note is exported.
    static let deck: Deck = {
        var deck = TestDeck.deck
        deck.cards += [
            Card(id: "c4", kind: .chronology, prompt: "Sắp xếp:", answer: "BCA", choices: ["Hội đồng NRC", "PfP", "Giai đoạn"],
                 eventID: "e1", sourceSentence: "s", choiceDates: ["2002", "1994", "1997"]),
            Card(id: "c5", kind: .cloze, prompt: "Năm 1994, [...] tham gia PfP: {a}.", answer: "Nga: \"x\"}",
                 eventID: "e1", sourceSentence: "Năm 1994, Nga tham gia."),
            Card(id: "c6", kind: .reverse, prompt: "=1+1 là gì?", answer: "-2\nhai dòng", eventID: "e2",
                 sourceSentence: "@mention"),
        ]
        return deck
    }()

    static func read(_ bytes: [UInt8], _ format: ImportFormat, name: String? = "demo", path: String = "in") throws(ImportError) -> ImportedDeck {
        try DeckImporter.read(bytes, path: path, format: format, options: ImportOptions(deckName: name, withProgress: true))
    }

    static func export(_ deck: Deck, _ format: ExportFormat, progress: ProgressSnapshot? = nil, reviews: [ReviewRecord] = []) throws -> [UInt8] {
        try format.exporter().export(ExportInput(deck: deck, progress: progress, reviews: reviews, now: now))
    }

    @Test(arguments: [ExportFormat.tsv, .csv, .quizlet])
    func textExportsComeBackAsTheSameFile(format: ExportFormat) throws {
        let first = try Self.export(Self.deck, format)
        let importFormat: ImportFormat = format == .tsv ? .tsv : format == .csv ? .csv : .quizlet
        let imported = try Self.read(first, importFormat)
        #expect(imported.deck.cards.count == Self.deck.cards.count)
        let second = try Self.export(imported.deck, format)
        #expect(String(decoding: second, as: UTF8.self) == String(decoding: first, as: UTF8.self))
    }

    /// Anki text carries guids, not ids: imported over the deck it came from, the cards take that deck's ids back.
    @Test func ankiTextOverItsOwnDeckKeepsTheIds() throws {
        var imported = try Self.read(try Self.export(Self.deck, .tsv), .tsv)
        #expect(imported.deck.cards.map(\.id) != Self.deck.cards.map(\.id))
        #expect(imported.adoptIDs(of: Self.deck) == Self.deck.cards.count)
        #expect(imported.deck.cards.map(\.id) == Self.deck.cards.map(\.id))
        #expect(imported.deck.cards.allSatisfy { $0.guid == nil }, "the guid is the deck's own again")
        #expect(try Self.export(imported.deck, .tsv) == Self.export(Self.deck, .tsv))
    }

    @Test func csvKeepsIdsKindsChoicesAndQuotedLineBreaks() throws {
        let imported = try Self.read(try Self.export(Self.deck, .csv), .csv).deck
        #expect(imported.cards.map(\.id) == Self.deck.cards.map(\.id))
        #expect(imported.cards.map(\.kind) == Self.deck.cards.map(\.kind))
        let original = Self.deck.cards.map { [$0.prompt, $0.answer] + $0.choices + [$0.sourceSentence] + $0.choiceDates }
            .map { $0.map(TextNormalizer.nfc) }
        #expect(imported.cards.map { [$0.prompt, $0.answer] + $0.choices + [$0.sourceSentence] + $0.choiceDates } == original)
        // Written under another name, the cards keep the guid Anki knows them by.
        let renamed = try Self.read(try Self.export(Self.deck, .csv), .csv, name: "other").deck
        #expect(renamed.cards.map { NoteIdentity.guid(deck: "other", card: $0) }
                == Self.deck.cards.map { NoteIdentity.guid(deck: "demo", card: $0.id) })
    }

    @Test func ankiPackageComesBackWithIdsOrderAndProgress() throws {
        let reviews = AnkiPackageExporterTests.reviews.filter { $0.cardID != "gone" }
        let progress = AnkiPackageExporterTests.progress(reviews)
        let first = try Self.export(Self.deck, .apkg, progress: progress, reviews: reviews)
        let imported = try Self.read(first, .apkg)
        #expect(imported.deck.cards.map(\.id) == Self.deck.cards.map(\.id))
        #expect(imported.deck.cards.map(\.prompt) == Self.deck.cards.map { TextNormalizer.nfc($0.prompt) })
        #expect(imported.deck.cards.map(\.choices) == Self.deck.cards.map { $0.choices.map(TextNormalizer.nfc) })
        #expect(imported.deck.cards[3].choiceDates == ["2002", "1994", "1997"])
        #expect(imported.reviews.map(\.rating) == reviews.map(\.rating))
        // Anki's revlog id is the review time in ms and unique: of two reviews in the same ms, the second comes back 1 ms later.
        #expect(Swift.zip(imported.reviews, reviews).allSatisfy { $0.time - $1.time == ($1 == reviews[1] ? 1 : 0) })
        // The same reviews replayed give the same schedule, so the second package equals the first row for row.
        let again = AnkiPackageExporterTests.progress(imported.reviews)
        let second = try Self.export(imported.deck, .apkg, progress: again, reviews: imported.reviews)
        let a = try Self.database(first), b = try Self.database(second)
        for query in ["select id, guid, mid, tags, flds, sfld, csum, data from notes order by id",
                      "select id, nid, did, ord, type, queue, due, ivl, factor, reps, lapses, left, data from cards order by id",
                      "select * from revlog order by id"] {
            #expect(try a.rows(query) == b.rows(query), "\(query)")
        }
    }

    static func database(_ package: [UInt8]) throws -> SQLiteDatabase {
        let zip = try ZipReader(package, maximumEntryBytes: Int.max)
        return try SQLiteDatabase(bytes: try zip.read(try #require(zip.entry("collection.anki2"))))
    }

    /// A zip of stored entries, as `ZipArchive` writes them.
    static func zip(_ entries: [(String, [UInt8])]) throws -> [UInt8] {
        final class Sink { var bytes: [UInt8] = [] }
        let sink = Sink()
        let emit: (UnsafeRawBufferPointer) throws(ExportError) -> Void = { piece in sink.bytes += piece }
        var archive = ZipArchive()
        for (name, content) in entries {
            var failure: ExportError?
            content.withUnsafeBytes { buffer in
                do throws(ExportError) { try archive.add(name, buffer, emit: emit) } catch { failure = error }
            }
            if let failure { throw failure }
        }
        try archive.finish(emit: emit)
        return sink.bytes
    }

    @Test(arguments: ["../collection.anki2", "/etc/passwd", "a/../../x", "C:\\x", "media\\..\\..\\x"])
    func zipEntriesThatLeaveTheirFolderAreRefused(name: String) throws {
        let bytes = try Self.zip([("collection.anki2", Array("x".utf8)), (name, Array("x".utf8))])
        #expect(throws: ImportError.entryEscapes(path: "in", entry: name)) { try Self.read(bytes, .apkg) }
    }

    @Test func aZipWithoutACollectionIsNotAnAnkiPackage() throws {
        let bytes = try Self.zip([("notes.txt", Array("hello".utf8))])
        #expect(throws: ImportError.notAnkiPackage(path: "in", entries: ["notes.txt"])) { try Self.read(bytes, .apkg) }
        #expect(throws: ImportError.notAZip(path: "in", problem: .notAZip)) {
            try Self.read(Array("not a zip at all, just text".utf8), .apkg)
        }
        let modern = try Self.zip([("collection.anki21b", [1, 2, 3]), ("media", [])])
        #expect(throws: ImportError.damagedPart(path: "in", entry: "collection.anki21b", problem: .notZstd)) { try Self.read(modern, .apkg) }
    }

    @Test func aDamagedCollectionIsNamed() throws {
        let garbage = try Self.zip([("collection.anki2", Array(repeating: 0x5A, count: 4096))])
        #expect {
            try Self.read(garbage, .apkg)
        } throws: { error in
            guard case let .damaged(_, what, _) = error as? ImportError else { return false }
            return what == "collection.anki2"
        }
        // A real collection cut short: SQLite's own check finds it.
        var package = try Self.export(Self.deck, .apkg)
        let zip = try ZipReader(package, maximumEntryBytes: Int.max)
        var collection = try zip.read(try #require(zip.entry("collection.anki2")))
        collection.removeLast(collection.count / 2)
        package = try Self.zip([("collection.anki2", collection)])
        #expect(throws: ImportError.self) { try Self.read(package, .apkg) }
        // A page overwritten with zeros: SQLite's report, on one line.
        var zeroed = try zip.read(try #require(zip.entry("collection.anki2")))
        zeroed.replaceSubrange(4096..<8192, with: [UInt8](repeating: 0, count: 4096))
        #expect {
            try Self.read(try Self.zip([("collection.anki2", zeroed)]), .apkg)
        } throws: { error in
            guard case let .damaged(_, what, reason) = error as? ImportError else { return false }
            return what == "collection.anki2" && reason.hasPrefix("Page 2") && !reason.contains("\n")
        }
        // A truncated download: the zip's table of contents is gone.
        let whole = try Self.export(Self.deck, .apkg)
        #expect(throws: ImportError.self) { try Self.read(Array(whole.prefix(whole.count - 30)), .apkg) }
    }

    /// Damaged copies of real files (bytes flipped, cut, repeated) are read or refused with an `ImportError`, never a
    /// crash: 3,000 deterministic mutations over a package, an Anki text and a CSV.
    @Test func mutatedFilesAreReadOrRefusedNeverACrash() throws {
        let originals: [(ImportFormat, [UInt8])] = [
            (.apkg, try Self.export(Self.deck, .apkg, progress: AnkiPackageExporterTests.progress(AnkiPackageExporterTests.reviews),
                                    reviews: AnkiPackageExporterTests.reviews)),
            (.tsv, try Self.export(Self.deck, .tsv)), (.csv, try Self.export(Self.deck, .csv)), (.quizlet, try Self.export(Self.deck, .quizlet)),
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(max(1, bound)))
        }
        var refused = 0
        for round in 0..<3_000 {
            let (format, original) = originals[round % originals.count]
            var bytes = original
            switch next(4) {
            case 0: for _ in 0...next(8) { bytes[next(bytes.count)] = UInt8(next(256)) }
            case 1: bytes.removeLast(next(bytes.count))
            case 2: let at = next(bytes.count); bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + next(64))], at: next(bytes.count))
            default: bytes[next(bytes.count)] = [0x00, 0x22, 0x0A, 0x09, 0xFF, 0x2C][next(6)]
            }
            do { _ = try DeckImporter.read(bytes, path: "in", format: format, options: ImportOptions(deckName: "d", withProgress: true)) } catch {
                refused += 1
            }
        }
        #expect(refused > 100, "the mutations must reach the refusals")
    }

    @Test func aZipBombIsRefusedBeforeMemoryIsSetAside() throws {
        var bytes = try Self.zip([("collection.anki2", Array(repeating: 0x41, count: 100))])
        // Make the entry claim to be deflated and 900 MB (local header and central directory), with 100 bytes of data.
        let central = bytes.count - 22 - (46 + "collection.anki2".utf8.count)
        for offset in [8, central + 10] { bytes[offset] = 8; bytes[offset + 1] = 0 }
        for offset in [22, central + 24] {
            let size: UInt32 = 900_000_000
            for k in 0..<4 { bytes[offset + k] = UInt8((size >> (8 * UInt32(k))) & 0xff) }
        }
        #expect(throws: ImportError.damagedPart(path: "in", entry: "collection.anki2", problem: .claimsTooMuch)) {
            try Self.read(bytes, .apkg)
        }
    }

    @Test func brokenCSVQuotingNamesLineAndColumn() {
        let text = "question,answer\n\"Năm nào?\",1991\nAi?,\"Lý Thái Tổ\n"
        #expect(throws: ImportError.badQuoting(path: "in", line: 3, column: 5)) {
            try Self.read(Array(text.utf8), .csv)
        }
        let tsv = "#separator:tab\n#html:true\nfront\t\"back\n"
        #expect(throws: ImportError.badQuoting(path: "in", line: 3, column: 7)) {
            try Self.read(Array(tsv.utf8), .tsv)
        }
    }

    @Test func invalidUTF8IsNamedByLineAndColumn() {
        let bytes = Array("term\tdefinition\nNăm\t19".utf8) + [0xFF] + Array("91\n".utf8)
        #expect(throws: ImportError.invalidUTF8(path: "in", line: 2, column: 7)) { try Self.read(bytes, .quizlet) }
    }

    @Test func unknownNoteTypesAreRefusedOrSkippedWithACount() throws {
        let text = "#separator:tab\n#notetype column:1\nBasic\tNăm nào?\t1991\nImage Occlusion\tx\ty\nImage Occlusion\tz\tw\n"
        #expect(throws: ImportError.unknownNoteTypes(path: "in", counts: [.init(name: "Image Occlusion", notes: 2)])) {
            try Self.read(Array(text.utf8), .tsv)
        }
        let skipped = try DeckImporter.read(Array(text.utf8), path: "in", format: .tsv,
                                            options: ImportOptions(deckName: "d", skipUnknownNoteTypes: true))
        #expect(skipped.deck.cards.count == 1 && skipped.skipped == [.init(name: "Image Occlusion", notes: 2)])
    }

    @Test func controlCharactersNeverReachTheDeck() throws {
        let text = "Năm \u{1B}[31mnào\u{07}?\t19\u{1B}]0;x\u{07}91"
        let card = try #require(try Self.read(Array(text.utf8), .quizlet).deck.cards.first)
        #expect(!(card.prompt + card.answer).unicodeScalars.contains { $0.properties.generalCategory == .control })
        #expect(card.prompt == "Năm [31mnào?")
    }

    @Test func quizletSeparators() throws {
        let comma = try Self.read(Array("Liên Xô tan rã,1991\nGenève,1954, tháng 7\n".utf8), .quizlet).deck.cards
        #expect(comma.map(\.prompt) == ["Liên Xô tan rã", "Genève"] && comma.map(\.answer) == ["1991", "1954, tháng 7"])
        let semicolon = try Self.read(Array("Liên Xô\t1991;Genève\t1954".utf8), .quizlet).deck.cards
        #expect(semicolon.map(\.answer) == ["1991", "1954"])
        #expect(throws: ImportError.badRow(path: "in", line: 2, problem: .noSeparator(tabOnly: true))) {
            try Self.read(Array("a\tb\nno separator\n".utf8), .quizlet)
        }
    }

    @Test func ankiTextHeadersAndStockNoteTypes() throws {
        let text = """
        #separator:Semicolon
        #html:true
        #notetype:Basic (and reversed card)
        #deck:Lịch sử::Chương 3
        #tags:sử
        <b>Genève</b>;"1954&nbsp;<br>tháng 7"
        """
        let imported = try DeckImporter.read(Array(text.utf8), path: "in", format: .tsv, options: ImportOptions())
        #expect(imported.deck.name == "Chương-3")
        #expect(imported.deck.cards.map(\.prompt) == ["Genève", "1954 \ntháng 7"])
        #expect(imported.deck.cards.allSatisfy { $0.tags == ["sử"] })
        let cloze = try Self.read(Array("#notetype:Cloze\n{{c1::Hà Nội}} là thủ đô từ {{c2::1010::năm}}.\tThêm\n".utf8), .tsv).deck.cards
        #expect(cloze.map(\.prompt) == ["[...] là thủ đô từ 1010.", "Hà Nội là thủ đô từ [...]."])
        #expect(cloze.map(\.answer) == ["Hà Nội", "1010"] && cloze.map(\.sourceSentence) == ["Thêm", "Thêm"])
    }

    /// A note from someone else's Anki goes back with its guid, fields and tags as they were (no empty source line).
    @Test func aForeignNoteGoesBackToAnkiAsItCame() throws {
        let text = "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\n"
            + "zL!Zr1b:T8\tBasic\tLịch sử::Chương 3\tNăm nào Liên Xô tan rã?\t1991\tlịch-sử\n"
        let deck = try DeckImporter.read(Array(text.utf8), path: "in", format: .tsv, options: ImportOptions()).deck
        let back = String(decoding: try Self.export(deck, .tsv), as: UTF8.self)
        #expect(back.hasSuffix("zL!Zr1b:T8\tBasic\tontap::Chương-3\tNăm nào Liên Xô tan rã?\t1991\tlịch-sử\n"), "\(back)")
    }

    @Test func theAnkiDecksNameIsTheTitleOfTheSheet() throws {
        let text = "#separator:tab\n#deck:Lịch sử::Chương 3: Cách mạng\nNăm nào?\t1945\n"
        let deck = try DeckImporter.read(Array(text.utf8), path: "in", format: .tsv, options: ImportOptions()).deck
        #expect(deck.name == "Chương-3-Cách-mạng" && deck.title == "Chương 3: Cách mạng")
        let sheet = try MarkdownExporter().text(ExportInput(deck: deck, now: Self.now))
        #expect(sheet.hasPrefix("# Chương 3: Cách mạng\n"))
        #expect(Deck.title(ofText: "# Chiến dịch Điện Biên Phủ\n\nNăm 1954, …") == "Chiến dịch Điện Biên Phủ")
        #expect(Deck.title(ofText: "Năm 1954, chiến dịch kết thúc.\nRồi …") == nil)
        #expect(Deck.title(ofText: "Một dòng duy nhất") == nil)
    }

    @Test func formatIsFoundFromNameAndContent() {
        #expect(ImportFormat.detect(fileName: "x.bin", head: [0x50, 0x4B, 3, 4]) == .apkg)
        #expect(ImportFormat.detect(fileName: "x.txt", head: Array("#separator:tab\n".utf8)) == .tsv)
        #expect(ImportFormat.detect(fileName: "x.csv", head: Array("date,event\n1991,x\n".utf8)) == .timeline)
        #expect(ImportFormat.detect(fileName: "x.csv", head: Array("\u{FEFF}id,guid,kind\n".utf8)) == .csv)
        #expect(ImportFormat.detect(fileName: "x.txt", head: Array("a\tb\n".utf8)) == .quizlet)
        #expect(ImportFormat.detect(fileName: "x.quizlet", head: Array("a\tb\n".utf8)) == .quizlet)
        #expect(ImportFormat.detect(fileName: "x.yaml", head: []) == .timeline)
        #expect(ImportFormat.detect(fileName: "x.doc", head: Array("hello".utf8)) == nil)
    }
}
