import Foundation
import Timeline

/// The shape of a statement, read without a parser: words, function words, pronouns, brackets and the words that
/// govern a date, in Vietnamese and English. Every rule here is about the language, not about a text.
enum StatementShape {
    /// The words of `text`, split at white space, with surrounding punctuation removed (empty words dropped).
    static func words(_ text: String) -> [String] {
        if let words = PlainText.words(text) { return words }
        return text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).compactMap { token in
            let word = token.trimmingCharacters(in: CharacterSet.punctuationCharacters.union(.symbols))
            return word.isEmpty ? nil : word
        }
    }

    // MARK: - Junk

    static func hasMarkup(_ text: String) -> Bool {
        ["[[", "]]", "{{", "}}", "==", "<ref", "&nbsp;", "''", "|"].contains { text.contains($0) }
    }

    /// Bibliography, publisher, access date, URL, media credits, clock times: apparatus, not history.
    static func isReferenceEntry(_ text: String) -> Bool {
        let lower = text.lowercased()
        if PlainText.containsAny(lower, referenceMarkers) { return true }
        // A clock time ("17:52", "02:39 UTC") marks a log or a signature line.
        let scalars = Array(lower.unicodeScalars)
        var index = 2
        while index + 2 < scalars.count {
            if scalars[index] == ":", isDigit(scalars[index - 1]), isDigit(scalars[index - 2]), isDigit(scalars[index + 1]),
               isDigit(scalars[index + 2]), index + 3 == scalars.count || !isDigit(scalars[index + 3]) { return true }
            index += 1
        }
        return false
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    static let referenceMarkers = [
        "isbn", "issn", "doi:", "nhà xuất bản", "nxb", "truy cập", "retrieved", "http", "www.", "(pdf)", ".pdf",
        "dvd", "release date", "run time", "starring", "pp.", " vol.", "hardcover", "paperback", "archived",
        "university press", "publishing", "bản gốc", "lưu trữ", "press, ", "eds.", " ed.,", "op. cit", "ibid",
    ]

    /// A heading, a work's title or a list label: most words capitalised, or a short capitalised head before a colon.
    static func isTitleLike(_ statement: String, words: [String], language: Language) -> Bool {
        if let colon = statement.firstIndex(of: ":") {
            let head = self.words(String(statement[..<colon]))
            if !head.isEmpty, head.count <= 5, head.allSatisfy({ $0.first?.isUppercase == true || $0.allSatisfy(\.isNumber) }) {
                return true
            }
        }
        guard language == .en else { return false }
        let content = words.filter { !FunctionWords.english.contains($0.lowercased()) && $0.first?.isLetter == true }
        guard content.count >= 3 else { return false }
        let capitalised = content.filter { $0.first?.isUppercase == true }.count
        // A title has no verb of its own: "The British captured Philadelphia" is a sentence, "Wimbledon Final Results" not.
        return Double(capitalised) / Double(content.count) >= 0.75
            && !words.contains { $0.first?.isLowercase == true && isEnglishVerb($0) }
    }

    /// A figure rather than an event: a count with thousands separators, a percentage, "million", an estimate
    /// ("ước tính", "khoảng 500.000 người", "an estimated 10,000").
    static func isStatistic(_ statement: String, language: Language) -> Bool {
        let lower = statement.lowercased()
        let markers = language == .vi
            ? ["ước tính", "dân số", "tổng số", "phần trăm", "%", "triệu người", "nghìn người", "vạn người", "tỷ lệ",
               "tương đương", "usd", "đô la", "gdp", "tỷ đồng"]
            : ["estimated", "estimate", "population", "per cent", "percent", "%", "million", "billion", "casualties",
               "in 20", "dollars", "equivalent", "$", "gdp"]
        guard PlainText.containsAny(lower, markers) else { return false }
        // …with a figure in it (a grouped number, or a number next to the marker word).
        return statement.contains { $0.isNumber }
    }

    // MARK: - Subject

    /// The statement opens with a word that stands for something named elsewhere (a pronoun, a demonstrative, a
    /// connective, a bare verb whose subject was lost), or with "The <common noun>" + verb in English.
    static func startsWithAnaphor(_ words: [String], language: Language) -> Bool {
        guard let first = words.first?.lowercased() else { return true }
        switch language {
        case .vi:
            if vietnameseOpeners.contains(first) { return true }
            // "Vua Quang Trung …" names its king; "Vua đồng ý …" does not.
            if vietnameseTitles.contains(first), words.count >= 2, words[1].first?.isLowercase == true { return true }
            if words.count >= 2, vietnameseOpeners.contains(first + " " + words[1].lowercased()) { return true }
            // "Tình trạng này …", "Hiệp ước ấy …": a demonstrative closing the opening noun phrase.
            if words.prefix(4).dropFirst().contains(where: { vietnameseDemonstratives.contains($0.lowercased()) }) { return true }
            // "ngôi miếu thờ cô hồn này", "nước này": a noun pointed at, not named, anywhere in the statement.
            if zip(words, words.dropFirst()).contains(where: { $0.0.first?.isLowercase == true && ["này", "ấy"].contains($0.1) }) {
                return true
            }
            // A verb with its subject cut off ("Chết vì mắc bệnh tim …", "Đánh bại quân Minh …").
            return words.count >= 2 && vietnameseOpeningVerbs.contains(first) && words[1].first?.isLowercase == true
        case .en:
            if englishOpeners.contains(first) { return true }
            // "Declared war on Britain …", "Was awarded to …": a verb with its subject cut off.
            if first != "born", EnglishVerb.isPastBe(first) || (EnglishVerb.base(ofPast: first) != nil && !first.hasSuffix("ing")) {
                return true
            }
            if ["this", "these", "that", "those", "such"].contains(first) { return true }
            // "The family moved …", "The park opened": a definite common noun as subject, with no name to pin it.
            guard ["the", "this", "these", "that", "those", "such"].contains(first) else { return false }
            var index = 1
            while index < words.count, index <= 4 {
                let word = words[index]
                if word.first?.isUppercase == true || word.lowercased() == "of" { return false }
                if EnglishVerb.isPastBe(word) || EnglishVerb.base(ofPast: word) != nil
                    || ["is", "are", "has", "have", "had"].contains(word) { return true }
                index += 1
            }
            return false
        }
    }

    /// A pronoun inside the statement that stands for someone or something it does not name: English object
    /// pronouns ("took it back", "appointed him"), Vietnamese "ông/bà/họ" with no personal name before them.
    static func hasDanglingPronoun(_ words: [String], language: Language) -> Bool {
        switch language {
        case .en:
            if words.dropFirst().contains(where: { ["it", "them", "him"].contains($0) }) { return true }
            // "these investigations", "this victory": a demonstrative pointing outside the statement.
            return zip(words, words.dropFirst()).contains { pair in
                ["these", "this", "those", "such"].contains(pair.0) && pair.1.first?.isLowercase == true
                    && !["year", "time", "day", "month", "period", "century", "decade"].contains(pair.1)
            }
        case .vi:
            for (index, word) in words.enumerated().dropFirst() where ["ông", "bà", "họ", "hắn", "nó"].contains(word) {
                let next = index + 1 < words.count ? words[index + 1] : ""
                guard next.first?.isUppercase != true else { continue }  // "ông Hồ Học Lãm": a title
                let before = words[..<index].joined(separator: " ")
                let named = NameFinder.names(in: before, language: .vi).contains { NameKind.of($0, language: .vi) == .person }
                if !named { return true }
            }
            return false
        }
    }

    static let vietnameseOpeners: Set<String> = [
        "ông", "bà", "họ", "nó", "hắn", "anh", "chị", "cô", "chúng", "y", "đây", "đó", "ấy", "này", "kia",
        "thì", "nên", "còn", "mới", "và", "nhưng", "mà", "là", "cũng", "tuy", "song", "rồi", "lại", "vẫn", "đều",
        "đã", "được", "bị", "sẽ", "đang", "từng", "chưa", "không", "lần", "việc", "điều", "chuyện", "cùng", "hai",
        "cả", "để", "của", "theo đó", "sau đó", "từ đó", "khi đó", "lúc đó", "do đó", "vì vậy", "vì thế", "tuy nhiên",
        "ngoài ra", "bên cạnh", "cùng năm", "cùng ngày", "cùng lúc", "người này", "vị này",
    ]
    /// Titles that open a statement about a named ruler ("Vua Lê Lợi") or stand for one ("Nhà vua đồng ý").
    static let vietnameseTitles: Set<String> = ["vua", "nhà", "hoàng", "chúa", "tướng", "quân"]
    /// Verbs that open a Vietnamese clause only when its subject was lost.
    static let vietnameseOpeningVerbs: Set<String> = [
        "chết", "mất", "qua", "sinh", "lên", "trở", "tham", "rời", "đánh", "tiến", "rút", "ký", "gửi", "viết", "nhận",
        "giữ", "lập", "phong", "cử", "bổ", "bầu", "thắng", "thua", "kết", "cưới", "lấy", "chiếm", "xây", "ban", "ra",
    ]
    static let vietnameseDemonstratives: Set<String> = ["này", "ấy", "đó", "nọ", "kia", "trên"]

    static let englishOpeners: Set<String> = [
        "he", "she", "it", "they", "his", "her", "its", "their", "him", "them", "we", "i", "you", "there", "here",
        "which", "who", "whom", "whose", "where", "when", "while", "also", "then", "later", "thus", "however",
        "and", "but", "or", "so", "as", "both", "another", "hence", "therefore", "meanwhile", "afterwards",
        "subsequently", "nevertheless", "moreover", "furthermore", "instead", "still", "yet", "since",
    ]

    // MARK: - Clause

    /// Too short, unbalanced brackets or quotes, a first character that is not a capital letter, a dangling last
    /// function word, or (English) no finite verb.
    static func isFragment(_ statement: String, words: [String], language: Language) -> Bool {
        guard let first = statement.first, first.isLetter, first.isUppercase || !first.isCased else { return true }
        if words.count < 4 { return true }
        if !isBalanced(statement) { return true }
        if let last = words.last?.lowercased(), danglingEnds(language).contains(last) { return true }
        if language == .en {
            // No finite verb, or the first one sits in a relative clause ("Admiral X, who recaptured …"): a noun phrase.
            guard let verb = words.firstIndex(where: isEnglishVerb) else { return true }
            if words[..<verb].contains(where: { ["who", "which", "whom", "whose"].contains($0.lowercased()) }) { return true }
        }
        // "Khi X …" / "After X …" with no main clause after a comma is only the subordinate half.
        let opener = words.prefix(2).map { $0.lowercased() }
        if subordinators(language).contains(opener[0]) || (opener.count == 2 && subordinators(language).contains(opener.joined(separator: " "))),
           !statement.contains(",") { return true }
        if language == .vi, !words.dropFirst().contains(where: { $0.first?.isLowercase == true }) { return true }
        return false
    }

    static func isEnglishVerb(_ word: String) -> Bool {
        let lower = word.lowercased()
        if ["is", "are", "was", "were", "has", "have", "had", "became", "become", "becomes", "remains", "remained",
            "began", "begins", "won", "lost", "led", "made", "took", "gave", "held", "left", "met", "set", "sent",
            "went", "came", "saw", "wrote", "fought", "built", "bought", "sold", "told", "ran", "rose", "fell", "died",
            "born", "signed", "moved", "served"].contains(lower) { return true }
        return word.first?.isLowercase == true && EnglishVerb.base(ofPast: lower) != nil
    }

    static func isBalanced(_ text: String) -> Bool {
        var round = 0, square = 0, quotes = 0, curly = 0
        for character in text {
            switch character {
            case "(": round += 1
            case ")": round -= 1; if round < 0 { return false }
            case "[": square += 1
            case "]": square -= 1; if square < 0 { return false }
            case "\"": quotes += 1
            case "“": curly += 1
            case "”": curly -= 1; if curly < 0 { return false }
            default: break
            }
        }
        return round == 0 && square == 0 && quotes % 2 == 0 && curly == 0
    }

    static func subordinators(_ language: Language) -> Set<String> { subordinatorsSets[language] }
    private static let subordinatorsSets = PerLanguage(subordinatorWords)
    private static func subordinatorWords(_ language: Language) -> Set<String> {
        switch language {
        case .vi: return ["khi", "sau khi", "trước khi", "lúc", "nếu", "vì", "do", "bởi", "tuy", "mặc dù", "dù", "để",
                          "trong khi", "nhân", "nhờ"]
        case .en: return ["when", "after", "before", "while", "although", "though", "because", "if", "since", "as",
                          "once", "until", "whereas", "unless"]
        }
    }

    static func danglingEnds(_ language: Language) -> Set<String> { danglingEndsSets[language] }
    private static let danglingEndsSets = PerLanguage(danglingEndWords)
    private static func danglingEndWords(_ language: Language) -> Set<String> {
        switch language {
        case .vi: return ["giai đoạn", "đoạn", "thời kỳ", "kỳ", "khoảng", "của", "và", "với", "là", "khi", "thì", "mà", "để", "cho", "từ", "đến", "tới", "vào", "trong",
                          "ở", "tại", "các", "những", "một", "về", "sau", "trước", "bởi", "do", "như", "nhưng", "hay",
                          "hoặc", "rằng", "suốt", "năm", "ngày", "tháng", "thì", "nên", "được", "bị", "đã", "sẽ"]
        case .en: return ["the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "and", "or", "but", "as",
                          "from", "that", "which", "who", "when", "while", "until", "till", "after", "before", "since",
                          "than", "is", "was", "were", "his", "her", "its", "their", "dated", "during", "between",
                          "period", "year", "years", "time"]
        }
    }

    /// What a removed date phrase leaves: doubled or leading commas, empty brackets, a comma before a bracket,
    /// "những là" and other orphaned function words side by side.
    static func hasLeftovers(_ statement: String, language: Language) -> Bool {
        let danglingEnds = danglingEnds(language), orphanPairs = orphanPairs(language)
        let marks = [", ,", ",,", " ,", "( ", " )", "()", "(,", ",)", "(;", ";)", "(–", "–)", "(-", "-)", ", .", ",.",
                     ", và,", "  "]
        if PlainText.containsAny(statement, marks) { return true }
        // "tăng /tuần": a number cut out of a rate; "vào ngày 16/": a date cut in half.
        if statement.contains(" /") || statement.contains("/ ") || statement.hasSuffix("/") { return true }
        // "Tên lửa A-4, phóng, đã …", "Atlas Shrugged, published, was …": a lone word left between two commas.
        let pieces = PlainText.components(statement, separatedBy: ", ")
        if pieces.count >= 3, pieces.dropFirst().dropLast().contains(where: { piece in
            !piece.contains(" ") && piece.first?.isLowercase == true
        }) { return true }
        // "khủng hoảng kinh tế và, IMF …": a conjunction or preposition left just before a comma.
        for token in statement.split(separator: " ") where token.hasSuffix(",") {
            if danglingEnds.contains(String(token.dropLast()).lowercased()) { return true }
        }
        // "Những, nhiều đồn bót …", "Suốt, công an …": a function word cut off from the date it governed.
        if let comma = statement.firstIndex(of: ","), words(String(statement[..<comma])).count == 1,
           let head = words(String(statement[..<comma])).first?.lowercased(),
           FunctionWords.all.contains(head) || danglingEnds.contains(head) { return true }
        let lower = words(statement).map { $0.lowercased() }
        for (a, b) in zip(lower, lower.dropFirst()) where orphanPairs.contains(a + " " + b) { return true }
        return false
    }

    static func orphanPairs(_ language: Language) -> Set<String> { orphanPairsSets[language] }
    private static let orphanPairsSets = PerLanguage(orphanPairWords)
    private static func orphanPairWords(_ language: Language) -> Set<String> {
        switch language {
        case .vi: return ["những là", "suốt những", "trong là", "từ là", "đến là", "vào là", "của là", "năm là",
                          "những của", "từ đến", "vào của", "trong của", "cho tới là", "đến khi là", "ở bởi", "ở của",
                          "vào bởi", "tại bởi", "trong bởi", "ở với", "vào với", "ở và", "vào và", "tại và", "trong và"]
        case .en: return ["the the", "in in", "of of", "until when", "until and", "in and", "on and", "since when",
                          "dated had", "dated was", "the and", "of and", "the of"]
        }
    }

    // MARK: - Dates

    /// A surface counted from another date: "the next day", "hôm sau", "3 năm sau", "two years later".
    static func isRelativeSurface(_ surface: String, language: Language) -> Bool {
        let lower = words(surface).map { $0.lowercased() }
        let markers: Set<String> = language == .vi
            ? ["sau", "trước", "hôm", "cùng", "đó", "ấy", "này", "kế", "tiếp", "nữa", "qua", "tới", "ngoái"]
            : ["next", "later", "after", "before", "following", "previous", "that", "same", "earlier", "ago", "this",
               "last", "prior", "subsequent"]
        return lower.contains { markers.contains($0) }
    }

    /// "TCN", "trước Công nguyên", "BC", "BCE" in a date's surface.
    static func mentionsBC(_ surface: String) -> Bool {
        let lower = " " + surface.lowercased() + " "
        return [" tcn ", "trước công nguyên", " bc ", " bce ", " b.c. ", " b.c "].contains { lower.contains($0) }
    }

    /// Words that make the following date an end point or a bound, not the event's date.
    static func boundaryWords(_ language: Language) -> Set<String> { boundaryWordsSets[language] }
    private static let boundaryWordsSets = PerLanguage(boundaryWordList)
    private static func boundaryWordList(_ language: Language) -> Set<String> {
        switch language {
        case .vi: return ["đến", "tới", "cho đến", "cho tới", "mãi đến", "mãi tới", "trước", "sau", "chậm nhất",
                          "muộn nhất", "hạn", "kéo dài đến", "tận", "đến tận", "với", "so với", "hơn"]
        case .en: return ["until", "till", "by", "before", "after", "through", "to", "deadline", "since", "than", "with",
                          "compared"]
        }
    }

    /// Vietnamese nouns that take a year as part of their name ("Hòa ước năm 1884", "Hiến pháp năm 1946").
    static let vietnameseDatedNouns: Set<String> = [
        "ước", "hòa ước", "hiệp ước", "hiệp định", "hiến pháp", "luật", "đạo luật", "dụ", "chiếu", "nghị quyết",
        "sắc lệnh", "tuyên ngôn", "tổng tuyển cử", "tuyển cử", "bầu cử", "vận hội", "điều tra", "dân số", "đô la",
        "giá", "bản đồ",
    ]
}
