import Dispatch
import Foundation
import Store

/// Opens a deck's progress on another thread while the caller reads the deck.
final class ProgressOpening: @unchecked Sendable {
    // Written once by the worker before `done` is signalled, read once after: the semaphore orders the accesses.
    private var outcome: Result<ProgressStore, any Error>?
    private let done = DispatchSemaphore(value: 0)

    init(root: URL, deck: String) {
        Thread.detachNewThread { [self] in
            outcome = Result {
                try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
                return try ProgressStore(root: root, deck: deck)
            }
            done.signal()
        }
    }

    /// Waits for the store (or the error that opening it gave).
    func result() throws -> ProgressStore {
        done.wait()
        return try outcome!.get()
    }
}
