import Foundation
import Timeline

/// "Vào ngày 1 tháng 4 năm 2014, [...] nhất trí quyết định đình chỉ hợp tác với Liên bang Nga…" → "NATO".
///
/// Blanks an actor of the event (or, failing that, a name found in the sentence) everywhere it occurs, and refuses
/// a blank that the rest of the sentence gives away (`Nga` left in `NATO–Nga` when `Liên bang Nga` is blanked).
struct ClozeCardMaker {
    let language: Language
    /// Names the whole deck is about (the article's subject): too obvious to be an answer.
    var obvious: Set<String> = []
    /// Countries where the text happens: "tiểu bang thứ 25 của [...]" in a text on Arkansas asks what every card
    /// implies (a name that holds one, "Quốc hội Đan Mạch", is still asked).
    var homeCountries: Set<String> = []

    static let blank = "[...]"

    /// The cloze card for `deckEvent`, avoiding answers already blanked in the same sentence (`taken`).
    func card(for deckEvent: DeckEvent, taken: Set<String> = []) -> Card? {
        let event = deckEvent.event
        let sentence = ClozeCardMaker.withoutLeadingLink(CitationMarks.removed(from: event.sentence), language: language)
        guard let (prompt, answer) = ClozeCardMaker.blanked(sentence, candidates: candidates(for: event, in: sentence),
                                                            avoiding: taken, language: language) else { return nil }
        return Card(id: ContentID.make("c", deckEvent.id, CardKind.cloze.rawValue), kind: .cloze, prompt: prompt,
                    answer: answer, eventID: deckEvent.id, sourceSentence: sentence)
    }

    /// `sentence` without a leading link to the sentence before it ("Subsequently, on April 12, 1861, …", "Ngoài ra,
    /// …"): on a card it points at nothing.
    static func withoutLeadingLink(_ sentence: String, language: Language) -> String {
        let links = language == .vi
            ? ["Ngoài ra", "Tuy nhiên", "Do đó", "Vì vậy", "Vì thế", "Bên cạnh đó", "Hơn nữa", "Kết quả là", "Tiếp đó",
               "Đồng thời", "Thêm vào đó", "Sau đó", "Như vậy", "Như thế", "Đặc biệt", "Mặt khác", "Tuy vậy", "Dù vậy",
               "Nhờ đó", "Chính vì vậy"]
            : ["However", "Moreover", "Furthermore", "Subsequently", "Consequently", "Thus", "Therefore", "Meanwhile",
               "Nevertheless", "In addition", "Additionally", "As a result", "Also", "Then", "Later", "Afterwards",
               "In particular", "On the other hand", "In turn"]
        // "Ví dụ Người băng Ötzi, …", "Chẳng hạn như …": an example's marker, with or without its comma, before a name
        let examples = language == .vi ? ["Ví dụ như ", "Ví dụ, ", "Ví dụ ", "Chẳng hạn như ", "Chẳng hạn, ", "Chẳng hạn "]
            : ["For example, ", "For instance, "]
        for marker in examples where sentence.hasPrefix(marker) {
            let rest = sentence.dropFirst(marker.count)
            if rest.first?.isUppercase == true { return String(rest) }
        }
        for link in links where sentence.hasPrefix(link + ", ") {
            let rest = sentence.dropFirst(link.count + 2)
            guard let first = rest.first else { return sentence }
            // the next word keeps its capital when it is a name ("Subsequently, Lincoln …"), else takes one
            let word = rest.prefix { $0 != " " && $0 != "," }
            let lowerElsewhere = sentence.contains(" " + word.lowercased() + " ") || FunctionWords.all.contains(word.lowercased())
            return (lowerElsewhere ? String(first).uppercased() : String(first)) + rest.dropFirst()
        }
        return sentence
    }

    /// Actors first (in their order), then names found in the sentence; none that holds a digit.
    func candidates(for event: Event, in sentence: String) -> [String] {
        let actors = event.actors.map { CitationMarks.removed(from: $0).trimmingCharacters(in: .whitespaces) }
        var seen = Set<String>()
        // ("nhà văn Thụy Điển Selma Lagerlöf": the person is asked, the nationality stays on the card)
        let found = (actors + NameFinder.names(in: sentence, language: language)).map { candidate in
            language == .vi ? CountryNames.nameAfterCountry(in: candidate) ?? candidate : candidate
        }.map { candidate in
            // ("Washington D.C. diễn tả …": an abbreviation's last dot is part of the name, not left behind the blank)
            let scalars = Array(candidate.unicodeScalars.suffix(2))
            guard scalars.count == 2, scalars[0] == ".", scalars[1].properties.isUppercase,
                  sentence.contains(candidate + ".") else { return candidate }
            return candidate + "."
        }
        let usable = found.filter { candidate in
            candidate.count >= 2 && !candidate.contains(where: \.isNumber)
                && !(language == .en && candidate.contains(" ")
                     && Self.englishSubordinators.contains(candidate.prefix { $0 != " " }.lowercased()))
                && !FunctionWords.all.contains(candidate.lowercased()) && !isObvious(candidate)
                && !homeCountries.contains(candidate)
                && seen.insert(candidate).inserted
        }
        // A country is blanked last: the sentence's other names give it away ("động đất ngoài khơi Miyagi" is in
        // Japan; "Thiên hoàng thứ 125" Japan's). Readers of sets M–AV failed 44 of 92 such blanks for it or the like,
        // against a third of the others.
        guard language == .vi else { return usable }
        return usable.filter { !CountryNames.vietnamese.contains($0) } + usable.filter { CountryNames.vietnamese.contains($0) }
    }

    /// Words that open an English clause, never a name: "Although the Congress" is no name (a sentence's opening
    /// capital joins them to the name after).
    static let englishSubordinators: Set<String> = ["although", "when", "while", "after", "before", "since", "because",
                                                    "though", "if", "as", "during", "despite", "upon", "following", "once",
                                                    "unless", "whereas"]

    /// The candidate is, contains or is part of a name the whole deck is about ("Einstein", "Albert Einstein").
    func isObvious(_ candidate: String) -> Bool {
        obvious.contains { name in
            candidate == name || ClozeCardMaker.occurrences(of: name, in: candidate).isEmpty == false
                || ClozeCardMaker.occurrences(of: candidate, in: name).isEmpty == false
        }
    }

    /// The sentence with the first usable candidate (written once) blanked, and that candidate; nil if none is usable.
    static func blanked(_ sentence: String, candidates: [String], avoiding taken: Set<String>,
                        language: Language = .en) -> (String, String)? {
        // A name already blanked in this sentence, or one inside or around it, would make a near-duplicate card.
        for candidate in candidates where !taken.contains(where: { $0.contains(candidate) || candidate.contains($0) }) {
            let ranges = occurrences(of: candidate, in: sentence)
            // (a name written twice would be blanked twice: "thị xã [...] thành thành phố [...]" asks the obvious, and
            // "[...] giải thể [...]" reads as two things)
            guard ranges.count == 1, !isOnlySentenceInitialCapital(candidate, ranges: ranges, in: sentence) else { continue }
            if language == .vi,
               ranges.contains(where: { VietnameseNameShape.isHeadOfLongerPhrase(candidate, at: $0, in: sentence) }) { continue }
            if !ranges.allSatisfy({ BlankBoundary.isClean(candidate, at: $0, in: sentence, language: language) }) { continue }
            if ranges.contains(where: { isListItem(at: $0, in: sentence) || isTailOfLongerName(at: $0, in: sentence) }) { continue }
            var prompt = sentence
            for range in ranges.reversed() { prompt.replaceSubrange(range, with: blank) }
            let rest = prompt.replacingOccurrences(of: blank, with: " ")
            if givesAway(candidate, rest: rest) { continue }
            // Keep enough of the sentence to answer from.
            guard rest.filter(\.isLetter).count >= 12 else { continue }
            return (prompt, candidate)
        }
        return nil
    }

    /// Is the name at `range` one of a list of three names or more ("những thị trấn như Abingdon, Didcot và
    /// Wallingford")? A blank there has as many answers as the list, and the card shows only some of them. (Of a pair,
    /// "Pháp và [...]", the card shows the other half, and the blank asks one name.)
    static func isListItem(at range: Range<String.Index>, in sentence: String) -> Bool {
        let separators = [", và ", ", and ", " và ", " and ", " hoặc ", " or ", ", "]
        // how many names stand in a row from `text` on, each after a separator (`backwards`: before it)
        func names(_ text: Substring, backwards: Bool) -> Int {
            var rest = text, count = 0
            while let separator = separators.first(where: { backwards ? rest.hasSuffix($0) : rest.hasPrefix($0) }) {
                rest = backwards ? rest.dropLast(separator.count) : rest.dropFirst(separator.count)
                var words = 0
                while let word = (backwards ? rest.split(separator: " ").last : rest.split(separator: " ").first),
                      word.first?.isUppercase == true, !word.hasSuffix(","), words < 4 {
                    rest = backwards ? rest.dropLast(word.count) : rest.dropFirst(word.count)
                    words += 1
                    guard backwards ? rest.hasSuffix(" ") && !separators.contains(where: rest.hasSuffix)
                                    : rest.hasPrefix(" ") && !separators.contains(where: rest.hasPrefix) else { break }
                    rest = backwards ? rest.dropLast() : rest.dropFirst()
                }
                guard words > 0 else { break }
                count += 1
            }
            return count
        }
        return names(sentence[..<range.lowerBound], backwards: true) + names(sentence[range.upperBound...], backwards: false) >= 2
    }

    /// Does the name at `range` close a longer one joined by a particle ("Ciudad de los Reyes", "Eduard von Bismarck")?
    /// A blank there cuts that name.
    static func isTailOfLongerName(at range: Range<String.Index>, in sentence: String) -> Bool {
        let before = sentence[..<range.lowerBound]
        guard before.hasSuffix(" ") else { return false }
        var words = before.split(separator: " ").suffix(3).map(String.init)
        var particles = 0
        while let last = words.last, NameFinder.connectors.contains(last), !["of", "the"].contains(last) {
            particles += 1
            words.removeLast()
        }
        return particles > 0 && words.last?.first?.isUppercase == true && words.last?.last?.isLetter == true
    }

    /// Does `rest` (the card without its answer) write a capitalised word of `answer` ("Nga" left in "NATO–Nga" when
    /// "Liên bang Nga" is asked; "Đài Bắc" when "Đài Loan" is)?
    static func givesAway(_ answer: String, rest: String) -> Bool {
        let parts = NameFinder.words(in: answer).flatMap { $0.text.split(whereSeparator: { "–—-".contains($0) }).map(String.init) }
        // ("[...] đã chuẩn hóa ISOFIX" → "ISO": an acronym that opens a longer word of the card)
        if NameFinder.isAcronym(answer), !answer.contains(" "),
           NameFinder.words(in: rest).contains(where: { $0.text.count > answer.count && $0.text.hasPrefix(answer) }) { return true }
        // ("… dẫn đến thất bại và cái chết của Bố" when "Lã Bố" is asked: a person's given name, however short, is
        // the person)
        let given = parts.count >= 2 && !(parts.last ?? "").allSatisfy({ "IVXLC".contains($0) }) ? parts.last : nil
        return parts.contains { word in
            (word.count >= 3 || word == given && word.count == 2) && (NameFinder.isCapitalised(word) || NameFinder.isAcronym(word))
                && !FunctionWords.all.contains(word.lowercased()) && !occurrences(of: word, in: rest).isEmpty
        }
    }

    /// A single plain word met only where a sentence or clause starts is capitalised for that reason, not as a name
    /// (`Quan hệ …`, `Kể từ …`): blanking it would ask for a common word.
    static func isOnlySentenceInitialCapital(_ candidate: String, ranges: [Range<String.Index>], in sentence: String) -> Bool {
        guard !candidate.contains(" "), !NameFinder.isAcronym(candidate) else { return false }
        return ranges.allSatisfy { range in
            let before = sentence[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            // ("2012 – Tàu du lịch Costa Concordia …": a dash opens a timeline's line)
            return before.isEmpty || before.last.map { ".:;!?\"“(–—".contains($0) } == true
        }
    }

    /// Ranges of `word` in `text` as a whole word (not inside a longer word), case-sensitively.
    static func occurrences(of word: String, in text: String) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var searchStart = text.startIndex
        while let range = PlainText.range(of: word, in: text, from: searchStart) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            let isWord = { (c: Character?) in c.map { $0.isLetter || $0.isNumber } ?? false }
            if !isWord(before), !isWord(after) { result.append(range) }
            searchStart = range.upperBound
        }
        return result
    }
}
