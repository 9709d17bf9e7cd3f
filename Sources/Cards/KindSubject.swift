import Timeline

/// What a Vietnamese text is about, with the kind of thing it is ("câu lạc bộ Arsenal", "đảo Madagascar",
/// "hãng EA"), so that a statement naming it only by its kind ("Câu lạc bộ giành cú đúp …", "Quốc gia giành độc
/// lập từ Pháp") is read as that name ("Arsenal giành cú đúp …").
///
/// The kind is learnt from the text itself: the kind word it writes most often right before the name. A kind word
/// of another group ("Thành phố …" in a text about a country) points at something else and is left alone.
struct KindSubject: Sendable, Equatable {
    /// The name, as the text writes it.
    let name: String
    /// The kind words that may stand for it ("câu lạc bộ", "đội bóng").
    let kinds: [String]

    /// Groups of kind words that name the same sort of thing, longest first within a group.
    static let groups: [[String]] = [
        ["câu lạc bộ", "đội bóng", "clb"],
        ["công ty", "tập đoàn", "hãng"],
        ["ban nhạc", "nhóm nhạc", "nhóm"],
        ["quốc gia", "đất nước", "vương quốc", "nước"],
        ["quốc đảo", "hòn đảo", "đảo"],
        ["thành phố"],
        ["tỉnh"],
        ["tiểu bang", "bang"],
        ["lãnh thổ"],
        ["bộ phim", "phim"],
        ["sân vận động", "sân"],
        ["tờ báo", "nhật báo", "tạp chí", "ấn phẩm"],
        ["sân bay", "phi trường"],
        ["trò chơi điện tử", "trò chơi", "game"],
        ["phần mềm", "ứng dụng"],
        // ("iPhone 6 Plus là chiếc điện thoại thông minh …" … "Chiếc điện thoại được công bố …")
        ["chiếc điện thoại", "điện thoại thông minh", "điện thoại di động", "điện thoại"],
        ["máy tính bảng", "chiếc máy tính bảng"],
        // ("Avex Trax (…) là một hãng thu âm …" … "Nhãn hiệu được giới thiệu vào tháng 9 năm 1990")
        ["hãng thu âm", "hãng đĩa", "nhãn hiệu", "nhãn đĩa"],
        ["cuộc thi", "giải đấu"],
        // ("JDS Kongō (DDG-173) là một tàu khu trục …" … "Tàu được hạ thủy …")
        ["tàu khu trục", "tàu tuần dương", "tàu chiến", "tàu ngầm", "tàu sân bay", "chiến hạm", "con tàu", "chiếc tàu", "tàu"],
        Self.termKinds,
    ]

    /// Kind words of a term a text defines ("Học thuyết Bush … là cụm từ chỉ …"): such a text calls it "cụm từ này"
    /// throughout, and nothing else.
    static let termKinds = ["thuật ngữ", "cụm từ", "khái niệm"]

    /// The subject of a text among `titleNames` (the deck name's words as the text writes them): a name met in at
    /// least three sentences, no person's, whose most frequent kind word before it (at least twice) is one of
    /// `groups`; nil when none is clear.
    /// `opening` is the text's first sentence: "Arsenal … là một câu lạc bộ bóng đá …" gives the kind twice over.
    static func find(titleNames: Set<String>, events: [DeckEvent], people: Set<String>, language: Language,
                     opening: String = "") -> KindSubject? {
        guard language == .vi else { return nil }
        let definedGroup = definedKind(in: opening)
        var best: (subject: KindSubject, count: Int)?
        for name in titleNames.subtracting(people).sorted() where NameKind.of(name, language: language) != .person {
            var sentences = 0
            var kindCounts: [Int: Int] = [:]
            // (the opening may write the name in other capitals: "T-Ara" in a text that mostly writes "T-ara")
            if let definedGroup, !ClozeCardMaker.occurrences(of: name.lowercased(), in: opening.lowercased()).isEmpty {
                // (what the opening says it is outweighs the kind words the text writes before it: "Titanic là một
                // bộ phim …" is a film, however often it tells of "tàu Titanic")
                kindCounts[definedGroup] = 1_000
            }
            for event in events {
                let sentence = event.event.sentence
                let occurrences = ClozeCardMaker.occurrences(of: name, in: sentence)
                guard !occurrences.isEmpty else { continue }
                sentences += 1
                for range in occurrences {
                    let before = StatementShape.words(String(sentence[..<range.lowerBound]).lowercased()).suffix(3)
                    let text = " " + before.joined(separator: " ")
                    if let group = groups.firstIndex(where: { $0.contains { text.hasSuffix(" " + $0) } }) {
                        kindCounts[group, default: 0] += 1
                    }
                }
            }
            guard sentences >= 3, let top = kindCounts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), top.value >= 2
            else { continue }
            if best == nil || sentences > best!.count {
                best = (KindSubject(name: name, kinds: groups[top.key]), sentences)
            }
        }
        return best?.subject
    }

    /// The kind group a defining sentence gives its subject: "X (…) là một câu lạc bộ bóng đá …", "X là quốc đảo …".
    static func definedKind(in opening: String) -> Int? {
        // ("Avex Trax (…, các điệu là avex trax) là một hãng thu âm …": a gloss in brackets says nothing of the kind)
        var unbracketed = "", depth = 0
        for character in opening {
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) } else if depth == 0 {
                unbracketed.append(character)
            }
        }
        let lower = " " + StatementShape.words(unbracketed.lowercased()).joined(separator: " ") + " "
        guard let copula = lower.range(of: " là ") else { return nil }
        var rest = lower[copula.upperBound...]
        for article in ["một trong những ", "một trong các ", "một "] where rest.hasPrefix(article) {
            rest = rest.dropFirst(article.count)
            break
        }
        // (the longest kind that opens it: "sân bay …" is an airport, not a "sân")
        let matches = groups.indices.flatMap { group in
            groups[group].filter { rest.hasPrefix($0 + " ") }.map { (group: group, length: $0.count) }
        }
        return matches.max { $0.length < $1.length }?.group
    }

    /// Does a text's first sentence introduce a person: a birth date or a lifespan in brackets, or "là một vận động
    /// viên / nhà …", "was an American …"?
    static func introducesPerson(_ opening: String) -> Bool {
        let lower = opening.lowercased()
        let markers = ["sinh ngày", "(sinh", " sinh năm", "(born", "; born", "là một vận động viên", "là một nhà ",
                       "là một ca sĩ", "là một diễn viên", "là một cầu thủ", "là một chính khách", "là một tướng",
                       "là vua", "là hoàng đế", "là nữ hoàng", "was an american", "was an english", "was a british",
                       // an office held: "Chu Dung Cơ (…) là Thủ tướng thứ năm của …"
                       "là thủ tướng", "là tổng thống", "là chủ tịch", "là tổng bí thư", "là bộ trưởng", "là lãnh tụ",
                       "là nhà văn", "là nhà thơ", "là nhà khoa học", "là nhà soạn nhạc", "là nhạc sĩ", "là họa sĩ"]
        if markers.contains(where: lower.contains) { return true }
        // "Henry VIII (28 tháng 6, 1491 – 28 tháng 1, 1547) là …", "(1809–1865)": a lifespan in the first brackets
        guard let open = lower.firstIndex(of: "("), let close = lower[open...].firstIndex(of: ")") else { return false }
        let inside = lower[lower.index(after: open)..<close]
        let years = StatementShape.words(String(inside)).filter { $0.count >= 3 && $0.count <= 4 && $0.allSatisfy(\.isNumber) }
        return years.count == 2 && (inside.contains("–") || inside.contains("-"))
    }

    /// This subject under the deck's whole name as the text writes it, when that name holds the one found ("Mật mã
    /// Lyoko" for "Lyoko", which alone names the show's virtual world).
    func named(after deckName: String, in events: [DeckEvent]) -> KindSubject {
        guard let surface = Self.titleAsWritten(deckName, in: events, where: { surface in
            surface.count > name.count && !ClozeCardMaker.occurrences(of: name, in: surface).isEmpty
        }) else { return self }
        return KindSubject(name: surface, kinds: kinds)
    }

    /// The deck's name (its words, letters and digits) as the first sentence of `events` writes it that capitalises
    /// at least its first word and passes `accept`: "Mật mã Lyoko" for `mật_mã_lyoko`, "Đại khủng hoảng".
    static func titleAsWritten(_ deckName: String, in events: [DeckEvent],
                               where accept: (String) -> Bool = { _ in true }) -> String? {
        let title = TextNormalizer.nfc(deckName).split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
        guard !title.isEmpty else { return nil }
        for event in events {
            let sentence = event.event.sentence
            guard let range = sentence.range(of: title, options: [.caseInsensitive]) else { continue }
            let surface = String(sentence[range])
            if surface.first?.isUppercase == true, accept(surface) { return surface }
        }
        return nil
    }

    /// The names a text's first sentence gives its subject, before it says what the subject is: "Gai dầu hay Cần sa,
    /// … (danh pháp khoa học: Cannabis) là một chi thực vật …" names it "Cần sa" and "Cannabis" too, names a card
    /// about that text asks for in vain. A name counts where the sentence opens or right after a word that gives
    /// another name ("hay", "or", "also known as", a bracket, a colon), not further on ("… in the United States").
    /// (Four letters or more, or an acronym: "HIV"; nothing when the sentence defines nothing.)
    static func definedNames(in opening: String, language: Language) -> Set<String> {
        let copulas = language == .vi ? [" là "] : [" is ", " was ", " are ", " were "]
        // (the first copula outside brackets: "X (…, thường được viết tắt là IMO) là …")
        func outsideBrackets(_ marker: String) -> Range<String.Index>? {
            var from = opening.startIndex
            while let found = opening.range(of: marker, range: from..<opening.endIndex) {
                let before = opening[..<found.lowerBound]
                if before.filter({ $0 == "(" }).count <= before.filter({ $0 == ")" }).count { return found }
                from = found.upperBound
            }
            return nil
        }
        guard let copula = copulas.compactMap(outsideBrackets).min(by: { $0.lowerBound < $1.lowerBound }),
              opening.distance(from: opening.startIndex, to: copula.lowerBound) <= 300 else { return [] }
        var subject = String(opening[..<copula.lowerBound])
        // each alias opens a piece of its own
        // ("(International Mathematical Olympiad, thường được viết tắt là IMO)": the short name too)
        let markers = [" hay ", " hoặc ", " còn được gọi là ", " còn gọi là ", " viết tắt là ", " gọi tắt là ", ", or ",
                       " or ", " also known as ", " abbreviated as ", "(", ": "]
        for marker in markers { subject = subject.replacingOccurrences(of: marker, with: "\u{1}") }
        var names = Set<String>()
        for piece in subject.split(separator: "\u{1}") {
            let head = piece.split(separator: " ").prefix(3).joined(separator: " ")
            // (after a lower-case word, the piece's first name is no sentence's capital)
            for name in NameFinder.names(in: "và " + piece, language: language)
            where (name.count >= 4 || NameFinder.isAcronym(name)) && !name.contains(where: \.isNumber)
                && !FunctionWords.all.contains(name.lowercased())
                && !ClozeCardMaker.occurrences(of: String(name.split(separator: " ")[0]), in: head).isEmpty
                // ("tiếng Ả Rập: لبنان", "tiếng Nhật: …": the language of a gloss, not a name of the subject)
                && ClozeCardMaker.occurrences(of: "tiếng " + name, in: String(piece)).isEmpty {
                names.insert(name)
            }
        }
        return names
    }

    /// How the notes above a Wikipedia article open.
    static let hatnoteOpenings = ["Đây là một tên người", "Bài này viết về", "Bài viết này viết về", "Đối với các nghĩa khác",
                                  "This article is about", "For other uses", "Not to be confused with"]

    /// The first sentence of `text` long enough to define something (eight words or more; a title line is not).
    static func opening(of text: String) -> String {
        // (at most the first 20 lines are split off: the text may be a whole corpus)
        for line in text.split(separator: "\n", maxSplits: 20).prefix(20)
        where line.split(separator: " ", maxSplits: 8).count >= 8 && !line.hasPrefix("=")
            // (a note above the article — "Đây là một tên người Nhật; họ tên được viết …", "Bài này viết về …", "For
            // other uses, see …" — is no opening)
            && !hatnoteOpenings.contains(where: { line.hasPrefix($0) }) {
            // ("Isaac Newton Jr. là …", "J. R. R. Tolkien là …": the full stop of an abbreviation ends no sentence)
            var from = line.startIndex
            while let stop = line.range(of: ". ", range: from..<line.endIndex) {
                let word = StatementShape.lastWord(line[..<stop.lowerBound]) ?? ""
                if !(word.count <= 3 && word.first?.isUppercase == true) { return String(line[..<stop.lowerBound]) }
                from = stop.upperBound
            }
            return String(line)
        }
        return ""
    }

    /// `event` with an opening kind word of this subject ("Câu lạc bộ giành …") replaced by its name, or nil.
    /// A name soon after the kind word ("Câu lạc bộ Chelsea …", "Công ty cổ phần Vinamilk …") names another one.
    func resolved(_ event: Event) -> Event? {
        let statement = event.statement
        let words = StatementShape.words(statement)
        let lower = words.map { $0.lowercased() }
        // "Cụm từ này lần đầu tiên được sử dụng …" in a text that defines the term: "Cụm từ “Học thuyết Bush” …"
        for kind in kinds where Self.termKinds.contains(kind) {
            let opening = kind + " này "
            guard statement.lowercased().hasPrefix(opening), words.count > 4 else { continue }
            var copy = event
            copy.statement = String(statement.prefix(kind.count)) + " “" + name + "” " + statement.dropFirst(opening.count)
            return copy
        }
        // ("Nước lũ …" is water: "nước" tells the kind of a name, it does not stand for one)
        // ("Vương quốc hợp nhất …" is "the united kingdom", another one)
        for kind in kinds where kind != "nước" && kind != "vương quốc" {
            let parts = kind.split(separator: " ").map(String.init)
            guard words.count > parts.count + 1, lower.prefix(parts.count).elementsEqual(parts),
                  statement.lowercased().hasPrefix(kind + " ") else { continue }
            let after = words[parts.count...].prefix(3)
            // (a verb right after the kind: the kind is the subject, whatever name the verb's object is)
            guard after.first?.first?.isLowercase == true,
                  !after.contains(where: { $0.first?.isUppercase == true }) || StatementShape.opensOnVerb(Array(after)),
                  !["này", "ấy", "đó", "kia", "nọ", "khác", "mới", "thứ", "đầu"].contains(after.first!) else { return nil }
            var copy = event
            copy.statement = name + statement.dropFirst(kind.count)
            return copy
        }
        // "… nữ thị trưởng đầu tiên của thành phố", "… của câu lạc bộ này": the text's subject, by its kind, inside
        for kind in kinds where kind != "nước" && kind != "vương quốc" {
            for ending in ["", " này"] {
                let phrase = " của " + kind + ending
                guard let range = statement.range(of: phrase) else { continue }
                let after = statement[range.upperBound...]
                guard after.isEmpty || after.hasPrefix(",") || after.hasPrefix(".") || after.hasPrefix(" (") else { continue }
                var copy = event
                copy.statement = String(statement[..<range.lowerBound]) + " của " + name + after
                return copy
            }
        }
        return nil
    }
}
