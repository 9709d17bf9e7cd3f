import Timeline

/// Turns a source text into a deck: extract dated events, then make cards of the chosen kinds.
///
/// Deterministic: no random source; every choice (distractors, letter positions, shuffles, chronology groups) is
/// derived from content ids, so the same events give the same cards in any input order.
public struct DeckGenerator: Sendable {
    /// The kinds of card to make (`--kinds`), in this order.
    public var kinds: [CardKind]
    /// Finds the dated events in a text.
    public var extractor: EventExtractor

    /// A generator of `kinds` cards using `extractor`.
    public init(kinds: [CardKind] = CardKind.allCases, extractor: EventExtractor = EventExtractor()) {
        self.kinds = kinds
        self.extractor = extractor
    }

    /// A deck named `name` from `text` (the bytes of `sourceFile` hash to `sourceSHA256`); `language` overrides
    /// the detected language of the text and the cards.
    public func generate(name: String, text: String, sourceFile: String, sourceSHA256: String,
                         language: Language? = nil) -> Deck {
        generateReporting(name: name, text: text, sourceFile: sourceFile, sourceSHA256: sourceSHA256,
                          language: language).deck
    }

    /// `generate`, with what was left out and why.
    public func generateReporting(name: String, text: String, sourceFile: String, sourceSHA256: String,
                                  language: Language? = nil, previous: Deck? = nil) -> (deck: Deck, report: GenerationReport) {
        // Only the events and the language are kept: the extraction's time expressions are let go before cards are made.
        let (events, detected) = { () -> ([Event], Language) in
            let extraction = extractor.extract(text, language: language)
            return (extraction.events, extraction.language)
        }()
        return makeDeckReporting(name: name, events: events, language: language ?? detected,
                                 source: DeckSource(file: sourceFile, sha256: sourceSHA256), previous: previous,
                                 listEntries: ListEntries(text: text), opening: KindSubject.opening(of: text),
                                 sentencesBefore: PrecedingSubject.sentencesBefore(events, in: text, language: language ?? detected),
                                 homeCountries: (language ?? detected) == .vi ? CountryNames.home(in: text) : [])
    }

    /// A deck from events already found (prose or a structured timeline file).
    public func makeDeck(name: String, events: [Event], language: Language, source: DeckSource) -> Deck {
        makeDeckReporting(name: name, events: events, language: language, source: source).deck
    }

    /// A deck from a teacher's timeline: its rows are trusted as events (short noun phrases are fine there), so
    /// only the finished cards are checked.
    public func makeDeckFromTimeline(name: String, events: [Event], language: Language, source: DeckSource,
                                     previous: Deck? = nil) -> (deck: Deck, report: GenerationReport) {
        makeDeckReporting(name: name, events: events, language: language, source: source, screening: false,
                          previous: previous)
    }

    /// A deck from events, and what was left out of it and why.
    ///
    /// Events are screened first (`EventScreen`): one that fails makes no card, one whose date is not its own makes
    /// only a cloze card (which keeps the date in its prompt), and only sound, short statements serve as options of
    /// other cards. Finished cards are then checked (`CardCheck`) and any that fails is dropped.
    /// `sentencesBefore` holds the sentences before an event's sentence in its paragraph, by sentence start
    /// (`PrecedingSubject.sentencesBefore`), for its opening "Nó" / "It".
    public func makeDeckReporting(name: String, events: [Event], language: Language, source: DeckSource,
                                  screening: Bool = true, previous: Deck? = nil,
                                  listEntries: ListEntries = .none, opening: String = "",
                                  sentencesBefore: [Int: [String]] = [:],
                                  homeCountries: Set<String> = []) -> (deck: Deck, report: GenerationReport) {
        var deckEvents = DeckGenerator.deckEvents(from: events)
        var resolvedIDs = Set<String>()
        var people = Set<String>()
        var places = Set<String>()
        var mainPerson: String?
        var titlePerson = false
        var ownKinds = Set<String>()
        // The names of each sentence, found once: the pronoun resolver and the obvious-answer rules all read them.
        let names = DeckGenerator.sentenceNames(deckEvents, language: language)
        if screening {
            // "He was elected …" about the text's main person becomes "Lincoln was elected …" (ids follow the text).
            var resolver = PronounResolver(events: deckEvents, language: language, names: names)
            people = resolver.people
            let titles = DeckGenerator.titleNames(name, in: deckEvents, language: language, names: names)
            // "rafael-nadal", "Abraham_Lincoln": a deck named after a person its opening introduces ("(February 12,
            // 1809 – April 15, 1865) was …") is that person's life, whoever else the text names often; its "He …"
            // is that person, by the name the text uses most
            titlePerson = !titles.isEmpty && KindSubject.introducesPerson(opening)
            // (the person the deck is named after wins over one the counts chose: "Trung Quốc", met after "Thủ tướng"
            // more often than anyone in Chu Dung Cơ's life, is no "Ông")
            if titlePerson, resolver.mainPerson.map({ !titles.contains($0) }) ?? true,
               let name = PronounResolver.mostUsed(titles.filter { NameKind.of($0, language: language) != .organisation },
                                                   in: deckEvents) {
                resolver.mainPerson = name
                people.insert(name)
            }
            mainPerson = resolver.mainPerson
            places = resolver.places
            // "Nước này gia nhập …", "The country joined …" in a text about a place: that place.
            let place = PronounResolver.placeSubject(
                titleNames: titles.union(PronounResolver.titleSurface(name, in: deckEvents).map { [$0] } ?? []),
                events: deckEvents, language: language, people: people)
            // (and "Thành phố từng bị … chiếm đóng" in a text about a city the text calls one)
            let placeKinds = place.map { PronounResolver.ownPlaceKinds(of: $0, events: deckEvents, opening: opening) } ?? []
            // "Câu lạc bộ giành cú đúp …" in a text about a club: that club.
            let kindSubject = KindSubject.find(titleNames: titles, events: deckEvents, people: people, language: language,
                                               opening: opening)?.named(after: name, in: deckEvents)
            // ("tỉnh này" mid-statement in a text about a province is that province)
            if place != nil { ownKinds.formUnion(PronounResolver.placeKinds) }
            ownKinds.formUnion(kindSubject?.kinds ?? [])
            // "… vẽ bản đồ con sông" in a text about the Sông Delaware: that river.
            let kindTitle = language == .vi ? PronounResolver.kindTitle(name, in: deckEvents, opening: opening) : nil
            // "Bắt đầu sau sự sụp đổ …" in a text about a happening: that happening.
            let happening = TopicHappening.find(deckName: name, events: deckEvents, language: language)
            let before = PronounResolver.sentencesBefore(deckEvents)
            // "Quần thể được UNESCO công nhận …" in a text that opens "Quần thể kiến trúc Phật giáo … chùa Horyu-ji là …".
            // (or one that opens on the deck's name and says what kind it is: "Em là bà nội của anh (…) là một bộ phim …")
            let openingSubject = OpeningSubject(opening: opening, language: language)
                ?? OpeningSubject(opening: opening, title: name, language: language)
            // "Nó được UNESCO chọn …" after "Mỏ bạc Iwami Ginzan (…) là một mỏ bạc …": the thing named before it.
            // (a single word counts as a name where the text writes it alone mid-sentence, or it is the deck's name)
            let singles = Set(names.values.joined().filter { !$0.contains(" ") }).union(titles)
                .union(PronounResolver.titleSurface(name, in: deckEvents).map { [$0] } ?? [])
            let precedingSubjects = sentencesBefore.compactMapValues {
                PrecedingSubject.subject(after: $0, language: language, known: singles, people: people, places: places)
            }
            let resolvedEvents = deckEvents.map { deckEvent in
                DeckGenerator.withoutListLabel(deckEvent.event)
                    ?? DeckGenerator.withoutAsideComma(deckEvent.event, language: language)
                    ?? resolver.resolved(deckEvent.event, after: before[deckEvent.event.sentenceStart])
                    ?? (titlePerson ? resolver.resolvedSubjectless(deckEvent.event) : nil)
                    ?? resolver.resolvedAfterFrontedClause(deckEvent.event)
                    ?? place.flatMap { PronounResolver.resolvedPlace(deckEvent.event, subject: $0, language: language,
                                                                       kinds: placeKinds) }
                    ?? kindSubject?.resolved(deckEvent.event)
                    ?? happening?.resolved(deckEvent.event)
                    ?? openingSubject?.resolved(deckEvent.event)
                    ?? precedingSubjects[deckEvent.event.sentenceStart].flatMap {
                        PrecedingSubject.resolved(deckEvent.event, subject: $0, language: language) }
                    ?? deckEvent.event
            }.map { event in
                // (the text's own river or islands by their kind alone, whatever else was resolved: "Ông đặt tên … cho
                // quần đảo")
                kindTitle.flatMap { PronounResolver.resolvedKindPhrase(event, title: $0) } ?? event
            }
            let changed = zip(deckEvents, resolvedEvents).filter { $0.0.event != $0.1 }.count
            if changed > 0 {
                deckEvents = DeckGenerator.deckEvents(from: resolvedEvents)
                let original = Set(events.map { $0.date + "\u{0}" + $0.statement })
                resolvedIDs = Set(deckEvents.filter { !original.contains($0.event.date + "\u{0}" + $0.event.statement) }.map(\.id))
            }
        }
        var report = GenerationReport()
        if let previous {
            // An edited sentence keeps its event's id (and so its cards' ids and their progress).
            let matches = EventMatcher.matches(new: deckEvents, old: previous.events)
            report.renamed = matches.count
            deckEvents = deckEvents.map { event in
                guard let old = matches[event.id] else { return event }
                if resolvedIDs.remove(event.id) != nil { resolvedIDs.insert(old) }
                return DeckEvent(id: old, event: event.event)
            }
        }
        // Every name the text writes somewhere mid-sentence: an option or a chronology item opening on one says
        // whom or what it is about ("Lincoln …", "Hiệp định Genève …"), one opening on "The bridge …" does not.
        // (with the words of longer names: "Tần" of "Tần Thủy Hoàng" names "Nhà Tần sụp đổ …")
        let knownNames = DeckGenerator.knownNames(names)
        var screen = EventScreen(language: language)
        screen.anchored = EventScreen.anchoredRelatives(deckEvents.map(\.event), language: language)
        screen.people = people
        screen.aboutPerson = mainPerson != nil || titlePerson
        screen.listEntries = listEntries
        screen.ownKinds = ownKinds
        screen.names = knownNames
        screen.topic = name.lowercased().split(whereSeparator: { $0 == "_" || $0 == " " || $0 == "-" }).map(String.init)
        let byID = Dictionary(deckEvents.map { ($0.id, $0.event) }, uniquingKeysWith: { first, _ in first })
        // Each event is screened once, here, for all its cards' checks too (on all cores: each screen is pure).
        let fixedScreen = screen
        let screened: [(blocking: CardDefect?, date: CardDefect?)] = screening ? ParallelMap.map(deckEvents) { event in
            if let defect = fixedScreen.blocking(event.event) { return (defect, nil) }
            return (nil, fixedScreen.dateDefect(event.event))
        } : []
        // Happenings told twice, over every event (a blocked telling's date is still true of the other one).
        let sameHappening = screening ? SameHappening(events: deckEvents, language: language) : SameHappening()
        var verdicts: [String: CardCheck.EventVerdict] = [:]
        var usable: [DeckEvent] = [], dated: [DeckEvent] = [], options: [DeckEvent] = []
        var horizons = Set<String>()  // events whose date is a plan's horizon ("quy hoạch … đến năm 2030")
        for (index, event) in deckEvents.enumerated() {
            if screening, let defect = screened[index].blocking {
                report.add(event.id, kind: nil, defect, event.event.statement)
                continue
            }
            usable.append(event)
            let dateDefect = screening ? screened[index].date : nil
            if screening, verdicts[event.id] == nil, byID[event.id] == event.event {
                verdicts[event.id] = CardCheck.EventVerdict(blocking: nil, date: dateDefect)
            }
            if screening, let defect = dateDefect {
                if defect == .boundaryDate, language == .vi, ClauseOfDate.isPlanHorizon(event.event) {
                    horizons.insert(event.id)
                }
                report.add(event.id, kind: .dateRecall, defect, event.event.statement)
                continue
            }
            dated.append(event)
            // an option is read beside others, out of its text: it must say whom or what it is about
            // (nor lean on the sentence before it: "Naguib cũng bị …" beside unrelated events reads as a fragment)
            if StatementShape.words(event.event.statement).count <= EventScreen.optionWords,
               !screening || !ChronologyCardMaker.pointsElsewhere(event.event.statement),
               !screening || StatementShape.standsAlone(event.event.statement, knownNames: knownNames, sentence: event.event.sentence,
                                                        dateSurface: event.event.dateSurface) {
                options.append(event)
            }
        }
        // A happening told again with the same date makes its cards once, from the first telling that passed.
        if !sameHappening.retellings.isEmpty {
            let usableIDs = Set(usable.map(\.id))
            var retold = Set<String>()
            for (later, earlier) in sameHappening.retellings
            where usableIDs.contains(earlier) && !retold.contains(earlier) && usableIDs.contains(later) {
                retold.insert(later)
            }
            if !retold.isEmpty {
                for event in usable where retold.contains(event.id) { report.add(event.id, kind: nil, .retold, event.event.statement) }
                usable.removeAll { retold.contains($0.id) }
                dated.removeAll { retold.contains($0.id) }
                options.removeAll { retold.contains($0.id) }
            }
        }
        // A happening told again in nearly the same words with another date (a prize won twice) has two answers to
        // "when?": no card asks its date.
        let contested = dated.filter { sameHappening.repeated.contains($0.id) }
        if !contested.isEmpty {
            for event in contested { report.add(event.id, kind: .dateRecall, .duplicatePrompt, event.event.statement) }
            let ids = Set(contested.map(\.id))
            dated.removeAll { ids.contains($0.id) }
        }
        // One clause given several dates ("Rosas ruled 1829–1832, then 1835–1852"; "In 1981 … during the closing
        // decades of the 20th century"): a date question would be half right, unless one date lies inside all the
        // others (then the most precise one is the clause's date). A date screened out still counts ("in November
        // and December 1642": November, its year unsure, still halves December).
        var halfDated = Set<String>()
        do {  // (a scope of its own: the clause table is let go before cards are made)
        var clauses: [String: [DeckEvent]] = [:]
        for event in usable { clauses[event.event.sentence + "\u{0}" + event.event.statement, default: []].append(event) }
        // in text order, so the report lists its drops the same way every run
        for group in clauses.values.sorted(by: { $0[0].event.start < $1[0].event.start }) where group.count > 1 {
            let spans = group.map { $0.event.when.flatMap(DateSpan.init) }
            // ("ngày 20 tháng 11 năm 2012, … phê duyệt quy hoạch … đến năm 2030": a plan's horizon is no second date of
            // the clause; the one date that is not a horizon is the clause's)
            let dates = group.indices.filter { horizons.contains(group[$0].id) == false }
            let inner = dates.count == 1 && dates.count < group.count ? dates.first : group.indices.first { index in
                guard let span = spans[index] else { return false }
                return spans.indices.allSatisfy { other in
                    other == index || spans[other].map { $0.first <= span.first && span.last <= $0.last && $0 != span } == true
                }
            }
            for index in group.indices where index != inner {
                halfDated.insert(group[index].id)
                report.add(group[index].id, kind: .dateRecall, .partOfRange, group[index].event.statement)
            }
        }
        }
        if !halfDated.isEmpty {
            dated.removeAll { halfDated.contains($0.id) }
            options.removeAll { halfDated.contains($0.id) }
        }
        let sharedSentences: Set<String>
        do {  // (a scope of its own: the table of each sentence's dates is let go before cards are made)
        var sentenceDates: [String: Set<String>] = [:]
        for event in deckEvents { sentenceDates[event.event.sentence, default: []].insert(event.event.date) }
        sharedSentences = Set(sentenceDates.filter { $0.value.count > 1 }.keys)
        }
        // What the text is about: never an answer (computed once, over every event that makes cards).
        var obvious = DeckGenerator.prominentNames(in: usable, language: language, names: names)
            .union(mainPerson.map { [$0] } ?? [])
        // A deck named after its article ("Arthur_Schopenhauer", "phạm-văn-đồng") names its subject too.
        obvious.formUnion(DeckGenerator.titleNames(name, in: usable, language: language, names: names))
        // …and each capitalised word of that name as the text writes it ("Orwell" in `george-orwell`)
        if let surface = PronounResolver.titleSurface(name, in: usable) {
            obvious.formUnion(surface.split(separator: " ").map(String.init).filter { $0.count >= 4 })
        }
        // …and the other names its first sentence gives it ("Gai dầu hay Cần sa, … (… Cannabis) là …")
        obvious.formUnion(KindSubject.definedNames(in: opening, language: language))
        // …and the deck's name its opening writes, with its kind ("Người bạn của gió (…) là một bộ phim …")
        if let subject = OpeningSubject(opening: opening, title: name, language: language) { obvious.insert(subject.name) }
        let commonWords = language == .en ? DeckGenerator.commonWords(in: usable) : []
        var check = CardCheck(language: language)
        check.anchored = screen.anchored
        var cards: [Card] = []
        var cardIDs = Set<String>()
        var making = CardMaking(language: language, usable: usable, dated: dated, options: options)
        making.resolvedIDs = resolvedIDs
        making.sharedSentences = sharedSentences
        making.obvious = obvious
        making.homeCountries = homeCountries
        making.people = people
        making.places = places
        making.commonWords = commonWords
        making.sameHappening = sameHappening
        // Each kind picks its events (`CardKindBehaviour.events(in:)`) and makes its cards, which are then checked.
        func make(_ kind: CardKind, _ making: CardMaking) -> [Card] {
            var cards: [Card] = []
            let behaviour = kind.behaviour
            let made = behaviour.cards(for: behaviour.events(in: making), making: making)
            // The first card of each id (by its place in `made`), with its event's verdict; then the checks, on all
            // cores (each is pure).
            var fresh: [(index: Int, verdict: CardCheck.EventVerdict?)] = []
            for (index, card) in made.enumerated() where cardIDs.insert(card.id).inserted {
                let event = screening ? byID[card.eventID] : nil
                var verdict: CardCheck.EventVerdict?
                if let event {
                    verdict = verdicts[card.eventID] ?? CardCheck.EventVerdict(event, screen: screen)
                    verdicts[card.eventID] = verdict
                }
                fresh.append((index, verdict))
            }
            let fixedCheck = check
            let found = ParallelMap.map(fresh) { item in
                let card = made[item.index]
                return fixedCheck.defects(of: card, event: screening ? byID[card.eventID] : nil, verdict: item.verdict).first
            }
            for (item, defect) in zip(fresh, found) {
                let card = made[item.index]
                if let defect {
                    report.add(card.id, kind: card.kind, defect, card.prompt)
                    continue
                }
                cards.append(card)
            }
            return cards
        }
        for kind in kinds where kind != .chronology { cards += make(kind, making) }
        // Each event keeps cards that do not answer each other (readers of 20 unseen sets failed a third of all cards
        // only because a card of the same event, beside it in the deck, gave the answer away).
        let (kept, answered) = SiblingFree.faces(cards)
        for card in answered { report.add(card.id, kind: card.kind, .sibling, card.prompt) }
        cards = kept
        let named = Set(cards.filter { SiblingFree.Face(of: $0) == .what }.map(\.eventID))
        // A "which event" card shows other events' statements as its wrong options: one whose event has a kept card
        // asking a name of it (a cloze, a reverse card) writes that name out beside it (English readers failed a cloze
        // of "Washington shadowed [...] …" for the option "Washington shadowed Clinton …"). Such a card is made again
        // from the other events, or gives way to the event's date card; if neither can be, it is dropped.
        if !named.isEmpty {
            let namedKeys = Set(making.options.filter { named.contains($0.id) }.compactMap {
                QuestionText.statementWithoutOwnDate($0.event.statement, date: $0.event.when, in: language)
            }.map(TextNormalizer.answerKey))
            let leaking = Set(cards.filter { card in
                card.kind == .multipleChoice && !card.choiceDates.isEmpty && card.choices.contains {
                    $0 != card.answer && namedKeys.contains(TextNormalizer.answerKey($0))
                }
            }.map(\.id))
            if !leaking.isEmpty {
                var choosing = making
                choosing.options = making.options.filter { !named.contains($0.id) }
                let again = Set(cards.filter { leaking.contains($0.id) }.map(\.eventID))
                let remade = CardKind.multipleChoice.behaviour.cards(
                    for: deckEvents.filter { again.contains($0.id) }, making: choosing)
                var replacement: [String: Card] = [:]
                for card in remade where replacement[card.eventID] == nil {
                    let event = screening ? byID[card.eventID] : nil
                    let verdict = event.map { verdicts[card.eventID] ?? CardCheck.EventVerdict($0, screen: screen) }
                    guard check.defects(of: card, event: event, verdict: verdict).isEmpty else { continue }
                    replacement[card.eventID] = card
                }
                // (else the card of the date this one stood in for, when the event had one)
                for card in answered where again.contains(card.eventID) && replacement[card.eventID] == nil
                    && SiblingFree.Face(of: card) == .when {
                    replacement[card.eventID] = card
                    report.drops.removeAll { $0.id == card.id }
                }
                cards = cards.compactMap { card in
                    guard leaking.contains(card.id) else { return card }
                    guard let new = replacement[card.eventID] else {
                        report.add(card.id, kind: card.kind, .sibling, card.prompt)
                        return nil
                    }
                    return new
                }
            }
        }
        // A name a cloze or a reverse card asks, shown by another event's card, is answered beside it (readers of the
        // English samples failed one card in fifteen so): the event asks its date instead, when it had a date card.
        // (Each date card put back shows names of its own: read again, a few times at most.)
        var dateCards: [String: Card] = [:]
        for card in answered where SiblingFree.Face(of: card) == .when && dateCards[card.eventID] == nil {
            dateCards[card.eventID] = card
        }
        // A one-word name three name cards ask is the deck's stock answer: they ask their events' dates instead, where
        // they can (a name card with no date card to give way to stays).
        let stock = SiblingFree.stockAnswers(cards)
        if !stock.isEmpty {
            var putBack: [String: String] = [:]  // event id → the date card's id
            cards = cards.compactMap { card in
                guard stock.contains(card.id) else { return card }
                // (the event's other name card, the reverse card beside its cloze, goes with the first)
                if putBack[card.eventID] != nil {
                    report.add(card.id, kind: card.kind, .stockAnswer, card.prompt)
                    return nil
                }
                guard let date = dateCards[card.eventID] else { return card }
                report.add(card.id, kind: card.kind, .stockAnswer, card.prompt)
                putBack[card.eventID] = date.id
                dateCards[card.eventID] = nil
                return date
            }
            let returned = Set(putBack.values)
            report.drops.removeAll { returned.contains($0.id) }
        }
        var showing: [Card]?
        for _ in 0..<3 {
            let shown = SiblingFree.namesShownElsewhere(cards, showing: showing)
            guard cards.contains(where: { shown.contains($0.id) && dateCards[$0.eventID] != nil }) else { break }
            var putBack: [String: String] = [:]  // event id → the date card's id
            cards = cards.compactMap { card in
                guard shown.contains(card.id), let date = dateCards[card.eventID] else { return card }
                report.add(card.id, kind: card.kind, .sibling, card.prompt)
                guard putBack.updateValue(date.id, forKey: date.eventID) == nil else { return nil }
                return date
            }
            let returned = Set(putBack.values)
            report.drops.removeAll { returned.contains($0.id) }
            for eventID in putBack.keys { dateCards[eventID] = nil }
            // (only the date cards put back show anything new)
            showing = cards.filter { returned.contains($0.id) }
        }
        // A chronology item shows its event's whole statement: an event whose kept cards ask a name of it (a cloze, a
        // reverse card) is no item, or the chronology beside them would answer them.
        let stillNamed = Set(cards.filter { SiblingFree.Face(of: $0) == .what }.map(\.eventID))
        if kinds.contains(.chronology) {
            var ordering = making
            ordering.options = making.options.filter { !stillNamed.contains($0.id) }
            cards += make(.chronology, ordering)
            let order = Dictionary(kinds.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            cards = cards.enumerated().sorted { (order[$0.element.kind] ?? 0, $0.offset) < (order[$1.element.kind] ?? 0, $1.offset) }
                .map(\.element)
        }
        // What was worked out once for this text's cards is of no use to the next text.
        QuestionText.withoutOwnDate.removeAll()
        let duplicates = check.duplicatePrompts(cards)
        for card in cards where duplicates.contains(card.id) {
            report.add(card.id, kind: card.kind, .duplicatePrompt, card.prompt)
        }
        cards.removeAll { duplicates.contains($0.id) }
        return (Deck(name: name, language: language, source: source, events: deckEvents, cards: cards), report)
    }

    /// Every name of `names` (each sentence's), with the words of longer names ("Tần" of "Tần Thủy Hoàng").
    static func knownNames(_ names: [String: [String]]) -> Set<String> {
        var known = Set(names.values.joined())
        for name in known where name.contains(" ") {
            known.formUnion(name.split(separator: " ").map(String.init).filter { $0.count >= 3 && $0.first?.isUppercase == true })
        }
        return known
    }

    /// The words the events' sentences write in lower case after their first word and never capitalised there:
    /// a statement opening on one ("Pure potassium …") opens on a common word, not a name.
    static func commonWords(in events: [DeckEvent]) -> Set<String> {
        var lower = Set<String>(), capitalised = Set<String>()
        var seen = Set<String>()
        for event in events where seen.insert(event.event.sentence).inserted {
            for word in StatementShape.words(event.event.sentence).dropFirst() {
                if word.first?.isUppercase == true { capitalised.insert(word.lowercased()) }
                else if word.first?.isLowercase == true { lower.insert(word) }
            }
        }
        return lower.subtracting(capitalised)
    }

    /// Events with content ids, in text order, each once (of duplicates, the one with the first sentence in
    /// alphabetical order is kept, so the result does not depend on the input order).
    public static func deckEvents(from events: [Event]) -> [DeckEvent] {
        var kept: [String: (index: Int, event: Event)] = [:]
        // (the ids hashed on all cores)
        let ids = ParallelMap.map(events) { event in
            event.statement.isEmpty ? "" : ContentID.make("e", event.date, TextNormalizer.nfc(event.statement))
        }
        for (index, event) in events.enumerated() where !event.statement.isEmpty {
            let id = ids[index]
            if let existing = kept[id], existing.event.sentence <= event.sentence { continue }
            kept[id] = (kept[id]?.index ?? index, event)
        }
        // (ids first, on the text as written: a gloss in another script then leaves what the cards show)
        return kept.sorted { $0.value.index < $1.value.index }.map { id, kept in
            var event = kept.event
            event.statement = ScriptGloss.removed(from: event.statement)
            event.sentence = ScriptGloss.removed(from: event.sentence)
            return DeckEvent(id: id, event: event)
        }
    }

    /// The names in each distinct sentence of `events` (`NameFinder`), keyed by the sentence.
    static func sentenceNames(_ events: [DeckEvent], language: Language) -> [String: [String]] {
        // each distinct sentence once, in order; its names found on all cores (NameFinder is pure)
        var seen = Set<String>()
        var sentences: [String] = []
        for event in events where seen.insert(event.event.sentence).inserted { sentences.append(event.event.sentence) }
        let names = ParallelMap.map(sentences) { NameFinder.names(in: $0, language: language) }
        return Dictionary(uniqueKeysWithValues: zip(sentences, names))
    }

    /// Names found in at least a quarter of the events' sentences (five at least): what the text is about, so a
    /// card whose answer is one of them asks the obvious.
    static func prominentNames(in events: [DeckEvent], language: Language, names known: [String: [String]]? = nil) -> Set<String> {
        guard events.count >= 8 else { return [] }
        let known = known ?? sentenceNames(events, language: language)
        var counts: [String: Int] = [:]
        for event in events {
            let names = Set((known[event.event.sentence] ?? [])
                .flatMap { name in [name] + (name.contains(" ") ? [String(name.split(separator: " ").last!)] : []) })
            for name in names { counts[name, default: 0] += 1 }
        }
        let threshold = max(5, events.count / 4)
        return Set(counts.filter { $0.value >= threshold && $0.key.count >= 3 }.keys)
    }

    /// `event` without the label a year's list puts before an entry ("Chiến tranh thế giới thứ hai: Quân Mỹ vượt sông
    /// Rhein …", "World War II: …"), or nil when it has none: the label is a heading, not part of what happened.
    static func withoutListLabel(_ event: Event) -> Event? {
        guard let colon = event.statement.range(of: ": ") else { return nil }
        let label = StatementShape.words(String(event.statement[..<colon.lowerBound]))
        let rest = event.statement[colon.upperBound...]
        guard (1...6).contains(label.count), label.first?.first?.isUppercase == true,
              StatementShape.words(String(rest)).count >= 4, let first = rest.first, first.isLetter,
              !label.contains(where: { EnglishVerb.base(ofPast: $0) != nil || ["là", "được", "đã", "said", "was"].contains($0) })
        else { return nil }
        // a label opens its entry, right after the entry's date and dash ("7 tháng 3 – Chiến tranh thế giới thứ hai: …")
        let labelText = String(event.statement[..<colon.lowerBound])
        // (or after the entry's date and a comma, with the year the label's happening is known by before its colon:
        // "16 tháng 10, Cách mạng Nga năm 1905: quân đội Nga nổ súng …")
        guard ["– ", "- ", "— "].contains(where: { event.sentence.contains($0 + labelText + ":") })
            || event.sentence.hasPrefix(labelText + ":")
            || ["– ", "- ", "— ", ", "].contains(where: { mark in
                event.sentence.ranges(of: mark + labelText + " ").contains { found in
                    let after = event.sentence[found.upperBound...]
                    let year = after.hasPrefix("năm ") ? after.dropFirst(4) : after
                    let digits = year.prefix(while: \.isNumber)
                    return (3...4).contains(digits.count) && year.dropFirst(digits.count).hasPrefix(":")
                }
            }) else { return nil }
        // "Henry VIII: The Story of William Tyndale": a title and its subtitle (an English article, a numbered name)
        if let next = StatementShape.words(String(rest)).first, ["The", "A", "An", "Of", "In"].contains(next)
            || label.last!.allSatisfy({ "IVXLC".contains($0) }) || label.last!.allSatisfy(\.isNumber) { return nil }
        // "Ông tuyên bố: …", "Lincoln said: …": what was said, not a label
        let tail = label.suffix(2).joined(separator: " ").lowercased()
        if ["tuyên bố", "cho biết", "phát biểu", "khẳng định", "nhấn mạnh"].contains(tail)
            || ["nói", "viết", "rằng", "says", "wrote", "declared", "stated"].contains(label.last!.lowercased()) { return nil }
        var copy = event
        // ("Chiến tranh thế giới thứ hai: các nhà tù nổi … bị đánh chìm": the entry opens a statement of its own)
        copy.statement = rest.prefix(1).uppercased() + rest.dropFirst()
        return copy
    }

    /// "Alphabet, vượt qua Apple." (of "Alphabet, vượt qua Apple, trở thành công ty …"), "Nishikori Kei, sinh tại
    /// Matsue": a Vietnamese statement that is a name, a comma and a verb's phrase kept only the aside before a
    /// predicate that was cut; the aside is said of the name, so without the comma it is the statement ("Alphabet
    /// vượt qua Apple"); nil when the statement is no such thing.
    static func withoutAsideComma(_ event: Event, language: Language) -> Event? {
        guard language == .vi, EventScreen.isSubjectThenActiveAside(event.statement, words: StatementShape.words(event.statement)),
              let comma = event.statement.firstIndex(of: ",") else { return nil }
        var copy = event
        copy.statement = String(event.statement[..<comma]) + event.statement[event.statement.index(after: comma)...]
        return copy
    }

    /// `word` without its accents ("josé" → "jose"), unless it is Vietnamese: Vietnamese marks tell words apart
    /// ("bắc" is no "bac"), and a Vietnamese deck name keeps them.
    static func unaccented<S: StringProtocol>(_ word: S) -> String {
        let text = String(word)
        guard text.unicodeScalars.contains(where: { !$0.isASCII }),
              !text.contains(where: { "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ".contains($0) }) else { return text }
        return text.folding(options: .diacriticInsensitive, locale: nil)
    }

    /// `word` compared with a deck's name: without its marks, all of them when the name is in `plain` letters,
    /// else the non-Vietnamese ones (`unaccented`).
    static func folded(_ word: Substring, plain: Bool) -> String {
        guard plain else { return unaccented(word) }
        return TextNormalizer.plainLetters(String(word))
    }

    static func titleNames(_ deckName: String, in events: [DeckEvent], language: Language,
                           names known: [String: [String]]? = nil) -> Set<String> {
        // (a short word of the title counts only beside a longer one or another of the title's words: "T-ara" for
        // `t_ara`, "Hồ Chí Minh")
        // (compared without accents: `san_jose_california` is the text's "San José")
        // (a deck named in plain letters, `tan_thuy_hoang`, is the text's "Tần Thủy Hoàng": every mark is folded then, the
        // Vietnamese ones too, which otherwise tell words apart)
        let plain = deckName.allSatisfy(\.isASCII)
        let all = Set(TextNormalizer.nfc(deckName).lowercased().split { !$0.isLetter }.map { DeckGenerator.folded($0, plain: plain) })
        let title = all.filter { $0.count >= 3 }
        guard !all.isEmpty else { return [] }
        let known = known ?? sentenceNames(events, language: language)
        // each event's names read on all cores
        let matching = ParallelMap.map(events) { event in
            (known[event.event.sentence] ?? []).filter { name in
                let words = name.lowercased().split { !$0.isLetter }.map { DeckGenerator.folded($0, plain: plain) }
                // ("La Mã" for `la_mã_cổ_đại`: a name of two short words, both the title's, is the title's too)
                return (words.contains(where: title.contains) || words.count >= 2) && words.allSatisfy(all.contains)
            }
        }
        return Set(matching.joined())
    }
}
