import FileFormats
import Foundation

/// `FileFormats`' whole-file writes with their failure told as a `StoreError` (a file under `Decks/` or `Progress/`).
extension AtomicFile {
    static func save(_ data: Data, to url: URL) throws(StoreError) {
        do { try write(data, to: url) } catch { throw StoreError(error) }
    }

    static func save(_ bytes: [UInt8], toPath path: String) throws(StoreError) {
        do { try write(bytes, toPath: path) } catch { throw StoreError(error) }
    }

    static func save(_ buffer: UnsafeRawBufferPointer, toPath path: String) throws(StoreError) {
        do { try write(buffer, toPath: path) } catch { throw StoreError(error) }
    }
}

/// `FileFormats`' mapped reads with their failure told as a `StoreError`.
extension MappedFile {
    /// The file at `path` (nil when it does not exist); `copy` and `stable` as in `MappedFile.init(path:copy:stable:)`.
    static func open(_ path: String, copy: Bool = false, stable: Bool = false) throws(StoreError) -> MappedFile? {
        do { return try MappedFile(path: path, copy: copy, stable: stable) } catch { throw StoreError(error) }
    }
}

extension StoreError {
    /// The error for a JSON `failure` met in `bytes`, the contents of the file at `path`.
    static func damaged(_ failure: JSONFailure, in bytes: UnsafeBufferPointer<UInt8>, path: String) -> StoreError {
        StoreError(TextPosition.error(failure, in: bytes, path: path))
    }
}
