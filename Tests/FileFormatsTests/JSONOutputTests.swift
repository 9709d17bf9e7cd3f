import FileFormats
import Foundation
import Testing

/// Strings that would act on a terminal are escaped in every JSON ontap writes; everything else stays readable.
@Suite struct JSONOutputTests {
    static let hostile = "a\u{1B}]52;c;aGk=\u{07}\u{85}\u{9B}2J\u{202E}\u{2066}\u{7F} Hà Nội – «x»"

    @Test func terminalControlsAreEscapedAndReadBack() throws {
        var out = JSONOutput()
        out.string(Self.hostile)
        let text = String(decoding: out.bytes, as: UTF8.self)
        #expect(text == #""a\u001b]52;c;aGk=\u0007\u0085\u009b2J\u202e\u2066\u007f Hà Nội – «x»""#)
        #expect(!text.unicodeScalars.contains { JSONOutput.actsOnTerminal($0) || $0.value < 0x20 })
        let back = try out.bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer)
            return try scanner.readString()
        }
        #expect(back == Self.hostile)
    }

    @Test func foundationsJSONIsEscapedToTheSameValue() throws {
        let data = try JSONEncoder().encode(["k": Self.hostile])
        let escaped = JSONOutput.escapingTerminalControls(data)
        #expect(!String(decoding: escaped, as: UTF8.self).unicodeScalars.contains { JSONOutput.actsOnTerminal($0) })
        #expect(try JSONDecoder().decode([String: String].self, from: escaped) == ["k": Self.hostile])
    }
}
