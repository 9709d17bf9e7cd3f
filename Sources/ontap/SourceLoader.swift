import Foundation
import Timeline

/// Reads a source text from disk with clear errors (missing, unreadable, empty, not UTF-8, binary).
enum SourceLoader {
    static func text(at path: String, language: Language) throws -> String {
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
        do { return try SourceText.decode([UInt8](data)) } catch {
            throw CLIError.fail("\(path): " + error.message(in: language))
        }
    }
}
