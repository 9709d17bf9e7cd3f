/// English date questions from past-tense statements.
///
/// Choice (issue 3): English needs do-support to ask about a past event ("NATO and Russia signed the Founding Act"
/// → "In what year did NATO and Russia sign the Founding Act?"), which needs the subject, the verb and its base form.
/// Without a parser that is only safe for the common shape *subject + past verb + rest*. So `inverted` tries that
/// shape with conservative rules (a short subject without commas or a leading preposition, a verb found in the
/// irregular table or undone by the `-ed` spelling rules, `was`/`were` moved in front of the subject) and returns
/// nil when unsure. Every other statement gets the honest general form "In what year did this happen: <statement>?",
/// which reads well for any sentence and never mangles grammar.
enum EnglishQuestion {
    /// The question for `statement` (no final full stop) asking `phrase` ("In what year").
    /// `context` is the source sentence: a capitalised first word found there in lower case ("…, preliminary
    /// peace articles were signed") is a common word and is lower-cased after the auxiliary.
    static func question(statement: String, asking phrase: String, context: String = "", common: Set<String> = []) -> String {
        inverted(statement: statement, asking: phrase, context: context, common: common) ?? "\(phrase) did this happen: \(statement)?"
    }

    /// "\(phrase) did <subject> <base verb> <rest>?" or "\(phrase) was <subject> <rest>?", or nil when unsure.
    static func inverted(statement: String, asking phrase: String, context: String = "", common: Set<String> = []) -> String? {
        let tokens = statement.split(separator: " ").map(String.init)
        // Two clauses ("…; Montgomery was killed") cannot share one inverted auxiliary.
        guard tokens.count >= 2, let first = tokens.first, !leadingAdverbials.contains(first),
              !statement.contains(";") else { return nil }
        for index in 1..<min(tokens.count, maxSubjectLength + 2) {
            let (word, trailing) = splitPunctuation(tokens[index])
            let before = tokens[index - 1]
            if before.hasSuffix(",") || before.hasSuffix(";") || before.hasSuffix(":") { return nil }
            if determiners.contains(before.lowercased()) || before.hasSuffix("'s") || before.hasSuffix("’s") {
                continue  // "the combined fleet", "Britain's allied troops": an adjective, not the verb
            }
            // "the number of reported cases": a participle after a preposition modifies a noun
            if ["of", "in", "for", "with", "by", "from", "on", "at", "about"].contains(before.lowercased()) { continue }
            let isBe = EnglishVerb.isPastBe(word)
            guard isBe || EnglishVerb.base(ofPast: word) != nil else { continue }
            var subjectEnd = index
            var adverb: String?
            if index >= 2, isAdverb(before) {
                subjectEnd = index - 1
                // ("Einstein also received the Copley Medal": an adverb that points at the sentence before is left out
                // of the question, which stands alone)
                adverb = pointingAdverbs.contains(before) ? nil : before
            }
            let subject = Array(tokens[0..<subjectEnd])
            // "Roy Lichtenstein—a painter associated …—was": an aside in the subject hides the real verb;
            // "disputes have included": a perfect needs its own auxiliary
            // (a bracket of one token, "Petalite (LiAlSi4O10)", "The scale (GA)", is a gloss and hides nothing)
            if subject.contains(where: { $0.contains("—") || $0.contains("–") || $0 == "-"
                    || $0.contains("(") && !($0.hasPrefix("(") && $0.hasSuffix(")")) })
                || subject.contains(where: { Self.auxiliaries.contains($0.lowercased()) }) {
                return nil
            }
            var rest = Array(tokens[(index + 1)...])
            if let next = rest.first?.lowercased(), ["not", "never", "n't"].contains(next) { return nil }
            // ("… was also awarded …", "… were subsequently found …")
            if let next = rest.first, rest.count >= 2, pointingAdverbs.contains(next) { rest.removeFirst() }
            // "A survey carried out by Maplecroft identified …": a participle with its "by", and the real verb after
            if !isBe, rest.prefix(3).contains("by"),
               rest.dropFirst(2).contains(where: { EnglishVerb.base(ofPast: splitPunctuation($0).0) != nil
                   && $0.first?.isLowercase == true }) { return nil }
            // "A bill passed by the legislature … was signed by the Governor": a later "was" is the real verb
            for later in rest.indices where EnglishVerb.isPastBe(splitPunctuation(rest[later]).0) {
                let window = rest[max(0, later - 3)..<later].map { $0.lowercased() }
                if !window.contains(where: { ["which", "who", "that", "and", "but", "whom"].contains($0) }) { return nil }
            }
            // "A tablet found on Salamis in 1846 (…), dates back to 300 BC": after a comma, another finite verb is
            // the real one, and the first was a participle
            for later in rest.indices.dropFirst() where rest[later - 1].hasSuffix(",") {
                let (next, _) = splitPunctuation(rest[later])
                let lower = next.lowercased()
                let thirdPerson = lower.count > 3 && lower.hasSuffix("s") && EnglishVerb.isBase(String(lower.dropLast()))
                if next == lower, EnglishVerb.isPastBe(lower) || ["is", "are", "has", "have"].contains(lower) || thirdPerson {
                    return nil
                }
            }
            guard !subject.isEmpty, trailing.isEmpty || !rest.isEmpty else { return nil }
            let subjectText = lowercasedFirstWord(subject, context: context, common: common).joined(separator: " ")
            if isBe {
                let tail = ([adverb].compactMap { $0 } + rest).joined(separator: " ")
                return "\(phrase) \(word) \(subjectText)\(tail.isEmpty ? "" : " " + tail)?"
            }
            if word == "had", let next = rest.first, EnglishVerb.base(ofPast: splitPunctuation(next).0) != nil,
               next != "had" {
                return nil  // past perfect: "had signed" would need "had … signed"; not worth the risk
            }
            // a base the verb tables do not know ("reignit") is a guess: the general form is asked instead
            guard let base = EnglishVerb.base(ofPast: word), EnglishVerb.isBase(base) else { return nil }
            if zip(rest, rest.dropFirst()).contains(where: { ["and", "but"].contains($0.0) && EnglishVerb.isPastBe($0.1) }) {
                return nil  // "attacked Quebec and were defeated": a second auxiliary would be needed
            }
            // "broke out … and Schopenhauer left the city": a second clause with its own subject cannot share "did".
            for index in rest.indices.dropFirst(2) where ["and", "but"].contains(rest[index - 2])
                && rest[index - 1].first?.isUppercase == true
                && EnglishVerb.base(ofPast: splitPunctuation(rest[index]).0) != nil { return nil }
            // ("… and entrepreneur Robert C. Fitzsimmons built …": a describing word before the name)
            for index in rest.indices.dropFirst(3) where ["and", "but"].contains(rest[index - 3])
                && rest[index - 2].first?.isLowercase == true && rest[index - 1].first?.isUppercase == true {
                let name = rest[(index - 1)...].prefix { $0.first?.isUppercase == true }
                let after = (index - 1) + name.count
                if after < rest.count, EnglishVerb.base(ofPast: splitPunctuation(rest[after]).0) != nil { return nil }
            }
            // (…, and Howe finally outmaneuvered …": the same with an adverb before the verb)
            for index in rest.indices.dropFirst(3) where ["and", "but"].contains(rest[index - 3])
                && rest[index - 2].first?.isUppercase == true && isAdverb(rest[index - 1])
                && EnglishVerb.base(ofPast: splitPunctuation(rest[index]).0) != nil { return nil }
            guard let coordinated = baseFormsAfterConjunctions(rest) else { return nil }
            rest = coordinated
            let verbPhrase = ([adverb].compactMap { $0 } + [base + trailing] + rest).joined(separator: " ")
            return "\(phrase) did \(subjectText) \(verbPhrase)?"
        }
        return nil
    }

    static let maxSubjectLength = 10
    static let auxiliaries: Set<String> = ["have", "has", "had", "is", "are", "will", "would", "could", "can", "may",
                                           "might", "shall", "should", "must", "do", "does"]

    /// Coordinated verbs share the `did`: "… arrived in Boston and took command" → "… arrive in Boston and take command".
    static func baseFormsAfterConjunctions(_ tokens: [String]) -> [String]? {
        var result = tokens
        var depth = 0
        for index in result.indices.dropFirst() {
            // ("… to cross the Atlantic (… and taxied several hundred miles)": a verb inside brackets belongs to the
            // aside, not to the question's "did")
            depth += result[index - 1].filter { $0 == "(" }.count - result[index - 1].filter { $0 == ")" }.count
            guard depth <= 0, ["and", "then", "but"].contains(result[index - 1]) else { continue }
            let (word, trailing) = splitPunctuation(result[index])
            guard !EnglishVerb.isPastBe(word), !participleAdjectives.contains(word),
                  let base = EnglishVerb.base(ofPast: word) else { continue }
            guard EnglishVerb.isBase(base) else { return nil }
            result[index] = base + trailing
        }
        return result
    }

    static func splitPunctuation(_ token: String) -> (String, String) {
        let word = token.reversed().drop { ",.;:!?)\"'”’".contains($0) }.reversed()
        return (String(word), String(token.dropFirst(word.count)))
    }

    static func isAdverb(_ word: String) -> Bool {
        word == word.lowercased() && (word.hasSuffix("ly") && word.count > 4 || plainAdverbs.contains(word))
    }

    /// The subject with its first word lower-cased when it is a determiner ("The British"), or when the context
    /// writes it in lower case; names ("General Gage", "British troops") keep their capital.
    static func lowercasedFirstWord(_ subject: [String], context: String, common: Set<String> = []) -> [String] {
        guard let first = subject.first, first.first?.isUppercase == true else { return subject }
        let lower = first.lowercased()
        let inContext = !context.isEmpty && first.dropFirst().allSatisfy(\.isLowercase)
            && !ClozeCardMaker.occurrences(of: lower, in: context).isEmpty
        // "Pure potassium was first isolated …": a word the text writes in lower case elsewhere, and never as a name
        let inText = first.dropFirst().allSatisfy(\.isLowercase) && common.contains(lower)
        guard determiners.contains(lower) || inContext || inText else { return subject }
        return [lower] + subject.dropFirst()
    }

    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "its", "his", "her",
                                           "their", "our", "some", "many", "most", "all", "both", "several", "each",
                                           "every", "few", "other", "another", "newly", "two", "three", "four"]
    static let plainAdverbs: Set<String> = ["also", "then", "later", "soon", "again", "first", "still", "once",
                                            "thus", "jointly", "eventually", "finally", "formally", "briefly"]
    /// Adverbs that tie a statement to the one before it ("also", "subsequently", "then"): a question read alone
    /// leaves them out ("In what year did Einstein receive the Copley Medal?"); "again" changes what is asked and stays.
    static let pointingAdverbs: Set<String> = ["also", "subsequently", "then", "later", "afterwards", "thereafter"]
    static let participleAdjectives: Set<String> = ["allied", "armed", "combined", "mixed", "related", "advanced",
                                                    "limited", "skilled", "wounded", "fortified", "united"]
    static let leadingAdverbials: Set<String> = [
        "In", "On", "At", "After", "Before", "During", "Following", "By", "With", "Under", "When", "While", "As",
        "Although", "Though", "Since", "From", "Despite", "Upon", "Throughout", "Until", "Once", "Because", "If",
        "Later", "Then", "Meanwhile", "There", "Here", "According", "Between", "Within", "Around", "About", "Over",
    ]
}
