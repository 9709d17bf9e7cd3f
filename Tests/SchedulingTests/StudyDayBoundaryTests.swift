import Foundation
import Testing
@testable import Scheduling

@Suite struct StudyDayBoundaryTests {
    /// Every hour of two years in a zone with daylight saving: the boundary found is exactly where the day changes.
    @Test(arguments: ["Europe/Berlin", "Asia/Ho_Chi_Minh", "America/New_York"])
    func boundariesAreWhereTheStudyDayChanges(zone: String) throws {
        let clock = StudyClock(timeZone: try #require(TimeZone(identifier: zone)), rolloverHour: 4)
        var t: Timestamp = 1_700_000_000_000
        for _ in 0..<(2 * 365 * 24) {
            let start = clock.startOfDay(containing: t)
            #expect(start <= t)
            #expect(clock.day(of: start) == clock.day(of: t))
            #expect(clock.day(of: start - 1) == clock.day(of: t) - 1)
            let next = clock.startOfNextDay(after: t)
            #expect(clock.day(of: next) == clock.day(of: t) + 1)
            #expect(clock.day(of: next - 1) == clock.day(of: t))
            t += Milliseconds.hour + 7 * Milliseconds.minute
        }
    }
}
