import Timeline

/// Everything that differs between the kinds of card: how a kind's cards are made, checked, shown, judged and named.
///
/// Each kind has one file (`DateRecallKind`, `ReverseKind`, `ClozeKind`, `MultipleChoiceKind`, `ChronologyKind`);
/// the rest of ontap asks `card.kind.behaviour` instead of switching on the kind. Words shown to the learner stay in
/// the interface catalogues: a kind names them by key (`nameKey`, `AnswerInstruction`), never writes them.
public protocol CardKindBehaviour: Sendable {
    /// The kind this is the behaviour of.
    var kind: CardKind { get }
    /// The key of the kind's name in the interface catalogues (`Messages.kindName`).
    var nameKey: String { get }
    /// Other names `--kinds` accepts for the kind, besides its raw value (`mc` for `choice`).
    var aliases: [String] { get }

    // MARK: Making

    /// The events of a deck being made that the kind asks about (by default the events whose date is their own).
    func events(in making: CardMaking) -> [DeckEvent]
    /// The kind's cards for `events`, made as the deck `making` describes (its options, obvious names, language).
    func cards(for events: [DeckEvent], making: CardMaking) -> [Card]

    // MARK: Checking

    /// Whether a date that is not the event's own spoils the card (a cloze shows the date in its prompt: it does not).
    var asksTheEventDate: Bool { get }
    /// Whether two cards of the kind with one prompt and different answers are a defect (not when every card asks
    /// the same thing and its options tell it apart, as a chronology's do).
    var promptTellsCardsApart: Bool { get }
    /// The kind's own mechanical defects of `card` (made from `event`, nil when unknown), found by `check`.
    func defects(of card: Card, event: Event?, check: CardCheck) -> Set<CardDefect>

    // MARK: Showing

    /// How to answer a card with `choiceCount` options, for the interface to word; nil when a typed answer needs
    /// no instructions.
    func answerInstruction(choiceCount: Int) -> AnswerInstruction?
    /// The letter of the correct option when the answer is one option's letter.
    func correctLetter(of card: Card) -> String?
    /// The answer side as plain-text lines, the same in every export format.
    func answerLines(of card: Card) -> [String]
    /// What tells the card apart on a one-line listing (`ontap cards`).
    func listingText(of card: Card) -> String
    /// Whether the answer is the options' order (their dates are then listed in that order).
    var answerIsOrder: Bool { get }
    /// Whether the source sentence shown before answering hides every number (the dates would give it away).
    var sourceHidesAllNumbers: Bool { get }
    /// The form of the kind's hints.
    var hintStyle: HintStyle { get }
    /// How the printable exam asks a card of the kind; nil when it cannot.
    var examForm: ExamForm? { get }
    /// Whether the prompt holds the answer's place as a blank (`[...]`), as a cloze note does.
    var promptBlanksAnswer: Bool { get }
    /// Whether the card's options are shown lettered under its prompt (`A. …`, one a line).
    var hasLetteredOptions: Bool { get }
    /// The answer and the options' dates read back from `back`, the answer's lines (`answerLines`) of a card with
    /// `choices`, as another program kept them; nil when `back` is the answer as it stands.
    func answer(readFrom back: String, choices: [String]) -> (answer: String, choiceDates: [String])?

    // MARK: Judging

    /// The verdict for `input` (`typed` is its `TextNormalizer.answerKey`, never empty) on `card`.
    func verdict(_ input: String, typed: String, card: Card, checker: AnswerChecker) -> AnswerVerdict
    /// Why `input` (`typed`, never empty) does not answer in the card's form, or nil when it can be judged.
    func rejection(of input: String, typed: String, card: Card) -> AnswerRejection?
    /// Whether a wrong answer (`typed` as written) is explained word by word (the answer is text, not a letter,
    /// an order or a date typed as a date).
    func explainsByWords(_ card: Card, typed: String) -> Bool
}

extension CardKindBehaviour {
    public var aliases: [String] { [] }
    public func events(in making: CardMaking) -> [DeckEvent] { making.dated }
    public var asksTheEventDate: Bool { true }
    public var promptTellsCardsApart: Bool { true }
    public func answerInstruction(choiceCount: Int) -> AnswerInstruction? { nil }
    public func correctLetter(of card: Card) -> String? { nil }
    public func answerLines(of card: Card) -> [String] { [card.answer] }
    public func listingText(of card: Card) -> String { card.prompt }
    public var answerIsOrder: Bool { false }
    public var sourceHidesAllNumbers: Bool { false }
    public var hintStyle: HintStyle { .maskedAnswer }
    public var examForm: ExamForm? { nil }
    public var promptBlanksAnswer: Bool { false }
    public var hasLetteredOptions: Bool { false }
    public func answer(readFrom back: String, choices: [String]) -> (answer: String, choiceDates: [String])? { nil }
    public func rejection(of input: String, typed: String, card: Card) -> AnswerRejection? { nil }
}
