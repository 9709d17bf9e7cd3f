import Foundation
import PropertyBased
import Scheduling
import Testing
@testable import Store

@Suite struct SnapshotCodecTests {
    static func schedule(_ i: Int) -> CardSchedule {
        CardSchedule(phase: CardPhase(rawValue: UInt8(i % 4))!, step: i % 3 == 0 ? nil : UInt8(i % 5),
                     stability: Double(i) * 0.731 + 1e-7, difficulty: 10 / Double(i + 3), due: 1_780_000_000_000 + Int64(i) * 86_400_000,
                     lastReview: i % 2 == 0 ? nil : 1_779_000_000_000 + Int64(i), ease: UInt16(1300 + i % 2000),
                     intervalDays: Int32(i % 400), reps: UInt16(i % 70), lapses: UInt16(i % 9))
    }

    static func sample(cards: Int) -> ProgressSnapshot {
        var snapshot = ProgressSnapshot(deck: "lịch-sử", settings: SchedulerSettings(), logCount: cards * 3,
                                        logBytes: 12_345, logLast: .review(ReviewRecord(cardID: "c1", rating: .hard, time: 9, durationMs: 1)))
        for i in 0..<cards { snapshot.cards["c\(String(i, radix: 16))"] = schedule(i) }
        snapshot.suspended = ["c1", "c2"]
        snapshot.buriedUntil = ["c3": 1_780_000_000_000]
        snapshot.flags = ["c1": 7, "c4": 1]
        return snapshot
    }

    @Test func roundTripsExactly() throws {
        let snapshot = Self.sample(cards: 500)
        let decoded = try decodeState(SnapshotCodec.encode(snapshot))
        #expect(decoded.version == ProgressSnapshot.currentVersion)
        #expect(decoded.snapshot == snapshot)
    }

    @Test func roundTripsAnyDouble() async {
        await propertyCheck(count: 300, input: Gen.int(in: Int.min...Int.max), Gen.int(in: -400...400)) { bits, scale in
            var s = CardSchedule(due: 1)
            s.stability = Double(bitPattern: UInt64(bitPattern: Int64(bits)))
            s.difficulty = Double(bits % 1_000_000) * pow(10, Double(scale % 300))
            guard s.stability.isFinite, s.difficulty.isFinite else { return }
            let snapshot = ProgressSnapshot(deck: "d", settings: SchedulerSettings(), cards: ["x": s])
            let back = try decodeState(SnapshotCodec.encode(snapshot)).snapshot.cards["x"]!
            #expect(back.stability.bitPattern == s.stability.bitPattern)
            #expect(back.difficulty.bitPattern == s.difficulty.bitPattern)
        }
    }

    @Test func isPlainJSONThatFoundationReads() throws {
        let bytes = SnapshotCodec.encode(Self.sample(cards: 20))
        let object = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
        #expect(object?["format"] as? String == "ontap-state")
        #expect((object?["cards"] as? [String: Any])?.count == 20)
        // one card a line, so a person can read it and a diff stays small
        #expect(String(decoding: bytes, as: UTF8.self).split(separator: "\n").count == 20 + 8)
    }

    @Test func readsVersion1AsWrittenByTheFirstOntap() throws {
        let v1 = #"{"cards":{"c1":{"difficulty":5,"due":100,"ease":2500,"interval":0,"lapses":0,"phase":1,"reps":1,"stability":2.3065}},"deck":"d","format":"ontap-state","log_count":1,"settings":{"day_rollover_hour":4,"desired_retention":0.9,"enable_fuzz":true,"kind":"fsrs","learning_steps":[60,600],"maximum_interval":36500,"relearning_steps":[600],"weights":[0.212,1.2931,2.3065,8.2956,6.4133,0.8334,3.0194,0.001,1.8722,0.1666,0.796,1.4835,0.0614,0.2629,1.6483,0.6014,1.8729,0.5425,0.0912,0.0658,0.1542]},"version":1}"#
        let decoded = try decodeState(Array(v1.utf8))
        #expect(decoded.version == 1)
        #expect(decoded.snapshot.logCount == 1)
        #expect(decoded.snapshot.cards["c1"]?.stability == 2.3065)
        #expect(decoded.snapshot.cards["c1"]?.lastReview == nil)
    }
}
