import Cards
import Scheduling

/// One question of the printable exam: a multiple-choice card, or a chronology card asked the way the national
/// exam asks it (numbered events, four orders to choose from). Options are shuffled per mã đề when a seed is given.
struct ExamQuestion: Equatable {
    /// The card the question comes from.
    var cardID: String
    /// The question text.
    var prompt: String
    /// Numbered items under the prompt (the events of a chronology question), empty otherwise.
    var items: [String]
    /// The four (or so) options, in the order printed.
    var options: [String]
    /// The index of the right option.
    var correct: Int
    /// A line for the answer key explaining the answer (a chronology's events with their dates), or nil.
    var explanation: String?

    /// The letter of the right option.
    var correctLetter: String { ChoiceLetters.letter(correct) }

    /// The question for `card`; nil for a card the exam cannot ask. With a `seed` (one mã đề) the options are
    /// shuffled by the seed and the card id, so each mã đề orders them its own way; without one, a multiple-choice
    /// card keeps the deck's order.
    init?(card: Card, seed: UInt64?) {
        cardID = card.id
        var random = SplitMix64(seed: (seed ?? 0) ^ ContentID.seed(of: card.id))
        switch card.kind.behaviour.examForm {
        case .choice:
            guard card.choices.count >= 2, let letter = card.correctLetter,
                  let right = ChoiceLetters.indices(in: letter, optionCount: card.choices.count)?.first else { return nil }
            prompt = card.prompt
            items = []
            var order = Array(card.choices.indices)
            if seed != nil { order.shuffle(using: &random) }
            options = order.map { card.choices[$0] }
            correct = order.firstIndex(of: right)!
            explanation = nil
        case .order:
            guard card.choices.count >= 3,
                  let inTime = ChoiceLetters.indices(in: card.answer, optionCount: card.choices.count),
                  inTime.count == card.choices.count, Set(inTime).count == inTime.count else { return nil }
            prompt = card.prompt
            items = card.choices
            // The right order and three other permutations (a 3-event card has five others to pick from).
            var orders = [inTime]
            while orders.count < 4 {
                let candidate = inTime.shuffled(using: &random)
                if !orders.contains(candidate) { orders.append(candidate) }
            }
            let shown = Array(orders.indices).shuffled(using: &random)
            options = shown.map { orders[$0].map { String($0 + 1) }.joined(separator: ", ") }
            correct = shown.firstIndex(of: 0)!
            let dated = card.choiceDates.count == card.choices.count
            explanation = inTime.map { "\($0 + 1)" + (dated ? " (\(card.choiceDates[$0]))" : "") }.joined(separator: " → ")
        case nil:
            return nil
        }
    }
}

