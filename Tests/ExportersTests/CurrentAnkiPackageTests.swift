import CZstd
import Cards
import Testing
@testable import Exporters

/// Packages in Anki's current layout (Anki 2.1.50 and later: `meta` version 3, a Zstandard-compressed
/// `collection.anki21b`, a Zstandard Protocol Buffers `media` map) and the media files of any package: read, or
/// refused with a typed error, never half read. Real Anki's own packages are in `OntapTests` (`AnkiPackageImportTests`).
@Suite struct CurrentAnkiPackageTests {
    static func compress(_ bytes: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: ZSTD_compressBound(bytes.count))
        let count = out.withUnsafeMutableBytes { target in
            bytes.withUnsafeBytes { ZSTD_compress(target.baseAddress, target.count, $0.baseAddress, $0.count, 3) }
        }
        #expect(ZSTD_isError(count) == 0)
        return Array(out.prefix(count))
    }

    /// A protobuf length-delimited field (numbers under 128 only, as these tests need).
    static func field(_ number: UInt8, _ bytes: [UInt8]) -> [UInt8] {
        precondition(bytes.count < 128)
        return [number << 3 | 2, UInt8(bytes.count)] + bytes
    }

    /// `MediaEntries` listing `names` (each entry: name, size, 20-byte sha1), compressed.
    static func mediaList(_ names: [String]) -> [UInt8] {
        compress(names.flatMap { field(1, field(1, Array($0.utf8)) + [0x10, 0x05] + field(3, Array(repeating: 7, count: 20))) })
    }

    /// The collection of an ontap export, as the SQLite file's bytes.
    static func exportedCollection() throws -> [UInt8] {
        let package = try ImportTests.export(ImportTests.deck, .apkg)
        let zip = try ZipReader(package, maximumEntryBytes: Int.max)
        return try zip.read(try #require(zip.entry("collection.anki2")))
    }

    static func read(_ entries: [(String, [UInt8])]) throws -> ImportedDeck {
        try ImportTests.read(try ImportTests.zip(entries), .apkg)
    }

    @Test func aCompressedCollectionIsReadWhateverTheStubBesideIt() throws {
        let collection = try Self.exportedCollection()
        let imported = try Self.read([("meta", [0x08, 0x03]), ("collection.anki2", Array(repeating: 0x5A, count: 4096)),
                                      ("collection.anki21b", Self.compress(collection)), ("media", Self.mediaList(["map.png", "a.mp3"]))])
        #expect(imported.deck.cards.map(\.id) == ImportTests.deck.cards.map(\.id))
        #expect(imported.droppedMedia == 2)
    }

    @Test func legacyMediaMapsAreCounted() throws {
        let collection = try Self.exportedCollection()
        for (map, count) in [("{}", 0), ("{\"0\": \"map.png\", \"1\": \"Trống đồng.jpg\", \"2\": \"x.mp3\"}", 3), ("", 0)] {
            let imported = try Self.read([("collection.anki2", collection), ("media", Array(map.utf8))])
            #expect(imported.droppedMedia == count, "\(map)")
        }
    }

    @Test func aTruncatedOrForeignCollectionIsNamed() throws {
        let compressed = Self.compress(try Self.exportedCollection())
        let cases: [([UInt8], PackageProblem)] = [
            (Array(compressed.prefix(compressed.count * 2 / 3)), .truncated),
            (Array(compressed.prefix(6)), .truncated),
            (Array("SQLite format 3 but not compressed".utf8), .notZstd),
            (Self.compress(Array(repeating: 0x41, count: 10_000)), .notSQLite),
        ]
        for (bytes, problem) in cases {
            #expect(throws: ImportError.damagedPart(path: "in", entry: "collection.anki21b", problem: problem)) {
                try Self.read([("collection.anki21b", bytes), ("media", Self.mediaList([]))])
            }
        }
        // Flipped bytes inside the compressed data: libzstd's own checks (the frame's checksum, its block sizes).
        var flipped = compressed
        for index in stride(from: 20, to: flipped.count - 8, by: 97) { flipped[index] ^= 0x5A }
        #expect {
            try Self.read([("collection.anki21b", flipped)])
        } throws: { error in
            switch error as? ImportError {
            case let .damagedPart(_, entry, problem): return entry == "collection.anki21b" && problem != .notZstd
            case let .damaged(_, what, _): return what == "collection.anki21b"
            default: return false
            }
        }
    }

    /// A small file that would unpack to more than ontap reads (a "zip bomb" made with Zstandard) stops at the limit.
    @Test func decompressionStopsAtItsLimit() throws {
        let bomb = Self.compress([UInt8](repeating: 0, count: 1 << 20))
        #expect(bomb.count < 1_000)
        func unpack(_ limit: Int) -> Result<[UInt8], PackageProblem> {
            bomb.withUnsafeBytes { buffer in
                do { return .success(try ZstdDecoder.decompress(buffer, maximumBytes: limit)) } catch { return .failure(error as! PackageProblem) }
            }
        }
        #expect(unpack(100_000) == .failure(.tooLarge(limit: 100_000)))
        let whole = try unpack(1 << 20).get()
        #expect(whole.count == 1 << 20 && whole.allSatisfy { $0 == 0 })
    }

    @Test func aDamagedMediaMapIsNamed() throws {
        let collection = try Self.exportedCollection()
        let cases: [([UInt8], PackageProblem)] = [
            (Array("{\"0\": \"map.png\",\n \"1\": }".utf8), .badMediaJSON(line: 2)),
            (Array("not a map".utf8), .unknownMediaMap),
            (Self.compress([0x0A, 0x40, 0x01]), .badMediaList(entry: 0)),
            (Self.compress(Self.field(1, [0x0A, 0x09, 0x41])), .badMediaList(entry: 1)),
            (Array(Self.mediaList(["map.png"]).dropLast(3)), .truncated),
        ]
        for (bytes, problem) in cases {
            #expect(throws: ImportError.damagedPart(path: "in", entry: "media", problem: problem)) {
                try Self.read([("collection.anki2", collection), ("media", bytes)])
            }
        }
    }

    @Test func aNewerLayoutIsRefusedByItsVersion() throws {
        #expect(throws: ImportError.newerAnkiPackage(path: "in", version: 4)) {
            try Self.read([("meta", [0x08, 0x04]), ("collection.anki21b", [1, 2, 3])])
        }
    }

    /// Anki empties `notes.data` when it imports a package; the card's custom data still gives back ontap's ids and order.
    @Test func idsAndOrderComeBackFromTheCardsCustomData() throws {
        let db = try SQLiteDatabase(bytes: try Self.exportedCollection())
        let marks = try db.rows("select data from cards order by id").compactMap { $0[0] }
        #expect(marks.allSatisfy { $0.contains(#""cd":"{\"ontap\":\"c"#) }, "\(marks)")
        try db.execute("update notes set data = ''; update cards set id = id + 7")
        let imported = try Self.read([("collection.anki2", try db.serialize())])
        #expect(imported.deck.cards.map(\.id) == ImportTests.deck.cards.map(\.id))
        // Not from anyone else's note type: a card of a Basic note keeps an id of its own.
        #expect(AnkiPackageReader.customMark(#"{"s":1.5,"cd":"{\"ontap\":\"c1/2\"}"}"#) == "c1/2")
        #expect(AnkiPackageReader.customMark(#"{"cd":"{\"other\":1}"}"#) == nil)
        #expect(AnkiScheduling.withCustomMark(#"{"s":1}"#, "c1/2") == #"{"s":1,"cd":"{\"ontap\":\"c1/2\"}"}"#)
        #expect(AnkiScheduling.withCustomMark("", String(repeating: "x", count: 95)) == "", "over Anki's 100 bytes: left out")
    }

    /// Damaged compressed parts (bytes flipped, cut, repeated inside the Zstandard data, then zipped whole, so the
    /// zip's checksums pass) are read or refused with an `ImportError`, never a crash: 600 deterministic mutations.
    @Test func mutatedCompressedPartsAreReadOrRefusedNeverACrash() throws {
        let collection = Self.compress(try Self.exportedCollection())
        let media = Self.mediaList(["map.png", "Trống đồng.jpg", "x.mp3"])
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(max(1, bound)))
        }
        var refused = 0
        for round in 0..<600 {
            var parts = [collection, media]
            let part = round % 2
            switch next(3) {
            case 0: for _ in 0...next(4) { parts[part][next(parts[part].count)] = UInt8(next(256)) }
            case 1: parts[part].removeLast(next(parts[part].count))
            default:
                let at = next(parts[part].count)
                parts[part].insert(contentsOf: parts[part][at..<min(parts[part].count, at + next(32))], at: next(parts[part].count))
            }
            do { _ = try Self.read([("meta", [0x08, 0x03]), ("collection.anki21b", parts[0]), ("media", parts[1])]) } catch {
                #expect(error is ImportError)
                refused += 1
            }
        }
        #expect(refused > 200, "the mutations must reach the refusals")
    }

    @Test func protobufFieldsReadWhatTheyCanAndRefuseTheRest() throws {
        let message = try ProtobufFields([0x08, 0x96, 0x01, 0x12, 0x02, 0x68, 0x69, 0x1D, 1, 2, 3, 4, 0x08, 0x01][...])
        #expect(message.varint(1) == 1 && message.string(2) == "hi" && message.fields.count == 4)
        #expect(throws: ProtobufFields.Malformed(offset: 0)) { try ProtobufFields([0x12, 0x05, 0x41][...]) }
        #expect(throws: ProtobufFields.Malformed.self) { try ProtobufFields([0x08, 0x80][...]) }
        #expect(throws: ProtobufFields.Malformed(offset: 0)) { try ProtobufFields([0x0F][...]) }
    }
}
