import Testing
@testable import Cards

/// `ParallelMap` gives the serial map's result, element for element, whatever the size (below, at and above one
/// task's chunk, and many chunks) and however uneven the work per element.
@Suite struct ParallelMapTests {
    @Test(arguments: [0, 1, ParallelMap.chunk, ParallelMap.chunk + 1, 10 * ParallelMap.chunk + 7, 20_000])
    func mapKeepsOrder(count: Int) {
        let items = (0..<count).map { "e\($0)" }
        // uneven work: some elements take far longer than others
        let transform: @Sendable (String) -> String = { item in
            var text = item
            for _ in 0..<(item.hasSuffix("7") ? 200 : 1) { text = String(text.reversed()) }
            return text + "|" + String(item.count)
        }
        #expect(ParallelMap.map(items, transform) == items.map(transform))
    }

    @Test func compactMapDropsNilsInOrder() {
        let items = Array(0..<5_000)
        let keep: @Sendable (Int) -> Int? = { $0 % 3 == 0 ? nil : $0 * 2 }
        #expect(ParallelMap.compactMap(items, keep) == items.compactMap(keep))
    }
}
