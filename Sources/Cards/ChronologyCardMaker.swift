import Timeline

/// "Sắp xếp các sự kiện sau theo trình tự thời gian": 3–5 events with clearly different dates, shown lettered in a
/// deterministic shuffle; the answer is the letters in time order ("CADB").
///
/// A card is anchored at an event (about one event in three, chosen by its id) and takes the others by a hash rank,
/// so adding an event to a text changes few existing chronology cards, and the input order of events never matters.
struct ChronologyCardMaker {
    let language: Language

    /// Four events, as the exam's own items have: three make too easy a puzzle, and each item past four is one more
    /// statement read out of its text that can spoil the whole card.
    static let sizes = 4...4
    /// The longest statement an item may be.
    static let itemWords = 24
    /// The shortest: an item of fewer words, read among others out of its text, says too little to place ("Agassi
    /// renewed his contract": which contract?).
    static let itemMinWords = 5
    /// How many other events are considered for one card.
    static let poolSize = 40

    /// Chronology cards over `events` (already deduplicated), in the time order of their first event.
    func cards(for events: [DeckEvent]) -> [Card] {
        let eligible = ParallelMap.compactMap(events) { event -> Member? in
            // an item is read beside four others: a short, whole statement (at most `itemWords` words)
            // a period or a century dates a state of things more often than a happening ("Tiếng Thụy Điển xuất hiện
            // ở Phần Lan …", "Thời thượng đại …"): an item is a happening of a year, a month or a day
            guard let value = event.event.when?.single, value.precision >= .year,
                  case let span = DateSpan(value),
                  let statement = QuestionText.statementWithoutOwnDate(event.event.statement, date: event.event.when,
                                                                       in: language),
                  (Self.itemMinWords...Self.itemWords).contains(StatementShape.words(statement).count),
                  !Self.pointsElsewhere(statement) else { return nil }
            return Member(event: event, span: span, statement: statement)
        }.sorted { $0.event.id < $1.event.id }
        guard eligible.count >= Self.sizes.lowerBound else { return [] }
        var anchors = eligible.filter { ContentID.seed(of: $0.event.id) % 3 == 0 }
        if anchors.isEmpty { anchors = [eligible[0]] }
        let neighbours = EventNeighbours(eligible.map(\.event))
        let members = Dictionary(eligible.map { ($0.event.id, $0) }, uniquingKeysWith: { a, _ in a })
        var cards: [String: (Card, DateSpan)] = [:]
        // each anchor's card made on all cores, then kept in anchor order
        let made = ParallelMap.map(anchors) { anchor -> (Card, DateSpan)? in
            let pool = neighbours.pool(after: anchor.event.id, size: Self.poolSize).compactMap { members[$0.id] }
            return card(anchoredAt: anchor, among: pool)
        }
        for case let (card, first)? in made { cards[card.id] = (card, first) }
        return cards.values.sorted { ($0.1.first, $0.0.id) < ($1.1.first, $1.0.id) }.map(\.0)
    }

    /// An item read among others, out of its text, must not lean on the sentence before it ("… cũng …", "sau đó",
    /// "also", "then", "again"): beside unrelated events it reads as a fragment.
    static func pointsElsewhere(_ statement: String) -> Bool {
        let words = StatementShape.words(statement.lowercased())
        let padded = " " + words.joined(separator: " ") + " "
        if [" cũng ", " sau đó ", " nữa ", " also ", " then ", " again ", " too ", " the same "].contains(where: padded.contains) {
            return true
        }
        // "The Texas Legislature … to bring his body back": a person the statement never names (before its pronoun,
        // only an institution or nothing)
        if let pronoun = words.firstIndex(where: { ["he", "she", "his", "her", "him"].contains($0) }) {
            // the runs of capitalised words before it, the opening word too ("Agassi followed his …")
            var runs: [[String]] = [[]]
            for word in StatementShape.words(statement).prefix(pronoun) {
                if word.first?.isUppercase == true {
                    runs[runs.count - 1].append(word)
                } else if !runs[runs.count - 1].isEmpty {
                    runs.append([])
                }
            }
            let named = runs.contains { run in
                let name = run.filter { !FunctionWords.english.contains($0.lowercased()) }
                return !name.isEmpty && NameKind.of(name.joined(separator: " "), language: .en) != .organisation
            }
            if !named { return true }
        }
        // "lại" (again) — not the "lại" of a verb ("nối lại", "trở lại", "chiếm lại": to resume, return, retake)
        return words.indices.contains { index in
            words[index] == "lại" && (index == 0 || !VietnameseCompounds.isWord(words[index - 1], "lại")
                && !["nối", "trở", "quay", "chiếm", "giành", "lấy", "phục", "mở", "đòi", "rút"].contains(words[index - 1]))
        }
    }

    /// Do the items' dates (`firsts`) leave one far from the rest — one gap between neighbours in time longer than three
    /// quarters of the whole span ("… 17, 19 and 20 April 1961, then 2015")? That item orders itself, and the card asks
    /// for three.
    static func oneStandsApart(_ firsts: [Int]) -> Bool {
        let sorted = firsts.sorted()
        guard let low = sorted.first, let high = sorted.last, high > low else { return false }
        let widest = zip(sorted, sorted.dropFirst()).map { $1 - $0 }.max() ?? 0
        return Double(widest) > 0.75 * Double(high - low)
    }

    /// Do two statements say much the same: at least 60 % of the shorter's words in lower case (what happened, not
    /// who: names and function words aside) in the other too?
    static func tellsTheSame(_ a: String, _ b: String) -> Bool {
        func content(_ text: String) -> Set<String> {
            Set(StatementShape.words(text).filter { $0.first?.isLowercase == true && !FunctionWords.all.contains($0) })
        }
        let first = content(a), second = content(b)
        let smaller = min(first.count, second.count)
        guard smaller >= 4 else { return false }
        return Double(first.intersection(second).count) >= 0.6 * Double(smaller)
    }

    struct Member {
        var event: DeckEvent
        var span: DateSpan
        var statement: String
    }

    func card(anchoredAt anchor: Member, among eligible: [Member]) -> (Card, DateSpan)? {
        let seed = ContentID.seed(of: anchor.event.id)
        let size = Self.sizes.lowerBound + Int(seed / 3 % UInt64(Self.sizes.count))
        var chosen = [anchor]
        var keys: Set<String> = [TextNormalizer.answerKey(anchor.statement)]
        let others = DeterministicOrder.shuffled(eligible.filter { $0.event.id != anchor.event.id },
                                                 salt: anchor.event.id) { $0.event.id }
        for other in others where chosen.count < size {
            // (nor two items of one sentence, nor two telling much the same: "Sierra Leone trở thành thuộc địa của Anh"
            // beside "Freetown đã trở thành một thuộc địa của đế quốc Anh" is one event twice, dated twice)
            guard chosen.allSatisfy({ !$0.span.overlaps(other.span) && $0.event.event.sentence != other.event.event.sentence
                                      && !Self.tellsTheSame($0.statement, other.statement) }),
                  !(chosen.count == size - 1 && Self.oneStandsApart((chosen + [other]).map(\.span.first))),
                  keys.insert(TextNormalizer.answerKey(other.statement)).inserted else { continue }
            chosen.append(other)
        }
        guard chosen.count >= Self.sizes.lowerBound else { return nil }
        let inTime = chosen.sorted { $0.span.first < $1.span.first }
        let id = ContentID.make("c", CardKind.chronology.rawValue, inTime.map(\.event.id).sorted().joined(separator: ","))
        var shown = DeterministicOrder.shuffled(inTime, salt: id) { $0.event.id }
        if shown.map(\.event.id) == inTime.map(\.event.id) { shown.append(shown.removeFirst()) }
        let answer = inTime.map { member in
            ChoiceLetters.letter(shown.firstIndex { $0.event.id == member.event.id }!)
        }.joined()
        let first = inTime[0]
        let card = Card(id: id, kind: .chronology, prompt: ChronologyCardMaker.prompt(in: language), answer: answer,
                        choices: shown.map(\.statement), eventID: first.event.id,
                        sourceSentence: CitationMarks.removed(from: first.event.event.sentence),
                        choiceDates: shown.map { DateText.render($0.event.event,
                                                                 in: language) ?? $0.event.event.dateSurface })
        return (card, first.span)
    }

    /// The instruction shown above the lettered events.
    static func prompt(in language: Language) -> String {
        switch language {
        case .vi: return "Sắp xếp các sự kiện sau theo trình tự thời gian (từ sớm nhất đến muộn nhất):"
        case .en: return "Put these events in chronological order (earliest first):"
        }
    }
}
