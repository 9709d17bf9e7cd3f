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
        for (index, candidate) in candidates.enumerated() {
            let from = bounds[index], to = max(bounds[index + 1], from + 1)
            var statement = Clause.statement(view, from, to, date: candidate.first...candidate.last, language: language)
            if Clause.isTooShort(statement) {
                // a date in a list or a bare bracket: the sentence without any of its dates says what happened
                statement = Clause.statement(view, lo, hi, dates: timexTokens)
            }
            var actors = ActorFinder.actors(view, from, to, excluding: timexTokens)
            if actors.isEmpty { actors = ActorFinder.actors(view, lo, hi, excluding: timexTokens) }
            let first = tokens[candidate.first], last = tokens[candidate.last]
            let event = Event(date: candidate.date, qualifier: candidate.qualifier, start: tokens[from].start,
                              end: tokens[to - 1].end, sentenceStart: sentenceStart, sentenceEnd: sentenceEnd,
                              sentence: sentence, statement: statement, actors: actors,
                              dateSurface: text(first.byteStart, last.byteEnd))
            var hash = Hasher64()
            for byte in candidate.date.utf8 { hash.add(UInt32(byte)) }
            hash.add(1)
            for byte in statement.utf8 { hash.add(UInt32(byte | (byte >= 0x41 && byte <= 0x5A ? 0x20 : 0))) }
            guard eventKeys.insert(hash.value).inserted else { continue }
            // the same fact restated with a few words changed, at the same date: keep the first telling
            let words = Restatement.words(statement)
            if let earlier = eventsByDate[candidate.date],
               earlier.contains(where: { Restatement.overlap(words, extraction.events[$0].statement) >= 0.75 }) {
                continue
            }
            eventsByDate[candidate.date, default: []].append(extraction.events.count)
            extraction.events.append(event)
        }
    }
}

/// Word overlap between two statements, to tell a restatement of one fact from a different fact.
enum Restatement {
    /// Lower-cased words of a statement, without punctuation.
    static func words(_ statement: String) -> Set<Substring> {
        Set(statement.lowercased().split { $0 == " " || $0 == "," || $0 == "." || $0 == ";" || $0 == ":"
            || $0 == "(" || $0 == ")" || $0 == "\"" })
    }

    /// Jaccard overlap of the words of `words` and of `other`.
    static func overlap(_ words: Set<Substring>, _ other: String) -> Double {
        let second = self.words(other)
        let union = words.union(second).count
        return union == 0 ? 0 : Double(words.intersection(second).count) / Double(union)
    }
}
