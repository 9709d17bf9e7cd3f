import FileFormats
import Foundation
import Scheduling

/// A review to replay: the grade and when it was given.
public struct ReplayStep: Sendable, Equatable {
    /// The grade.
    public var rating: Rating
    /// When it was given.
    public var time: Timestamp
    /// The input line of this step (for messages).
    public var line: Int

    /// A step graded `rating` at `time`, read from input line `line`.
    public init(rating: Rating, time: Timestamp, line: Int = 0) {
        self.rating = rating
        self.time = time
        self.line = line
    }
}

/// One card's history: settings, creation time and reviews in time order.
public struct ReplaySequence: Sendable, Equatable {
    /// The sequence's name in the file.
    public var id: String
    /// The name in the file's `schedulers` table, if the sequence used one.
    public var schedulerName: String?
    /// The scheduler to replay with.
    public var settings: SchedulerSettings
    /// When the card was created (due from then).
    public var cardCreated: Timestamp
    /// Seeds the fuzz (py-fsrs's default card id is the creation time in ms).
    public var cardID: UInt64
    /// The reviews in time order.
    public var steps: [ReplayStep]

    /// A sequence; `cardID` defaults to the creation time in ms, as in py-fsrs.
    public init(id: String, schedulerName: String? = nil, settings: SchedulerSettings, cardCreated: Timestamp,
                cardID: UInt64? = nil, steps: [ReplayStep]) {
        self.id = id
        self.schedulerName = schedulerName
        self.settings = settings
        self.cardCreated = cardCreated
        self.cardID = cardID ?? UInt64(bitPattern: cardCreated)
        self.steps = steps
    }
}

/// The state after one replayed review, with the values py-fsrs reports for it.
public struct ReplayedStep: Sendable, Equatable {
    /// The review replayed.
    public var step: ReplayStep
    /// The card after the review.
    public var card: CardSchedule
    /// Recall probability just before the review (0 for a new card).
    public var retrievabilityBefore: Double
    /// Whole 24-hour periods since the previous review, nil for the first.
    public var elapsedDaysBefore: Int?
}

/// A file of review sequences in the schema of vectors.json, replayed through ontap's schedulers.
///
/// Input: `{"schedulers": {NAME: SETTINGS}, "sequences": [{"id", "scheduler": NAME or SETTINGS, "card_created",
/// "card_id"?, "steps": [{"rating": 1-4, "review_at": ISO 8601 or "review_at_ms": epoch ms}]}]}`. SETTINGS uses
/// py-fsrs's `to_dict` keys (`parameters`, `desired_retention`, `learning_steps`, `relearning_steps`,
/// `maximum_interval`, `enable_fuzzing`) plus `kind` ("fsrs" or "sm2"), `day_rollover_hour`, `time_zone` and
/// `day_counting`; missing keys take the defaults, except that fuzz is off unless asked for and days are counted in
/// 24-hour periods as py-fsrs counts them (`"day_counting": "calendar"` for the learner's days). Extra keys (e.g. `expected`) are ignored.
public struct ReplayFile: Sendable, Equatable {
    /// The sequences in file order.
    public var sequences: [ReplaySequence]

    /// A replay file made in code.
    public init(sequences: [ReplaySequence]) { self.sequences = sequences }

    /// Parses and checks a replay file.
    /// - Throws: `SchedulingError.badInput` naming the line of a missing field, an unknown rating or scheduler,
    ///   a time that is malformed or out of order, a NaN, or invalid settings.
    public init(parsing data: Data) throws(SchedulingError) {
        let root = try JSONNode.parse(data)
        guard case .object = root else { throw Self.bad(root, "expected a JSON object with \"sequences\"") }
        var named: [String: SchedulerSettings] = [:]
        if let table = root["schedulers"] {
            guard case let .object(members, _) = table else { throw Self.bad(table, "\"schedulers\" must be an object") }
            for (name, node) in members { named[name] = try Self.settings(node) }
        }
        guard let seqNode = root["sequences"] else { throw Self.bad(root, "missing field \"sequences\"") }
        guard case let .array(items, _) = seqNode else { throw Self.bad(seqNode, "\"sequences\" must be an array") }
        sequences = []
        sequences.reserveCapacity(items.count)
        for (n, item) in items.enumerated() {
            sequences.append(try Self.sequence(item, index: n, named: named))
        }
    }

    /// Replays every sequence from a new card.
    public func replay() -> [[ReplayedStep]] {
        sequences.map { seq in
            let scheduler = seq.settings.makeScheduler()
            var card = CardSchedule.new(at: seq.cardCreated)
            return seq.steps.map { step in
                let r = scheduler.retrievability(of: card, at: step.time)
                let elapsed = card.lastReview.map { Int(FSRS.elapsedDays(from: $0, to: step.time)) }
                card = scheduler.review(card, rating: step.rating, at: step.time, cardID: seq.cardID)
                return ReplayedStep(step: step, card: card, retrievabilityBefore: r, elapsedDaysBefore: elapsed)
            }
        }
    }

    /// The replay as JSON text: `{"sequences": [{"id", "scheduler", "steps": [STATE, …]}]}`, one step a line, where
    /// STATE has the field names of vectors.json's `expected` (plus `rating` and `review_at_ms`, and `ease`,
    /// `interval_days`, `lapses` for SM-2).
    public func replayJSON() -> String {
        let traces = replay()
        var out = "{\"format\": \"ontap-replay\", \"version\": 1, \"sequences\": [\n"
        for (k, (seq, trace)) in zip(sequences, traces).enumerated() {
            out += "  {\"id\": \(Self.quote(seq.id)), \"scheduler\": \(seq.schedulerName.map(Self.quote) ?? "null"), "
            out += "\"kind\": \"\(seq.settings.kind.rawValue)\", \"steps\": [\n"
            for (j, s) in trace.enumerated() {
                let c = s.card
                var line = "   {\"rating\": \(s.step.rating.rawValue), \"review_at_ms\": \(s.step.time), "
                line += "\"state\": \(c.phase.rawValue), \"step\": \(c.step.map { "\($0)" } ?? "null"), "
                line += "\"stability\": \(Self.number(c.stability)), \"difficulty\": \(Self.number(c.difficulty)), "
                line += "\"due\": \"\(ISO8601.format(c.due))\", \"due_ms\": \(c.due), "
                line += "\"last_review\": \"\(ISO8601.format(c.lastReview ?? s.step.time))\", "
                line += "\"retrievability_before\": \(Self.number(s.retrievabilityBefore)), "
                line += "\"elapsed_days_before\": \(s.elapsedDaysBefore.map { "\($0)" } ?? "null"), "
                let ms = c.due - s.step.time
                line += "\"interval_seconds\": \(ms % 1000 == 0 ? "\(ms / 1000)" : Self.number(Double(ms) / 1000))"
                if seq.settings.kind == .sm2 {
                    line += ", \"ease\": \(Self.number(Double(c.ease) / 1000)), \"interval_days\": \(c.intervalDays), \"lapses\": \(c.lapses)"
                }
                out += line + "}" + (j + 1 < trace.count ? ",\n" : "\n")
            }
            out += "  ]}" + (k + 1 < sequences.count ? ",\n" : "\n")
        }
        return out + "]}\n"
    }

    /// Parses `data` and returns the replay JSON: the whole `ontap scheduler replay` in one pure call.
    /// - Throws: `SchedulingError.badInput` attributed to `file`.
    public static func run(_ data: Data, file: String = "") throws(SchedulingError) -> String {
        do {
            return try ReplayFile(parsing: data).replayJSON()
        } catch {
            throw error.inFile(file)
        }
    }

    // MARK: parsing helpers

    static func bad(_ node: JSONNode, _ message: String) -> SchedulingError {
        .badInput(file: "", line: node.line, problem: .replay(message))
    }

    static func field(_ obj: JSONNode, _ key: String, in what: String) throws(SchedulingError) -> JSONNode {
        guard let v = obj[key] else { throw bad(obj, "missing field \"\(key)\" in \(what)") }
        return v
    }

    static func double(_ node: JSONNode, _ name: String) throws(SchedulingError) -> Double {
        guard case let .number(v, text, _) = node else { throw bad(node, "\"\(name)\" must be a number") }
        guard v.isFinite else { throw bad(node, "\"\(name)\" is \(text); a finite number is needed") }
        return v
    }

    static func int(_ node: JSONNode, _ name: String) throws(SchedulingError) -> Int {
        let v = try double(node, name)
        guard v == v.rounded(), abs(v) < 9e15 else { throw bad(node, "\"\(name)\" must be a whole number, got \(v)") }
        return Int(v)
    }

    static func ints(_ node: JSONNode, _ name: String) throws(SchedulingError) -> [Int] {
        guard case let .array(items, _) = node else { throw bad(node, "\"\(name)\" must be an array of numbers") }
        var out: [Int] = []
        for item in items { out.append(try int(item, name)) }
        return out
    }

    static func settings(_ node: JSONNode) throws(SchedulingError) -> SchedulerSettings {
        guard case .object = node else { throw bad(node, "scheduler settings must be an object") }
        var s = SchedulerSettings(enableFuzz: false, dayCounting: .elapsed24h)
        if let k = node["kind"] {
            guard case let .string(text, _) = k, let kind = SchedulerKind(rawValue: text) else {
                throw bad(k, "unknown scheduler kind; use \"fsrs\" or \"sm2\"")
            }
            s.kind = kind
        }
        if let p = node["parameters"] ?? node["weights"] {
            guard case let .array(items, _) = p else { throw bad(p, "\"parameters\" must be an array of 21 numbers") }
            var w: [Double] = []
            for item in items { w.append(try double(item, "parameters")) }
            s.weights = w
        }
        if let v = node["desired_retention"] { s.desiredRetention = try double(v, "desired_retention") }
        if let v = node["learning_steps"] { s.learningSteps = try ints(v, "learning_steps") }
        if let v = node["relearning_steps"] { s.relearningSteps = try ints(v, "relearning_steps") }
        if let v = node["maximum_interval"] { s.maximumIntervalDays = try int(v, "maximum_interval") }
        if let v = node["enable_fuzzing"] ?? node["enable_fuzz"] {
            guard case let .bool(b, _) = v else { throw bad(v, "\"enable_fuzzing\" must be true or false") }
            s.enableFuzz = b
        }
        if let v = node["day_rollover_hour"] { s.dayRolloverHour = try int(v, "day_rollover_hour") }
        if let v = node["time_zone"] {
            guard case let .string(text, _) = v else { throw bad(v, "\"time_zone\" must be an IANA name such as Asia/Ho_Chi_Minh") }
            s.timeZone = text
        }
        if let v = node["day_counting"] {
            guard case let .string(text, _) = v, let counting = DayCounting(rawValue: text) else {
                throw bad(v, "\"day_counting\" must be \"calendar\" or \"elapsed24h\"")
            }
            s.dayCounting = counting
        }
        do { try s.validate() } catch { throw bad(node, error.errorDescription ?? "invalid settings") }
        return s
    }

    static func time(_ obj: JSONNode, isoKey: String, msKey: String, what: String) throws(SchedulingError) -> Timestamp {
        var ms: Timestamp?
        if let n = obj[msKey] { ms = Timestamp(try int(n, msKey)) }
        if let n = obj[isoKey] {
            guard case let .string(text, _) = n, let t = ISO8601.parse(text) else {
                throw bad(n, "\"\(isoKey)\" must be an ISO 8601 time with a UTC offset, like 2024-01-01T00:00:00Z")
            }
            if let ms, ms != t { throw bad(n, "\"\(isoKey)\" and \"\(msKey)\" disagree") }
            ms = t
        }
        guard let ms else { throw bad(obj, "missing field \"\(isoKey)\" (or \"\(msKey)\") in \(what)") }
        return ms
    }

    static func sequence(_ node: JSONNode, index: Int, named: [String: SchedulerSettings]) throws(SchedulingError) -> ReplaySequence {
        guard case .object = node else { throw bad(node, "each sequence must be an object") }
        var id = "\(index + 1)"
        if let v = node["id"] {
            switch v {
            case let .string(s, _): id = s
            case let .number(_, text, _): id = text
            default: throw bad(v, "\"id\" must be a string")
            }
        }
        let what = "sequence \(id)"
        var settings = SchedulerSettings(enableFuzz: false, dayCounting: .elapsed24h)
        var name: String?
        if let sch = node["scheduler"] ?? node["settings"] {
            if case let .string(n, _) = sch {
                guard let s = named[n] else { throw bad(sch, "unknown scheduler \"\(n)\" (not in \"schedulers\")") }
                settings = s
                name = n
            } else {
                settings = try Self.settings(sch)
            }
        }
        let created = try time(node, isoKey: "card_created", msKey: "card_created_ms", what: what)
        var cardID: UInt64?
        if let v = node["card_id"] {
            let n = try int(v, "card_id")
            guard n >= 0 else { throw bad(v, "\"card_id\" must not be negative") }
            cardID = UInt64(n)
        }
        let stepsNode = try field(node, "steps", in: what)
        guard case let .array(items, _) = stepsNode else { throw bad(stepsNode, "\"steps\" must be an array") }
        var steps: [ReplayStep] = []
        steps.reserveCapacity(items.count)
        var last = created
        for item in items {
            guard case .object = item else { throw bad(item, "each step must be an object") }
            let rNode = try field(item, "rating", in: "a step of \(what)")
            guard case let .number(rv, text, _) = rNode, rv.isFinite, rv == rv.rounded(),
                  let rating = Rating(rawValue: Int(rv)) else {
                let shown: String
                switch rNode {
                case let .number(_, t, _): shown = t
                case let .string(s, _): shown = "\"\(s)\""
                default: shown = "a non-number"
                }
                throw bad(rNode, "unknown rating \(shown); use 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)")
            }
            _ = text
            let t = try time(item, isoKey: "review_at", msKey: "review_at_ms", what: "a step of \(what)")
            guard t >= last else {
                throw bad(item, "review at \(ISO8601.format(t)) is earlier than the one before it (\(ISO8601.format(last)))")
            }
            last = t
            steps.append(ReplayStep(rating: rating, time: t, line: item.line))
        }
        return ReplaySequence(id: id, schedulerName: name, settings: settings, cardCreated: created, cardID: cardID, steps: steps)
    }

    // MARK: output helpers

    static func number(_ v: Double) -> String {
        v.isFinite ? "\(v)" : "null"
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}
