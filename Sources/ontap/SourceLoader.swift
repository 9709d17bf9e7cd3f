import Foundation
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
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError.fail(language == .vi ? "\(path): không có tệp này; hãy kiểm tra lại đường dẫn"
                                                : "\(path): no such file; check the path")
        }
        guard !isDirectory.boolValue else {
            throw CLIError.fail(language == .vi ? "\(path): đây là thư mục, không phải tệp văn bản"
                                                : "\(path): is a folder, not a text file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError.fail(language == .vi ? "\(path): không đọc được tệp (quyền truy cập?)"
                                                : "\(path): cannot read the file (permissions?)")
        }
        let bytes = [UInt8](data)
        do { return (try SourceText.decode(bytes), bytes) } catch {
            throw CLIError.fail("\(path): " + error.message(in: language))
        }
    }
}
