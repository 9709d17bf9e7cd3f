import FileFormats
import Foundation
import Terminal
import Timeline

/// Reads a source text from disk with clear errors (missing, unreadable, empty, not UTF-8, binary).
enum SourceLoader {
    /// The file's text and its bytes (for the deck's source hash), read once.
    /// `-` reads standard input.
    static func load(_ path: String, language: Language) throws -> (text: String, bytes: [UInt8]) {
        if path == "-" {
            let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            do { return (try SourceText.decode(bytes), bytes) } catch {
                throw CLIError.fail((language == .vi ? "đầu vào chuẩn: " : "standard input: ") + error.message(in: language))
            }
        }
        let bytes: [UInt8]
        do throws(FileError) {
            guard let file = try MappedFile(path: path, copy: true) else { throw .unreadable(path: path, problem: .system(errno: ENOENT)) }
            bytes = Array(file.bytes)
        } catch {
            guard case let .unreadable(_, problem) = error else { throw CLIError.fail(Messages(language: language).describe(error)) }
            throw CLIError.fail(Messages(language: language).sourceUnreadable(path, problem))
        }
        do { return (try SourceText.decode(bytes), bytes) } catch {
            throw CLIError.fail("\(path): " + error.message(in: language))
        }
    }
}
