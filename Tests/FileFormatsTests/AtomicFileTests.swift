@testable import FileFormats
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Whole-file writes never follow a link placed in the folder beforehand, and crash leftovers are swept up.
@Suite struct AtomicFileTests {
    let folder: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("ontap-atomic-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/inside", withIntermediateDirectories: true)
    }

    func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func aSymlinkAtTheOldTemporaryNameIsNotWrittenThrough() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outside = folder + "/outside.txt"
        try Data("not ontap's".utf8).write(to: URL(fileURLWithPath: outside))
        // The name the temporary file used to have: `.NAME.tmp-PID`, guessable by anyone who can write the folder.
        try FileManager.default.createSymbolicLink(atPath: folder + "/inside/.state.json.tmp-\(getpid())",
                                                   withDestinationPath: "../outside.txt")
        try AtomicFile.write(Array("new".utf8), toPath: folder + "/inside/state.json")
        #expect(contents(outside) == "not ontap's")
        #expect(contents(folder + "/inside/state.json") == "new")
    }

    @Test func temporaryNamesAreRandomAndNoFileIsLeftBehind() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let names = (0..<1000).map { _ in AtomicFile.temporaryName(for: "deck.json") }
        #expect(Set(names).count == names.count)
        let hex = Set("0123456789abcdef")
        #expect(names.allSatisfy { $0.hasPrefix(".deck.json.tmp-") && $0.dropFirst(15).count == 16 && $0.dropFirst(15).allSatisfy(hex.contains) })
        let dir = folder + "/inside"
        for i in 0..<20 { try AtomicFile.write(Array("v\(i)".utf8), toPath: dir + "/deck.json") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["deck.json"])
        #expect(contents(dir + "/deck.json") == "v19")
    }

    @Test func aFileWrittenChunkByChunkHoldsEveryByteInOrder() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/inside/deck.json"
        // More than two chunks, in pieces of odd sizes.
        let piece = Array("Năm 1010, Lý Thái Tổ dời đô.\n".utf8)
        let count = 2 * AtomicFile.ChunkedSink.chunk / piece.count + 7
        try AtomicFile.write(toPath: path) { sink in
            for _ in 0..<count { sink.append(contentsOf: piece) }
        }
        let written = try #require(FileManager.default.contents(atPath: path))
        #expect(written.count == count * piece.count)
        #expect(Array(written) == Array((0..<count).map { _ in piece }.joined()))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/inside") == ["deck.json"])
    }

    struct Refused: Error {}

    @Test func aFailingProducerLeavesTheOldFileAndNoTemporary() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/inside/deck.json"
        try AtomicFile.write(Array("old".utf8), toPath: path)
        #expect(throws: Refused.self) {
            try AtomicFile.write(toPath: path) { sink in
                sink.append(contentsOf: Array(repeating: UInt8(ascii: "x"), count: AtomicFile.ChunkedSink.chunk + 10))
                throw Refused()
            }
        }
        #expect(contents(path) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/inside") == ["deck.json"])
    }

    @Test func leftoversAreRemovedWhenOldEnoughAndNothingElse() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let dir = folder + "/inside"
        let outside = folder + "/outside.txt"
        try Data("keep".utf8).write(to: URL(fileURLWithPath: outside))
        for name in [".state.json.tmp-1234", ".reviews.jsonl.tmp-0123456789abcdef", "state.json", ".lock", "notes.tmp-1"] {
            try Data("x".utf8).write(to: URL(fileURLWithPath: dir + "/" + name))
        }
        try FileManager.default.createSymbolicLink(atPath: dir + "/.deck.json.tmp-99", withDestinationPath: "../outside.txt")
        try FileManager.default.createDirectory(atPath: dir + "/.sub.tmp-1", withIntermediateDirectories: false)
        let now = Int(time(nil))
        // Fresh leftovers may be another writer's file in flight: kept.
        #expect(AtomicFile.removeLeftovers(in: dir, now: now).isEmpty)
        let removed = AtomicFile.removeLeftovers(in: dir, now: now + 601)
        #expect(removed.sorted() == [".deck.json.tmp-99", ".reviews.jsonl.tmp-0123456789abcdef", ".state.json.tmp-1234"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == [".lock", ".sub.tmp-1", "notes.tmp-1", "state.json"])
        #expect(contents(outside) == "keep")
    }
}
