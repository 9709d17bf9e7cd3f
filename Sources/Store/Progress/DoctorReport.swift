/// What `ontap doctor` found in one deck's progress: a value the command prints.
public struct DoctorReport: Equatable, Sendable {
    /// One thing found, with the place it is at when it is in a file.
    public struct Finding: Equatable, Sendable, CustomStringConvertible {
        /// How much it matters: an `error` needs the learner (or `--repair`); a `warning` is worth knowing; a `note` is fine.
        public enum Severity: String, Sendable, Comparable {
            case error, warning, note
            public static func < (a: Severity, b: Severity) -> Bool {
                let order: [Severity] = [.error, .warning, .note]
                return order.firstIndex(of: a)! < order.firstIndex(of: b)!
            }
        }

        public var severity: Severity
        public var path: String
        public var line: Int?
        public var column: Int?
        /// What it is, typed (rendered in the interface language by the command).
        public var issue: DoctorIssue
        /// What it is, in English.
        public var message: String { issue.description }

        public init(_ severity: Severity, _ path: String, line: Int? = nil, column: Int? = nil, _ issue: DoctorIssue) {
            self.severity = severity
            self.path = path
            self.line = line
            self.column = column
            self.issue = issue
        }

        /// `error: Progress/x/state.json:3:7: message`.
        public var description: String {
            var place = path
            if let line { place += ":\(line)" + (column.map { ":\($0)" } ?? "") }
            return "\(severity.rawValue): \(place): \(message)"
        }
    }

    public var deck: String
    public var findings: [Finding] = []
    /// Reviews in the log and cards with a state.
    public var reviewCount = 0
    public var cardCount = 0
    /// Cards with progress that the deck no longer has (reported, never deleted).
    public var orphanedCardIDs: [String] = []
    /// What `--repair` did.
    public var repairs: [DoctorRepair] = []

    public init(deck: String) { self.deck = deck }

    /// True when nothing needs the learner's attention.
    public var isHealthy: Bool { !findings.contains { $0.severity == .error } }
}
