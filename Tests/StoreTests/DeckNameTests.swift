import FileFormats
import Foundation
import Testing
@testable import Store

@Suite struct DeckNameTests {
    @Test(arguments: ["nato-russia", "cach_mang_1945", "lịch-sử"])
    func acceptsPlainNames(name: String) throws {
        #expect(try DeckName(name).rawValue == name)
    }

    @Test(arguments: ["", "..", "../x", "/etc/passwd", "a/b", ".hidden", "a\u{0}b", "a\u{1B}[31m"])
    func refusesPathsAndControlCharacters(name: String) {
        #expect(throws: StoreError.self) { try DeckName(name) }
    }

    @Test func atomicWriteReplacesWholeFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ontap-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("state.json")
        try AtomicFile.write(Data("one".utf8), to: file)
        try AtomicFile.write(Data("two".utf8), to: file)
        #expect(try String(contentsOf: file, encoding: .utf8) == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["state.json"])
    }
}
