/// Turns the dated candidates of one sentence into events: clause spans, statements, actors.
extension ExtractionRun {
    mutating func emitEvents(_ view: TokenView, _ candidates: [EventCandidate], founds: [Found]) {
        let tokens = view.tokens
        let lo = view.lo, hi = view.hi
        // clause boundaries between consecutive candidates
        var bounds = [lo]
        for index in 1..<max(1, candidates.count) where candidates.count > 1 {
            let left = candidates[index - 1], right = candidates[index]
            bounds.append(Clause.boundary(view, after: left, before: right, floor: bounds.last!))
        }
        bounds.append(hi)
        let sentence = Clause.sourceText(view, lo, hi, skip: TokenSet())
        let sentenceStart = tokens[lo].start, sentenceEnd = tokens[hi - 1].end
        var timexTokens: [ClosedRange<Int>] = founds.map { $0.first...$0.last }
        timexTokens.sort { $0.lowerBound < $1.lowerBound }
        // (a duration or a frequency is no date to take out: "the eight-hour work day" stays whole)
        let datedTokens = founds.filter { found in
            guard !found.isName else { return false }
            switch found.kind {
            case .duration, .set: return false
            default: return true
            }
        }.map { $0.first...$0.last }.sorted { $0.lowerBound < $1.lowerBound }
        for (index, candidate) in candidates.enumerated() {
            var from = bounds[index], to = max(bounds[index + 1], from + 1)
            // "…; in 2005, botched chelation therapy killed …": a semicolon ends a clause, whatever the dates; so does
            // "rồi" / ", then" ("… trực thuộc tỉnh Nghĩa Bình rồi chính thức trở thành thành phố năm 1986")
            let ends = { (k: Int) in view.punct(k, ";") || view.hash(k) == Clause.roi || view.punct(k - 1, ",") && view.hash(k) == Clause.then }
            if from < candidate.first, let semicolon = (from..<candidate.first).last(where: ends) {
                from = semicolon + 1
            }
            if candidate.last + 1 < to, let semicolon = ((candidate.last + 1)..<to).first(where: ends) {
                to = semicolon
            }
            var statement = Clause.statement(view, from, to, date: candidate.first...candidate.last, language: language)
            if Clause.isTooShort(statement) {
                // a date in a list or a bare bracket: the sentence without any of its dates says what happened
                // (a name's year stays: "Football Manager 2008 sẽ được phát hành")
                statement = Clause.statement(view, lo, hi, dates: datedTokens)
            }
            var actors = ActorFinder.actors(view, from, to, excluding: timexTokens)
            if actors.isEmpty { actors = ActorFinder.actors(view, lo, hi, excluding: timexTokens) }
            let first = tokens[candidate.first], last = tokens[candidate.last]
            let event = Event(date: candidate.date, qualifier: candidate.qualifier, start: tokens[from].start,
                              end: tokens[to - 1].end, sentenceStart: sentenceStart, sentenceEnd: sentenceEnd,
                              sentence: sentence, statement: statement, actors: actors,
                              dateSurface: text(first.byteStart, last.byteEnd))
            guard admits(date: candidate.date, statement: statement) else { continue }
            // the same fact restated with a few words changed, at the same date: keep the first telling (compared
            // with the last events of the text only, so a list of a thousand births in 1978 stays linear)
            var dateHash = Hasher64()
            for byte in candidate.date.utf8 { dateHash.add(UInt32(byte)) }
            var words: [UInt64] = []
            var restated = false
            for index in recentEvents.indices where recentEvents[index].date == dateHash.value {
                if words.isEmpty { words = Restatement.words(statement) }
                if recentEvents[index].words.isEmpty {
                    recentEvents[index].words = Restatement.words(extraction.events[recentEvents[index].event].statement)
                }
                if Restatement.overlap(words, recentEvents[index].words) >= 0.75 {
                    restated = true
                    break
                }
            }
            if restated { continue }
            if recentEvents.count == Restatement.window { recentEvents.removeFirst() }
            recentEvents.append((dateHash.value, extraction.events.count, words))
            extraction.events.append(event)
        }
    }
}

extension ExtractionRun {
    /// An event for the list item in `tokens` (its marker left out), dated by the list's heading.
    mutating func emitListItem(_ heading: (value: String, surface: String)) {
        let first = tokens[1], last = tokens[tokens.count - 1]
        var text = Array(bytes[first.byteStart..<last.byteEnd])
        while let end = text.last, end == 0x2E || end == 0x3B || end == 0x2C || end == 0x20 { text.removeLast() }
        Clause.capitalise(&text)
        text.append(0x2E)
        let statement = String(decoding: text, as: UTF8.self)
        let sentence = String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[0].byteStart..<last.byteEnd]), as: UTF8.self)
        let event = Event(date: heading.value, start: first.start, end: last.end, sentenceStart: tokens[0].start,
                          sentenceEnd: last.end, sentence: sentence, statement: statement, actors: [],
                          dateSurface: heading.surface)
        guard admits(date: heading.value, statement: statement) else { return }
        extraction.events.append(event)
    }

    /// Whether the fact (date, statement) is new to the text, noting it: the same fact stated twice is one event.
    mutating func admits(date: String, statement: String) -> Bool {
        var hash = Hasher64()
        for byte in date.utf8 { hash.add(UInt32(byte)) }
        hash.add(1)
        for byte in statement.utf8 { hash.add(UInt32(byte | (byte >= 0x41 && byte <= 0x5A ? 0x20 : 0))) }
        return eventKeys.insert(hash.value).inserted
    }
}

/// Word overlap between two statements, to tell a restatement of one fact from a different fact.
enum Restatement {
    /// How many of the latest events a new event is compared with.
    static let window = 32

    /// Sorted, distinct hashes of the lower-cased words of a statement, without punctuation.
    static func words(_ statement: String) -> [UInt64] {
        var result: [UInt64] = []
        var hash = Hasher64()
        var empty = true
        for scalar in statement.unicodeScalars {
            switch scalar {
            case " ", ",", ".", ";", ":", "(", ")", "\"":
                if !empty { result.append(hash.value) }
                hash = Hasher64()
                empty = true
            default:
                hash.add(ScalarClass.lower(scalar.value))
                empty = false
            }
        }
        if !empty { result.append(hash.value) }
        result.sort()
        var distinct: [UInt64] = []
        distinct.reserveCapacity(result.count)
        for word in result where distinct.last != word { distinct.append(word) }
        return distinct
    }

    /// Jaccard overlap of two sorted word lists.
    static func overlap(_ first: [UInt64], _ second: [UInt64]) -> Double {
        guard !first.isEmpty || !second.isEmpty else { return 0 }
        let small = min(first.count, second.count), large = max(first.count, second.count)
        if Double(small) < 0.75 * Double(large) { return 0 }
        var i = 0, j = 0, common = 0
        while i < first.count && j < second.count {
            if first[i] == second[j] { common += 1; i += 1; j += 1 } else if first[i] < second[j] { i += 1 } else { j += 1 }
        }
        return Double(common) / Double(first.count + second.count - common)
    }
}
