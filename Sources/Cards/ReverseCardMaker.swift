import Timeline

/// "What happened on that date", asked as one checkable thing: the date is given and the question asks for the
/// name the event turns on — "Năm 1010, Lý Thái Tổ dời đô về đâu?" → "Đại La"; "In 1840, who became engaged to
/// Mary Todd?" → "Lincoln".
///
/// The open form ("Sự kiện nào diễn ra năm 1010?") cannot be checked as a typed answer and is ambiguous when a
/// date holds several events, so it is not made; the multiple-choice "which of these events" card asks it with
/// options instead. A name becomes the asked thing only where the sentence's shape says what it is: after a place
/// preposition (→ đâu), after a classifier noun (nhà nước → nhà nước nào), or as the subject (→ ai / who, what).
struct ReverseCardMaker {
    let language: Language
    /// Names the whole deck is about: too obvious to be an answer.
    var obvious: Set<String> = []
    /// Countries where the text happens: never the answer.
    var homeCountries: Set<String> = []
    /// Names the text shows to be people's (after a title, or a full personal name seen elsewhere).
    var people: Set<String> = []
    /// Names the text shows to be places': "Hoàng Sa" has a family name's first syllable, but is no one.
    var places: Set<String> = []

    /// A statement longer than this many words makes a question too long to hold in mind.
    static let maxWords = 32

    func card(for deckEvent: DeckEvent) -> Card? {
        let event = deckEvent.event
        guard let statement = QuestionText.statementWithoutOwnDate(event.statement, date: event.when, in: language),
              StatementShape.words(statement).count <= Self.maxWords,
              let date = DateText.render(event, in: language) else { return nil }
        let administrative = language == .vi && StatementShape.isAdministrativeAct(StatementShape.words(statement))
        // ("Ngày 22 tháng 7 năm 2011, đánh bom và thảm sát đẫm máu tại đâu?": a timeline's deed named by its verb has
        // no subject for the question to hang on; its date card asks "Sự kiện … diễn ra …")
        if language == .vi, !administrative, StatementShape.opensOnBareVerb(StatementShape.words(statement)) { return nil }
        let candidates = ClozeCardMaker(language: language, obvious: obvious, homeCountries: homeCountries)
            .candidates(for: event, in: statement)
        // The most specific question wins: a classifier ("đảng nào"), then a person, then a place.
        let asked = candidates.compactMap { ask($0, in: statement, names: candidates) }.filter { question, answer, _ in
            (language == .en || Self.dateStandsWith(answer, in: event.sentence, surface: event.dateSurface))
                && !QuestionText.reveals(question, date: event.when)
                && !TextNormalizer.answerKey(question).contains(TextNormalizer.answerKey(answer))
        }
        // ("Ngày 20 tháng 10 năm 1890, thành lập tỉnh nào?": an act of the state, with no subject and nothing else,
        // asks one of the many units made that year)
        if let (question, answer, _) = asked.min(by: { $0.2 < $1.2 }), !Self.isBare(question),
           !administrative || StatementShape.words(question).count > 5 {
            let prompt = opening(date: date, value: event.when) + ", " + lowercasedOpening(question, sentence: event.sentence) + "?"
            return Card(id: ContentID.make("c", deckEvent.id, CardKind.reverse.rawValue), kind: .reverse,
                        prompt: prompt, answer: answer, accepted: accepted(for: answer), eventID: deckEvent.id,
                        sourceSentence: CitationMarks.removed(from: event.sentence))
        }
        return nil
    }

    /// Does the date, put first on the card, date what is asked? Not when it comes after the answer, past a comma,
    /// inside a clause of its own: "Ngô Bảo Châu nổi tiếng với …, công trình … đã giúp ông nhận Giải Fields năm 2010"
    /// dates the prize, and "Năm 2010, ai nổi tiếng …?" would date the fame. A date alone in its stretch ("John Locke
    /// sinh ở Wrington, một làng nhỏ ở Somerset, vào ngày 29 tháng 8 năm 1632") dates the whole sentence. (Vietnamese
    /// only: an English participle after the answer, "…, capturing HMS Drake, … on April 24, 1778", tells one deed.)
    static func dateStandsWith(_ answer: String, in sentence: String, surface: String) -> Bool {
        // (the answer's telling nearest before the date: a name may be written twice)
        guard !surface.isEmpty, let date = sentence.range(of: surface),
              let name = sentence.range(of: answer, options: .backwards, range: sentence.startIndex..<date.lowerBound),
              sentence.range(of: answer, range: date.upperBound..<sentence.endIndex) == nil else { return true }
        let between = sentence[name.upperBound..<date.lowerBound]
        guard let comma = between.range(of: ", ", options: .backwards) else { return true }
        // the date's own stretch: from the last comma before it to the next comma or the end
        let after = sentence[date.upperBound...]
        let end = after.range(of: ", ")?.lowerBound ?? after.endIndex
        let stretch = StatementShape.words(String(sentence[comma.upperBound..<date.lowerBound]) + String(after[..<end]))
        let prepositions: Set<String> = ["vào", "trong", "từ", "đến", "tới", "năm", "ngày", "tháng", "khoảng", "cuối",
                                         "đầu", "giữa", "hồi", "in", "on", "at", "from", "to", "by", "the", "during",
                                         "about"]
        return stretch.allSatisfy { prepositions.contains($0.lowercased()) }
    }

    /// True when the question asks its subject over a verb alone ("ai tái đắc cử", "quân đội nào rút quân", "who was
    /// re-elected"): any of the year's winners would answer it.
    static func isBare(_ question: String) -> Bool {
        let words = StatementShape.words(question).map { $0.lowercased() }
        guard let first = words.first else { return false }
        if ["ai", "who", "what"].contains(first) { return words.count <= 4 }
        // "quân đội nào rút quân": the subject asked by its kind, then only the verb
        if let asked = words.prefix(3).firstIndex(of: "nào"), asked >= 1 { return words.count - asked - 1 <= 2 }
        return false
    }

    /// The question with its first letter lower-cased after the date's comma ("Năm 1981, tách 4 xã …") when the
    /// source writes that word in lower case; a name keeps its capital.
    func lowercasedOpening(_ question: String, sentence: String) -> String {
        guard let first = StatementShape.words(question).first, first.first?.isUppercase == true,
              first.dropFirst().allSatisfy({ !$0.isUppercase }) else { return question }
        // ("Người bạn của gió đã được công chiếu …": the title of the work the deck is about keeps its capital)
        if obvious.contains(where: { $0.contains(" ") && question.hasPrefix($0 + " ") }) { return question }
        let lower = first.lowercased()
        func writes(_ word: String) -> Bool {
            let words = StatementShape.words(sentence)
            return words.dropFirst().contains(word)
        }
        // ("Ngoại trừ …", "Quyền lực và …": a common word, one word with the next, takes no capital mid-sentence)
        let words = StatementShape.words(question)
        let common = language == .vi && words.count >= 2 && words[1].first?.isLowercase == true
            && (VietnameseCompounds.isWord(lower, words[1]) || FunctionWords.all.contains(lower))
            || language == .vi && StatementShape.opensOnCommonNoun(words)
        // ("Do Thái giáo": "do" would read "because")
        if language == .vi, lower == "do", words.count >= 2, words[1].first?.isUppercase == true { return question }
        guard common || writes(lower) && !writes(first) else { return question }
        return question.prefix(1).lowercased() + question.dropFirst()
    }

    /// Words that count a kind ("ba nước", "các tỉnh"): a name right after them is one of several.
    static let vietnameseCounts: Set<String> = ["hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "các",
                                                "những", "nhiều", "mấy"]

    /// `statement` with `name` replaced by a question word, and the answer; nil when the sentence does not say
    /// what sort of thing the name is.
    func ask(_ name: String, in statement: String, names: [String]) -> (String, String, Int)? {
        let ranges = ClozeCardMaker.occurrences(of: name, in: statement)
        guard ranges.count == 1, let range = ranges.first,
              BlankBoundary.isClean(name, at: range, in: statement, language: language) else { return nil }
        // "… được chôn tại Nghĩa trang Mountain Grove", "… ly khai khỏi Hợp chúng quốc": a capitalised syllable before
        // small letters heads a longer name, and a question word put in its place splits it ("tại đâu trang …")
        // (only a syllable that opens common words: "Huế", "Síp", "Liêu" before a small word are whole names)
        if language == .vi, !name.contains(" "), !places.contains(name),
           UnnamedSubject.commonOpenings.contains(Substring(name.lowercased())),
           VietnameseNameShape.isHeadOfLongerPhrase(name, at: range, in: statement) { return nil }
        let head = String(statement[..<range.lowerBound])
        var tail = String(statement[range.upperBound...])
        let headWords = StatementShape.words(head)
        let before = headWords.last?.lowercased()
        let beforeTwo = headWords.suffix(2).map { $0.lowercased() }.joined(separator: " ")
        let trimmedHead = head.trimmingCharacters(in: .whitespaces)
        // The subject: the statement's first words, or the first words after a fronted clause and its comma.
        let atStart = trimmedHead.isEmpty || (language == .en && trimmedHead.lowercased() == "the")
            || (head.hasSuffix(", ") && headWords.count >= 3 && language == .vi)
        // The name must stand on its own: a plain space before it (no comma, bracket or quote) unless it opens.
        if !trimmedHead.isEmpty, !head.hasSuffix(" ") { return nil }
        if tail.hasPrefix(",") && atStart { return nil }
        if language == .vi {
            // "… cử Dương Phiêu, Trần Bá Tiên, Tiêu Bột đi đánh …": the last name of a list after its comma is no subject
            if head.hasSuffix(", "), let piece = PlainText.components(String(head.dropLast(2)), separatedBy: ", ").last,
               !piece.isEmpty, StatementShape.words(piece).allSatisfy({ $0.first?.isUppercase == true }) { return nil }
            // "… trao nền độc lập cho ba nước Lithuania": a count before the name makes it one of several
            if headWords.count >= 2, !FunctionWords.all.contains(headWords[headWords.count - 1].lowercased()),
               Self.vietnameseCounts.contains(headWords[headWords.count - 2].lowercased())
                || headWords[headWords.count - 2].allSatisfy(\.isNumber) { return nil }
        }
        // "(cùng thuộc tỉnh Kiên Giang)": a name inside brackets or quotes is an aside or a title, not what happened
        if head.filter({ $0 == "(" }).count > head.filter({ $0 == ")" }).count
            || head.filter({ $0 == "\"" }).count % 2 == 1
            || head.filter({ $0 == "“" }).count > head.filter({ $0 == "”" }).count { return nil }
        // "tại Reykjavík, Iceland": a place with its country, or a list — asking for one half is ambiguous.
        if tail.hasPrefix(", "), tail.dropFirst(2).first?.isUppercase == true { return nil }
        let tailFirst = StatementShape.words(tail).first?.lowercased()
        if let tailFirst, ["và", "and", "cùng", "or", "hoặc", "hay"].contains(tailFirst) { return nil }
        // "Vũ Linh vương", "Minh Mạng đế": a title after the name is part of it ("ai vương …" splits it)
        if language == .vi, let tailFirst, ["vương", "đế", "hầu", "phi", "hậu"].contains(tailFirst),
           tail.hasPrefix(" " + tailFirst) { return nil }
        if let previous = before, ["và", "and", "or", "hoặc", "hay"].contains(previous) {
            return nil
        }
        // "… sinh ở đâu, một làng nhỏ ở Somerset?": an aside on the answer after it tells half of it and reads badly
        if language == .vi, tail.hasPrefix(", "),
           ["một", "nơi", "tức", "là"].contains(StatementShape.words(tail).first?.lowercased() ?? "") { tail = "" }
        let tailWords = StatementShape.words(tail)
        switch language {
        case .vi:
            if atStart {
                guard NameKind.of(name, language: .vi) == .person || people.contains(name), !places.contains(name), tailWords.count >= 3,
                      tailWords.first?.first?.isLowercase == true else { return nil }
                return (lowerFirst(head, names: names) + "ai" + tail, name, 1)
            }
            guard let before, tailWords.count + headWords.count >= 3 else { return nil }
            // "…, khi Giáo sư X tham dự hội nghị tại đâu?": the place of a side clause is a side detail; so is one inside
            // an aside ("Nawoon Marcellus, một tín đồ Hồi giáo ở đâu, đã trở thành …")
            let clause = head.components(separatedBy: ", ").last ?? head
            let clauseOpening = StatementShape.words(clause).first?.lowercased() ?? ""
            if ["khi", "để", "nhằm", "nếu", "vì", "do"].contains(clauseOpening) { return nil }
            if clauseOpening == "một", head.contains(", "), tail.hasPrefix(",") { return nil }
            // "… tại Đại học Palermo ở đâu?": where a named place lies glosses it
            if ["ở", "tại"].contains(before), headWords.count >= 2, headWords[headWords.count - 2].first?.isUppercase == true {
                return nil
            }
            // "… trực thuộc tỉnh nào?", "… thuộc huyện nào?": where a place belongs is geography, not what happened
            // ("các thuộc địa tại …": "thuộc" of a word of its own, "thuộc địa", is no belonging)
            let lowerHead = headWords.map { $0.lowercased() }
            if lowerHead.indices.suffix(3).contains(where: { index in
                lowerHead[index] == "thuộc"
                    && (index + 1 == lowerHead.count || !["địa", "tính", "hạ", "lòng", "quốc"].contains(lowerHead[index + 1]))
            }) { return nil }
            // "dời đô về Đại La", "tiến tới Huế": a place after a verb of motion; "ở/tại Hà Nội" after any verb.
            let verb = headWords.dropLast().last?.lowercased() ?? ""
            let placed = ["ở", "tại", "khỏi"].contains(before) || Self.vietnameseMotionVerbs.contains(verb)
            // ("… dẫn đến Chiến tranh Nagorno-Karabakh": "dẫn đến" leads to a happening, which is no place)
            let happening = ["chiến", "cuộc", "trận", "khởi", "cách", "hiệp", "hội", "phong", "nạn", "thảm"]
                .contains(StatementShape.words(name).first?.lowercased() ?? "")
            let causes = verb == "dẫn" && ["đến", "tới"].contains(before)
            if Self.vietnamesePlacePrepositions.contains(before), placed, !happening, !causes,
               headWords.last?.first?.isLowercase == true {
                // "Sade trình diễn lần đầu tiên ở đâu tại Danceteria Club ở New York City?": another named place left on
                // the card gives the answer away or makes it one of two
                let others = headWords.dropLast() + tailWords
                if zip(others, others.dropFirst()).contains(where: { ["ở", "tại"].contains($0.0.lowercased())
                    && $0.1.first?.isUppercase == true }) { return nil }
                return (lowerFirst(head, names: names) + "đâu" + tail, name, 2)
            }
            // "trở thành thủ tướng Cuba" → "thủ tướng nước nào", not "thủ tướng nào" (which asks for a person): an office
            // of a state, then the state (in the main clause: "Getulio Vargas, tổng thống Brasil, từ chức" tells the office
            // aside)
            if CountryNames.vietnamese.contains(name), !tail.hasPrefix(","), Self.vietnameseStateOffices.contains(beforeTwo)
                || Self.vietnameseStateOffices.contains(before), headWords.dropLast().last?.first?.isUppercase != true {
                return (lowerFirst(head, names: names) + "nước nào" + tail, name, 0)
            }
            // "nhà nước X" → "nhà nước nào"; the classifier must open the phrase (no capitalised word before it).
            let two = Self.vietnameseClassifiers.contains(beforeTwo)
            // "toàn bộ Hà Nội": "bộ" inside another word ("toàn bộ", "cán bộ") is no classifier
            let inWord = ["bộ", "hội", "viện", "chức", "hiệu", "phe", "nhóm", "cửa", "báo", "hồ", "quân", "trường", "thành"].contains(before)
                && headWords.count >= 2 && VietnameseCompounds.isWord(headWords[headWords.count - 2], before)
            let one = Self.vietnameseClassifiers.contains(before) && !inWord
            let opener = headWords.dropLast(two ? 2 : 1).last
            if one || two, opener?.first?.isUppercase != true {
                // "tái lập từ tỉnh Hoàng Liên Sơn cũ" → "từ tỉnh cũ nào": "cũ" goes with the classifier, and so does
                // "mới" closing the phrase ("mới độc lập", "newly independent", stays after "nào")
                for modifier in ["cũ", "mới"] where tail == " " + modifier || tail.hasPrefix(" " + modifier + ",")
                    || modifier == "cũ" && tail.hasPrefix(" cũ ") {
                    let rest = tail.dropFirst(modifier.count + 1)
                    return (lowerFirst(head, names: names) + modifier + " nào" + rest, name, 0)
                }
                return (lowerFirst(head, names: names) + "nào" + tail, name, 0)
            }
            return nil
        case .en:
            guard atStart, let verb = tailWords.first, StatementShape.isEnglishVerb(verb), tailWords.count >= 3 else { return nil }
            // "… and entrepreneur Robert C. Fitzsimmons built …": a second clause with its own subject and verb
            for index in tailWords.indices.dropFirst() where tailWords[index - 1] == "and" {
                // (a describing word or two, then the name, then its verb)
                let after = tailWords[index...].prefix(8)
                guard let name = after.firstIndex(where: { $0.first?.isUppercase == true }), name - index <= 2 else { continue }
                let verb = after[name...].first { $0.first?.isUppercase != true }
                if let verb, EnglishVerb.base(ofPast: verb) != nil { return nil }
            }
            let word: String
            switch places.contains(name) ? .other : people.contains(name) ? .person : NameKind.of(name, language: .en) {
            case .person: word = "who"
            case .organisation:
                // ("In 1984, what published an edition illustrated by Quentin Blake?": a publisher line)
                if ["published", "printed", "reissued", "republished"].contains(verb) { return nil }
                word = "what"
            case .other: return nil
            }
            return (word + tail, name, 1)
        }
    }

    /// The answers that count beside the full name: a person's family name ("Lincoln"), the name without "the".
    func accepted(for answer: String) -> [String] {
        let words = answer.split(separator: " ").map(String.init)
        switch language {
        case .en where NameKind.of(answer, language: .en) == .person && words.count >= 2: return [words.last!]
        default: return []
        }
    }

    /// "Năm 1010" / "Ngày 2 tháng 9 năm 1945" / "In 1840" / "On July 4, 1776" / "From 1841 to 1844".
    func opening(date: String, value: EventDate?) -> String {
        switch language {
        case .vi: return upperFirst(date)
        case .en:
            if value?.isPeriod == true { return upperFirst(date) }
            if ["early", "late", "mid", "about", "before", "after"].contains(where: { date.hasPrefix($0) }) { return "In " + date }
            return (value?.single?.precision == .day ? "On " : "In ") + date
        }
    }

    func upperFirst(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// The head of a statement as it reads after the date: its first capital kept only where it starts a name
    /// (one of `names`, or a word followed by another capitalised one); a function word is always lowered.
    func lowerFirst(_ head: String, names: [String]) -> String {
        let words = StatementShape.words(head)
        guard let first = words.first, first.dropFirst().allSatisfy({ !$0.isUppercase }) else { return head }
        let lower = first.lowercased()
        // ("Hồ Chí Minh đọc …": a classifier that is a family name, opening three capitalised words, opens a person's
        // name)
        let run = words.prefix { $0.first?.isUppercase == true }
        if language == .vi, run.count >= 3, NameKind.of(run.prefix(4).joined(separator: " "), language: language) == .person {
            return head
        }
        let function = FunctionWords.all.contains(lower) || StatementShape.subordinators(language).contains(lower)
            || (language == .vi && Self.vietnameseClassifiers.contains(lower))  // "Nước Tần …" → "nước Tần …"
            || (language == .vi && words.count >= 2 && Self.vietnameseClassifiers.contains(lower + " " + words[1].lowercased()))
        // other words are lowered only where the source writes them in lower case (`lowercasedOpening`); "Do" before a
        // capital is the first syllable of "Do Thái" (Jewish), which "do" would read as "because"
        guard function, !(language == .vi && lower == "do" && words.count >= 2 && words[1].first?.isUppercase == true)
        else { return head }
        // ("Anh và Hà Lan phản ứng …": England, not "anh", you)
        if language == .vi, CountryNames.vietnamese.contains(first),
           !(words.count >= 2 && ["ta", "ấy", "em", "chị"].contains(words[1].lowercased())) { return head }
        return head.prefix(1).lowercased() + head.dropFirst()
    }

    /// Prepositions after which a name is a place: the question word is "đâu".
    static let vietnamesePlacePrepositions: Set<String> = ["về", "tới", "đến", "sang", "ở", "tại", "khỏi", "ra"]

    /// Verbs of motion after which "về", "ra", "sang", "tới", "đến" lead to a place ("về" alone also means "about").
    static let vietnameseMotionVerbs: Set<String> = [
        "dời", "đô", "trở", "rút", "kéo", "đưa", "tiến", "đi", "quay", "chạy", "bay", "chuyển", "dọn", "lui", "hồi",
        "xuống", "lên", "vào", "trốn", "đóng", "sống", "định", "cư", "giải", "áp", "đày", "gửi", "phái", "cử", "sai",
        "đến", "tới", "sang", "ra", "về", "thăm", "hành", "quân", "mang", "dẫn", "chở", "đón", "theo", "lánh", "tạm",
    ]

    /// Offices of a state, named with the state after them ("thủ tướng Cuba", "vua Pháp").
    static let vietnameseStateOffices: Set<String> = [
        "thủ tướng", "tổng thống", "vua", "hoàng đế", "quốc vương", "nữ hoàng", "chủ tịch", "đại sứ", "tổng bí thư",
        "ngoại trưởng", "nữ vương",
    ]

    /// Nouns that say what the following name is: "nhà nước Việt Nam Dân chủ Cộng hòa" → "nhà nước nào".
    static let vietnameseClassifiers: Set<String> = [
        "nước", "nhà nước", "quốc gia", "đảng", "chính đảng", "tổ chức", "thành phố", "tỉnh", "huyện", "thành",
        // (not "chính phủ": "chính phủ Việt Nam" names the country a local text is in, no thing to ask)
        "quận", "châu", "sông", "núi", "vua", "tướng", "hội nghị", "hiệp ước", "hòa ước", "hiệp định",
        "trận", "chiến dịch", "mặt trận", "phong trào", "quân", "quân đội", "triều", "triều đại", "hãng", "công ty",
        "trường", "báo", "tờ báo", "tác phẩm", "cuốn", "đạo luật", "văn kiện", "đế quốc", "vương quốc", "liên minh",
        // (not "thủ đô", "kinh đô": "thủ đô Pakistan" is the country's capital, "kinh đô Huế" the city itself)
        "đảo", "lực lượng", "phe", "nhóm", "hội", "viện", "bộ", "kinh thành", "cửa", "cảng",
        "vịnh", "biển", "hồ", "đèo", "làng", "xã", "vùng", "miền", "chức", "danh hiệu", "niên hiệu", "hiệu",
    ]
}
