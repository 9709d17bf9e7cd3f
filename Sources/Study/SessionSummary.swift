/// What a session did and what comes next: shown when it ends.
public struct SessionSummary: Equatable, Sendable {
    /// Cards graded.
    public var answered: Int
    /// Of those, how the typed answers were judged (answers only shown are `shown`).
    public var right: Int
    public var almost: Int
    public var wrong: Int
    public var shown: Int
    /// Time spent answering, in milliseconds.
    public var studyMs: Int64
    /// Cards due on the next study day.
    public var dueTomorrow: Int
    /// Cards due over the next seven study days (tomorrow included).
    public var dueThisWeek: Int
    /// Cards still waiting today when the learner leaves (learning steps and due cards not yet asked).
    public var leftToday: Int

    public init(answered: Int = 0, right: Int = 0, almost: Int = 0, wrong: Int = 0, shown: Int = 0, studyMs: Int64 = 0,
                dueTomorrow: Int = 0, dueThisWeek: Int = 0, leftToday: Int = 0) {
        self.answered = answered
        self.right = right
        self.almost = almost
        self.wrong = wrong
        self.shown = shown
        self.studyMs = studyMs
        self.dueTomorrow = dueTomorrow
        self.dueThisWeek = dueThisWeek
        self.leftToday = leftToday
    }

    /// Right answers out of judged ones, 0–100 (nil when nothing was judged).
    public var percentRight: Int? {
        let judged = right + almost + wrong
        return judged == 0 ? nil : Int((Double(right) / Double(judged) * 100).rounded())
    }
}
