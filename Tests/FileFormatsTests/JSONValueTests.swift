import FileFormats
import Testing

/// The JSON tree every reader of other programs' JSON uses (timelines, Anki's note types, replay files): the same
/// grammar as `JSONScanner`, offsets for lines, numbers as written.
@Suite struct JSONValueTests {
    @Test func valuesKeepTheirOffsetsAndNumbersTheirText() throws {
        let text = "{\"a\": [1945, 3.0, -2e3],\n \"b\": {\"c\": \"Hà Nội\", \"d\": null, \"e\": true}}"
        let bytes = Array(text.utf8)
        let root = try JSONValue.parse(bytes)
        #expect(root["a"]?.items.map(\.kind) == [.number("1945"), .number("3.0"), .number("-2e3")])
        #expect(root["a"]?.items.first?.int == 1945 && root["a"]?.items[1].int == nil)
        let b = try #require(root["b"])
        #expect(b.line(in: bytes) == 2 && b["c"]?.string == "Hà Nội" && b["d"]?.kind == .null && b["e"]?.kind == .bool(true))
        #expect(JSONValue.Lines(bytes).line(of: b.offset) == 2)
    }

    @Test func faultsHaveOffsetsAndNonFiniteNumbersOnlyWhenAsked() {
        #expect(throws: JSONFailure.self) { try JSONValue.parse("[1, 2") }
        #expect(throws: JSONFailure.self) { try JSONValue.parse("{\"a\": 1} x") }
        #expect(throws: JSONFailure.self) { try JSONValue.parse("[NaN]") }
        #expect(throws: JSONFailure.self) { try JSONValue.parse(String(repeating: "[", count: 500)) }
        #expect((try? JSONValue.parse(Array("[NaN, -Infinity]".utf8), nonFiniteNumbers: true))?.items.map(\.kind)
                == [.number("NaN"), .number("-Infinity")])
        do {
            _ = try JSONValue.parse("{\"a\": 1,\n \"b\" 2}")
            Issue.record("accepted a missing colon")
        } catch {
            #expect(error.offset == 14 && error.problem == .expected(.character(":"), found: .character("2")), "\(error)")
        }
    }
}
