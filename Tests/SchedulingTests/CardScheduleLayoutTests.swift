import Testing
@testable import Scheduling

@Suite struct CardScheduleLayoutTests {
    @Test func aCardStateFitsIn64Bytes() {
        #expect(MemoryLayout<CardSchedule>.stride <= 64)
    }

    @Test func ratingsAreOneToFour() {
        #expect(Rating.allCases.map(\.rawValue) == [1, 2, 3, 4])
    }
}
