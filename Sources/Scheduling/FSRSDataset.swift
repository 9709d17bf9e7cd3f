/// Review histories prepared for fitting: per card, whole-day gaps and grades, and which reviews are
/// training or held-out targets (fsrs-rs's FSRSItems, stored once per card instead of once per review).
///
/// A review is a target when it comes at least one day after the card's previous review and is not the card's
/// first; its prediction uses every earlier review of the card.
public struct FSRSDataset: Sendable {
    /// What a review is used for.
    public enum Role: UInt8, Sendable {
        case history = 0
        case train = 1
        case test = 2
    }

    /// Flattened per-review arrays; card `c` spans `start[c]..<start[c + 1]`.
    var deltaT: [Int32] = []
    var rating: [UInt8] = []
    var role: [Role] = []
    var start: [Int] = [0]
    /// Per card: the index just past its last target of each role (to stop replaying early).
    var endTrain: [Int] = []
    var endTest: [Int] = []

    /// Number of cards.
    public var cardCount: Int { start.count - 1 }
    /// Number of reviews.
    public var reviewCount: Int { deltaT.count }
    /// Number of training targets.
    public private(set) var trainCount = 0
    /// Number of held-out targets.
    public private(set) var testCount = 0

    /// Builds the dataset from a review log.
    /// - Parameters:
    ///   - reviews: any order; each card's reviews are sorted by time (stable).
    ///   - holdOutFraction: the last fraction of all reviews by time whose targets are held out (0 = none).
    ///   - clock: where days begin (fsrs-rs and Anki count calendar days after the rollover).
    ///   - maxSequenceLength: targets preceded by more reviews than this are left out of training (fsrs-rs: 256).
    public init(reviews: [ReviewItem], holdOutFraction: Double = 0, clock: StudyClock = StudyClock(),
                maxSequenceLength: Int = 256) {
        // The time-ordered split: rank every review by (time, input position).
        let n = reviews.count
        let order = reviews.indices.sorted { (reviews[$0].time, $0) < (reviews[$1].time, $1) }
        var isTest = [Bool](repeating: false, count: n)
        let firstTest = n - Int((Double(n) * min(max(holdOutFraction, 0), 1)).rounded(.down))
        for (rank, i) in order.enumerated() where rank >= firstTest { isTest[i] = true }

        var cardIndex: [String: Int] = [:]
        cardIndex.reserveCapacity(n / 4)
        var byCard: [[Int]] = []
        for (i, r) in reviews.enumerated() {
            let next = byCard.count
            let c = cardIndex[r.cardID, default: next]
            if c == next {
                cardIndex[r.cardID] = c
                byCard.append([])
            }
            byCard[c].append(i)
        }
        deltaT.reserveCapacity(n)
        rating.reserveCapacity(n)
        role.reserveCapacity(n)
        for reviewsOfCard in byCard {
            let idx = reviewsOfCard.sorted { (reviews[$0].time, $0) < (reviews[$1].time, $1) }
            var previousDay: Int64 = 0
            var endTr = start.last!, endTe = start.last!
            for (k, i) in idx.enumerated() {
                let day = clock.reviewDay(of: reviews[i].time)
                let dt = k == 0 ? 0 : Int32(clamping: day - previousDay)
                previousDay = day
                deltaT.append(dt)
                rating.append(UInt8(reviews[i].rating.rawValue))
                var r = Role.history
                if k > 0 && dt > 0 {
                    if isTest[i] {
                        r = .test
                        testCount += 1
                        endTe = deltaT.count
                    } else if k < maxSequenceLength {
                        r = .train
                        trainCount += 1
                        endTr = deltaT.count
                    }
                }
                role.append(r)
            }
            start.append(deltaT.count)
            endTrain.append(endTr)
            endTest.append(endTe)
        }
    }

    /// Removes the training targets of cards `drop` (fsrs-rs's outlier filter works per first grade and first gap).
    mutating func dropTraining(cards drop: Set<Int>) {
        for c in drop {
            for i in start[c]..<start[c + 1] where role[i] == .train {
                role[i] = .history
                trainCount -= 1
            }
            endTrain[c] = start[c]
        }
    }

    /// The index of card `c`'s first review at least a day after the one before, if any.
    func firstLongTerm(_ c: Int) -> Int? {
        var i = start[c] + 1
        while i < start[c + 1] {
            if deltaT[i] > 0 { return i }
            i += 1
        }
        return nil
    }
}
