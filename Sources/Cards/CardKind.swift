/// The five kinds of question ontap makes from a dated event. The raw values are written in deck files, progress
/// and exports: never change one. What each kind does lives in its own file, behind `CardKindBehaviour`.
public enum CardKind: String, Codable, Sendable, CaseIterable {
    /// "… vào năm nào?" → the date.
    case dateRecall = "date"
    /// The date given, one thing asked ("Năm 1010, Lý Thái Tổ dời đô về đâu?") → the name.
    case reverse
    /// An actor or key phrase blanked in the source sentence.
    case cloze
    /// A–D, in the style of the Vietnamese national history exam.
    case multipleChoice = "choice"
    /// 3–5 events to put in order.
    case chronology
}

extension CardKind {
    /// What cards of this kind do: made, checked, shown, judged and named (`CardKindBehaviour`).
    public var behaviour: any CardKindBehaviour {
        switch self {
        case .dateRecall: DateRecallKind()
        case .reverse: ReverseKind()
        case .cloze: ClozeKind()
        case .multipleChoice: MultipleChoiceKind()
        case .chronology: ChronologyKind()
        }
    }
}
