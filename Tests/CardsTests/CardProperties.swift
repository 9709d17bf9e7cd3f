import Foundation
import PropertyBased
import Testing
import Timeline
@testable import Cards

@Suite struct CardProperties {
    static let seeds = Gen.int(in: 0...Int(Int32.max)).array(of: 1...9)
    static let seed = Gen.int(in: 0...Int(Int32.max))
    let source = DeckSource(file: "t", sha256: "")

    func deck(_ seeds: [Int], _ language: Language, kinds: [CardKind] = CardKind.allCases) -> Deck {
        DeckGenerator(kinds: kinds).makeDeck(name: "t", events: RandomEvents.events(seeds: seeds, language: language),
                                             language: language, source: source)
    }

    /// The prompt of a date card never holds the year it asks for, in any form the statement wrote it.
    @Test(arguments: [Language.vi, .en])
    func datePromptNeverContainsItsYear(language: Language) async {
        await propertyCheck(count: 50, input: Self.seeds) { seeds in
            let deck = deck(seeds, language, kinds: [.dateRecall, .multipleChoice])
            for card in deck.cards where card.kind == .dateRecall || DateAnswerParser.parse(card.answer) != nil {
                let event = try #require(deck.events.first { $0.id == card.eventID })
                for year in QuestionText.years(of: event.event.when) {
                    #expect(!QuestionText.containsNumber(year, in: card.prompt), "\(card.prompt)")
                }
            }
        }
    }

    /// Multiple choice: four distinct options, one of them the answer, found by its letter.
    @Test(arguments: [Language.vi, .en])
    func multipleChoiceHasFourDistinctOptions(language: Language) async {
        await propertyCheck(count: 40, input: Self.seeds) { seeds in
            for card in deck(seeds, language, kinds: [.multipleChoice]).cards {
                #expect(card.choices.count == 4)
                #expect(Set(card.choices.map(TextNormalizer.answerKey)).count == 4)
                #expect(card.choices.contains(card.answer))
                let letter = try #require(card.correctLetter)
                #expect(AnswerChecker().check(letter.lowercased(), for: card) == .correct)
                #expect(AnswerChecker().check(card.answer, for: card) == .correct)
            }
        }
    }

    /// Chronology: the answer is a permutation of the shown letters, and it puts the events in time order.
    @Test(arguments: [Language.vi, .en])
    func chronologyAnswerIsAPermutationInTimeOrder(language: Language) async {
        await propertyCheck(count: 40, input: Self.seeds) { seeds in
            let deck = deck(seeds, language, kinds: [.chronology])
            for card in deck.cards {
                #expect((3...5).contains(card.choices.count))
                let order = try #require(ChoiceLetters.indices(in: card.answer, optionCount: card.choices.count))
                #expect(order.sorted() == Array(0..<card.choices.count))
                // Random statements repeat with other dates; check the cards whose events are unambiguous.
                let matches = order.map { index in
                    deck.events.filter { event in
                        QuestionText.statementWithoutOwnDate(event.event.statement, date: event.event.when,
                                                             in: language) == card.choices[index]
                    }
                }
                #expect(matches.allSatisfy { !$0.isEmpty })
                guard matches.allSatisfy({ $0.count == 1 }) else { continue }
                let spans = matches.compactMap { DateSpan(value: $0[0].event.date) }
                for (a, b) in zip(spans, spans.dropFirst()) { #expect(a.isBefore(b)) }
            }
        }
    }

    /// Ids and cards depend on content only: the same events in any order give the same cards.
    @Test(arguments: [Language.vi, .en])
    func cardsIndependentOfEventOrder(language: Language) async {
        await propertyCheck(count: 30, input: Self.seeds, Self.seed) { seeds, shuffleSeed in
            var rng = SplitMix(shuffleSeed)
            let a = deck(seeds, language).cards.sorted { $0.id < $1.id }
            let b = deck(seeds.shuffled(using: &rng), language).cards.sorted { $0.id < $1.id }
            #expect(a == b)
            #expect(Set(a.map(\.id)).count == a.count)
        }
    }

    /// Every card accepts its own answer; date cards accept every typed form; orders accept spaced lower case and digits.
    @Test(arguments: [Language.vi, .en])
    func checkerAcceptsItsOwnAnswers(language: Language) async {
        await propertyCheck(count: 30, input: Self.seeds) { seeds in
            for card in deck(seeds, language).cards {
                #expect(AnswerChecker().check(card.answer, for: card) == .correct, "\(card.kind) \(card.answer)")
                switch card.kind {
                case .dateRecall:
                    for form in card.accepted {
                        #expect(AnswerChecker().check(form, for: card) == .correct, "\(form) for \(card.answer)")
                    }
                case .chronology:
                    let spaced = card.answer.lowercased().map(String.init).joined(separator: " ")
                    let digits = card.answer.compactMap { $0.asciiValue.map { String(Int($0) - 64) } }.joined()
                    #expect(AnswerChecker().check(spaced, for: card) == .correct)
                    #expect(AnswerChecker().check(digits, for: card) == .correct)
                default: break
                }
            }
        }
    }

    /// Every card keeps the id of an event of its deck and a source sentence.
    @Test func cardsPointToTheirEvents() async {
        await propertyCheck(count: 25, input: Self.seeds) { seeds in
            let deck = deck(seeds, .vi)
            let ids = Set(deck.events.map(\.id))
            for card in deck.cards {
                #expect(ids.contains(card.eventID))
                #expect(!card.sourceSentence.isEmpty)
            }
        }
    }

    /// Whatever a learner types, checking answers and reading dates never traps.
    @Test func checkerTakesAnyInput() async {
        let typed = Gen<Character?>.element(of: Array("0123456789 /-–.,:abcxivmtháng năm ngày thế kỷ century 9s"))
            .map { $0! }.string(of: 0...40)
        let cards = deck(Array(0..<8), .vi).cards + deck(Array(8..<16), .en).cards
        await propertyCheck(count: 40, input: typed) { text in
            _ = DateAnswerParser.parse(text)
            _ = DateAnswerParser.parsePeriod(text)
            for card in cards { _ = AnswerChecker().check(text, for: card) }
        }
    }
}
