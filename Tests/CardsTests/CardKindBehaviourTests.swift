import Testing
import Timeline
@testable import Cards

/// Every card kind keeps its behaviour (`CardKindBehaviour`): it is named, made, shown and judged, and a card made
/// of a small made-up text is judged right when given its own answer.
@Suite struct CardKindBehaviourTests {
    let source = DeckSource(file: "t.txt", sha256: "00")

    @Test(arguments: CardKind.allCases)
    func eachKindHasItsOwnBehaviour(kind: CardKind) {
        let behaviour = kind.behaviour
        #expect(behaviour.kind == kind)
        #expect(!behaviour.nameKey.isEmpty)
        let others = CardKind.allCases.filter { $0 != kind }.map(\.behaviour)
        #expect(!others.contains { $0.nameKey == behaviour.nameKey })
        // its aliases name it, and no other kind
        for alias in behaviour.aliases {
            #expect((try? CardKind.list(from: alias)) == [kind], "\(alias)")
            #expect(CardKind(rawValue: alias) == nil, "\(alias)")
        }
        #expect((try? CardKind.list(from: kind.rawValue)) == [kind])
    }

    /// The raw values are in deck files, progress and exports: they never change.
    @Test func rawValuesAreKept() {
        #expect(CardKind.allCases.map(\.rawValue) == ["date", "reverse", "cloze", "choice", "chronology"])
    }

    /// The kinds' aliases, as `--kinds` has always accepted them.
    @Test func aliasesAreKept() throws {
        let expected: [String: CardKind] = [
            "dates": .dateRecall, "daterecall": .dateRecall, "date-recall": .dateRecall, "recall": .dateRecall,
            "mc": .multipleChoice, "multiple-choice": .multipleChoice, "multiplechoice": .multipleChoice,
            "choices": .multipleChoice, "order": .chronology, "timeline": .chronology, "blank": .cloze,
        ]
        #expect(CardKind.aliases == expected)
    }

    /// Make → show → judge: each kind's cards, from a few made-up events in either language, show their prompt and
    /// take their own answer as right (and something else as not).
    @Test(arguments: CardKind.allCases, [Language.vi, .en])
    func roundTrip(kind: CardKind, language: Language) throws {
        let events = language == .vi ? TestEvents.vietnamese : TestEvents.english
        let deck = DeckGenerator(kinds: [kind]).makeDeck(name: "t", events: events, language: language, source: source)
        #expect(!deck.cards.isEmpty, "no \(kind) card")
        let behaviour = kind.behaviour
        let checker = AnswerChecker()
        for card in deck.cards {
            #expect(card.kind == kind)
            // shown
            let shown = card.displayText
            #expect(shown.hasPrefix(card.prompt))
            for choice in card.letteredChoices { #expect(shown.contains(choice)) }
            #expect(behaviour.hasLetteredOptions == !card.choices.isEmpty)
            let letters = card.choices.indices.map(ChoiceLetters.letter)
            switch behaviour.answerInstruction(choiceCount: card.choices.count) {
            case .oneLetter(let named)?, .order(let named)?: #expect(named == letters)
            case .fillBlank?: #expect(card.prompt.contains(ClozeCardMaker.blank) && behaviour.promptBlanksAnswer)
            case nil: #expect(letters.isEmpty)
            }
            let lines = behaviour.answerLines(of: card)
            #expect(!lines.isEmpty && lines.allSatisfy { !$0.isEmpty })
            // read back as another program keeps it (an export's answer lines)
            if behaviour.hasLetteredOptions {
                let read = behaviour.answer(readFrom: lines.joined(separator: "\n"), choices: card.choices)
                #expect(read?.answer == card.answer)
                #expect(read?.choiceDates == (behaviour.answerIsOrder ? card.choiceDates : []))
            }
            #expect(!behaviour.listingText(of: card).isEmpty)
            // judged: the right answer as the learner types it
            let right = behaviour.correctLetter(of: card) ?? card.answer
            #expect(checker.rejection(of: right, for: card) == nil, "\(card.prompt) ← \(right)")
            #expect(checker.check(right, for: card) == .correct, "\(card.prompt) ← \(right)")
            #expect(checker.check(wrongAnswer(for: card), for: card) == .wrong, "\(card.prompt)")
            // checked: a card the deck kept has no defect of its kind
            let event = deck.events.first { $0.id == card.eventID }.map(\.event)
            let defects = behaviour.defects(of: card, event: event, check: CardCheck(language: language))
            #expect(defects.isEmpty, "\(card.prompt)")
        }
    }

    /// An answer that is surely wrong in the card's own form: another option's letter, the order reversed, a word.
    func wrongAnswer(for card: Card) -> String {
        let behaviour = card.kind.behaviour
        if let letter = behaviour.correctLetter(of: card) {
            return card.choices.indices.map(ChoiceLetters.letter).first { $0 != letter } ?? "?"
        }
        if behaviour.answerIsOrder { return String(card.answer.reversed()) }
        return "Zanzibar Quokka 2999"
    }
}
