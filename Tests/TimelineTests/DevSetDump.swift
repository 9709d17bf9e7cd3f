import Foundation
import Testing
import Timeline

/// Writes the extractor's JSON for the development set when ONTAP_DUMP_DIR is set, for
/// `python3 ../shared/eval/score.py --system-dir $ONTAP_DUMP_DIR --gold-dir ../shared/eval/gold`.
/// Skipped otherwise (the texts live outside the repository).
@Suite struct DevSetDump {
    static let directory = ProcessInfo.processInfo.environment["ONTAP_DUMP_DIR"]
    static let shared = ProcessInfo.processInfo.environment["ONTAP_SHARED_DIR"] ?? "../shared"

    @Test(.enabled(if: directory != nil))
    func dump() throws {
        let directory = try #require(Self.directory)
        let texts = [("seed", "seed/000_5450f467cb2031ca.txt"),
                     ("vi_cach_mang_thang_tam", "eval/texts/vi_cach_mang_thang_tam.txt"),
                     ("en_american_revolutionary_war", "eval/texts/en_american_revolutionary_war.txt")]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        for (name, path) in texts {
            let bytes = try #require(FileManager.default.contents(atPath: Self.shared + "/" + path))
            let text = try SourceText.decode([UInt8](bytes))
            try encoder.encode(EventExtractor().extract(text, language: nil))
                .write(to: URL(fileURLWithPath: directory + "/" + name + ".json"))
        }
    }
}
