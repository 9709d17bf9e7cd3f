import Foundation
import Timeline

/// Where `export -o` may write: never under `Progress/`, never onto a deck or its source in `Decks/`, and onto any
/// other existing file only with `--force` (ontap does not own it).
enum OutputTarget {
    /// Why a target was refused.
    enum Refusal: Error, Equatable {
        /// The file is in the progress folder (the learner's history).
        case progress(path: String)
        /// The file is an existing deck or deck source.
        case deck(path: String)
        /// The file exists and `--force` was not given.
        case exists(path: String)
        /// The path is a folder.
        case folder(path: String)

        /// What went wrong and what to do, in `language`.
        func message(in language: Language) -> String {
            switch (self, language) {
            case let (.progress(path), .vi): return "không ghi vào \(path): đây là thư mục tiến độ học; hãy chọn tệp khác cho -o"
            case let (.progress(path), .en): return "will not write \(path): it is in the progress folder; choose another file for -o"
            case let (.deck(path), .vi): return "không ghi đè \(path): đây là một bộ thẻ hoặc văn bản nguồn của nó; hãy chọn tệp khác cho -o"
            case let (.deck(path), .en): return "will not overwrite \(path): it is a deck or a deck's source; choose another file for -o"
            case let (.exists(path), .vi): return "\(path) đã có; thêm --force để ghi đè, hoặc chọn tệp khác cho -o"
            case let (.exists(path), .en): return "\(path) already exists; add --force to overwrite it, or choose another file for -o"
            case let (.folder(path), .vi): return "\(path) là một thư mục; hãy cho -o một tên tệp"
            case let (.folder(path), .en): return "\(path) is a folder; give -o a file name"
            }
        }
    }

    /// Checks `path` as an export target beside the workspace's `decks` and `progress` folders.
    static func check(_ path: String, decks: URL, progress: URL, force: Bool) throws(Refusal) {
        let target = resolved(URL(fileURLWithPath: path))
        if isInside(target, resolved(progress)) { throw .progress(path: path) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory) else { return }
        if isDirectory.boolValue { throw .folder(path: path) }
        if isInside(target, resolved(decks)), isDeckOrSource(target, in: resolved(decks)) { throw .deck(path: path) }
        if !force { throw .exists(path: path) }
    }

    /// A deck file (`NAME.json`) or the source text a deck in `folder` was made from (named in its header).
    static func isDeckOrSource(_ file: URL, in folder: URL) -> Bool {
        if file.pathExtension.lowercased() == "json" { return true }
        let needle = Data(("\"file\":\"" + file.lastPathComponent + "\"").utf8)
        let decks = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        return decks.contains { deck in
            guard deck.pathExtension == "json", let handle = try? FileHandle(forReadingFrom: deck) else { return false }
            defer { try? handle.close() }
            return (try? handle.read(upToCount: 4096))?.range(of: needle) != nil
        }
    }

    /// `url` with symbolic links resolved (of the file if it exists, else of its folder).
    static func resolved(_ url: URL) -> URL {
        let absolute = url.standardizedFileURL
        if FileManager.default.fileExists(atPath: absolute.path) { return absolute.resolvingSymlinksInPath() }
        return absolute.deletingLastPathComponent().resolvingSymlinksInPath().appendingPathComponent(absolute.lastPathComponent)
    }

    static func isInside(_ file: URL, _ folder: URL) -> Bool {
        let parts = file.pathComponents, base = folder.pathComponents
        return parts.count > base.count && Array(parts.prefix(base.count)) == base
    }
}
