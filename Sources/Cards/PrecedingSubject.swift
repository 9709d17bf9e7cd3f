import Timeline

/// What a statement's opening "Nó …" / "It …" stands for: the named thing the sentence before it opens on, in the
/// same paragraph ("Hồi giáo là đức tin của 17,6% dân số. Nó được truyền bá …"; "Mỏ Knaben … mở cửa năm 1885 …. Nó còn
/// duy trì hoạt động tới năm 1973"), carried on through sentences that open on the same pronoun.
///
/// Only a name that is the earlier sentence's subject counts (it opens the sentence and a verb, "là"/"is", a comma or
/// a bracket follows it), only a thing (no person: "nó" of a person is not written in prose, and "it" never is one),
/// and only when nothing named stands between the sentence's start and the pronoun.
enum PrecedingSubject {
    /// The sentences before each event's sentence in its paragraph, nearest last (at most `depth` of them), keyed by
    /// the event's sentence start; only for events whose sentence has the pronoun in its first words.
    static func sentencesBefore(_ events: [Event], in text: String, language: Language, depth: Int = 6) -> [Int: [String]] {
        let starts = Set(events.filter { pronounOffset(in: $0.sentence, language: language) != nil }.map(\.sentenceStart))
        guard !starts.isEmpty else { return [:] }
        var result: [Int: [String]] = [:]
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var offset = 0
        var lineStart = index
        for start in starts.sorted() {
            // walk forward to the sentence's start, remembering where its line (paragraph) began
            while offset < start, index < scalars.endIndex {
                if scalars[index] == "\n" { lineStart = scalars.index(after: index) }
                index = scalars.index(after: index)
                offset += 1
            }
            guard offset == start else { break }
            let before = String(scalars[lineStart..<index])
            let sentences = split(before).suffix(depth)
            if !sentences.isEmpty { result[start] = Array(sentences) }
        }
        return result
    }

    /// `text` cut into sentences at a full stop, "!" or "?" and a space before a capital (not after an initial or a
    /// short abbreviation: "J. R. R. Tolkien", "St. Louis").
    static func split(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            current.append(character)
            if ".!?".contains(character), index + 2 < characters.count, characters[index + 1] == " ",
               characters[index + 2].isUppercase || characters[index + 2] == "\"" || characters[index + 2] == "“" {
                let word = StatementShape.lastWord(Substring(current.dropLast())) ?? ""
                if !(character == "." && word.count <= 3 && word.first?.isUppercase == true) {
                    let trimmed = current.trimmingCharacters(in: .whitespaces)
                    if !trimmed.isEmpty { sentences.append(trimmed) }
                    current = ""
                }
            }
            index += 1
        }
        let trimmed = current.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty { sentences.append(trimmed) }
        return sentences
    }

    /// Where the pronoun that stands for the earlier subject begins in `sentence`: its first "nó" / "it", within the
    /// first eight words, with no name and no other pronoun before it ("Năm 1798 nó được đặt tên …"); nil otherwise.
    static func pronounOffset(in sentence: String, language: Language) -> String.Index? {
        let pronoun = language == .vi ? "nó" : "it"
        var from = sentence.startIndex
        var words = 0
        while from < sentence.endIndex, words < 8 {
            let rest = sentence[from...]
            let end = rest.firstIndex(where: { $0 == " " || $0 == "," }) ?? sentence.endIndex
            let word = sentence[from..<end]
            if word.lowercased() == pronoun {
                let before = String(sentence[..<from])
                guard NameFinder.names(in: before, language: language).isEmpty,
                      !(language == .en && before.split(separator: " ").contains { ["he", "she", "they", "He", "She", "They"].contains(String($0)) })
                else { return nil }
                return from
            }
            words += 1
            guard end < sentence.endIndex else { break }
            from = sentence[end...].firstIndex(where: { $0 != " " && $0 != "," }) ?? sentence.endIndex
        }
        return nil
    }

    /// The named thing `sentences` (nearest last) leave as the subject the next sentence's pronoun stands for, or nil.
    /// A person is none; nor is a subject beside another thing named in its sentence ("Nhật cũng chế tạo …, chiếc
    /// Shinano, …. Nó …": either may be meant), though a place, a country or a person beside it is no rival.
    static func subject(after sentences: [String], language: Language, known: Set<String>, people: Set<String>,
                        places: Set<String> = []) -> String? {
        var subject: String?
        for sentence in sentences {
            if let name = openingName(of: sentence, language: language, known: known) {
                let bare = name.hasPrefix("The ") ? String(name.dropFirst(4)) : name
                let isPerson = people.contains(bare) || NameKind.of(bare, language: language) == .person
                    || bare.split(separator: " ").first.map { NameKind.englishGivenNames.contains(String($0)) } == true
                let rivals = NameFinder.names(in: String(sentence.dropFirst(name.count)), language: language).filter { other in
                    !bare.contains(other) && !places.contains(other) && !people.contains(other)
                        && !CountryNames.vietnamese.contains(other) && NameKind.of(other, language: language) != .person
                        && !PronounResolver.followsPlaceWord(other, in: sentence, language: language)
                }
                subject = isPerson || !rivals.isEmpty ? nil : name
            } else if pronounOffset(in: sentence, language: language) == nil {
                subject = nil
            }
        }
        return subject
    }

    /// The name `sentence` opens on as its subject ("Mỏ Knaben ở miền nam Na Uy mở cửa …", "The Natural Bridge was
    /// …"): a name at its start followed by a verb, "là"/"is", a comma or a bracket; a single word counts only when
    /// the text writes it as a name elsewhere (`known`).
    static func openingName(of sentence: String, language: Language, known: Set<String>) -> String? {
        let article = language == .en && sentence.hasPrefix("The ") ? "The " : ""
        let body = String(sentence.dropFirst(article.count))
        let first = StatementShape.words(body).first ?? ""
        var candidates = NameFinder.names(in: body, language: language).filter { body.hasPrefix($0) }
        if first.first?.isUppercase == true, known.contains(first), body.hasPrefix(first) { candidates.append(first) }
        // "Mỏ bạc Iwami Ginzan (…) là …", "Sàn giao dịch Hoàng gia …": a kind in lower case before the name is the name's
        if language == .vi, let kinded = kindedName(body) { candidates.append(kinded) }
        guard let name = candidates.max(by: { $0.count < $1.count }), !NameFinder.isDateWord(name),
              !FunctionWords.all.contains(name.lowercased()) else { return nil }
        let after = body.dropFirst(name.count)
        if after.hasPrefix(" (") || after.hasPrefix(",") { return article + name }
        guard after.hasPrefix(" ") else { return nil }
        let next = StatementShape.words(String(after)).prefix(2)
        guard let word = next.first, word.first?.isLowercase == true else { return nil }
        // ("Sàn Giao dịch Hoàng gia …", "Giải Văn học Quốc gia …": a Vietnamese name goes on in lower case and
        // capitals again, so the words found are only its start)
        if language == .vi, next.count == 2, next.last?.first?.isUppercase == true { return nil }
        switch language {
        case .vi:
            return ["là", "ở", "tại", "thuộc", "nằm"].contains(word) || StatementShape.opensOnVerb(Array(next)) ? name : nil
        case .en:
            let verbs: Set<String> = ["is", "was", "are", "were", "has", "had", "became", "remained", "won", "received"]
            return verbs.contains(word) || word.hasSuffix("ed") ? article + name : nil
        }
    }

    /// A Vietnamese name opening `body` on a kind in lower case (one capitalised word, at most three lower-case
    /// ones, then a name of capitalised words: "Mỏ bạc Iwami Ginzan"), or nil.
    static func kindedName(_ body: String) -> String? {
        let words = body.split(separator: " ", maxSplits: 8).map(String.init)
        guard words.count >= 3, words[0].first?.isUppercase == true, words[0].allSatisfy(\.isLetter) else { return nil }
        var index = 1
        while index < min(words.count, 4), words[index].first?.isLowercase == true, words[index].allSatisfy(\.isLetter) {
            index += 1
        }
        guard index >= 2, index < words.count else { return nil }
        var end = index
        while end < words.count, words[end].first?.isUppercase == true,
              words[end].allSatisfy({ $0.isLetter || $0 == "-" }) { end += 1 }
        guard end > index, !words[..<index].contains(where: { FunctionWords.all.contains($0.lowercased()) }),
              !NameFinder.isDateWord(words[0]) else { return nil }
        return words[..<end].joined(separator: " ")
    }

    /// `event` with its opening "Nó" / "It" read as `subject`; nil when the statement does not open on the pronoun
    /// and a verb, or when "it" is no pronoun ("It was announced that …", "It is unclear when …").
    static func resolved(_ event: Event, subject: String, language: Language) -> Event? {
        let pronoun = language == .vi ? "Nó" : "It"
        let statement = event.statement
        guard statement.hasPrefix(pronoun + " ") else { return nil }
        let words = StatementShape.words(String(statement.dropFirst(pronoun.count + 1)))
        guard let next = words.first, next.first?.isLowercase == true, words.count >= 3 else { return nil }
        if language == .en {
            // a cleft or an empty subject: "It was after the voyages …", "It is possible that …", "It seems …"
            let empty: Set<String> = ["that", "whether", "when", "how", "why", "only", "after", "not", "because", "to",
                                      "seems", "appears", "remains", "took", "happened", "said", "thought", "believed"]
            if words.prefix(4).contains(where: { empty.contains($0.lowercased()) }) { return nil }
        }
        // (the subject named again is someone else's: "Nó … Mỏ Knaben …")
        if !ClozeCardMaker.occurrences(of: subject, in: String(statement.dropFirst(pronoun.count))).isEmpty { return nil }
        var copy = event
        copy.statement = subject + statement.dropFirst(pronoun.count)
        return copy
    }
}
