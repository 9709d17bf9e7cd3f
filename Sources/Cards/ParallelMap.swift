import Dispatch

/// An order-keeping map over the processor's cores, for the per-event and per-card work of deck generation (the
/// screens, the card makers, the card checks). Each call must be pure: the result is then the serial map's,
/// element for element, so decks do not depend on the number of cores or on scheduling.
package enum ParallelMap {
    /// Items per task: enough to make scheduling cheap, few enough to spread uneven work.
    package static let chunk = 64

    /// `items.map(transform)`, worked out on all cores, `chunk` items a task.
    package static func map<T: Sendable, R: Sendable>(_ items: [T], chunk: Int = chunk, _ transform: @Sendable (T) -> R) -> [R] {
        let count = items.count
        guard count > chunk else { return items.map(transform) }
        let tasks = (count + chunk - 1) / chunk
        return items.withUnsafeBufferPointer { input in
            let source = SharedPointer(base: UnsafeMutablePointer(mutating: input.baseAddress!))
            return [R](unsafeUninitializedCapacity: count) { output, initialized in
                let target = SharedPointer(base: output.baseAddress!)
                // Each task writes only its own slots, so no two threads touch the same memory.
                DispatchQueue.concurrentPerform(iterations: tasks) { task in
                    let start = task * chunk
                    for index in start..<min(start + chunk, count) {
                        (target.base + index).initialize(to: transform(source.base[index]))
                    }
                }
                initialized = count
            }
        }
    }

    /// `items.compactMap(transform)`, worked out on all cores.
    package static func compactMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R?) -> [R] {
        map(items, transform).compactMap { $0 }
    }

    /// A pointer handed to the tasks, each of which reads or writes only its own elements.
    private struct SharedPointer<Element>: @unchecked Sendable {
        let base: UnsafeMutablePointer<Element>
    }
}
