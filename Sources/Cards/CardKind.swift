/// The five kinds of question ontap makes from a dated event.
public enum CardKind: String, Codable, Sendable, CaseIterable {
    /// "… vào năm nào?" → the date.
    case dateRecall = "date"
    /// "Sự kiện nào diễn ra vào …?" → the statement.
    case reverse
    /// An actor or key phrase blanked in the source sentence.
    case cloze
    /// A–D, in the style of the Vietnamese national history exam.
    case multipleChoice = "choice"
    /// 3–5 events to put in order.
    case chronology
}
