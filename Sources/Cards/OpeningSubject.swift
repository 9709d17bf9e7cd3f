import Timeline

/// The named thing a Vietnamese text's first sentence defines, with the kind words it goes by: "Quần thể kiến trúc
/// Phật giáo khu vực chùa Horyu-ji (…) là một di sản thế giới …" is a "quần thể" and a "di sản thế giới"; "Mỏ bạc Iwami
/// Ginzan … là một mỏ bạc …" a "mỏ bạc". A statement that opens on such a kind and "này" ("Mỏ này đạt năng suất …"),
/// or on the name's own kind and a verb's marker ("Quần thể được UNESCO công nhận …"), is about that thing.
struct OpeningSubject: Sendable, Equatable {
    /// The name as the opening writes it ("Mỏ bạc Iwami Ginzan").
    let name: String
    /// The kinds written before the name, lowered ("mỏ bạc", "quần thể kiến trúc", "quần thể"): with "này" or a verb's
    /// marker after them.
    let ownKinds: [String]
    /// The kinds the name is said to be after "là", lowered ("di sản thế giới", "di sản"): with "này" after them.
    let saidKinds: [String]
    /// Whether "kind này" stands for the name too: not for a kind the opening only says the name is ("Ban nhạc này
    /// không bao giờ trở thành hiện thực" in a text on Led Zeppelin is another band, the one just told of).
    var withDemonstrative = true

    /// What `opening` (`KindSubject.opening`) defines, when it opens on a kind (a capitalised word and at least one in
    /// lower case) and a name in capitals before its "là"; nil otherwise (a bare name, a person, a date, a phrase before
    /// a comma: "Trong toán học, …").
    init?(opening: String, language: Language) {
        guard language == .vi else { return nil }
        // (the subject ends at its gloss, its copula or a comma)
        let ends = [" (", " là ", ","].compactMap { opening.range(of: $0)?.lowerBound }
        guard let end = ends.min(), opening[end...].hasPrefix(" là ") || opening[end...].hasPrefix(" (") else { return nil }
        let subject = String(opening[..<end])
        let words = subject.split(separator: " ").map(String.init)
        guard (2...12).contains(words.count), words[0].first?.isUppercase == true,
              !FunctionWords.all.contains(words[0].lowercased()), !NameFinder.isDateWord(words[0]),
              let nameStart = words.dropFirst().firstIndex(where: { $0.first?.isUppercase == true }), nameStart >= 2,
              // (one name, no aliases or glosses: "Mạng lưới Advanced Research … Network - viết tắt ARPANET")
              !words.contains(where: { ["-", "–", "—", "hay", "hoặc"].contains($0) || $0.contains(":") }),
              words[1..<nameStart].allSatisfy({ $0.first?.isLowercase == true && $0.allSatisfy(\.isLetter) }),
              !words[..<nameStart].contains(where: { FunctionWords.all.contains($0.lowercased()) && $0.lowercased() != words[0].lowercased() })
        else { return nil }
        let kind = words[..<nameStart].map { $0.lowercased() }
        // (the text's "Quần thể …" or "Mỏ này …": the whole kind, its first two words, and its first word before "này")
        var own = [kind.joined(separator: " ")]
        if kind.count >= 3 { own.append(kind.prefix(2).joined(separator: " ")) }
        name = subject
        ownKinds = own
        var said: [String] = []
        if let copula = opening.range(of: " là ", range: end..<opening.endIndex) {
            var rest = opening[copula.upperBound...]
            for article in ["một trong những ", "một trong các ", "một "] where rest.hasPrefix(article) {
                rest = rest.dropFirst(article.count)
                break
            }
            let stops: Set<String> = ["thuộc", "của", "ở", "tại", "được", "do", "có", "nằm", "với", "và", "trong", "đã",
                                      "lớn", "nhỏ", "đầu", "cổ"]
            var phrase: [String] = []
            for word in rest.split(separator: " ").prefix(4).map(String.init) {
                guard word.first?.isLowercase == true, word.allSatisfy(\.isLetter), !stops.contains(word),
                      !FunctionWords.all.contains(word) else { break }
                phrase.append(word)
            }
            if !phrase.isEmpty { said.append(phrase.joined(separator: " ")) }
            if phrase.count >= 3 { said.append(phrase.prefix(2).joined(separator: " ")) }
        }
        if kind.count >= 2 { said.append(kind[0]) }
        saidKinds = said
    }

    /// What `opening` defines when it opens on the deck's name itself (`title`, the deck's name: "em là bà nội của anh"
    /// for "Em là bà nội của anh (tựa đề tiếng Anh: Sweet 20) là một bộ phim điện ảnh …", a title holding a "là" of its
    /// own) and says it is a kind of `KindSubject.groups`: "Phim cũng đã có mặt trên kênh K+1 …" is that film.
    init?(opening: String, title: String, language: Language) {
        guard language == .vi else { return nil }
        let words = TextNormalizer.nfc(title).lowercased().split { !$0.isLetter && !$0.isNumber }
        guard words.count >= 2 else { return nil }
        // (the title's words, in order, at the very start of the opening, then its gloss or its copula)
        var index = opening.startIndex
        for word in words {
            while index < opening.endIndex, !opening[index].isLetter && !opening[index].isNumber { index = opening.index(after: index) }
            guard opening[index...].lowercased().hasPrefix(word) else { return nil }
            index = opening.index(index, offsetBy: word.count)
        }
        // ("JDS Kongō (DDG-173) là …": a title that ends inside its brackets or quotes closes them first)
        while index < opening.endIndex, ")\"”»".contains(opening[index]) { index = opening.index(after: index) }
        let rest = opening[index...]
        guard rest.hasPrefix(" (") || rest.hasPrefix(" là "), let group = KindSubject.definedKind(in: String(rest)) else { return nil }
        name = String(opening[..<index])
        ownKinds = KindSubject.groups[group]
        saidKinds = []
        withDemonstrative = false
    }

    /// `event` with its opening kind read as this name ("Quần thể được UNESCO công nhận …" → "Quần thể kiến trúc Phật
    /// giáo khu vực chùa Horyu-ji được UNESCO công nhận …"), or nil.
    func resolved(_ event: Event) -> Event? {
        let statement = event.statement
        let lower = statement.lowercased()
        guard ClozeCardMaker.occurrences(of: name, in: statement).isEmpty else { return nil }
        let markers: Set<String> = ["được", "bị", "đã", "đang", "sẽ", "vẫn", "cũng", "từng", "lại"]
        for kind in (ownKinds + saidKinds).sorted(by: { $0.count > $1.count }) {
            // "Mỏ này đạt …", "Di sản này …"
            if withDemonstrative, lower.hasPrefix(kind + " này ") {
                return with(statement.dropFirst(kind.count + " này".count), event)
            }
            guard ownKinds.contains(kind), lower.hasPrefix(kind + " ") else { continue }
            let following = StatementShape.words(String(statement.dropFirst(kind.count)))
            let next = following.first ?? ""
            if markers.contains(next) { return with(statement.dropFirst(kind.count), event) }
            // "Đại hội lần thứ ba được tổ chức tại Jakarta …": the name's kind and which time it was held
            if following.count >= 4, following[0] == "lần", following[1] == "thứ", markers.contains(following[3]) {
                return with(statement.dropFirst(kind.count), event)
            }
        }
        return nil
    }

    private func with(_ rest: Substring, _ event: Event) -> Event {
        var copy = event
        copy.statement = name + rest
        return copy
    }
}
