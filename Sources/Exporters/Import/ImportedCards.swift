import Cards

/// ontap cards from the fields of Anki notes: the inverse of `AnkiNote` for ontap's own notes (lettered choices,
/// a multiple-choice back `B. 1997`, a chronology back with its order and dates), and a plain question/answer card
/// (kind `reverse`: a typed answer, forgiving typos) for anyone else's.
enum ImportedCards {
    /// The kind named by an `ontap::kind::…` tag, if a tag names one.
    static func kind(fromTags tags: [String]) -> CardKind? {
        for tag in tags where tag.hasPrefix("ontap::kind::") {
            if let kind = CardKind(rawValue: String(tag.dropFirst("ontap::kind::".count))) { return kind }
        }
        return nil
    }

    /// A card from a question and an answer (plain text): `kind` decides how the two are read back (choices are
    /// the lettered last lines of a choice or chronology question).
    static func card(id: String, kind: CardKind, front: String, back: String, source: String, guid: String?,
                     tags: [String]?) -> Card {
        var prompt = front
        var choices: [String] = []
        var answer = back
        var choiceDates: [String] = []
        let behaviour = kind.behaviour
        if behaviour.hasLetteredOptions {
            let lines = front.components(separatedBy: "\n")
            if let start = choiceStart(lines) {
                prompt = lines[..<start].joined(separator: "\n")
                choices = lines[start...].enumerated().map { String($0.element.dropFirst(ChoiceLetters.letter($0.offset).count + 2)) }
            }
        }
        if !choices.isEmpty, let read = behaviour.answer(readFrom: back, choices: choices) {
            answer = read.answer
            choiceDates = read.choiceDates
        }
        let eventKey = source.isEmpty ? front : source
        return Card(id: id, kind: kind, prompt: prompt, answer: answer, choices: choices,
                    eventID: ContentID.make("e", "import", eventKey), sourceSentence: source, choiceDates: choiceDates,
                    guid: guid, tags: tags)
    }

    /// Where the lettered lines (`A. …`, `B. …`, … to the end) begin, after at least one line of question.
    static func choiceStart(_ lines: [String]) -> Int? {
        guard lines.count >= 3 else { return nil }
        for start in 1..<(lines.count - 1) {
            let tail = lines[start...]
            if tail.enumerated().allSatisfy({ $0.element.hasPrefix(ChoiceLetters.letter($0.offset) + ". ") }) { return start }
        }
        return nil
    }

    /// The cloze cards of a Cloze note's text (HTML): one per deletion number, the deletions of that number
    /// blanked as `[...]` and the others shown; the answer is the blanked text (several joined by `, `).
    static func clozes(_ html: String) -> [(number: Int, prompt: String, answer: String)] {
        let pieces = clozePieces(html)
        let numbers = Set(pieces.compactMap(\.number)).sorted()
        return numbers.compactMap { number in
            var prompt = "", answers: [String] = []
            for piece in pieces {
                if piece.number == number {
                    prompt += AnkiNote.blank
                    let answer = HTMLText.plain(piece.text)
                    if !answers.contains(answer) { answers.append(answer) }
                } else {
                    prompt += piece.text
                }
            }
            let answer = answers.joined(separator: ", ")
            guard !answer.isEmpty else { return nil }
            return (number, HTMLText.plain(prompt), answer)
        }
    }

    /// The text cut at its `{{cN::answer[::hint]}}` deletions: plain runs (number nil) and deletions (the answer).
    static func clozePieces(_ html: String) -> [(number: Int?, text: String)] {
        var pieces: [(number: Int?, text: String)] = []
        var rest = Substring(html)
        while let open = rest.range(of: "{{c") {
            let afterC = rest[open.upperBound...]
            let digits = afterC.prefix { $0.isASCII && $0.isNumber }
            guard let number = Int(digits), afterC.dropFirst(digits.count).hasPrefix("::"),
                  let close = afterC.range(of: "}}") else {
                pieces.append((nil, String(rest[..<open.upperBound])))
                rest = afterC
                continue
            }
            pieces.append((nil, String(rest[..<open.lowerBound])))
            var inner = afterC[afterC.index(afterC.startIndex, offsetBy: digits.count + 2)..<close.lowerBound]
            if let hint = inner.range(of: "::") { inner = inner[..<hint.lowerBound] }
            pieces.append((number, String(inner)))
            rest = afterC[close.upperBound...]
        }
        pieces.append((nil, String(rest)))
        return pieces
    }
}
