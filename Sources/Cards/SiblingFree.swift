/// Cards of one event that do not answer each other. The date card names the people a cloze blanks, and the cloze
/// shows the year the date card asks: a deck holding both teaches nothing with the second, wherever the two are seen
/// side by side (a Quizlet set, a printed sheet, an Anki deck).
public enum SiblingFree {
    /// What a card of one event asks, given what it shows: cards of one face never answer each other.
    enum Face: Int {
        /// The date, from the statement (the date card, the choice of four dates): same question, two forms.
        case when
        /// A name, from the date and the rest of the statement (the reverse card, the cloze).
        case what
        /// The statement, from the date (the choice of four events).
        case which

        /// The face of `card`, or nil for a card that stands beside any other (a chronology: several events, no date).
        init?(of card: Card) {
            switch card.kind {
            case .dateRecall: self = .when
            case .multipleChoice: self = card.choiceDates.isEmpty ? .when : .which
            case .reverse, .cloze: self = .what
            case .chronology: return nil
            }
        }

    }

    /// `cards` keeping, for each event, the cards of one face (picked from the event's id, so an event keeps its face,
    /// and its cards their progress, when the deck is made again), and the cards left out.
    ///
    /// Of a reverse card and a cloze that ask different names, one is kept: each shows the name the other asks.
    public static func faces(_ cards: [Card]) -> (kept: [Card], dropped: [Card]) {
        var byEvent: [String: [Card]] = [:]
        for card in cards where Face(of: card) != nil { byEvent[card.eventID, default: []].append(card) }
        var dropped = Set<String>()
        for (eventID, group) in byEvent {
            // (each face draws its own number from the event's id, and the highest present wins: a face the event
            // gains or loses elsewhere never moves the one it keeps)
            let faces = Set(group.compactMap(Face.init(of:)))
            let face = faces.max { ContentID.seed(of: eventID + "/\($0.rawValue)") < ContentID.seed(of: eventID + "/\($1.rawValue)") }!
            var others = group.filter { Face(of: $0) != face }
            if face == .what, let reverse = group.first(where: { $0.kind == .reverse }),
               let cloze = group.first(where: { $0.kind == .cloze }), !asksSameName(reverse, cloze) {
                others.append(ContentID.seed(of: eventID).isMultiple(of: 2) ? cloze : reverse)
            }
            dropped.formUnion(others.map(\.id))
        }
        guard !dropped.isEmpty else { return (cards, []) }
        return (cards.filter { !dropped.contains($0.id) }, cards.filter { dropped.contains($0.id) })
    }

    /// The cards of `cards` that ask a name (a cloze, a reverse card) another event's card shows in its prompt or its
    /// options: beside it, the deck answers them ("In September 1777, who surrendered …?" beside "After being badly
    /// beaten at the second battle of Saratoga, Burgoyne surrendered"). Found through an index of the names asked, so a
    /// deck of any size is read once.
    /// `showing`: the cards whose prompts and options are read (all of `cards` by default; after a change, the new ones).
    static func namesShownElsewhere(_ cards: [Card], showing: [Card]? = nil) -> Set<String> {
        var asking: [String: [Int]] = [:]
        var longest = 1
        for (index, card) in cards.enumerated() where Face(of: card) == .what {
            for key in Set(([card.answer] + card.accepted).map(TextNormalizer.answerKey)) where !key.isEmpty {
                // (a name is a few words; a longer answer is no name another card would show word for word)
                let length = key.split(separator: " ").count
                guard length <= 8 else { continue }
                asking[key, default: []].append(index)
                longest = max(longest, length)
            }
        }
        guard !asking.isEmpty else { return [] }
        // (the first words of each name: a run of words that starts none is left at once)
        var starts = Set<String>()
        for key in asking.keys {
            var prefix = ""
            for word in key.split(separator: " ") {
                prefix += (prefix.isEmpty ? "" : " ") + word
                starts.insert(prefix)
            }
        }
        let index = asking, span = longest, prefixes = starts
        // (each card's text read on all cores)
        let found = ParallelMap.map((showing ?? cards).filter { Face(of: $0) != nil }) { card -> [String] in
            let words = TextNormalizer.answerKey(([card.prompt] + card.choices).joined(separator: " "))
                .split(separator: " ")
            var shown: [String] = []
            for start in words.indices {
                var key = ""
                for end in start..<min(words.count, start + span) {
                    key += (end == start ? "" : " ") + words[end]
                    guard prefixes.contains(key) else { break }
                    for asker in index[key] ?? [] where cards[asker].eventID != card.eventID { shown.append(cards[asker].id) }
                }
            }
            return shown
        }
        return Set(found.joined())
    }

    /// The name cards (cloze, reverse) whose one-word answer three name cards of the deck or more ask ("Moon" in a text
    /// on Apollo 11, "Congress" in one on Lincoln): a student learns to answer it without reading the card.
    static func stockAnswers(_ cards: [Card]) -> Set<String> {
        var byName: [String: [String]] = [:]
        for card in cards where Face(of: card) == .what {
            let key = TextNormalizer.answerKey(card.answer)
            guard !key.isEmpty, !key.contains(" ") else { continue }
            byName[key, default: []].append(card.id)
        }
        return Set(byName.values.filter { $0.count >= 3 }.joined())
    }

    /// The reverse card and the cloze want the same name ("Năm 1960, ai …?" and "Năm 1960, [...] …": one question).
    static func asksSameName(_ reverse: Card, _ cloze: Card) -> Bool {
        let wanted = Set(([reverse.answer] + reverse.accepted).map(TextNormalizer.answerKey))
        return ([cloze.answer] + cloze.accepted).contains { wanted.contains(TextNormalizer.answerKey($0)) }
    }

    /// The kinds in the order one is kept: the date first (the question the exam asks most), then one name asked.
    static let preference: [CardKind] = [.dateRecall, .reverse, .multipleChoice, .cloze]

    /// A deck with at most one card per event (and its chronology cards), for `export --one-per-event`: a printed
    /// sheet or a test asks each event once. Chronology cards and kinds outside `preference` stay.
    public static func deck(_ deck: Deck) -> Deck {
        var chosen: [String: Card] = [:]
        for card in deck.cards {
            guard let rank = preference.firstIndex(of: card.kind) else { continue }
            if let kept = chosen[card.eventID], let keptRank = preference.firstIndex(of: kept.kind), keptRank <= rank {
                continue
            }
            chosen[card.eventID] = card
        }
        let keep = Set(chosen.values.map(\.id))
        var result = deck
        result.cards = deck.cards.filter { !preference.contains($0.kind) || keep.contains($0.id) }
        return result
    }
}
