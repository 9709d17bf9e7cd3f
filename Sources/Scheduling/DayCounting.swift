/// How a scheduler counts the days between two reviews.
///
/// `calendar` counts the learner's study days (a new day starts at the rollover hour in their time zone), as Anki
/// and the FSRS optimizer do: reviewed at 20:00 and again at 09:00 the next morning is one day. `elapsed24h` counts
/// whole 24-hour periods, as py-fsrs does (zero days in that example); it is kept for conformance replays against
/// py-fsrs's reference vectors.
public enum DayCounting: String, Codable, Sendable, CaseIterable {
    /// The learner's calendar days (Anki's convention; the default).
    case calendar
    /// Whole 24-hour periods (py-fsrs's convention).
    case elapsed24h
}
