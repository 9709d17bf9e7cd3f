import Foundation
import PropertyBased
import Testing
@testable import Scheduling

@Suite struct SM2Tests {
    let t0: Timestamp = 1_704_067_200_000 + 10 * Milliseconds.hour  // 2024-01-01 10:00 UTC
    let sm2 = SM2(settings: SchedulerSettings(kind: .sm2, enableFuzz: false))

    /// sm2_spec.md §6: the worked example, every review exactly on time.
    @Test func workedExampleFromTheSpec() {
        typealias Row = (Rating, CardPhase, UInt8?, Int32?, UInt16, Int64)  // answer, phase, step, interval, ease, wait ms
        let rows: [Row] = [
            (.good, .learning, 1, nil, 2500, 10 * Milliseconds.minute),
            (.good, .review, nil, 1, 2500, Milliseconds.day),
            (.good, .review, nil, 3, 2500, 3 * Milliseconds.day),
            (.good, .review, nil, 8, 2500, 8 * Milliseconds.day),
            (.good, .review, nil, 20, 2500, 20 * Milliseconds.day),
            (.hard, .review, nil, 24, 2350, 24 * Milliseconds.day),
            (.again, .relearning, 0, 1, 2150, 10 * Milliseconds.minute),
            (.good, .review, nil, 1, 2150, Milliseconds.day),
            (.good, .review, nil, 3, 2150, 3 * Milliseconds.day),
        ]
        var card = CardSchedule.new(at: t0)
        var now = t0
        for (i, row) in rows.enumerated() {
            card = sm2.review(card, rating: row.0, at: now, cardID: 1)
            #expect(card.phase == row.1, "review \(i + 1)")
            #expect(card.step == row.2, "review \(i + 1)")
            if let ivl = row.3 { #expect(card.intervalDays == ivl, "review \(i + 1)") }
            #expect(card.ease == row.4, "review \(i + 1)")
            #expect(card.due - now == row.5, "review \(i + 1)")
            now = card.due
        }
        #expect(card.lapses == 1)
        #expect(card.reps == 9)
    }

    /// The three passing intervals the spec lists for reviews 3, 4, 5 and 9.
    @Test(arguments: [(1, 2500, [2, 3, 4]), (3, 2500, [4, 8, 10]), (8, 2500, [10, 20, 26]), (1, 2150, [2, 3, 4])])
    func passingIntervalsOnTime(interval: Int, ease: Int, expected: [Int]) {
        let last = t0
        let card = CardSchedule(phase: .review, due: last + Int64(interval) * Milliseconds.day, lastReview: last,
                                ease: UInt16(ease), intervalDays: Int32(interval))
        let got = [Rating.hard, .good, .easy].map { Int(sm2.review(card, rating: $0, at: card.due, cardID: 1).intervalDays) }
        #expect(got == expected)
    }

    @Test func lateReviewsEarnABonusAndEaseChanges() {
        let card = CardSchedule(phase: .review, due: t0 + 10 * Milliseconds.day, lastReview: t0, ease: 2500, intervalDays: 10)
        let late = t0 + 14 * Milliseconds.day  // 4 days late
        #expect(sm2.review(card, rating: .good, at: late, cardID: 1).intervalDays == 30)  // (10 + 2) * 2.5
        let easy = sm2.review(card, rating: .easy, at: late, cardID: 1)
        #expect(easy.intervalDays == 46)  // round(14 * 2.5 * 1.3 = 45.5)
        #expect(easy.ease == 2650)
        #expect(sm2.review(card, rating: .hard, at: late, cardID: 1).intervalDays == 12)
        #expect(sm2.review(card, rating: .hard, at: late, cardID: 1).ease == 2350)
    }

    @Test func earlyReviewUsesTheGentlerFormula() {
        let card = CardSchedule(phase: .review, due: t0 + 10 * Milliseconds.day, lastReview: t0, ease: 2500, intervalDays: 10)
        let early = t0 + 4 * Milliseconds.day  // 6 days early
        #expect(sm2.review(card, rating: .good, at: early, cardID: 1).intervalDays == 10)  // max(4 * 2.5, 10)
        #expect(sm2.review(card, rating: .hard, at: early, cardID: 1).intervalDays == 6)  // max(4.8, 6)
        #expect(sm2.review(card, rating: .easy, at: early, cardID: 1).intervalDays == 12)  // 10 * 1.15 = 11.5
    }

    @Test func easeNeverFallsBelow130Percent() {
        var card = CardSchedule(phase: .review, due: t0, lastReview: t0 - Milliseconds.day, ease: 1400, intervalDays: 1)
        card = sm2.review(card, rating: .hard, at: t0, cardID: 1)
        #expect(card.ease == 1300)
        card = sm2.review(card, rating: .again, at: card.due, cardID: 1)
        #expect(card.ease == 1300)
    }

    @Test func learningStepsAndEasyGraduation() {
        var card = sm2.review(.new(at: t0), rating: .hard, at: t0, cardID: 1)
        #expect(card.phase == .learning && card.step == 0 && card.due - t0 == 330_000)
        card = sm2.review(card, rating: .easy, at: card.due, cardID: 1)
        #expect(card.phase == .review && card.intervalDays == 4 && card.ease == 2500)
        let single = SM2(settings: SchedulerSettings(kind: .sm2, learningSteps: [600], enableFuzz: false))
        #expect(single.review(.new(at: t0), rating: .hard, at: t0, cardID: 1).due - t0 == 900_000)
        let none = SM2(settings: SchedulerSettings(kind: .sm2, learningSteps: [], enableFuzz: false))
        #expect(none.review(.new(at: t0), rating: .again, at: t0, cardID: 1).intervalDays == 1)
    }

    @Test func lapseWithoutRelearningStepsStaysInReview() {
        let s = SM2(settings: SchedulerSettings(kind: .sm2, relearningSteps: [], enableFuzz: false,
                                                sm2: SM2Parameters(lapseMultiplier: 0.5, minimumLapseIntervalDays: 2)))
        let card = CardSchedule(phase: .review, due: t0 + 9 * Milliseconds.day, lastReview: t0, ease: 2500, intervalDays: 9)
        let next = s.review(card, rating: .again, at: card.due, cardID: 1)
        #expect(next.phase == .review && next.intervalDays == 4)  // trunc(4.5)
    }

    @Test func daysAreCountedAfterTheRollover() throws {
        // Last review 23:00 local, next 05:00 the day after next: two calendar days after a 4 a.m. rollover.
        let zone = try #require(TimeZone(identifier: "Asia/Ho_Chi_Minh"))  // UTC+7
        let clock = StudyClock(timeZone: zone, rolloverHour: 4)
        let last: Timestamp = 1_704_067_200_000 + 16 * Milliseconds.hour  // 2024-01-01 23:00 +07
        #expect(clock.daysBetween(last, last + 6 * Milliseconds.hour) == 1)  // 05:00 next day
        #expect(clock.daysBetween(last, last + 4 * Milliseconds.hour) == 0)  // 03:00 still the same study day
        let card = CardSchedule(phase: .review, due: last + Milliseconds.day, lastReview: last, intervalDays: 1)
        #expect(!clock.isDue(card, at: last + 4 * Milliseconds.hour))
        #expect(clock.isDue(card, at: last + 6 * Milliseconds.hour))
    }

    @Test func fuzzedIntervalsStayInOrderAndInTheirWindow() async {
        let fuzzy = SM2(settings: SchedulerSettings(kind: .sm2, enableFuzz: true))
        await propertyCheck(count: 200, input: Gen.int(in: 1...400), Gen.int(in: 1300...3500), Gen.int(in: 0...30)) { ivl, ease, late in
            let card = CardSchedule(phase: .review, due: t0 + Int64(ivl) * Milliseconds.day, lastReview: t0,
                                    ease: UInt16(ease), intervalDays: Int32(ivl), reps: 5)
            let at = card.due + Int64(late) * Milliseconds.day
            let h = fuzzy.review(card, rating: .hard, at: at, cardID: 9).intervalDays
            let g = fuzzy.review(card, rating: .good, at: at, cardID: 9).intervalDays
            let e = fuzzy.review(card, rating: .easy, at: at, cardID: 9).intervalDays
            #expect(h > Int32(ivl) && g > h && e > g)
        }
    }
}

@Suite struct StudyClockTests {
    @Test func reviewCardsAreDueForTheWholeStudyDay() {
        let clock = StudyClock(rolloverHour: 4)  // UTC
        let due: Timestamp = 1_704_067_200_000 + 15 * Milliseconds.hour  // 2024-01-01 15:00
        let card = CardSchedule(phase: .review, due: due, lastReview: due - Milliseconds.day, intervalDays: 1)
        #expect(clock.isDue(card, at: due - 10 * Milliseconds.hour))  // 05:00 the same study day
        #expect(!clock.isDue(card, at: due - 12 * Milliseconds.hour))  // 03:00 still the previous study day
        let learning = CardSchedule(phase: .learning, step: 1, due: due)
        #expect(!clock.isDue(learning, at: due - 1))  // (re)learning cards wait for their exact time
        #expect(clock.isDue(learning, at: due))
    }

    @Test func daylightSavingTimeShiftsTheRolloverWithLocalTime() throws {
        let berlin = StudyClock(timeZone: try #require(TimeZone(identifier: "Europe/Berlin")), rolloverHour: 4)
        // 2024-03-31 02:00 UTC+1 becomes 03:00 UTC+2. 04:00 local is 03:00 UTC before and 02:00 UTC after.
        let mar30At0259UTC: Timestamp = 1_711_767_540_000  // 2024-03-30 02:59 UTC = 03:59 local (UTC+1)
        let mar30At0300UTC = mar30At0259UTC + Milliseconds.minute  // 04:00 local: a new day
        #expect(berlin.day(of: mar30At0300UTC) - berlin.day(of: mar30At0259UTC) == 1)
        let mar31At0159UTC = mar30At0300UTC + 23 * Milliseconds.hour - Milliseconds.minute  // 03:59 local (UTC+2)
        let mar31At0200UTC = mar31At0159UTC + Milliseconds.minute  // 04:00 local (UTC+2): the next day
        #expect(berlin.day(of: mar31At0159UTC) == berlin.day(of: mar30At0300UTC))
        #expect(berlin.day(of: mar31At0200UTC) == berlin.day(of: mar30At0300UTC) + 1)
    }
}
