/// How much of a statement's content a free-text answer covers, for reverse cards whose typed answer can never
/// match a whole statement: content words (function words dropped), with names counted on their own.
struct KeyContent {
    /// Content words of the expected text (answer keys).
    let words: [String]
    /// The subset that were written with a capital letter or as an acronym: the actors.
    let names: [String]

    init(_ expected: String, loose: Bool) {
        var words: [String] = [], names: [String] = []
        for raw in NameFinder.words(in: TextNormalizer.nfc(expected)).map(\.text) {
            for part in raw.split(whereSeparator: { "-–'’".contains($0) }).map(String.init) {
                let key = KeyContent.key(part, loose: loose)
                guard !key.isEmpty, !FunctionWords.all.contains(TextNormalizer.answerKey(part)), !words.contains(key)
                else { continue }
                words.append(key)
                if NameFinder.isCapitalised(part) { names.append(key) }
            }
        }
        self.words = words
        self.names = names
    }

    static func key(_ word: String, loose: Bool) -> String {
        loose ? TextNormalizer.looseKey(word) : TextNormalizer.answerKey(word)
    }

    /// The typed text's words as keys, for `coverage`.
    static func typedWords(_ typed: String, loose: Bool) -> Set<String> {
        Set(NameFinder.words(in: TextNormalizer.nfc(typed)).flatMap { word in
            word.text.split(whereSeparator: { "-–'’".contains($0) }).map { key(String($0), loose: loose) }
        })
    }

    /// Fraction of content words (and of names) found in `typed`, forgiving one typo in words of 5+ letters.
    func coverage(of typed: Set<String>) -> (words: Double, names: Double) {
        func found(_ word: String) -> Bool {
            typed.contains(word) || word.count >= 5 && typed.contains { EditDistance.between($0, word, limit: 1) <= 1 }
        }
        let wordShare = words.isEmpty ? 0 : Double(words.filter(found).count) / Double(words.count)
        let nameShare = names.isEmpty ? 1 : Double(names.filter(found).count) / Double(names.count)
        return (wordShare, nameShare)
    }

    /// The verdict for a typed statement: correct when it covers most of the content (or half of it with every
    /// name), almost when it covers a good part, wrong otherwise.
    static func verdict(typed: String, expected: String) -> AnswerVerdict {
        func judge(loose: Bool) -> AnswerVerdict {
            let content = KeyContent(expected, loose: loose)
            let (words, names) = content.coverage(of: typedWords(typed, loose: loose))
            if words >= 0.75 || words >= 0.5 && names >= 1 { return .correct }
            if words >= 0.3 || names >= 1 && !content.names.isEmpty && words > Double(content.names.count) / Double(max(1, content.words.count)) {
                return .almost
            }
            return .wrong
        }
        let strict = judge(loose: false)
        if strict == .correct { return .correct }
        // Without diacritics the content may be all there: that is almost, never correct.
        return strict == .almost || judge(loose: true) != .wrong ? .almost : .wrong
    }
}
