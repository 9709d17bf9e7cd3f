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

    /// `words(String(text)).last`, read from the end of `text` (no split of all that comes before).
    static func lastWord(_ text: Substring) -> String? {
        if let found = PlainText.lastWord(text) { return found }
        return words(String(text)).last
    }

    // MARK: - Junk

    static func hasMarkup(_ text: String) -> Bool {
        // (a cross-reference in brackets, whatever its capital: "(Xem thêm Bản thảo đầu tiên)", "(See also …)")
        ["[[", "]]", "{{", "}}", "==", "<ref", "&nbsp;", "''", "|", "(xem ", "(see ", "(s)", "(Xem ", "(See "].contains { text.contains($0) }
            || hasInterwikiLink(text) || hasLinkBrackets(text)
    }

    /// "… thượng đỉnh Cologne của [G7] năm 1999": a name in square brackets is a link the wiki text left, not prose.
    static func hasLinkBrackets(_ text: String) -> Bool {
        var rest = text[...]
        while let open = rest.firstIndex(of: "[") {
            let after = rest[rest.index(after: open)...]
            if after.first?.isUppercase == true, let close = after.prefix(40).firstIndex(of: "]"),
               !after[..<close].contains("[") { return true }
            rest = after
        }
        return false
    }

    /// "bị [en:Syrian Electronic Army] tấn công": a link to another language's article, left from the wiki text.
    static func hasInterwikiLink(_ text: String) -> Bool {
        guard text.contains("[") else { return false }
        let scalars = Array(text.unicodeScalars)
        for index in scalars.indices where scalars[index] == "[" {
            var end = index + 1
            while end < scalars.count, end - index <= 4, ("a"..."z").contains(scalars[end]) { end += 1 }
            if (3...4).contains(end - index), end < scalars.count, scalars[end] == ":" { return true }
        }
        return false
    }

    /// Bibliography, publisher, access date, URL, media credits, clock times: apparatus, not history.
    static func isReferenceEntry(_ text: String) -> Bool {
        let lower = text.lowercased()
        // "Xem thêm Bài phát biểu của Putin …", "See also …": a pointer to another page
        if lower.hasPrefix("xem thêm ") || lower.hasPrefix("see also ") { return true }
        // "Đối với giải đấu trước khi …, xem Japan Soccer League", "For the earlier league, see …": a note that sends
        // the reader to another page
        if lower.hasPrefix("đối với ") && lower.contains(", xem ") { return true }
        if lower.hasPrefix("for ") && lower.contains(", see ") { return true }
        // "1900 – 1909: Her Royal Highness Công nương Elisabeth của Bỉ": a line of a list of titles and styles, held
        // over its dates
        if ["her royal highness", "his royal highness", "her majesty", "his majesty", "her serene highness",
            "his serene highness", "her imperial", "his imperial", "her grace", "his grace"]
            .contains(where: { lower.hasPrefix($0) || lower.contains(": " + $0) }) {
            return true
        }
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
        // "Biệt đội tài năng – HLV (2016)": a credit line, a work and the part played in it, with no verb
        if let dash = statement.range(of: " – ") ?? statement.range(of: " - "), words.count <= 8,
           StatementShape.words(String(statement[dash.upperBound...])).count <= 2 { return true }
        // "Cần hiểu như thế nào cho đúng …": a question, a heading's or a guide's, tells nothing that happened
        if language == .vi, [" như thế nào", " tại sao ", " vì sao ", " ra sao"].contains(where: (" " + statement.lowercased()).contains) {
            return true
        }
        if let colon = statement.firstIndex(of: ":") {
            let head = self.words(String(statement[..<colon]))
            if !head.isEmpty, head.count <= 5, head.allSatisfy({ $0.first?.isUppercase == true || $0.allSatisfy(\.isNumber) }) {
                return true
            }
        }
        // "Abu al-Hasan Ali ibn Othman (1331-1348)", "Abu Yusuf Yaqub tôi": a name in a list of rulers, no predicate
        let particles: Set<String> = ["ibn", "bin", "bint", "al", "el", "de", "da", "di", "van", "von", "der", "du", "le", "la", "tôi"]
        // ("Paul Scofield trong A Man for All Seasons": the English title's "for" is no Vietnamese predicate)
        let predicate = words.filter { $0.first?.isLowercase == true && !particles.contains($0) && !$0.hasPrefix("al-")
            && !(language == .vi && FunctionWords.english.contains($0)) && !(language == .vi && ["trong", "với", "và"].contains($0)) }
        if words.count >= 2, predicate.count < (language == .vi ? 2 : 1) { return true }
        // "Oliver Cromwell, nhà cách mạng cai trị nước Anh": a name and what he was — an entry of a list, no event
        if language == .vi, let comma = statement.firstIndex(of: ","), statement.filter({ $0 == "," }).count == 1 {
            let head = self.words(String(statement[..<comma]))
            let rest = self.words(String(statement[statement.index(after: comma)...])).map { $0.lowercased() }
            if !head.isEmpty, head.count <= 5, head.allSatisfy({ $0.first?.isUppercase == true }), let noun = rest.first,
               ["nhà", "người", "một", "vị", "tướng", "vua", "hoàng", "nữ", "con", "vợ", "chồng"].contains(noun) { return true }
        }
        guard language == .en else { return false }
        let content = words.filter { !FunctionWords.english.contains($0.lowercased()) && $0.first?.isLetter == true }
        guard content.count >= 3 else { return false }
        let capitalised = content.filter { $0.first?.isUppercase == true }.count
        // A title has no verb of its own: "The British captured Philadelphia" is a sentence, "Wimbledon Final Results" not.
        return Double(capitalised) / Double(content.count) >= 0.75
            && !words.contains { $0.first?.isLowercase == true && isEnglishVerb($0) }
    }

    /// Does `statement` name what it is about among its first words (one of `knownNames`, the names its text
    /// writes mid-sentence), so that it can be read alone as an option or a chronology item?
    /// `sentence` is where it comes from: a statement that opens on a word the sentence writes in lower case was
    /// cut from inside it ("… và huy chương bạc tại …"), and must name its subject within three words.
    static func standsAlone(_ statement: String, knownNames: Set<String>, sentence: String = "", dateSurface: String = "") -> Bool {
        let words = words(statement)
        // a timeline's entry names its deed in few words ("Việt Nam gia nhập ASEAN", "Thành lập Đảng Cộng sản Việt
        // Nam"): a verb of two syllables and a name are enough
        if EventScreen.isTimelineEntry(sentence, dateSurface: dateSurface), words.count >= 3,
           words.filter({ $0.first?.isLowercase == true }).count >= 2 {
            return opensOnBareVerb(words) && words.dropFirst().contains { $0.first?.isUppercase == true }
                || namesSubject(words, within: 3, knownNames: knownNames)
        }
        // a predicate too: a name with its reign ("Abu l-Fariz Abdul Aziz I (1366–1372)") is a list entry
        guard words.count >= 4, words.filter({ $0.first?.isLowercase == true }).count >= 3 else { return false }
        let cut = isCut(words, from: sentence, dateSurface: dateSurface)
        return namesSubject(words, within: cut ? 3 : 6, knownNames: knownNames)
    }

    /// Is one of `knownNames` among the first `count` of `words`?
    static func namesSubject(_ words: [String], within count: Int, knownNames: Set<String>) -> Bool {
        for start in words.prefix(count).indices {
            for length in 1...min(4, words.count - start) where knownNames.contains(words[start..<(start + length)].joined(separator: " ")) {
                return true
            }
        }
        return false
    }

    /// Does the statement (its `words`) open on a word `sentence` writes in lower case, after more than the date
    /// phrase — cut from inside its sentence ("…, cuối cùng trở thành …", "… và huy chương bạc tại …")?
    static func isCut(_ words: [String], from sentence: String, dateSurface: String) -> Bool {
        guard let first = words.first, !sentence.isEmpty, first.first?.isUppercase == true, !sentence.hasPrefix(first),
              ClozeCardMaker.occurrences(of: first, in: sentence).isEmpty,
              let at = ClozeCardMaker.occurrences(of: first.lowercased(), in: sentence).first else { return false }
        // only the date phrase before it ("Năm 1911, một nhóm thương gia …") is no cut
        var before = String(sentence[..<at.lowerBound])
        if !dateSurface.isEmpty { before = before.replacingOccurrences(of: dateSurface, with: " ") }
        let left = self.words(before).map { $0.lowercased() }
        return !left.allSatisfy { FunctionWords.all.contains($0) || NameFinder.isDateWord($0) || $0.allSatisfy(\.isNumber) }
    }

    /// Was the statement cut from inside a clause, its subject left behind ("Các nhà triết học, các nhà khoa học xã
    /// hội thế kỷ XVIII và thế kỷ XIX khát khao nghiên cứu …" → "Khát khao nghiên cứu …")? It opens on a word the
    /// sentence writes in lower case, after more than the date phrase, with no comma or colon between what was left
    /// behind and it. (A clause after a comma, "Trong trận này, quân Pháp thua", is whole.)
    static func isCutMidClause(_ words: [String], from sentence: String, dateSurface: String) -> Bool {
        guard isCut(words, from: sentence, dateSurface: dateSurface), let first = words.first else { return false }
        // "1930: Thành lập …": a timeline's entry starts right after its date and colon
        if EventScreen.isTimelineEntry(sentence, dateSurface: dateSurface),
           sentence.dropFirst(dateSurface.count).drop(while: { " :–—-".contains($0) }).hasPrefix(first) { return false }
        // where the statement starts in its sentence: its first words, the first one lowered ("tàu HMS Glorious" is
        // not the "tàu" of "các tàu sân bay" before it)
        let opening = ([first.lowercased()] + words.dropFirst().prefix(2)).joined(separator: " ")
        guard let at = sentence.range(of: opening) ?? ClozeCardMaker.occurrences(of: first.lowercased(), in: sentence).first
        else { return false }
        var before = sentence[..<at.lowerBound].trimmingCharacters(in: .whitespaces)
        // the date phrase itself may stand between ("… xã hội thế kỷ XIX khát khao …")
        let dateBetween = !dateSurface.isEmpty && before.hasSuffix(dateSurface)
        var governed = false  // the date had its own preposition: "… 1945 and in 1946 the federation …" is a new clause
        if dateBetween {
            before = String(before.dropLast(dateSurface.count)).trimmingCharacters(in: .whitespaces)
            for governor in ["vào", "năm", "trong", "từ", "giai đoạn", "thời kỳ", "khoảng", "in", "on", "during"]
            where before.lowercased().hasSuffix(" " + governor) || before.lowercased() == governor {
                before = String(before.dropLast(governor.count)).trimmingCharacters(in: .whitespaces)
                governed = true
            }
        }
        guard let last = before.last else { return false }
        // "Ngày 21 tháng 3 năm Thành Thái thứ 2 (1890) huyện …": an era year glossed in brackets ends the date phrase
        if last == ")", let open = before.lastIndex(of: "("),
           before[before.index(after: open)...].dropLast().allSatisfy(\.isNumber),
           EventScreen.endsOnEraYear(before[..<open]) { return false }
        // a new clause after a conjunction or a subordinator has its own subject ("… năm 1972 và hôn nhân đồng giới
        // … đã được quy định năm 1993", "… khi tàu HMS Glorious bị đánh đắm")
        let joins: Set<String> = ["và", "nhưng", "còn", "rồi", "mà", "thì", "khi", "lúc", "nên", "song", "and", "but", "when",
                                  "while", "as", "after", "before", "until", "so"]
        // ("… xã hội thế kỷ XVIII và thế kỷ XIX khát khao …": a "và" between two dates joins the dates, not clauses)
        let beforeWords = self.words(before)
        if let word = beforeWords.last?.lowercased(), joins.contains(word) {
            let previous = beforeWords.dropLast().last ?? ""
            let isDate = previous.allSatisfy(\.isNumber) || previous.allSatisfy({ "IVXLC".contains($0) })
                || NameFinder.isDateWord(previous)
            if !dateBetween || governed || !isDate || !["và", "and", "hoặc", "or"].contains(word) { return false }
        }
        return !",;:(–—-\"“”".contains(last)
    }

    /// A figure rather than an event: a count with thousands separators, a percentage, "million", an estimate
    /// ("ước tính", "khoảng 500.000 người", "an estimated 10,000").
    static func isStatistic(_ statement: String, language: Language) -> Bool {
        let lower = statement.lowercased()
        let markers = language == .vi
            ? ["ước tính", "dân số", "tổng số", "phần trăm", "%", "triệu", "nghìn", "vạn người", "tỷ lệ", "tỉ lệ", "du khách",
               "xếp thứ", "xếp hạng", "đứng thứ", "chỉ số", "bậc", "tuổi thọ", "con số",
               "tương đương", "usd", "đô la", "gdp", "tỷ đồng", "trị giá", "tỷ giá", "tỉ giá"]
            : ["estimated", "estimate", "population", "per cent", "percent", "%", "million", "billion", "casualties",
               "ranked", "mortality", "life expectancy",
               "in 20", "dollars", "equivalent", "$", "gdp"]
        // "Theo số liệu, Texas đứng đầu …", "According to the census, …": a figure by its source
        let sourced = language == .vi ? ["theo số liệu", "theo thống kê", "theo điều tra", "theo kết quả điều tra", "so với số thống kê",
                                         "so với thống kê", "ước tính", "theo ước tính", "các ước tính", "số liệu"]
            : ["according to statistics", "according to the census", "according to census", "according to figures"]
        if sourced.contains(where: lower.hasPrefix) { return true }
        // "Các số liệu thống kê đã cho thấy …", "statistics showed …": what figures showed is a figure
        if language == .vi ? lower.contains("số liệu thống kê") : lower.hasPrefix("statistics ") || lower.contains(" statistics showed") {
            return true
        }
        // "…, there were ninety-two different nationalities living on the island": a count of what there was
        if language == .en, let there = lower.range(of: "there were ") ?? lower.range(of: "there was ") {
            let next = words(String(lower[there.upperBound...])).prefix(2)
            if next.contains(where: { word in
                word.allSatisfy(\.isNumber) || word.split(separator: "-").allSatisfy { englishNumberWords.contains(String($0)) }
            }) { return true }
        }
        // "đứng đầu trong các tiểu bang …", "đồng hạng với California": a rank held, with or without its number
        if language == .vi, [" đứng đầu trong các ", " đứng đầu về ", " đồng hạng "].contains(where: (" " + lower + " ").contains) {
            return true
        }
        // "có 20.282 thành viên", "had 20,282 members": a grouped count is a figure, not an event; so is "80,4"
        if hasGroupedNumber(statement) || hasDecimal(statement) { return true }
        // "được xếp hạng cao nhất châu Âu về …", "was ranked first": a ranking is a figure, with or without its number
        if [" xếp hạng ", " xếp thứ ", " ranked "].contains(where: (" " + lower + " ").contains) { return true }
        // "tỉnh Đồng Tháp có 168 cơ sở khám chữa bệnh", "the city had 40 schools": a count held, not an event
        let lowerWords = words(lower)
        // "thương mại của Hoa Kỳ với Canada nhiều hơn …", "kim ngạch xuất nhập khẩu … lớn thứ 8", "Úc có giá nhà cao
        // nhất": an economic figure compared or ranked, true of the year the text measured it
        let padded = " " + lowerWords.joined(separator: " ") + " "
        if economicFigures[language]!.contains(where: { padded.contains(" " + $0 + " ") }),
           ranksOrCompares[language]!.contains(where: { padded.contains(" " + $0 + " ") }) { return true }
        let holds: Set<String> = language == .vi ? ["có"] : ["had", "has", "numbered"]
        if zip(lowerWords, lowerWords.dropFirst()).contains(where: { holds.contains($0.0) && $0.1.allSatisfy(\.isNumber) }) {
            return true
        }
        // "Nam Định có tới 7 trường": "as many as" before the count
        if language == .vi, lowerWords.count >= 3, lowerWords.indices.dropLast(2).contains(where: { index in
            lowerWords[index] == "có" && ["tới", "đến", "hơn", "khoảng", "gần"].contains(lowerWords[index + 1])
                && lowerWords[index + 2].allSatisfy(\.isNumber)
        }) { return true }
        // "Khoảng một nửa thành viên chính phủ …": a fraction of a group is a figure
        if language == .vi, ["một nửa", "phân nửa", "phần tư", "phần ba", "phần năm", "phần mười"].contains(where: { lower.contains($0) }) {
            return true
        }
        // "Nhiệt độ … 26 °F … 86 °F": a measure in degrees is a figure
        if statement.contains("°") { return true }
        // "Hoa Kỳ sản xuất 50 tấn, Peru 7 t, Nhật 40 t và Canada 16 t", "10 chuyến của Eastern và 4 của Delta": three
        // figures or more (no year among them) are a table in words
        // (an ordinal is no figure: "Đại hội lần thứ 3 … hợp nhất 2 nước thành 1 nước")
        if lowerWords.indices.filter({ index in
            lowerWords[index].allSatisfy(\.isNumber) && lowerWords[index].count <= 3 && (index == 0 || lowerWords[index - 1] != "thứ")
        }).count >= 3 { return true }
        // "… ở các cao độ và 1600m", "a 40km road": a number glued to its unit is a measure
        let units: Set<String> = ["m", "km", "cm", "mm", "kg", "ha", "km²", "m²", "mi", "ft", "t"]
        if lowerWords.contains(where: { word in
            guard let digits = word.firstIndex(where: { !$0.isNumber }), digits != word.startIndex else { return false }
            return units.contains(String(word[digits...]))
        }) { return true }
        // "Dân số Hồng Kông tăng nhanh chóng", "the population grew": a trend of a figure
        let trend = language == .vi ? ["tăng", "giảm"] : ["increased", "grew", "declined", "decreased", "doubled", "fell"]
        if (lower.contains("dân số") || lower.contains("population")), trend.contains(where: { lowerWords.contains($0) }) { return true }
        guard PlainText.containsAny(lower, markers) else { return false }
        switch language {
        case .vi:
            // a count of millions or thousands follows a number ("2 triệu", "hàng nghìn"): "triệu tập" (to convene) and
            // "Triệu Đà" (a name) count nothing
            let counted: Set<String> = ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "mươi", "trăm",
                                        "hàng", "vài", "mấy", "nhiều", "hơn", "khoảng", "gần", "chục", "rưỡi"]
            if zip(lowerWords, lowerWords.dropFirst()).contains(where: { pair in
                ["triệu", "nghìn", "ngàn", "tỷ", "tỉ", "vạn"].contains(pair.1)
                    && (pair.0.first?.isNumber == true || counted.contains(pair.0))
            }) { return true }
        case .en:
            if ["million", "thousand", "billion"].contains(where: { lower.contains($0) }) { return true }
        }
        // "a lower mortality rate than plastic surgery": a comparison of figures
        if lower.contains(" than ") || lower.contains(" hơn ") { return true }
        // "Gần một phần tư dân số …", "a third of the population": a fraction is a figure too
        let fractions = ["phần tư", "phần ba", "một nửa", "phân nửa", "quarter", "third", "half"]
        if fractions.contains(where: { lower.contains($0) }) { return true }
        // …with a figure in it (a grouped number, or a number next to the marker word).
        return statement.contains { $0.isNumber }
    }

    /// Is `word` (in small letters) a Vietnamese syllable garbled by typing: a mark only Vietnamese writes (ơ, ư, ă, đ,
    /// ĩ, ũ, "ấ", "ộ" …; not the é or ú of a French or Spanish word) with f, j, w or z in it, or eight letters and more?
    static func isGarbledSyllable(_ word: String) -> Bool {
        guard word.first?.isLowercase == true else { return false }
        let vietnameseOnly: Set<UInt32> = [0x103, 0x111, 0x129, 0x169, 0x1A1, 0x1B0]
        let marked = word.unicodeScalars.contains { (0x1EA0...0x1EF9).contains($0.value) || vietnameseOnly.contains($0.value) }
        guard marked else { return false }
        return word.contains(where: { "fjwz".contains($0) }) || word.count >= 8 && word.allSatisfy(\.isLetter)
    }

    /// The English days of the week.
    static let englishWeekdays: Set<String> = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// English numbers in words ("ninety-two" is two of them).
    static let englishNumberWords: Set<String> = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty",
        "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousands", "dozens", "dozen",
    ]

    /// Nouns of an economic figure (trade, prices, output), by language.
    static let economicFigures: [Language: [String]] = [
        .vi: ["thương mại", "kim ngạch", "xuất khẩu", "nhập khẩu", "giá nhà", "giá cả", "doanh thu", "sản lượng", "thu nhập",
              "ngân sách", "lạm phát", "thất nghiệp", "tăng trưởng", "nền kinh tế", "gdp"],
        .en: ["trade", "exports", "imports", "house prices", "prices", "revenue", "output", "income", "budget", "inflation",
              "unemployment", "growth", "economy", "gdp"],
    ]
    /// Words that compare or rank a figure, by language.
    static let ranksOrCompares: [Language: [String]] = [
        .vi: ["nhiều hơn", "lớn hơn", "cao hơn", "thấp hơn", "ít hơn", "lớn thứ", "cao nhất", "thấp nhất", "lớn nhất",
              "nhỏ nhất", "đứng đầu", "gấp", "đứng sau", "đứng trước"],
        .en: ["more than", "larger than", "higher than", "lower than", "less than", "highest", "lowest", "largest",
              "smallest", "second-largest", "third-largest", "behind", "ahead of"],
    ]

    /// A number with a decimal part ("80,4", "3.5"): a measure.
    static func hasDecimal(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        for index in scalars.indices.dropFirst().dropLast() where scalars[index] == "," || scalars[index] == "." {
            let before = scalars[index - 1].properties.numericType == .decimal
            let after = scalars[index + 1].properties.numericType == .decimal
            let run = scalars[(index + 1)...].prefix { $0.properties.numericType == .decimal }.count
            if before, after, run <= 2 { return true }
        }
        return false
    }

    /// A number written with thousands groups (`20.282`, `1,200,000`, `259 596`), never a year.
    static func hasGroupedNumber(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard scalars[index].properties.numericType == .decimal else { index += 1; continue }
            var lead = 0
            while index < scalars.count, scalars[index].properties.numericType == .decimal { lead += 1; index += 1 }
            guard lead <= 3 else { continue }
            if index + 3 < scalars.count, ".,\u{00A0}\u{202F}".unicodeScalars.contains(scalars[index]),
               (1...3).allSatisfy({ scalars[index + $0].properties.numericType == .decimal }),
               index + 4 == scalars.count || scalars[index + 4].properties.numericType != .decimal {
                return true
            }
        }
        return false
    }

    // MARK: - Subject

    /// The statement opens with a word that stands for something named elsewhere (a pronoun, a demonstrative, a
    /// connective, a bare verb whose subject was lost), or with "The <common noun>" + verb in English.
    static func startsWithAnaphor(_ words: [String], language: Language, statement: String = "",
                                  verbMayOpen: Bool = false) -> Bool {
        guard let first = words.first?.lowercased() else { return true }
        switch language {
        case .vi:
            // "Chia huyện Kim Thi thành 2 huyện …", "Sáp nhập xã Thành Công vào phường Hà Khẩu": an administrative act
            // whose actor is the state, with the unit it acts on named, is whole as it stands
            if isAdministrativeAct(words) { return false }
            // "Anh Quốc …", "Anh tuyên chiến …": in history, a capital "Anh" is Britain unless "anh ta/ấy" follows
            let britain = first == "anh" && words.count >= 2 && !["ta", "ấy", "em", "chị"].contains(words[1].lowercased())
            // ("Cùng với Pháp, Anh tuyên chiến …": "along with" opens a phrase, the subject follows its comma)
            let alongWith = first == "cùng" && words.count > 2 && words[1].lowercased() == "với" && statement.contains(",")
            // "Việc trục xuất đạo Cơ đốc bắt đầu": "việc" and a verb name a deed ("Việc này …" points back)
            let deed = first == "việc" && words.count >= 3 && words[1].first?.isLowercase == true
                && !["này", "ấy", "đó", "kia", "đấy", "trên", "như", "thì", "là"].contains(words[1].lowercased())
                && !FunctionWords.all.contains(words[1].lowercased())
            if vietnameseOpeners.contains(first), !britain, !alongWith, !deed { return true }
            // "Ở Mỹ nó được phát hành …", "Tại Nhật Bản nó …": "it" after a place or time put first stands for a thing the
            // sentence before named
            // (not a syllable of a word, "đại chúng", "dân chúng"; not after a named group, "Vào lúc người Pháp đến
            // Lào, họ …", whom it stands for; a place's own name after "ở" or "tại" names no one)
            if ["ở", "tại", "trong", "vào", "sau", "trước", "khi", "đến", "tới"].contains(first),
               let it = words.prefix(7).dropFirst().firstIndex(where: { ["nó", "chúng", "họ", "hắn"].contains($0) }),
               !VietnameseCompounds.isWord(words[it - 1].lowercased(), words[it]),
               !words[1..<it].contains(where: { ["là", "được", "đã", "bị", "người"].contains($0) }),
               ["ở", "tại"].contains(first) ? words[1..<it].allSatisfy({ $0.first?.isUppercase == true })
                   : !words[1..<it].contains(where: { $0.first?.isUppercase == true }) { return true }
            // "Khi 17 tuổi, gia nhập Đảng Cộng sản …", "Sau khi tốt nghiệp, làm việc tại …": after an opening phrase of
            // time, the main clause opens on a bare verb — its subject was in the sentence before
            if !verbMayOpen, ["khi", "lúc", "sau", "trước", "từ", "đến", "vào", "trong", "cuối", "đầu", "giữa"].contains(first),
               case let text = statement.isEmpty ? words.joined(separator: " ") : statement,
               let comma = text.range(of: ", "), StatementShape.words(String(text[..<comma.lowerBound])).count <= 8,
               case let main = StatementShape.words(String(text[comma.upperBound...])), main.count >= 2,
               main[0].first?.isLowercase == true, opensOnBareVerb(main) { return true }
            // "Thường được đánh dấu bằng ngày …": "usually" before a passive, its subject cut off
            if ["thường", "hay", "luôn"].contains(first), words.count >= 2,
               ["được", "bị", "là", "có", "đã"].contains(words[1].lowercased()) { return true }
            // "Một cuộc trưng cầu dân ý … được tổ chức": something indefinite, and nothing named anywhere in the statement
            if first == "một", !words.dropFirst().contains(where: { $0.first?.isUppercase == true }) { return true }
            // "Một cuộc tổng tuyển cử đã được tổ chức tại Nhật Bản": an indefinite happening that names only where it
            // happened (Japan has held many) says not which one
            // (every capitalised word after the first belongs to a country or to a name after a place word: "tại
            // thành phố London"; "… tự do và Hồi giáo …", "… của Liên hiệp quốc" name more)
            if first == "một", words.count >= 3, ["cuộc", "trận", "vụ", "đợt"].contains(words[1].lowercased()),
               case let text = statement.isEmpty ? words.joined(separator: " ") : statement,
               case let places = NameFinder.names(in: text, language: .vi).filter({ name in
                   CountryNames.vietnamese.contains(name) || PronounResolver.followsPlaceWord(name, in: text, language: .vi)
               }).flatMap({ $0.split(separator: " ").map(String.init) }),
               words.dropFirst().allSatisfy({ $0.first?.isUppercase != true || places.contains($0) }) { return true }
            // "Bọn phát xít giành lại quyền lực …", "Chính quyền bắt đầu …": a group named only by what it is, and no
            // name anywhere to say whose
            if unnamedGroupOpenings.contains(first), words.count >= 3,
               !words.dropFirst().contains(where: { $0.first?.isUppercase == true || $0.first?.isNumber == true }),
               case let opening = words.prefix(3).joined(separator: " ").lowercased(),
               unnamedGroups.contains(where: { opening.hasPrefix($0 + " ") }) {
                return true
            }
            // "Vua Quang Trung …" names its king; "Vua đồng ý …" does not; "Quân đội Pháp …" names its army.
            // "Vị hoàng tử nổi loạn …": which prince? ("Vị vua đầu tiên Tomislav I …" names him soon after)
            if first == "vị", !words.dropFirst().prefix(5).contains(where: { $0.first?.isUppercase == true }) { return true }
            // ("Thành lập nước …", a timeline's deed, opens on a verb, not on "thành", a citadel)
            // ("Nhà hóa học Nga là Serge Kern …", "Nhà thực vật học John Gerard …": a trade of two or three syllables,
            // then the name)
            let tradeNamed = first == "nhà" && words.dropFirst(2).prefix(3)
                .prefix(while: { !["được", "bị", "đã", "có", "đang", "sẽ"].contains($0) })
                .contains(where: { $0.first?.isUppercase == true })
            if vietnameseTitles.contains(first), words.count >= 2, words[1].first?.isLowercase == true, !tradeNamed,
               !(words.count >= 3 && words[2].first?.isUppercase == true), !(verbMayOpen && opensOnBareVerb(words)) { return true }
            if words.count >= 2, vietnameseOpeners.contains(first + " " + words[1].lowercased()) { return true }
            // "Tình trạng này …", "Hiệp ước ấy …": a demonstrative closing the opening noun phrase.
            if words.prefix(4).dropFirst().contains(where: { vietnameseDemonstratives.contains($0.lowercased()) }) { return true }
            // "Một số người khác biên soạn …", "Các nước khác …": others than the ones the sentence before named
            // ("khác với", "khác nhau" compare; "khác biệt" is a noun)
            if let other = words.prefix(4).indices.dropFirst().first(where: { words[$0] == "khác" }),
               words[..<other].allSatisfy({ $0.first?.isLowercase == true }) || other >= 2 && first == "một",
               words.count > other + 1, !["với", "nhau", "biệt", "hẳn", "thường", "xa"].contains(words[other + 1].lowercased()) {
                return true
            }
            // "CLB lần đầu tiên tham dự cúp châu Âu": "the club", which one? ("CLB Bolton …" names it)
            if first == "clb", words.count >= 3, words[1].first?.isLowercase == true { return true }
            // "Đại học Ghana, Legon, nơi ông tốt nghiệp …": a name and a clause about it, with no verb of its own — the
            // place of a clause cut from "Ông học tại …, và Đại học Ghana, …"
            if let place = statement.range(of: ", nơi "), first.first != nil,
               case let head = Self.words(String(statement[..<place.lowerBound])), !head.isEmpty,
               head.indices.allSatisfy({ index in
                   head[index].first?.isUppercase == true || head[index].first?.isNumber == true
                       // ("Đại học": a name's common noun in sentence case)
                       || index > 0 && head[index - 1].first?.isUppercase == true
                       && VietnameseCompounds.isWord(head[index - 1], head[index])
               }) { return true }
            // "Mùa hạ ở đây …": "here" points at a place named elsewhere; so does "there" ("Người cầm quyền ở đó
            // Pribina …") unless a name came before it
            let lowerWords = words.map { $0.lowercased() }
            // ("… cũng đã tới đây làm việc", "… được du nhập vào đây …": "came here" as well)
            if zip(lowerWords, lowerWords.dropFirst()).contains(where: {
                ["ở", "tại", "nơi", "tới", "đến", "về", "sang", "vào"].contains($0.0) && $0.1 == "đây"
            }) {
                return true
            }
            if let at = lowerWords.indices.dropLast().first(where: { ["ở", "tại"].contains(lowerWords[$0]) && lowerWords[$0 + 1] == "đó" }),
               !words[1..<max(1, at)].contains(where: { $0.first?.isUppercase == true }) { return true }
            // "… trở thành sân nhà của đội", "… của câu lạc bộ": whose? a body named only by its kind, at the end
            if lowerWords.count >= 4, let of = lowerWords.lastIndex(of: "của"), of >= 1,
               vietnameseEndingKinds.contains(lowerWords[(of + 1)...].joined(separator: " ")) { return true }
            // "Úc được mời tham dự giải đấu": which tournament? One named only by its kind, closing the statement after
            // its verb ("là giải đấu …", "hai giải đấu" describe or count)
            if lowerWords.count >= 4, lowerWords.suffix(2) == ["giải", "đấu"],
               case let verb = lowerWords[lowerWords.count - 3], words[words.count - 3].first?.isLowercase == true,
               !["là", "các", "những", "một", "hai", "mọi", "mỗi", "nhiều"].contains(verb) { return true }
            // ("Một nghị định thư sửa đổi Bộ Luật của tổ chức được thông qua": the same, its verb after it)
            for of in lowerWords.indices.dropLast(2) where lowerWords[of] == "của" && of >= 1 {
                for length in [2, 1] where of + length + 1 < lowerWords.count
                    && vietnameseEndingKinds.contains(lowerWords[(of + 1)...(of + length)].joined(separator: " "))
                    && ["được", "bị", "đã"].contains(lowerWords[of + length + 1]) { return true }
            }
            // "… rút quân khỏi hòn đảo", "thành phố bị …": a place named only by its kind
            for index in lowerWords.indices.dropFirst()
            where unnamedPlaceKinds.contains(lowerWords[index - 1] + " " + lowerWords[index]) {
                // ("từ một con tàu đắm": one, not the one; "sông Gambia, … bờ bắc con sông": the one it named before)
                if index >= 2, ["một", "những", "các", "nhiều"].contains(lowerWords[index - 2]) { continue }
                if zip(lowerWords[..<(index - 1)], words[1..<max(1, index - 1)]).contains(where: {
                    $0.0 == lowerWords[index] && $0.1.first?.isUppercase == true
                }) { continue }
                // ("tàu sân bay" is a ship; "hai sân bay mới", "ba tờ báo": some, not the one; "một sân bay, sân bay này":
                // the one it just brought in)
                if index >= 2, lowerWords[index - 2] == "tàu" || SameHappening.numberWords.contains(lowerWords[index - 2])
                    || lowerWords[index - 2].allSatisfy(\.isNumber) { continue }
                if lowerWords[..<(index - 1)].indices.contains(where: { $0 >= 1 && lowerWords[$0 - 1] == lowerWords[index - 1]
                    && lowerWords[$0] == lowerWords[index] }) { continue }
                // ("sân bay quốc tế Nội Bài", "con tàu thủy Quaker City": a name after a word or two that describe it,
                // with no verb or comma between — "… với chủ bút tờ báo, Mark Twain rời …" — but a bracket may open the
                // name: "quần đảo (Islas Malvinas)")
                let next = words[(index + 1)...].prefix(3)
                if let named = next.firstIndex(where: { $0.first?.isUppercase == true }),
                   !words[(index + 1)..<named].contains(where: { ["của", "cho", "với", "và", "đến", "vào", "tại", "ở", "từ", "trong", "là",
                                                                 "đã", "được", "bị"].contains($0) }),
                   case let phrase = words[(index - 1)..<named].joined(separator: " "),
                   statement.contains(phrase + " " + words[named]) || statement.contains(phrase + " (" + words[named]) {
                    continue
                }
                return true
            }
            // "ngôi miếu thờ cô hồn này", "nước này": a noun pointed at, not named, anywhere in the statement —
            // unless it points back inside it: its noun came earlier ("Đảng Nhân dân … đảng này"), or it follows
            // the comma of a statement that opens with a name ("Pháp tuyên bố …, nơi này …").
            // ("Mặc dù …", "Tuy …": a subordinate clause opens it, not a name)
            let subordinate = ["mặc", "tuy", "dù", "nếu", "khi", "sau", "trước", "vì", "do", "bởi"].contains(first)
            let opensWithName = words[0].first?.isUppercase == true && !vietnameseOpeners.contains(first)
                && !FunctionWords.all.contains(first) && !subordinate || britain
            for index in words.indices.dropFirst() where ["này", "ấy"].contains(words[index]) {
                let noun = words[index - 1]
                guard noun.first?.isLowercase == true else { continue }
                // "… lật đổ Tổng thống Paz Estenssoro khi ông này …": a person named just before
                if ["ông", "bà", "người"].contains(noun),
                   NameFinder.names(in: words[..<(index - 1)].joined(separator: " "), language: .vi).contains(where: { $0.contains(" ") }) {
                    continue
                }
                let earlier = words[..<(index - 1)].map { $0.lowercased() }
                // ("… chiến tranh khác …, tuy thế nội chiến này": the whole noun, "nội chiến", must come earlier)
                if index >= 2, words[index - 2].first?.isLowercase == true, !FunctionWords.all.contains(words[index - 2]) {
                    let phrase = words[index - 2].lowercased() + " " + noun
                    if (" " + earlier.dropLast().joined(separator: " ") + " ").contains(" " + phrase + " ") { continue }
                } else if earlier.contains(noun) { continue }
                if opensWithName, index >= 4, let at = statement.range(of: noun + " " + words[index]),
                   statement[..<at.lowerBound].contains(",") { continue }
                return true
            }
            // "Lãnh thổ có quan hệ mậu dịch …", "Câu lạc bộ giành cú đúp …": a place or body named only by its kind
            // (which one? the text named it sentences before); a name right after it says which
            // ("Các cuộc bầu cử được tổ chức riêng biệt …": the same in the plural)
            let plural = ["các", "những"].contains(first) ? 1 : 0
            for parts in vietnameseKindNounParts {
                guard words.count > plural + parts.count + 1,
                      lowerWords.dropFirst(plural).prefix(parts.count).elementsEqual(parts) else { continue }
                let after = words[(plural + parts.count)...].prefix(3)
                // ("Câu lạc bộ giành Copa del Rey …": a verb right after the kind makes it the subject, whatever name
                // follows the verb)
                if after.first?.first?.isLowercase == true,
                   !after.contains(where: { $0.first?.isUppercase == true }) || opensOnVerb(Array(after)),
                   !["này", "ấy", "đó", "của", "mới", "thứ", "đầu", "trưởng"].contains(after.first!) { return true }
                break  // (the longest kind that opens the statement decides: "Sân bay Fukuoka …" is no "sân" + "bay")
            }
            // "Hệ thống đi vào hoạt động", "Dự án được khởi công": a noun that usually takes a describing phrase ("Hệ
            // thống tổng hợp giọng nói …", "Kế hoạch xây dựng Đài Bắc 101 …") points back only when a verb's marker or
            // an intransitive verb follows it at once
            // ("Công trình bước đầu đưa vào sử dụng …", "Tiến trình tiến thêm một bước …": an adverb or a verb of going on)
            let bareHeadNext: Set<String> = ["được", "đã", "bị", "đang", "sẽ", "chính", "bắt", "đi", "ra", "hoàn", "kết",
                                             "bước", "tiến", "vừa", "thông"]
            for parts in vietnameseBareHeadParts where words.count > parts.count + 1 && lowerWords.starts(with: parts)
                && bareHeadNext.contains(lowerWords[parts.count]) { return true }
            // "Đài đưa vào sử dụng trạm phát sóng …", "Đội hợp nhất với …": a place or a body named only by its kind,
            // with its verb at once (which station, which team? the text named it sentences before)
            for parts in vietnameseVerbKindParts where words.count > parts.count + 1 && lowerWords.starts(with: parts)
                && opensOnVerb(Array(words[parts.count...].prefix(2))) { return true }
            // "Nằm ở bờ biển phía đông của Úc, thành phố được thiết lập …": the same after a fronted phrase and its comma
            // (and "Đời vua Quang Trung, chùa được xây dựng lớn …": a reign or a time before it)
            if ["nằm", "là", "với", "sau", "trong", "dưới", "tại", "ở", "khi", "trước", "nhờ", "do", "vì", "bên", "từ", "đời",
                "thời", "vào", "đến", "cuối", "đầu", "giữa", "qua"]
                .contains(first), let comma = statement.range(of: ", ") {
                let clause = self.words(String(statement[comma.upperBound...]))
                let lowerClause = clause.map { $0.lowercased() }
                for parts in vietnameseKindNounParts + vietnameseVerbKindParts
                where clause.count > parts.count + 1 && lowerClause.starts(with: parts) {
                    let next = lowerClause[parts.count]
                    if ["được", "bị", "đã", "trở", "là", "có", "bắt", "chính", "vẫn", "đang", "cũng"].contains(next) { return true }
                }
            }
            // "Tại Trực Cô đã thiết lập …": a place and a verb's marker, with no one who did it
            if ["tại", "ở"].contains(first) {
                let name = words.dropFirst().prefix { $0.first?.isUppercase == true }
                if (1...4).contains(name.count), words.count > name.count + 2,
                   ["đã", "được", "bị"].contains(words[name.count + 1].lowercased()),
                   statement.contains(name.joined(separator: " ") + " " + words[name.count + 1]) { return true }
                // ("Tại Ấn Độ lần đầu tiên đã nhập …": a few adverbs between the place and the marker)
                if (1...4).contains(name.count), let marker = words.indices.dropFirst(name.count + 2).prefix(3).first(where: {
                    ["đã", "được", "bị"].contains(words[$0].lowercased())
                }), words[(name.count + 1)..<marker].allSatisfy({ $0.first?.isLowercase == true }),
                   ["lần", "cũng", "mới", "vẫn", "từng", "đầu", "tiên", "lại"].contains(words[name.count + 1].lowercased()) {
                    return true
                }
                // "Tại Flint, Michigan Mỹ làm 115 người chết": a place, then what happened there with no one or nothing
                // that did it
                if (1...4).contains(name.count), words.count > name.count + 2, words[name.count + 1] == "làm",
                   words[name.count + 2].allSatisfy(\.isNumber) { return true }
            }
            // A verb with its subject cut off ("Chết vì mắc bệnh tim …", "Đánh bại quân Minh …"), also after an
            // adverb ("Cuối cùng trở thành ngôn ngữ chính thức …", "Dần bị đồng hoá …") — unless a timeline's entry
            // names a deed by its verb ("1930: Thành lập Đảng Cộng sản Việt Nam").
            // (a deed: "Thêm đồng 5 Krona …", "Gọi là …" name no happening, and who did them is unsaid)
            return opensOnBareVerb(words) && !(verbMayOpen && opensOnDeed(words))
        case .en:
            if englishOpeners.contains(first) { return true }
            // "For example, since the 1980s, …": an example of what the sentence before said
            if words.count >= 2, first == "for", ["example", "instance"].contains(words[1].lowercased()) { return true }
            // "One notable success came …": one of those the sentence before listed
            if words.count >= 3, first == "one", words[1].first?.isLowercase == true,
               !["of", "day", "night", "year", "month", "week", "morning", "evening", "afternoon"].contains(words[1]) {
                return true
            }
            // "An approved version was sent to the states": something indefinite, and nothing named anywhere
            if ["a", "an"].contains(first), !words.dropFirst().contains(where: { $0.first?.isUppercase == true }) { return true }
            // "A second, by Mickey Newbury, …", "The latter …": one of something named elsewhere
            if words.count >= 2, ["a second", "a third", "the second", "the third", "the latter", "the former",
                                  "the same", "the rest", "the remainder"].contains(first + " " + words[1].lowercased()) {
                return true
            }
            // "Declared war on Britain …", "Was awarded to …": a verb with its subject cut off.
            if first != "born", EnglishVerb.isPastBe(first) || (EnglishVerb.base(ofPast: first) != nil && !first.hasSuffix("ing")) {
                return true
            }
            // "First produced by E.E. Clive in Hollywood", "Successfully reopened on Broadway": an adverb, then the verb
            // whose subject was cut off
            if words.count >= 3, first.hasSuffix("ly") || ["first", "later", "once", "subsequently", "eventually", "finally",
                                                           "then", "also", "again", "soon"].contains(first),
               case let verb = words[1].lowercased(), words[1].first?.isLowercase == true,
               words[2].first?.isUppercase != true,  // ("Newly appointed General Washington arrived …": a modifier)
               EnglishVerb.isPastBe(verb) || EnglishVerb.base(ofPast: verb) != nil && !verb.hasSuffix("ing") {
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
    static func hasDanglingPronoun(_ words: [String], language: Language, people: Set<String> = [], statement: String = "") -> Bool {
        switch language {
        case .en:
            // "it", "them", "him" need something before them in the statement to point at: a person for "him"
            // ("Stahl obtained evidence which led him to …"), a name or a noun phrase after a few words for "it" and
            // "them" ("Claridge patented the use of Seyssel asphalt, having seen it employed …").
            for (index, word) in words.enumerated().dropFirst() where ["it", "them", "him"].contains(word) {
                let before = Array(words[..<index])
                let text = before.joined(separator: " ")
                if word == "him" {
                    let person = mentionsAny(people, in: text)
                        || NameFinder.names(in: text, language: .en).contains { NameKind.of($0, language: .en) == .person }
                    if !person { return true }
                } else {
                    // only in a later clause of the statement (after a comma or a bracket) that points back at the first
                    guard index >= 4, let at = statement.range(of: " " + word + " ") ?? statement.range(of: "(" + word + " ")
                            ?? statement.range(of: " " + word + "."),
                          let clauseEnd = statement[...at.lowerBound].lastIndex(where: { $0 == "," || $0 == "(" })
                    else { return true }
                    let head = String(statement[..<clauseEnd])
                    let noun = StatementShape.words(head).contains { ["the", "a", "an"].contains($0.lowercased()) }
                        || !NameFinder.names(in: head, language: .en).isEmpty
                    if !noun { return true }
                }
            }
            // "… developed from here": a place named elsewhere
            if zip(words, words.dropFirst()).contains(where: { $0.0.lowercased() == "from" && ["here", "there"].contains($0.1) }) {
                return true
            }
            // "the word", "the proposed change", "the film": a thing named only by what it is, pointing back at a
            // sentence the card does not show (unless the name follows: "the word 'adobe'", "the law of 1850")
            for index in words.indices.dropLast() where words[index].lowercased() == "the" {
                var head = index + 1
                if head + 1 < words.count, ["proposed", "new", "same", "said", "above", "former", "latter"].contains(words[head]) { head += 1 }
                guard Self.englishBackPointingNouns.contains(words[head]) else { continue }
                let next = head + 1 < words.count ? words[head + 1] : ""
                if next == "of" || next.first?.isUppercase == true { continue }
                if let at = statement.range(of: "the " + words[index + 1...head].joined(separator: " ")),
                   statement[at.upperBound...].hasPrefix(" \"") || statement[at.upperBound...].hasPrefix(" '")
                    || statement[at.upperBound...].hasPrefix(" “") { continue }
                return true
            }
            // "In their research, they showed …": a possessive with no one named before it
            for (index, word) in words.enumerated() where ["their", "his", "her"].contains(word) {
                let before = words[..<index].joined(separator: " ")
                // ("A Loyalist wing of his army …": a capitalised word describing a noun after it — "Loyalist wing",
                // "British forces" — is no one "his" or "her" can stand for)
                let names = NameFinder.names(in: before, language: .en).filter { name in
                    word == "their" || name.contains(" ") || !describesNoun(name, in: words[..<index])
                }
                // ("In 1876, who named … in his Grundriss …?": the one asked for)
                let named = !names.isEmpty || words[..<index].contains("who")
                    || mentionsAny(people, in: before)
                    || index > 0 && words[0].first?.isUppercase == true && !englishOpeners.contains(words[0].lowercased())
                        && !["The", "A", "An", "In", "On", "At", "By", "After", "During"].contains(words[0])
                if !named { return true }
            }
            // "the Houston Texans were then added", "About the same time …": a time that points at another sentence
            // ("…, then …" and "and then" order the statement's own clauses)
            let padded = " " + words.map { $0.lowercased() }.joined(separator: " ") + " "
            if statement.contains(" then "), !statement.contains(", then "), !statement.contains("and then "),
               !padded.hasPrefix(" if ") { return true }
            if [" the same time ", " that time ", " the same year ", " the same day ", " the same period ", " of that year ",
                " the two ", " the former ", " the latter ", " the aforementioned "]
                .contains(where: padded.contains) { return true }
            // "About 825, he wrote …": a subject pronoun with no person named before it ("Upon landing in Antwerp, he
            // …": a place is no one)
            for (index, word) in words.enumerated() where ["he", "she", "they"].contains(word) {
                let before = words[..<index].joined(separator: " ")
                let names = NameFinder.names(in: before, language: .en).filter { $0.first?.isUppercase == true }
                if names.isEmpty { return true }
                if word != "they", !mentionsAny(people, in: before),
                   !names.contains(where: { NameKind.of($0, language: .en) == .person }),
                   ["Upon", "On", "After", "In", "At", "During", "Before", "While", "When"].contains(words[0]) { return true }
            }
            // "In light of this, Parliament voted …", "Because of this, …": "this" standing for what the sentence before told
            let lowered = words.map { $0.lowercased() }
            for index in lowered.indices where lowered[index] == "this" && index >= 1
                && ["of", "after", "despite", "to", "with", "from"].contains(lowered[index - 1])
                && (index + 1 == words.count || words[index + 1].first?.isUppercase == true) { return true }
            // "these investigations", "this victory": a demonstrative pointing outside the statement.
            return zip(words, words.dropFirst()).contains { pair in
                ["these", "this", "those", "such"].contains(pair.0) && pair.1.first?.isLowercase == true
                    && !["year", "day", "month", "century", "decade"].contains(pair.1)
            }
        case .vi:
            for (index, word) in words.enumerated().dropFirst() where ["ông", "bà", "họ", "hắn", "nó", "cô"].contains(word) {
                let next = index + 1 < words.count ? words[index + 1] : ""
                // "ông Hồ Học Lãm": a title (not "nó" across a comma: "… với nó, NGC 5195, …" names what goes with it; "quê
                // hương ông, Málaga" names the home town of the person the text is about)
                guard next.first?.isUppercase != true || word == "nó" && statement.contains(" nó,") else { continue }
                // "em họ" (a cousin), "dòng họ" (a clan), "họ hàng": the word, not the pronoun
                if word == "họ", ["em", "anh", "chị", "dòng", "tên", "cùng", "đổi", "nội", "ngoại"].contains(words[index - 1].lowercased())
                    || word == "họ" && next == "hàng" { continue }
                // "Nadal và Federer … giữa họ": "they" after two names
                let before = words[..<index].joined(separator: " ")
                // ("Thiên hà đồng hành với nó, …": a common word capitalised only because it opens the statement names
                // nothing "nó" could stand for)
                let commonOpening = words.count >= 2 && words[1].first?.isLowercase == true
                    && VietnameseCompounds.isWord(words[0].lowercased(), words[1])
                let names = NameFinder.names(in: before, language: .vi).filter { !(word == "nó" && commonOpening && $0 == words[0]) }
                let opening = words[0].first?.isUppercase == true && !names.contains { $0.hasPrefix(words[0]) } ? 1 : 0
                if word == "họ", names.count + opening >= 2 { continue }
                // "Tổng thống Paz Estenssoro khi ông này …": "this man" right after a full name
                if word != "họ", next == "này" || next == "ấy", names.contains(where: { $0.contains(" ") }) { continue }
                // "Hemingway đã cưới Mary Welsh, người ông đã gặp …": a person of the text named before it;
                // "nó" (it) may point at any thing the statement named before it.
                // (a name opening the statement is no `NameFinder` name, so the text's people are looked up as words)
                let person = word != "họ" && mentionsAny(people, in: before)
                // ("Nhật Bản đầu hàng Trung Quốc …, và nó đã trở thành …": with two names before it, "nó" may be either)
                let named = person || names.contains { NameKind.of($0, language: .vi) == .person }
                    || (word == "nó" && names.count == 1)
                if !named { return true }
            }
            // "Khi từ Mỹ trở về Đài Loan, anh đã tới …": "anh", "chị" after a fronted clause is a person named elsewhere
            // (not "anh hùng", "anh em", "anh trai": a noun of its own)
            if fellowPronoun(after: statement) != nil, !mentionsAny(people, in: String(statement.prefix(while: { $0 != "," }))) {
                return true
            }
            let lower = words.map { $0.lowercased() }
            // "Việc sử dụng chúng đã giảm …": "they" in the subject, for things named in another sentence ("chúng ta",
            // "chúng tôi" are we; "dân chúng", "quần chúng" the public; later in the statement it may point at its own
            // subject: "Tuyến xe điện … tái sử dụng chúng")
            for index in lower.indices.dropFirst().prefix(3) where words[index] == "chúng" && !["dân", "quần", "công"].contains(lower[index - 1]) {
                let next = index + 1 < lower.count ? lower[index + 1] : ""
                if !["ta", "tôi", "mình", "em", "con", "cháu", "sinh"].contains(next) { return true }
            }
            // "… chống cuộc xung đột này", "vụ việc đó": a happening pointed at, told in another sentence
            for index in lower.indices where ["cuộc", "vụ"].contains(lower[index]) {
                let phrase = lower[(index + 1)...].prefix(3)
                if let at = phrase.firstIndex(where: { ["này", "đó", "ấy"].contains($0) }), at > index + 1,
                   words[(index + 1)..<at].allSatisfy({ $0.first?.isLowercase == true }) { return true }
            }
            // "Thuật ngữ máy tính cá nhân nêu trên …": "mentioned above" points at the sentences before
            let padded = " " + lower.joined(separator: " ") + " "
            if [" nêu trên ", " kể trên ", " nói trên ", " trên đây ", " như trên "].contains(where: padded.contains) { return true }
            // "Kể từ phong trào địa phương hóa tại Đài Loan bắt đầu": a "since" clause whose main clause was not kept
            if lower.count >= 3, lower[0] == "kể", lower[1] == "từ", !statement.contains(",") { return true }
            // "Một toán quân như thế …": "such" in the subject points at the sentence before ("như thế nào" asks how)
            for index in lower.indices.prefix(5).dropFirst() where index + 1 < lower.count && lower[index] == "như"
                && ["thế", "vậy"].contains(lower[index + 1]) && (index + 2 >= lower.count || lower[index + 2] != "nào") {
                return true
            }
            return false
        }
    }

    /// Is the one-word `name` used, in `words`, only as a word describing the noun after it ("Loyalist wing", "British
    /// forces"), never alone or owning ("Washington's army")?
    static func describesNoun(_ name: String, in words: ArraySlice<String>) -> Bool {
        if name.hasSuffix("'s") || name.hasSuffix("’s") { return false }
        let at = words.indices.filter { words[$0] == name }
        return !at.isEmpty && at.allSatisfy { index in
            index + 1 < words.endIndex && words[index + 1].first?.isLowercase == true
                && !FunctionWords.all.contains(words[index + 1]) && !isEnglishVerb(words[index + 1])
        }
    }

    /// Nouns "anh" and "chị" begin ("anh hùng", a hero; "anh em", brothers): after them the word is no pronoun.
    static let fellowNouns: Set<String> = ["hùng", "em", "trai", "chị", "rể", "họ", "dũng", "minh", "tài", "hào", "kiệt",
                                          "linh", "đào", "văn", "ngữ", "quốc", "cả", "ruột", "vợ", "chồng", "hai", "gái",
                                          "dâu", "nuôi", "thư", "hoa", "ngã"]

    /// The pronoun "anh" or "chị" (as the statement writes it) right after the first comma of a Vietnamese statement,
    /// before a word in lower case that makes no noun with it: "Khi từ Mỹ trở về Đài Loan, anh đã tới …"; nil otherwise.
    static func fellowPronoun(after statement: String) -> String? {
        guard let comma = statement.range(of: ", ") else { return nil }
        let rest = StatementShape.words(String(statement[comma.upperBound...]))
        guard rest.count >= 2, ["anh", "chị"].contains(rest[0]), rest[1].first?.isLowercase == true,
              !fellowNouns.contains(rest[1]) else { return nil }
        return rest[0]
    }

    /// Does `text` name one of `people` as a whole word before its end ("Hemingway đã cưới …")?
    static func mentionsAny(_ people: Set<String>, in text: String) -> Bool {
        people.contains { text.hasPrefix($0 + " ") || text.contains(" " + $0 + " ") }
    }

    /// Past participles of verbs that need an object: after a bare noun and before a preposition they open a reduced
    /// relative clause ("a tablet found on …"), not a predicate.
    static let englishObjectParticiples: Set<String> = [
        "found", "discovered", "built", "made", "written", "published", "named", "located", "known", "called", "used",
        "excavated", "unearthed", "carved", "painted", "erected", "placed", "kept", "held", "housed", "dated",
    ]

    /// English nouns that, after "the" alone, point back at a thing named in another sentence.
    static let englishBackPointingNouns: Set<String> = [
        "word", "term", "change", "changes", "proposal", "law", "decision", "plan", "idea", "technique", "method",
        "book", "film", "song", "album", "project", "theory", "device", "invention", "discovery", "incident",
        "agreement", "treaty", "document", "standard", "score", "rivalry", "earthquake", "couple", "pair",
        "brothers", "sisters", "ploy", "series", "scheme", "move", "policy", "amendment", "play", "novel", "bill", "trek",
    ]

    static let vietnameseOpeners: Set<String> = [
        "ông", "bà", "họ", "nó", "hắn", "anh", "chị", "cô", "chúng", "y", "đây", "đó", "ấy", "này", "kia",
        "thì", "nên", "còn", "mới", "và", "nhưng", "mà", "là", "cũng", "tuy", "song", "rồi", "lại", "vẫn", "đều",
        "đã", "được", "bị", "sẽ", "đang", "từng", "chưa", "không", "lần", "việc", "điều", "chuyện", "cùng", "hai",
        "cả", "để", "của", "theo đó", "sau đó", "từ đó", "khi đó", "lúc đó", "do đó", "vì vậy", "vì thế", "tuy nhiên",
        "ngoài ra", "bên cạnh", "cùng năm", "cùng ngày", "cùng lúc", "người này", "vị này", "nay", "hiện nay",
        "ngày nay", "hiện tại", "hiện", "bạn", "chính thức", "sau này", "về sau", "số lượng", "chỉ", "thật ra", "thực ra",
        "cậu", "cậu bé", "cô bé", "chàng", "nàng", "cụ", "lão", "rằng", "ví dụ", "chẳng hạn", "cùng thời gian",
        "quả nhiên", "thật vậy", "rõ ràng", "tất cả",
        // "Hay vụ bắt cóc … do mật vụ … thực hiện": the other half of a choice the sentence before began
        "hay", "hoặc",
        // "Như Nội các Ngô Đình Diệm cải tổ …", "Như Pierre-Simon Laplace đã cải thiện …": an example or a likeness of
        // something the sentence before told
        "như",
        "cùng thời điểm", "cùng thời kỳ", "sau đấy", "từ đấy", "khi đấy", "lúc đấy", "do đấy", "đấy",
        "nhờ vậy", "nhờ đó", "nhờ thế", "bởi vậy", "bởi thế", "do vậy",
        // "Ghi chú rằng Công quốc Lorraine …", "Lưu ý rằng …": a note to the reader, not what happened
        "ghi chú", "lưu ý", "chú ý", "cần lưu",
        // "Ngoại trừ North Woolwich … đã chuyển sang Newham năm 1965": the exception to a rule the sentence before told
        "ngoại trừ", "trừ khi",
    ]
    /// Titles that open a statement about a named ruler ("Vua Lê Lợi") or stand for one ("Nhà vua đồng ý").
    static let vietnameseTitles: Set<String> = ["vua", "nhà", "hoàng", "chúa", "tướng", "quân", "thành", "đất", "sư", "hòn"]

    /// Do Vietnamese `words` open on a title or a kind of person before small letters ("Nhà thiên văn học Johannes
    /// Kepler …", "Quân đội Pháp …")? Its capital is only the sentence's: moved inside a question, it takes a small
    /// letter. (A compound that heads a name keeps it: "Chính phủ Việt Nam", "Chiến tranh Nha phiến".)
    static func opensOnCommonNoun(_ words: [String]) -> Bool {
        guard words.count >= 2, words[1].first?.isLowercase == true, let first = words.first,
              first.dropFirst().allSatisfy({ !$0.isUppercase }) else { return false }
        return vietnameseTitles.contains(first.lowercased())
    }
    /// The verbs of a change to the administrative map, said with the state as the unnamed actor ("Chia …", "Sáp
    /// nhập …", "Thành lập thêm …"), lowercased, as word lists.
    static let administrativeActs: [[String]] = [
        "chia", "chia tách", "tách", "nhập", "sáp nhập", "hợp nhất", "chuyển", "đổi tên", "đổi", "lập", "thành lập",
        "tái lập", "giải thể", "nâng cấp", "điều chỉnh", "công nhận",
    ].map { $0.split(separator: " ").map(String.init) }
    /// Units of the administrative map from the province down to the district, as word lists (a commune's or a
    /// ward's change is local detail: readers of sets S and T judged it trivia).
    static let administrativeUnits: [[String]] = [
        "tỉnh", "thành phố", "thị xã", "huyện", "quận", "phủ", "châu", "hạt", "đặc khu", "trấn", "đạo", "lộ",
    ].map { $0.split(separator: " ").map(String.init) }

    /// Groups named only by what they are ("Bọn phát xít", "Chính quyền", "Quân đội"), and their first words.
    static let unnamedGroups = ["bọn", "chính phủ", "chính quyền", "quân đội", "quân", "người dân", "phe", "lực lượng",
                                "nhà nước", "nghĩa quân", "phiến quân", "giới"]
    private static let unnamedGroupOpenings = Set(unnamedGroups.compactMap { $0.split(separator: " ").first.map(String.init) })

    /// The first words of `administrativeActs`.
    private static let administrativeOpenings = Set(administrativeActs.compactMap(\.first))
    private static let smallCounts: Set<String> = ["hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"]

    /// Does a Vietnamese statement open on the verb of a happening (`vietnameseHappenings`: "Thành lập …", "Ký …")?
    static func opensOnDeed(_ words: [String]) -> Bool {
        guard let first = words.first?.lowercased() else { return false }
        let pair = words.count >= 2 ? first + " " + words[1].lowercased() : first
        return vietnameseHappenings.contains(pair) || vietnameseHappenings.contains(first) && first.count > 2
    }

    /// Does a Vietnamese statement open on a verb with no subject before it ("Đánh bại quân Minh …", "Cuối cùng trở
    /// thành …", "Khánh thành Nhà máy …")?
    static func opensOnBareVerb(_ words: [String]) -> Bool {
        guard let first = words.first?.lowercased() else { return false }
        var verbAt = 0
        if words.count >= 3, vietnameseLeadingAdverbs.contains(first + " " + words[1].lowercased()) { verbAt = 2 }
        else if vietnameseLeadingAdverbs.contains(first) { verbAt = 1 }
        guard words.count >= verbAt + 2 else { return false }
        let verb = words[verbAt].lowercased()
        if verb == "thành", words[verbAt + 1] == "lập" { return true }  // "Thành lập 4 khu phố …" (not "Thành phố")
        if verb == "sáng", words[verbAt + 1] == "lập" { return true }  // "Sáng lập Vương quốc Hungary" (not "Sáng ngày")
        if verb == "tốt", words[verbAt + 1] == "nghiệp" { return true }  // "Tốt nghiệp với bằng ưu hạng" (who?)
        // "Bãi bỏ các hình phạt …" (not "Bãi biển"), "Khánh thành …", "Công bố …" (not "Công ty")
        if ["bãi bỏ", "công bố", "khởi công", "khai trương", "phê chuẩn", "khánh thành", "ban hành", "dự tính", "dự định",
            "tập kết", "giới thiệu"]
            .contains(verb + " " + words[verbAt + 1].lowercased()) { return true }
        // "Liên kết với EFTA" (not "Liên bang"), "Độc lập khỏi Bồ Đào Nha", "Ký Hiệp định …": verbs whose next word
        // may be a capital
        if verb == "liên", words[verbAt + 1] == "kết" { return true }
        // "Làm Phó Chánh văn phòng Chính phủ", "Làm Chủ tịch Đảng …": serving as an office named with capitals (who?)
        if verb == "làm", words[verbAt + 1].first?.isUppercase == true,
           ["Phó", "Chủ", "Thủ", "Bộ", "Tổng", "Chánh", "Trưởng", "Giám", "Thị", "Tỉnh", "Đại", "Ủy", "Bí"].contains(words[verbAt + 1]) {
            return true
        }
        if verb == "độc", words[verbAt + 1] == "lập", words.count > verbAt + 2, words[verbAt + 2] == "khỏi" { return true }
        if verb == "ký", ["Hiệp", "Hòa", "Hoà", "Công", "Nghị", "Thỏa", "Thoả"].contains(words[verbAt + 1]) { return true }
        // "Phát xít Đức", "Kết quả là …", "Phong trào Cần Vương …": nouns that open on a verb's syllable ("Bầu cử
        // quốc hội Burundi", a year's entry, stays a deed named by its verb)
        if Self.nounsOnVerbSyllables.contains(verb + " " + words[verbAt + 1].lowercased()) { return false }
        // "Thêm đồng 5 Krona bằng vàng" (who added it?); "Thêm những vụ bạo động bùng nổ" is "more riots broke out"
        if verb == "thêm" {
            let next = words[verbAt + 1].lowercased()
            return !["những", "các", "nhiều", "một", "hai", "ba", "vài", "mấy"].contains(next) && !next.allSatisfy(\.isNumber)
        }
        return vietnameseOpeningVerbs.contains(verb)
            && (words[verbAt + 1].first?.isLowercase == true || words[verbAt + 1].first?.isNumber == true)
    }

    /// "Chia huyện Kim Thi thành 2 huyện: Kim Động và Ân Thi", "Lập thêm phủ Lạng Giang", "Chuyển 2 huyện: Lục Ngạn,
    /// …": an administrative act (the state is its actor) on a unit named right after its kind — not "Chia tỉnh để
    /// …", "Đổi thành Hội quán …" or "Chia về phủ …", which do not say what was divided or renamed.
    static func isAdministrativeAct(_ words: [String]) -> Bool {
        // (most statements open on another word: read no further)
        guard let opening = words.first?.lowercased(), administrativeOpenings.contains(opening) else { return false }
        let lower = words.prefix(10).map { $0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ":,")) }
        guard let act = administrativeActs.filter({ lower.starts(with: $0) }).max(by: { $0.count < $1.count }) else {
            return false
        }
        var index = act.count
        // "Lập thêm …", "Lập ra …", "Thành lập lại …", then "các", "2", "hai" before the unit
        while index < lower.count, ["thêm", "ra", "lại", "mới", "các", "những"].contains(lower[index])
            || lower[index].allSatisfy(\.isNumber) || smallCounts.contains(lower[index]) { index += 1 }
        guard let unit = administrativeUnits.filter({ lower[index...].starts(with: $0) })
            .max(by: { $0.count < $1.count }) else { return false }
        index += unit.count
        // the unit's name: a capital within two words ("hạt tham biện Rạch Giá"), or a list after a colon ("5 xã: …")
        if index - 1 < words.count, words[index - 1].hasSuffix(":") { return index < words.count && words[index].first?.isUppercase == true }
        return words[index..<min(words.count, index + 3)].contains { $0.first?.isUppercase == true }
            && !words[index..<min(words.count, index + 3)].prefix(while: { $0.first?.isUppercase != true })
                .contains { ["thành", "vào", "về", "để", "của", "từ"].contains($0.lowercased()) }
    }

    /// Letters only Vietnamese writes (not French, Spanish or German): the breve, the horn, "đ", and the dot below,
    /// the hook above and the tilde on vowels.
    static let vietnameseLetters: Set<Character> = Set("ăắằẳẵặạảấầẩẫậđẹẻẽếềểễệỉịĩọỏốồổỗộơớờởỡợụủũưứừửữựỳỵỷỹ")

    /// Do the statement's `words` read as Vietnamese: a letter only Vietnamese writes, or two lower-case words that
    /// make a Vietnamese word ("chia tay", "máy bay")? A short statement is given the benefit of the doubt.
    static func readsAsVietnamese(_ words: [String]) -> Bool {
        guard words.count >= 4 else { return true }
        if words.contains(where: { $0.lowercased().contains(where: vietnameseLetters.contains) }) { return true }
        // (the list of word pairs holds foreign ones too: "of the", "de la")
        let foreign: Set<String> = ["the", "of", "in", "on", "and", "to", "a", "an", "de", "la", "le", "les", "des", "du",
                                    "et", "el", "los", "las", "y", "der", "die", "das", "und", "von", "da", "do", "di"]
        return zip(words, words.dropFirst()).contains { pair in
            pair.0.first?.isLowercase == true && pair.1.first?.isLowercase == true && VietnameseCompounds.isWord(pair.0, pair.1)
                && !foreign.contains(pair.0) && !foreign.contains(pair.1)
        }
    }

    /// Nouns whose first syllable is one of `vietnameseOpeningVerbs`.
    static let nounsOnVerbSyllables: Set<String> = [
        "phát xít", "kết quả", "phong trào", "hợp đồng", "học sinh", "học viện", "học thuyết", "học giả",
        "giải thưởng", "giải đấu", "ban nhạc", "ban chấp", "ban lãnh", "lập trường", "tiến trình", "thực dân", "thực tế",
        "thực phẩm", "xuất xứ", "kết cấu", "sinh viên", "sinh vật", "chứng khoán", "gia đình", "gia tộc",
        "cử tri", "tiếp viên", "ban giám",
    ]

    /// Verbs that open a Vietnamese clause only when its subject was lost.
    static let vietnameseOpeningVerbs: Set<String> = [
        "chết", "mất", "qua", "sinh", "lên", "trở", "tham", "rời", "đánh", "tiến", "rút", "ký", "gửi", "viết", "nhận",
        "giữ", "lập", "phong", "cử", "bổ", "bầu", "thắng", "thua", "kết", "cưới", "lấy", "chiếm", "xây", "ban", "ra",
        "đổi", "tách", "chuyển", "sáp", "xảy", "diễn", "kéo", "tuyên", "giành", "đạt", "có", "chứng", "gia", "ủng",
        "trải", "đoạt", "vô", "bắt", "quay", "kêu", "rơi", "đưa", "mở", "đóng", "hoàn", "thực", "tiếp", "toạ", "tọa",
        "gợi", "tạo", "chia", "nhập", "giải", "hợp", "làm", "gây", "trốn", "chôn", "cho", "dựng", "xuất", "phát",
        "học", "sống", "dạy", "giết", "bỏ", "bị", "tăng", "giảm", "tấn", "giam", "ám", "bắn", "phá", "thả", "cấm",
        "trao", "nổ", "sụp", "xâm", "vượt", "đổ", "bùng", "đặt", "tràn", "tiêu", "trúng", "đắc", "nhậm",
        "ngưng", "ngừng", "dùng", "gọi", "đúc", "chấm", "hủy", "huỷ", "chụp",
        // "Thi đấu giao hữu với …", "Bay đến Sao Mộc …", "Du học ở Pháp", "Ghi bàn …" (who?)
        "thi", "bay", "du", "ghi", "biểu", "phục",
        // "Xuống hạng Third Division …", "Thăng hạng …", "Dời trụ sở về Wien" (whose?)
        "xuống", "thăng", "dời",
        // "Kiêm thêm tiết độ sứ Tĩnh Hải quân …" (who held it too?)
        "kiêm",
    ]
    /// Verbs of something that happens (Vietnamese, one or two syllables): a statement dated only to a decade or a
    /// century with none of them tells a state, a trend or a style ("Gốm hoa lam có sắc xanh đen", "Áp lực … gia
    /// tăng"), not a happening an exam would date.
    static let vietnameseHappenings: [String] = [
        "bắt đầu", "kết thúc", "thành lập", "xuất hiện", "ra đời", "xây", "chiếm", "đánh", "trở thành", "du nhập", "truyền",
        "đi vào",
        "lan", "suy", "sụp", "diệt", "lập", "dời", "chuyển", "ký", "ban hành", "cai trị", "thống nhất", "chia", "tách",
        "sáp nhập", "đổi", "phát minh", "phát hiện", "xuất bản", "sáng tác", "viết", "đến", "tới", "di cư", "định cư", "mở",
        "xâm", "tấn công", "chinh phục", "khởi", "nổi dậy", "giành", "mất", "thua", "thắng", "hình thành", "phát triển",
        "bùng", "cải", "đưa", "nhập", "tham gia", "gia nhập", "phát hành", "công bố", "tuyên bố", "bầu", "lên ngôi",
        "qua đời", "sinh", "cưới", "kết hôn", "giải thể", "bãi bỏ", "thông qua", "phê chuẩn", "khánh thành", "hoàn thành",
        "khai trương", "thay thế", "chấm dứt", "tái lập", "bổ nhiệm", "ám sát", "trao", "rút", "hạ thủy", "phóng", "tiến hành",
        "được", "bị", "đặt", "dựng", "ra", "về", "sang", "lên", "trục xuất", "cấm", "ngừng", "thôn tính", "độc lập",
        "tuyên chiến", "đầu hàng", "ký kết", "nhượng", "bán", "mua", "đúc", "in", "dịch", "giới thiệu", "sản xuất",
        "xuất khẩu", "phổ biến", "thịnh hành", "cách mạng", "khai quật", "khám phá", "tìm ra", "chế tạo", "thử nghiệm",
        "xảy ra", "diễn ra", "mở đầu", "ngưng bắn", "ngừng bắn", "đình chiến", "giải phóng", "khởi nghĩa",
        "tổng khởi nghĩa", "chiến thắng", "kháng chiến", "đảo chính", "bầu cử", "tổng tuyển cử", "thất thủ",
    ]

    /// Does the statement name a happening (one of `vietnameseHappenings`)? Not by a syllable of a noun or an
    /// adjective: "truyền" of "cổ truyền" (traditional), "bán" of "bán đảo" (peninsula), "sinh" of "học sinh".
    static func namesHappening(_ statement: String) -> Bool {
        var padded = " " + words(statement.lowercased()).joined(separator: " ") + " "
        for noun in happeningLookalikes where padded.contains(noun) { padded = padded.replacingOccurrences(of: noun, with: " ") }
        return vietnameseHappenings.contains { padded.contains(" " + $0 + " ") }
    }

    /// Nouns and adjectives with a syllable of a happening in them, padded with spaces.
    static let happeningLookalikes: [String] = [
        "cổ truyền", "truyền thống", "truyền thuyết", "truyền hình", "bán đảo", "học sinh", "sinh viên", "sinh thái",
        "sinh học", "sinh vật", "dịch vụ", "dịch bệnh", "dịch tễ", "về sau", "in ấn", "mua sắm",
    ].map { " " + $0 + " " }

    /// Nouns of a kind of place or body that, opening a statement without a name, point back at one named elsewhere.
    static let vietnameseKindNouns = [
        "lãnh thổ", "thành phố", "hòn đảo", "đảo", "quốc gia", "vương quốc", "đế quốc", "công ty", "hãng", "câu lạc bộ",
        "đội bóng", "tỉnh", "vùng", "khu vực", "thị trấn", "thị xã", "ban nhạc", "tập đoàn", "tổ chức", "hòn",
        "cuộc chiến tranh", "cuộc chiến", "cuộc khởi nghĩa", "trận đánh", "bộ phim", "cuốn sách", "bài hát", "ca khúc",
        "tác phẩm", "nhóm nhạc", "dinh", "trấn", "phủ", "huyện", "sân vận động", "sân bay", "sân", "tòa nhà", "toà nhà",
        "tòa tháp",
        "cây cầu",
        // a war, a revolution, an election named only by its kind; a person by the trade
        "cuộc nội chiến", "cuộc cách mạng", "cuộc bầu cử", "cuộc đảo chính", "cuộc xâm lược", "cuộc tấn công",
        "họa sĩ", "hoạ sĩ", "nhà văn", "nhạc sĩ", "nhà thơ", "ca sĩ", "tác giả", "nhà soạn nhạc", "danh họa", "pháo đài",
        "triều đình", "cuộc họp", "trận chung kết", "trận đấu", "hội nghị", "sự độc quyền", "quận", "phường",
    ]
    /// Do `words` (after a kind noun) open on a verb or a verb marker ("giành Copa …", "đã ký …", "thiết lập …")?
    static func opensOnVerb(_ words: [String]) -> Bool {
        guard let first = words.first?.lowercased() else { return false }
        // ("Giải đấu do Nhật Bản tổ chức", "Tòa nhà do … thiết kế": "do" names the doer of the kind's passive)
        let markers: Set<String> = ["đã", "được", "bị", "đang", "sẽ", "vẫn", "cũng", "lại", "từng", "liền", "bèn", "do"]
        if markers.contains(first) || vietnameseOpeningVerbs.contains(first) { return true }
        let pair = words.count >= 2 ? first + " " + words[1].lowercased() : first
        // ("Tháp gần như hoàn thành …": an adverb before the verb)
        if ["gần như", "hầu như", "bước đầu", "chính thức", "lần đầu"].contains(pair) { return true }
        return vietnameseHappenings.contains(pair) || vietnameseHappenings.contains(first) && first.count > 2
    }

    /// Places a statement may name only by their kind, anywhere in it ("… rút quân khỏi hòn đảo", "… phá hoại ngôi
    /// đền", "… sân bay đã được đưa trở lại …", "tòa soạn của tờ báo"): with no name after, which one is unsaid.
    static let unnamedPlaceKinds: Set<String> = ["hòn đảo", "pháo đài", "ngôi đền", "ngôi chùa", "quần đảo", "con sông",
                                                 "dòng sông", "hòn đá", "ngọn núi", "bức tượng", "con tàu",
                                                 "sân bay", "tờ báo"]
    /// Bodies a statement may end on by their kind alone, after "của" ("… sân nhà của đội"): whose is unsaid.
    static let vietnameseEndingKinds: Set<String> = ["đội", "đội bóng", "câu lạc bộ", "công ty", "hãng", "ban nhạc",
                                                     "nhóm", "nhóm nhạc", "tổ chức", "đảng", "trường", "tờ báo",
                                                     "ứng dụng", "phần mềm", "trò chơi", "game"]
    /// Nouns of a kind of place or body that point back at a named one when a verb follows them at once ("Đài đưa
    /// vào …", "Chùa được xây …"), and otherwise open a name or a longer noun ("Đài Loan", "Đội tuyển bóng đá …").
    static let vietnameseVerbKindParts = [
        "đài", "đài truyền hình", "đài phát thanh", "đội", "đội tuyển", "quần đảo", "nhà máy", "bệnh viện", "chùa",
        "ngôi chùa", "đền", "nhà thờ", "tờ báo", "tạp chí", "học viện", "trường học", "ngôi trường", "trường đại học",
        "sân bay", "con tàu", "giải đấu", "liên đoàn", "hiệp hội", "nhà ga", "bảo tàng", "viện bảo tàng", "thư viện",
        "sản phẩm", "di tích", "các di tích", "cục", "sông", "con sông", "dòng sông", "lễ bốc thăm", "lễ khai mạc",
        "lễ bế mạc", "lễ trao giải", "thủ phủ", "thủ đô", "kinh đô", "tỉnh lỵ", "huyện lỵ", "trụ sở", "trang phục",
        "áo đấu", "tháp", "ngọn tháp", "tòa tháp", "toà tháp", "ấn phẩm", "ngôn ngữ", "thứ tiếng",
    ].map { $0.split(separator: " ").map(String.init) }

    /// `vietnameseKindNouns`, each split into its words once.
    static let vietnameseKindNounParts = vietnameseKindNouns.map { $0.split(separator: " ").map(String.init) }
        .sorted { $0.count > $1.count }
    /// Nouns that point back at a named one only when a verb follows them at once ("Hệ thống đi vào hoạt động").
    static let vietnameseBareHeadParts = ["hệ thống", "dự án", "chương trình", "kế hoạch", "công trình", "chiến dịch",
                                          "chiếc máy bay", "máy bay", "phòng trưng bày", "tiến trình", "quá trình",
                                          "game", "trò chơi", "trò chơi điện tử", "ứng dụng", "phần mềm"]
        .map { $0.split(separator: " ").map(String.init) }
    /// Adverbs that may stand before a verb whose subject was cut off ("Cuối cùng trở thành …").
    static let vietnameseLeadingAdverbs: Set<String> = ["cuối cùng", "sau cùng", "dần", "dần dần", "liền", "bèn",
                                                        "lập tức", "tiếp tục", "ngay", "sớm", "rốt cuộc", "liên tiếp",
                                                        "liên tục", "lần lượt"]
    static let vietnameseDemonstratives: Set<String> = ["này", "ấy", "đó", "nọ", "kia", "trên"]

    static let englishOpeners: Set<String> = [
        "he", "she", "it", "they", "his", "her", "its", "their", "him", "them", "we", "i", "you", "there", "here",
        "which", "who", "whom", "whose", "where", "when", "while", "also", "then", "later", "thus", "however",
        "and", "but", "or", "so", "as", "both", "another", "hence", "therefore", "meanwhile", "afterwards",
        "subsequently", "nevertheless", "moreover", "furthermore", "instead", "still", "yet", "since",
        "to", "is", "are", "additionally", "similarly", "likewise", "thereafter", "accordingly", "not", "even",
        "others", "e.g", "eg", "soon", "other",
        // ("Except for …": the exception to what the sentence before told)
        "except",
    ]

    // MARK: - Clause

    /// "Cùng với Cùng với Nguyễn Thành Long Giang …", "… in the the …": a phrase of two words or more written twice in a
    /// row is a slip the text was left with, and a card would copy it (one word twice, "dần dần", is a word).
    /// (Read on the text's own tokens, as written: a comma or a bracket between the two, "Thăng Long, Thăng Long trở
    /// thành …", "Việt Nam (Việt Nam Cộng hòa)", repeats on purpose; so does a change of case, "tổ chức Tổ chức …", and
    /// one word said over and over, "great great great".)
    static func repeatsAPhrase(_ statement: String) -> Bool {
        let tokens = statement.split(separator: " ")
        for length in 2...3 where tokens.count >= 2 * length {
            for start in 0...(tokens.count - 2 * length)
            where tokens[start..<(start + length)].elementsEqual(tokens[(start + length)..<(start + 2 * length)])
                && tokens[start..<(start + length)].allSatisfy({ $0.allSatisfy(\.isLetter) })
                // ("great great great great grandfather": one word said over and over)
                && Set(tokens[start..<(start + 2 * length)]).count > 1 {
                return true
            }
        }
        return false
    }

    /// Too short, unbalanced brackets or quotes, a first character that is not a capital letter, a dangling last
    /// function word, a phrase written twice in a row, or (English) no finite verb.
    static func isFragment(_ statement: String, words: [String], language: Language) -> Bool {
        // ("iPhone 6 Plus được công bố …", "eBay mua lại …": a brand that opens in a small letter before its capital)
        let brand = statement.dropFirst().first?.isUppercase == true
        guard let first = statement.first, first.isLetter, first.isUppercase || !first.isCased || brand else { return true }
        if words.count < 4 { return true }
        // "Vào các ngày 20, 22": nothing but function words, date words and numbers
        if words.allSatisfy({ FunctionWords.all.contains($0.lowercased()) || $0.allSatisfy(\.isNumber) || NameFinder.isDateWord($0) }) {
            return true
        }
        if !isBalanced(statement) { return true }
        if let last = words.last?.lowercased(), danglingEnds(language).contains(last) { return true }
        if repeatsAPhrase(statement) { return true }
        if language == .vi {
            let lower = words.map { $0.lowercased() }
            // "lấyvufng đất từ …": a typing slip glues a syllable to the keys that were to mark the next one; a word with
            // a Vietnamese mark and a letter no Vietnamese syllable has (f, j, w, z), or longer than any syllable, is none
            if words.contains(where: isGarbledSyllable) { return true }
            // "Cabo Verde gia nhập", "… đã tham gia": a verb that takes what was joined, with nothing after it
            // (the passive has it before: "Hiệp ước được ký kết")
            // ("15 đội tham gia": taking part needs no object)
            if ["gia nhập", "đánh bại"].contains(lower.suffix(2).joined(separator: " ")),
               !lower.contains("được"), !lower.contains("bị") { return true }
            // ("Uzbekistan đã tham gia": a name alone taking part, in what the sentence before told)
            if lower.suffix(2) == ["tham", "gia"], words.count >= 3,
               words.dropLast(2).allSatisfy({ $0.first?.isUppercase == true || ["đã", "cũng", "sau", "đó"].contains($0) }) {
                return true
            }
            // "Accord Express(Công ty dịch vụ tại Singaporian)": names and a bracket, a list's line
            if statement.contains("("),
               case let outside = Self.words(statement.replacingOccurrences(of: #"\([^)]*\)"#, with: " ",
                                                                           options: .regularExpression)),
               !outside.isEmpty, outside.allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true }) {
                return true
            }
            // "Pioneer Trading, Inc. (now CJ Omnifood), một công ty sản xuất thực phẩm ở Mỹ": a name and what it is,
            // a line of a list with no verb (the apposition closes the statement: "EDX London, một công ty …, được
            // thành lập" goes on to its verb)
            if let apposition = statement.range(of: ", một ", options: .backwards),
               !statement[apposition.upperBound...].contains(",") {
                let head = statement[..<apposition.lowerBound].replacingOccurrences(of: #"\([^)]*\)"#, with: " ",
                                                                                     options: .regularExpression)
                let headWords = Self.words(head)
                if !headWords.isEmpty, headWords.allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true }) {
                    return true
                }
            }
        }
        // "Một sự kiện đã đến với chàng thanh niên Thomas Hobbes", "An event changed his life": a happening named only
        // as "a happening" says what happened in the next sentence, not on the card
        let opening = words.prefix(3).map { $0.lowercased() }.joined(separator: " ")
        if ["một sự kiện", "một biến cố", "an event", "one event"].contains(where: { opening.hasPrefix($0) }) { return true }
        // "… ngừng sản xuất SNES còn tại Nhật": a contrast ("còn", while) cut before its verb
        if language == .vi, let at = words.lastIndex(where: { $0.lowercased() == "còn" }), at >= 1, words.count - at - 1 <= 3,
           !["vẫn", "không", "chẳng", "chưa", "cũng", "hãy", "đã"].contains(words[at - 1].lowercased()) { return true }
        // "Nhóm nhạc Doom, sau khi thành lập": a subordinate "sau khi …" left dangling at the end
        if language == .vi, let at = words.lastIndex(where: { $0.lowercased() == "khi" }), at >= 1,
           ["sau", "trước"].contains(words[at - 1].lowercased()), words.count - at - 1 <= 2 { return true }
        // "Trên toàn thế giới": a short phrase opening on a preposition and going nowhere
        if language == .vi, words.count <= 6, !statement.contains(","),
           ["trên", "trong", "tại", "ở", "với", "về", "từ", "theo", "giữa"].contains(words[0].lowercased()) { return true }
        // "Khỏi các tòa nhà chính phủ": a preposition no clause opens on, its verb and subject cut away
        if language == .vi, ["khỏi", "bởi", "sang", "tới"].contains(words[0].lowercased()) { return true }
        // "Đối với nền kinh tế Maroc, được đánh dấu bằng …", "As for the economy, was marked by …": a fronted
        // phrase, then a predicate with no subject
        if let comma = statement.firstIndex(of: ",") {
            let head = self.words(String(statement[..<comma])).map { $0.lowercased() }
            let next = self.words(String(statement[statement.index(after: comma)...])).first?.lowercased() ?? ""
            let fronted = language == .vi ? ["đối", "về", "theo", "với", "trong", "sau", "trước", "từ"] : ["as", "in", "for", "after", "before", "during", "from"]
            let subjectless = language == .vi ? ["được", "bị", "là", "đã", "có", "sẽ"] : ["was", "were", "is", "are", "had", "has"]
            // ("Với Louise de Kérouaille (1649–1734), tấn phong …": a verb straight after the comma lost its subject too)
            // ("Theo Nghị định số 42/CP, thành lập thị trấn …": "thành lập" opens on no subject either)
            let nextTwo = self.words(String(statement[statement.index(after: comma)...])).prefix(2).joined(separator: " ").lowercased()
            if let opener = head.first, fronted.contains(opener),
               subjectless.contains(next) || language == .vi && (vietnameseOpeningVerbs.contains(next)
                                                                  || ["thành lập", "sáng lập", "ban hành"].contains(nextTwo)) {
                return true
            }
        }
        // "Hiệp định giữa Đông Ấn Hà Lan và Vương quốc Bulungan": a document named, nothing done with it
        let documents: Set<String> = ["hiệp định", "hiệp ước", "hòa ước", "hoà ước", "hiến pháp", "đạo luật", "nghị quyết",
                                      "sắc lệnh", "tuyên ngôn", "công ước"]
        if language == .vi, words.count <= 14, words.count >= 2,
           documents.contains(words[0].lowercased() + " " + words[1].lowercased()),
           !words.dropFirst().contains(where: { ["được", "ký", "kết", "ban", "có", "thông", "bị", "đã", "bãi", "chấm", "mở",
                                                "công", "tuyên", "quy", "cho", "trao", "giao", "xác"].contains($0.lowercased()) }) {
            return true
        }
        // "… thủ tướng Bồ Đào Nha.Mở đầu chiến dịch …": two entries of a list run together at a dot with no space
        if runsTwoSentences(statement) { return true }
        // "Nước Áo, theo Hiến pháp liên bang", "Security Pacific National Bank, đã sáp nhập với …": a bare name, then
        // after its comma a phrase that is no predicate of it — an aside of a longer sentence, or one entry of a list
        // whose verb came before
        if language == .vi, let comma = statement.firstIndex(of: ","), !statement[statement.index(after: comma)...].contains(","),
           case let head = self.words(String(statement[..<comma])), (1...6).contains(head.count),
           head.first?.first?.isUppercase == true, head.last?.first?.isUppercase == true,
           !head.contains(where: { ["đã", "được", "bị", "là", "có"].contains($0) }),
           let next = self.words(String(statement[statement.index(after: comma)...])).first?.lowercased(),
           ["theo", "với", "trong", "tại", "ở", "dưới", "từ", "qua", "bằng", "đã", "được", "bị"].contains(next) {
            return true
        }
        // "Đàn áp hoàn toàn", "Chiến tranh bùng nổ": a short statement that names nothing lost its subject
        // (its first word a common one: it makes one word with the next, "Đàn áp", "Chiến tranh"; "Nauru giành …",
        // "NHS bắt đầu …" open on a name)
        if language == .vi, words.count <= 5, !words.dropFirst().contains(where: { $0.first?.isUppercase == true }),
           words[0].dropFirst().allSatisfy({ !$0.isUppercase }), VietnameseCompounds.isWord(words[0].lowercased(), words[1]) {
            return true
        }
        // "Cao hơn của nước Đức", "Higher than …": a comparison whose first term stayed in another clause
        // (not "Hơn 1,6 triệu người …": more than a number)
        if language == .vi, words.count >= 3, words[1].lowercased() == "hơn", VietnameseCompounds.isWord(words[0].lowercased(), "hơn")
            || words[0].lowercased() == "hơn" && words[1].first?.isNumber != true && words[1].first?.isUppercase != true { return true }
        if language == .en, let first = words.first?.lowercased(), first.hasSuffix("er"), words.count >= 2,
           words[1].lowercased() == "than" { return true }
        // "Vương triều thứ Sáu", "Quốc hội khóa thứ 3": the name of one of a series, with nothing it did
        if language == .vi, words.count <= 5, words.count >= 3, words[words.count - 2].lowercased() == "thứ" { return true }
        // "Theo di chúc của … Alfred Nobel", "According to the will of …": a source named, with nothing it says
        if !statement.contains(","), let opener = words.first?.lowercased(),
           language == .vi ? opener == "theo" : (opener == "according" && words.count > 1 && words[1].lowercased() == "to") {
            return true
        }
        // "XVII và đặc biệt là …": the second of a list of centuries, its first taken as the date
        if let opener = words.first, opener.count >= 2, opener.allSatisfy({ "IVXLC".contains($0) }), words.count > 1,
           words[1].first?.isLowercase == true { return true }
        // "… the nation was born not": a negation whose date went, leaving it at the end
        if language == .en, words.last?.lowercased() == "not" { return true }
        // "…, Brown cho biết:", "… he said": the words said are what happened, and they are not on the card
        let saying = language == .vi ? ["cho biết", "nói", "tuyên bố", "phát biểu", "nhận xét", "khẳng định"]
            : ["said", "stated", "declared", "wrote", "remarked", "added"]
        if let last = words.last?.lowercased(), saying.contains(last)
            || words.count >= 2 && saying.contains(words.suffix(2).joined(separator: " ").lowercased()) { return true }
        // "… defined as follows", "… như sau": what follows is the event, and it is not on the card
        let tail = words.suffix(2).map { $0.lowercased() }.joined(separator: " ")
        if ["as follows", "như sau", "sau đây", "the following"].contains(tail) || tail.hasSuffix(" follows") { return true }
        if language == .en {
            // "Shodokan Aikido, founded by Kenji Tomiki": a name and a participle after its comma, no clause
            if let comma = statement.firstIndex(of: ","), let next = StatementShape.words(String(statement[comma...])).first,
               isEnglishVerb(next), StatementShape.words(String(statement[comma...])).dropFirst().first == "by",
               !StatementShape.words(String(statement[..<comma])).contains(where: isEnglishVerb) { return true }
            // No finite verb, or the first one sits in a relative clause ("Admiral X, who recaptured …"): a noun phrase.
            guard let verb = words.firstIndex(where: isEnglishVerb) else { return true }
            // "A tablet found on the Greek island Salamis": a noun and a participle that needs an object, then a
            // preposition, and no other verb — a noun phrase, not a clause
            if ["a", "an", "the"].contains(words[0].lowercased()), (2...4).contains(verb),
               englishObjectParticiples.contains(words[verb].lowercased()), verb + 1 < words.count,
               ["on", "in", "at", "near", "from", "by", "under", "inside"].contains(words[verb + 1].lowercased()),
               !words[(verb + 1)...].contains(where: isEnglishVerb) { return true }
            if words[..<verb].contains(where: { ["who", "which", "whom", "whose"].contains($0.lowercased()) }) { return true }
        }
        // "Knowing the national stature …": a participle phrase alone
        if language == .en, let first = words.first?.lowercased(), first.hasSuffix("ing"), first.count > 5,
           !statement.contains(",") { return true }
        // "Khi X …" / "After X …" with no main clause after a comma is only the subordinate half.
        let opener = words.prefix(2).map { $0.lowercased() }
        if subordinators(language).contains(opener[0]) || (opener.count == 2 && subordinators(language).contains(opener.joined(separator: " "))),
           !statement.contains(",") || statement.contains(", và ") || statement.contains(", and ") { return true }
        if language == .vi, !words.dropFirst().contains(where: { $0.first?.isLowercase == true }) { return true }
        // "A Upon the breakaway of the … in 1992": an English note in a Vietnamese text
        if language == .vi, words.filter({ FunctionWords.english.contains($0.lowercased()) && $0.allSatisfy(\.isASCII) }).count >= 3,
           words.filter({ $0.allSatisfy(\.isASCII) }).count * 10 >= words.count * 7 { return true }
        // "Brief Notes Upon a Late Sermon" in a Vietnamese text: a foreign title from a list of works, whose only
        // lower-case words are English function words
        if language == .vi, words.count >= 3, words.allSatisfy({ $0.first?.isUppercase == true
            || FunctionWords.english.contains($0) && $0.allSatisfy(\.isASCII) }) { return true }
        // "Ngày phát hành: (Châu Âu)": a field of an infobox, its value gone
        if let colon = statement.firstIndex(of: ":"),
           self.words(String(statement[statement.index(after: colon)...])).count < 3 { return true }
        // "Logical machines —Stanley Jevons' …: The technical problem …": a heading before the colon
        if language == .en, let colon = statement.firstIndex(of: ":"),
           !StatementShape.words(String(statement[..<colon])).contains(where: isEnglishVerb) { return true }
        // "… followed: The American Association in 1902, the Society of Madrid (1865), …": a list after a colon
        if let colon = statement.firstIndex(of: ":"), statement[colon...].filter({ $0 == "," }).count >= 2 { return true }
        return false
    }

    /// A dot glued between two words, the first ending on a small letter and the second opening on a capital and
    /// going on in small letters ("Nha.Mở đầu"), or an acronym after a word of four letters or more ("giải
    /// quyết.IBM"): two sentences of the source with their space lost. Initials, abbreviations ("St.Petersburg") and
    /// names like "ASP.NET" are not.
    static func runsTwoSentences(_ statement: String) -> Bool {
        let scalars = Array(statement.unicodeScalars)
        for index in scalars.indices.dropFirst(3).dropLast(2) where scalars[index] == "." {
            let after = scalars[index + 1], second = scalars[index + 2]
            guard after.properties.isUppercase, second.properties.isLowercase || second.properties.isUppercase else { continue }
            // the word before the dot: at least two letters ("… bằng đá.Nhưng …"), ending on a small one
            var start = index
            while start > 0, scalars[start - 1].properties.isAlphabetic { start -= 1 }
            let word = scalars[start..<index]
            // (a two-letter one all in small letters: "St.Petersburg", "Dr.Who" are abbreviations)
            // (an acronym after the dot only after a longer word: "… giải quyết.IBM cũng …", not "U.S.A")
            guard word.count >= 3 || word.count == 2 && word.first!.properties.isLowercase, word.last!.properties.isLowercase,
                  second.properties.isLowercase || word.count >= 4,
                  !sentenceAbbreviations.contains(String(String.UnicodeScalarView(word)).lowercased()) else { continue }
            return true
        }
        return false
    }

    /// Abbreviations written before a dot (lower case), which a capital may follow with no space.
    static let sentenceAbbreviations: Set<String> = ["mrs", "gen", "col", "capt", "sgt", "etc", "adm", "gov", "rev",
                                                     "prof", "brig", "maj", "sen", "rep", "cpl", "pvt", "approx", "vol",
                                                     "bvt", "inc", "ltd", "corp", "dept", "univ", "jan", "feb", "mar",
                                                     "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]

    /// Peripheral detail: sport results and records, weather records, postal codes, tourism counts, the splitting
    /// of wards and communes, charts and box office — true, dated, and not what a history exam asks.
    static func isTrivia(_ statement: String, language: Language) -> Bool {
        let lower = words(statement).map { $0.lowercased() }
        let text = " " + lower.joined(separator: " ") + " "
        let markers = language == .vi
            ? [" bóng đá ", " giải vô địch ", " chức vô địch ", " world cup ", " olympic ", " huy chương vàng ", " khúc côn cầu ", " quần vợt ",
               " nhiệt độ tối ", " nhiệt độ cao nhất ", " nhiệt độ thấp nhất ", " lượng mưa ", " mã bưu ", " bưu chính ",
               " du khách ", " lượt khách ", " chia xã ", " chia phường ", " thành lập phường ", " thành lập xã ",
               " đổi tên thành phường ", " đổi tên thành xã ",
               " album ", " đĩa đơn ", " doanh thu phòng vé ", " áo đấu ", " màu áo ", " bộ áo ", " sân khách ",
               " nhà tài trợ ", " vai diễn ", " tờ giấy bạc ", " đồng xu ",
               // where a word comes from: etymology, not history ("Về mặt từ nguyên, từ Ba Lê … được tiếng Anh vay mượn")
               " từ nguyên ", " vay mượn ",
               // advertising, charity shows, charts and rounds of a tournament: a celebrity's calendar
               " quảng cáo ", " người mẫu ", " từ thiện ", " bảng xếp hạng ", " video âm nhạc ", " video nhạc ",
                " tứ kết ", " bán kết ", " tay vợt ", " ngôi vô địch ", " u17 ", " u19 ", " u21 ", " u23 ",  // (not "vòng đầu": an election has rounds too)
               // a portrayal on screen, news coverage of it: what later media made of the history, not the history
               // (not "đăng bài": the article that started something is history, "Popular Electronics đăng bài …")
               " trong vai ", " phim truyền hình ", " có bài viết "]
            : [" football ", " championship ", " world cup ", " olympic ", " olympics ", " gold medal ", " tournament ",
               " grand slam ", " record temperature ", " rainfall ", " postal ", " zip code ", " tourists ", " box office ",
               " grossed ", " album ", " billboard ", " away kit ", " home kit ", " shirt sponsor ", " played the role ",
               " starred as ", " advertising ", " commercial for ", " endorsement deal ", " charity concert ", " music video ",
               " quarterfinal ", " quarter-final ", " semifinal ", " semi-final ", " in the role of ", " television series ",
               " tv series ",
               // a later edition of a book: a publisher's line ("the Folio Society published an edition illustrated by …")
               " published an edition ", " published a new edition ", " an edition illustrated ", " reissued "]
        // "Fox cũng đóng vai [...] trong bộ phim …": an actor's part (not "đóng vai trò", to play a role in something)
        if language == .vi, text.contains(" đóng vai "), !text.contains(" đóng vai trò ") { return true }
        if markers.contains(where: text.contains) { return true }
        // "… chuyển về số 4 đường Trần Hưng Đạo": a street address; "thành lập 3 phường …": wards or communes made by
        // the count
        if language == .vi {
            for index in lower.indices.dropLast(3) where lower[index] == "thành" && lower[index + 1] == "lập"
                && lower[index + 2].allSatisfy(\.isNumber) && ["phường", "xã"].contains(lower[index + 3]) { return true }
            for index in lower.indices.dropLast(2) where lower[index] == "số" && lower[index + 1].first?.isNumber == true
                && ["đường", "phố"].contains(lower[index + 2]) { return true }
        }
        return false
    }

    /// "Tổng thống Belarus là Lukašenka", "The capital is Minsk": a copula with nothing happening — a state.
    static func isState(_ words: [String], language: Language) -> Bool {
        let lower = words.map { $0.lowercased() }
        let text = " " + lower.joined(separator: " ") + " "
        // a process, not a happening: "ngày càng suy yếu dần", "increasingly", "tended to"
        let process = language == .vi ? [" ngày càng ", " dần dần ", " dần "] : [" increasingly ", " gradually ", " tended to ", " tends to "]
        if process.contains(where: text.contains) || (language == .vi && lower.last == "dần") { return true }
        // "Lima vẫn giữ được vai trò ưu thế …", "still held": what went on holding, no happening
        let still = language == .vi ? [" vẫn giữ ", " vẫn là ", " vẫn còn "] : [" still held ", " still was ", " remained the "]
        if still.contains(where: text.contains) { return true }
        // "Hàng năm: ngày Quốc khánh", "every year": what recurs is no dated event
        let recurring = language == .vi ? [" hàng năm ", " hằng năm ", " mỗi năm "] : [" every year ", " annually ", " each year "]
        if recurring.contains(where: text.contains) { return true }
        // "mùa mưa thường bắt đầu …", "usually": what happens as a rule ("bình thường", "phi thường" are adjectives)
        // ("người thường", a commoner)
        if language == .vi, let at = words.firstIndex(of: "thường"),
           at == 0 || !["bình", "phi", "khác", "lạ", "tầm", "thất", "người", "dân"].contains(lower[at - 1]) {
            return true
        }
        if language == .en, lower.contains("usually") || lower.contains("typically") || lower.contains("always") { return true }
        // "Cột cờ Thành Nam là một trong 3 cột cờ …", "It was one of the largest …": a place in a class, not an event
        let oneOf = language == .vi ? [" là một trong "] : [" is one of ", " was one of ", " are among ", " was among "]
        if oneOf.contains(where: text.contains) { return true }
        // "Lincoln believed that …", "Ông tin rằng …": a belief is held, not done
        let beliefs = language == .vi ? [" tin rằng ", " nghĩ rằng ", " tin tưởng rằng "]
            : [" believed ", " believes ", " felt that ", " thought that ", " hoped that "]
        if beliefs.contains(where: text.contains) { return true }
        // "… luôn đứng trong tốp 3": what always holds is no happening
        if language == .vi, lower.contains("luôn") { return true }
        // "Psychedelic rock đã không được phát triển ở California", "the treaty was never ratified": what did not
        // happen is no event to date
        let negated = language == .vi ? [" đã không ", " chưa bao giờ ", " không hề ", " không ai "]  // ("chưa từng thấy": unprecedented)
            : [" did not ", " never ", " was not ", " were not ", " didn't ", " wasn't "]
        if negated.contains(where: text.contains) { return true }
        // "No progress was made in Congress": nothing happened
        if language == .en, lower.first == "no" || lower.first == "none" { return true }
        // "Văn học samurai tồn tại không ít hơn bốn thế kỷ", "Thời kỳ … nằm trọn trong thời kỳ Tokugawa", "Liên minh
        // chính phủ gồm Smer, SNS …": what lasted, lay within or consisted of, not what happened
        if language == .vi, [" tồn tại ", " nằm trọn trong ", " nằm trong ", " ngự trị "].contains(where: text.contains) { return true }
        // "Theo quy định thì Nam Định thuộc vùng duyên hải Bắc Bộ": belonging to, with nothing changing hands
        let changes: Set<String> = ["được", "bị", "đã", "trở", "chuyển", "sáp", "nhập", "về", "lại", "tách", "giao", "đổi", "đặt",
                                    "rơi", "cắt", "thành"]
        // ("thuộc địa" is a colony; "thuộc" before a place's kind or name is belonging)
        // ("… chào đời ở Bordeaux, thuộc Công quốc Aquitaine": only a subject that is names and their kinds, then
        // "thuộc", says what belongs where; after "thì" the subject starts anew)
        let subjectStart = (lower.lastIndex(of: "thì") ?? -1) + 1
        let kinds: Set<String> = ["huyện", "tỉnh", "xã", "quận", "phường", "thị", "trấn", "thành", "phố", "và", "vùng", "miền",
                                  "đảo", "quần", "khu"]
        let belongs = lower.indices.dropLast().contains { index in
            guard index > subjectStart, lower[index] == "thuộc",
                  ["vùng", "tỉnh", "huyện", "quận", "xã", "miền", "khu", "lãnh", "quyền", "châu", "nước"].contains(lower[index + 1])
                    || words[index + 1].first?.isUppercase == true else { return false }
            return words[subjectStart..<index].allSatisfy { $0.first?.isUppercase == true || kinds.contains($0.lowercased()) }
        }
        if language == .vi, belongs, !lower.contains(where: { changes.contains($0) }) { return true }
        // "Lớp Delhi sẽ được bổ sung …", "… will be": what is to come, unless it is what someone decided or said
        if language == .vi, let will = lower.firstIndex(of: "sẽ"),
           !lower[..<will].contains(where: { ["quyết", "định", "tuyên", "thông", "cam", "hứa", "đồng", "thỏa", "thoả", "rằng", "là",
                                             "tin", "kế", "lệnh", "ý", "kiến", "báo", "đoán"].contains($0) }) { return true }
        // ("The World as Will and Representation": a capital "Will" is a name's word)
        if language == .en, let will = words.firstIndex(of: "will"), will > 0,
           !["the", "his", "her", "its", "their", "a", "own"].contains(lower[will - 1]),
           !lower[..<will].contains(where: { ["said", "announced", "decided", "agreed", "declared", "promised", "that"].contains($0) }) {
            return true
        }
        if language == .vi, let at = lower.firstIndex(where: { $0 == "gồm" }), at <= 5, !lower.contains("thành"),
           !lower.prefix(at).contains(where: { ["được", "đã", "thành", "lập"].contains($0) }) { return true }
        // "Hy Lạp đã có rất nhiều nhà văn lớn", "there were many …": a plenty, not a happening
        let plenty = language == .vi ? [" có rất nhiều ", " đã có nhiều ", " có rất đông "]
            : [" there were many ", " there are many ", " there were numerous ", " had many "]
        if plenty.contains(where: text.contains) { return true }
        // "được cho là …", "is considered …": an opinion, not a happening
        let opinion = language == .vi ? [" được cho là ", " được coi là ", " được xem là ", " được cho rằng ", " tin rằng ",
                                          " được đánh giá là ", " được đánh giá cao ",
                                          " cho rằng "]
            : [" is considered ", " is believed ", " was considered ", " was believed ", " is regarded ", " are considered ",
               " believes ", " argues ", " claims ", " estimates ", " believe that "]
        if opinion.contains(where: text.contains) { return true }
        // "tìm kiếm hình ảnh đã là …", "Huế từng là kinh đô …": what something was, not what it did
        if language == .vi, [" đã là ", " từng là ", " vẫn là "].contains(where: text.contains) { return true }
        // "An early pioneer of radio astronomy was Grote Reber": a copula naming someone
        if language == .en, let copula = lower.prefix(8).firstIndex(where: { $0 == "was" || $0 == "were" }), copula >= 2,
           copula + 1 < words.count, words[copula + 1].first?.isUppercase == true { return true }
        // "Historians have given many reasons …", "Các nhà sử học cho rằng …": what scholars think, not what happened
        if language == .en, ["historians", "scholars", "critics", "some historians", "many historians"]
            .contains(where: { text.hasPrefix(" " + $0 + " ") }) { return true }
        if language == .vi, [" các nhà sử học ", " nhiều nhà sử học ", " các sử gia ", " giới sử học "].contains(where: text.hasPrefix) {
            return true
        }
        // "Two of the most famous Greek anatomists … were Herophilus and Erasistratus": a description of a group
        if language == .en, ["two of", "some of", "many of", "among the", "several of", "three of"]
            .contains(where: { text.hasPrefix(" " + $0 + " ") }),
           lower.contains(where: { ["is", "was", "are", "were"].contains($0) }) { return true }
        // "Một trong những họa sĩ … là Picasso", "One of the … was …": a description
        if text.hasPrefix(" một trong những ") && lower.contains("là") || text.hasPrefix(" one of the ")
            && lower.contains(where: { ["is", "was", "are", "were"].contains($0) }) { return true }
        // "Đến Eo Gió, bạn phải leo …", "you can see …": advice to a reader, not history
        // (only "you" as the one addressed: "bạn phải leo", "you can see"; not "nước bạn", a friendly country)
        let reader = language == .vi ? "bạn" : "you"
        let advice: Set<String> = language == .vi
            ? ["phải", "có", "nên", "sẽ", "hãy", "cần", "cũng", "muốn", "đi", "đến", "được"]
            : ["can", "will", "must", "should", "may", "might", "need", "have", "could"]
        for index in lower.indices where lower[index] == reader {
            if index == 0 || index + 1 < lower.count && advice.contains(lower[index + 1]) { return true }
        }
        switch language {
        case .vi:
            // "Thụy Sĩ không nằm trong tình trạng chiến tranh": what was not, or still is, is no happening
            if [" không nằm ", " không còn ", " không có ", " vẫn còn ", " vẫn là ", " vẫn thuộc "].contains(where: text.contains) {
                return true
            }
            // "Tỉnh Đồng Tháp có thị xã …", "Thụy Sĩ có khoảng 1000 bảo tàng": what a place has
            if let has = lower.prefix(5).firstIndex(of: "có"), has >= 1, has + 1 < lower.count,
               !["thể", "được", "lẽ", "mặt", "công", "ý", "quan", "liên", "tên"].contains(lower[has + 1]),
               words[..<has].allSatisfy({ $0.first?.isUppercase == true || ["tỉnh", "thành", "phố", "nước", "vùng", "huyện"].contains($0.lowercased()) }) {
                return true
            }
            guard let copula = lower.prefix(12).firstIndex(of: "là"), copula >= 1 else { return false }
            let verbs: Set<String> = ["đã", "được", "bị", "sẽ", "đang", "trở", "thành", "từng", "vẫn", "khi", "sau", "trước",
                                      "và", "tự", "gọi", "xưng", "chọn", "bầu", "cử"]
            // "Vua Tần là Tần Chiêu Vương lập con trai …", "Tần vương sai con Vương Tiễn là Vương Bí mang quân …": "là" and
            // a name in apposition, then the clause's verb
            let named = words[(copula + 1)...].prefix { $0.first?.isUppercase == true }
            if !named.isEmpty, let next = lower.dropFirst(copula + 1 + named.count).first,
               vietnameseOpeningVerbs.contains(next) || ["sai", "mang", "nhắc", "cầm", "dẫn", "đem", "theo"].contains(next) {
                return false
            }
            return !lower[..<copula].contains(where: verbs.contains)
        case .en:
            // "anthropology has traditionally been divided …": a present perfect describes how things stand
            if text.contains(" has been ") || text.contains(" have been ") || text.contains(" has traditionally ")
                || text.contains(" have traditionally ") { return true }
            guard let copula = lower.prefix(12).firstIndex(where: { $0 == "is" || $0 == "are" }), copula >= 1,
                  !["that", "which", "who", "what"].contains(lower[copula - 1]) else {
                return false
            }
            // "Ships are subject to icing …": a present copula describes how things are
            if copula + 1 < lower.count, !(EnglishVerb.base(ofPast: lower[copula + 1]) != nil) { return true }
            // "is the", "are a": a present copula before a noun phrase (a passive "is signed" is something done)
            return copula + 1 < lower.count && ["the", "a", "an", "one", "also", "now", "still"].contains(lower[copula + 1])
        }
    }

    /// "trong bốn thập niên sau đó", "ba năm trước đó", "two decades later": the statement measures time from
    /// another event, so its date is that event's, not this one's.
    static func hasRelativeSpan(_ words: [String], language: Language) -> Bool {
        let lower = words.map { $0.lowercased() }
        let units: Set<String> = language == .vi
            ? ["năm", "niên", "tháng", "ngày", "tuần", "kỷ", "kỉ", "thập"]
            : ["years", "year", "decades", "decade", "months", "month", "weeks", "days", "centuries", "century"]
        // "vào thời điểm đó", "at that time": the time of another event
        let joined = " " + lower.joined(separator: " ") + " "
        let thatTime = language == .vi ? [" thời điểm đó ", " lúc đó ", " khi đó ", " hồi đó ", " thời đó "]
            : [" at that time ", " at the time ", " by then "]
        if thatTime.contains(where: joined.contains) { return true }
        // "… xảy ra sau đó", "… followed afterwards": the date is of what came before
        let tail = lower.suffix(2).joined(separator: " ")
        if ["sau đó", "trước đó", "tiếp đó"].contains(tail) || ["afterwards", "afterward", "thereafter"].contains(lower.last ?? "") {
            return true
        }
        // "hai mươi sau khi …" once "hai năm" went: a count of something before "sau khi"
        let counts: Set<String> = ["mươi", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "vài", "mấy"]
        if language == .vi, let at = lower.indices.dropFirst().first(where: { lower[$0] == "sau" && $0 + 1 < lower.count
            && lower[$0 + 1] == "khi" }), counts.contains(lower[at - 1]) { return true }
        for index in lower.indices.dropFirst() where units.contains(lower[index - 1]) {
            switch language {
            case .vi:
                if index + 1 < lower.count, lower[index] == "sau" || lower[index] == "trước",
                   ["đó", "ấy", "khi"].contains(lower[index + 1]) { return true }
            case .en:
                if lower[index] == "after" { return true }  // "two years after the war ended"
                if ["later", "afterwards", "afterward", "earlier", "before"].contains(lower[index]),
                   index + 1 == lower.count || !["the", "a", "an"].contains(lower[index + 1]) || lower[index] != "before" {
                    return true
                }
            }
        }
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
                          "trong khi", "nhân", "nhờ", "sau", "trước", "với", "qua", "dưới", "giữa", "tại", "ở", "vào", "trong", "từ", "đến"]
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
                          "hoặc", "rằng", "suốt", "năm", "ngày", "tháng", "thì", "nên", "được", "bị", "đã", "sẽ",
                          "gồm", "thuộc", "theo", "đạt", "mức"]  // "… bao gồm", "… đều thuộc", "… theo", "… đạt":
                                                                  // what it announced or reached was cut off
        case .en: return ["the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "and", "or", "but", "as",
                          "from", "that", "which", "who", "when", "while", "until", "till", "after", "before", "since",
                          "than", "is", "was", "were", "his", "her", "its", "their", "dated", "during", "between",
                          "period", "year", "years", "time", "stating", "saying", "declaring", "reading", "including",
                          "namely", "starting", "beginning", "dating", "lasting", "ending", "or", "include", "includes",
                          "included", "comprising", "follows"]
        }
    }

    /// English words a date was the rest of: an apposition that glossed it ("… came at the end of 1968, a year that had
    /// seen much upheaval" → "… came, a year that …"), or a word that governed it ("accepted a job effective August 1,
    /// 1969, and announced …" → "… a job effective and announced …"). Left in the statement, they say nothing or the
    /// wrong thing.
    static func leavesDateGlossOrHead(_ statement: String, sentence: String) -> Bool {
        // ("… unanimously set 1 May 1886, as the date by which …": the date was what was set, and its gloss is left)
        for gloss in [", a year ", ", the year ", ", a decade ", ", a time ", ", a period ", ", an era ", ", a season ",
                      ", as the date ", ", as the day ", ", as the deadline ", ", as the year "] {
            if let said = sentence.range(of: gloss), sentence[..<said.lowerBound].last?.isNumber == true,
               let kept = statement.range(of: gloss), statement[..<kept.lowerBound].last?.isNumber != true { return true }
        }
        let tokens = statement.split(separator: " ")
        for (index, token) in tokens.enumerated() {
            let word = token.trimmingCharacters(in: CharacterSet(charactersIn: ",.;"))
            guard ["effective", "dated", "starting", "beginning"].contains(word) else { continue }
            let next = index + 1 < tokens.count ? String(tokens[index + 1]) : ""
            // (nothing after it, a comma, or a conjunction where the date was)
            guard token.hasSuffix(",") || token.hasSuffix(".") || next.isEmpty || ["and", "but", "when", "while"].contains(next)
            else { continue }
            if let said = sentence.range(of: word + " "), case let after = sentence[said.upperBound...],
               after.first?.isNumber == true || MonthName.english.contains(where: { after.hasPrefix($0) }) { return true }
        }
        return false
    }

    /// What a removed date phrase leaves: doubled or leading commas, empty brackets, a comma before a bracket,
    /// "những là" and other orphaned function words side by side.
    /// `sentence` is where the statement comes from, when known (a day number left at the end is told by it).
    static func hasLeftovers(_ statement: String, language: Language, sentence: String = "") -> Bool {
        let danglingEnds = danglingEnds(language), orphanPairs = orphanPairs(language)
        let marks = [", ,", ",,", " ,", "( ", " )", "()", "(,", ",)", "(;", ";)", "(–", "–)", "(-", "-)", ", .", ",.",
                     ", và,", "  ", ":,", ": ,", ", and,", ", but,"]
        if PlainText.containsAny(statement, marks) { return true }
        // "(có hiệu lực)" of "(có hiệu lực từ năm 2006)": a bracket whose date was taken out says half of what it said
        if statement.contains("("), !sentence.isEmpty {
            var rest = statement[...]
            while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
                let inside = rest[rest.index(after: open)..<close]
                if !inside.isEmpty, let at = sentence.range(of: "(" + inside + " "),
                   let end = sentence[at.upperBound...].firstIndex(of: ")"),
                   sentence[at.upperBound..<end].contains(where: \.isNumber) { return true }
                // "which was published (U.S.), (UK)" of "published 1942 (U.S.), 1943 (UK)": a bracket that glossed a
                // date taken out
                if !inside.isEmpty, let at = sentence.range(of: " (" + inside + ")"),
                   sentence[..<at.lowerBound].last?.isNumber == true,
                   statement[..<open].trimmingCharacters(in: .whitespaces).last?.isNumber != true { return true }
                rest = rest[rest.index(after: close)...]
            }
        }
        // "… John Malm lần đầu tiên - là tetraflorua xenon" (of "… lần đầu tiên năm 1962 - là …"): a dash that set an
        // aside after the date, left glued to the words before it
        // (only before a copula, which makes the aside: a dash around a dated phrase, "[...] - cho tới cuộc bầu cử năm
        // 2009 - tự chia …", still leaves a cloze that reads well)
        for dash in [" - ", " – ", " — "] where !sentence.isEmpty && language == .vi {
            var from = statement.startIndex
            while let at = statement.range(of: dash + "là ", range: from..<statement.endIndex) {
                from = at.upperBound
                guard let word = lastWord(statement[..<at.lowerBound]), !sentence.contains(word + dash),
                      sentence.ranges(of: dash).contains(where: { sentence[..<$0.lowerBound].last?.isNumber == true })
                else { continue }
                return true
            }
        }
        // "ASEM 7, Bắc Kinh, Trung Quốc vào ngày 24" (of "ngày 24, 25 tháng 10 năm 2008"): a day with no month left
        // behind by a list of days
        if language == .vi {
            let lowerWords = words(statement.lowercased())
            if lowerWords.count >= 2, lowerWords[lowerWords.count - 2] == "ngày", lowerWords.last!.allSatisfy(\.isNumber) {
                return true
            }
        }
        // "… voted Atlas Shrugged 's finest work" (of "the 20th century's finest work"): an owner taken out with its date
        if language == .en, statement.contains(" 's ") || statement.contains(" ’s ") { return true }
        if language == .en, !sentence.isEmpty, leavesDateGlossOrHead(statement, sentence: sentence) { return true }
        // "… Liên Hiệp Quốc gần đây, công bố …" (of "gần đây trong năm 2009"): "lately" was said of the date taken out
        if language == .vi, !sentence.isEmpty,
           [" gần đây trong ", " gần đây vào ", " gần đây năm ", " gần đây nhất vào ", " gần đây nhất là "].contains(where: sentence.contains),
           statement.contains(" gần đây,") || statement.hasSuffix(" gần đây") || statement.contains(" gần đây nhất,") {
            return true
        }
        // "tăng /tuần": a number cut out of a rate; "vào ngày 16/": a date cut in half.
        if statement.contains(" /") || statement.contains("/ ") || statement.hasSuffix("/") { return true }
        // "Tên lửa A-4, phóng, đã …", "Atlas Shrugged, published, was …": a lone word left between two commas.
        let pieces = PlainText.components(statement, separatedBy: ", ")
        if pieces.count >= 3, pieces.dropFirst().dropLast().contains(where: { piece in
            !piece.contains(" ") && piece.first?.isLowercase == true
        }) { return true }
        // "khủng hoảng kinh tế và, IMF …": a conjunction or preposition left just before a comma (not the end of a word:
        // "chuẩn bị,", "trang bị,"; the word pairs are frequent pairs, "cuối của" among them, so only "bị" is let off)
        let tokens = statement.split(separator: " ")
        for (index, token) in tokens.enumerated() where token.hasSuffix(",") {
            let word = String(token.dropLast()).lowercased()
            guard danglingEnds.contains(word) else { continue }
            if language == .vi, word == "bị", index > 0, VietnameseCompounds.isWord(String(tokens[index - 1]), word) { continue }
            return true
        }
        // "Những, nhiều đồn bót …", "Suốt, công an …": a function word cut off from the date it governed.
        if let comma = statement.firstIndex(of: ","), case let opening = words(String(statement[..<comma])), opening.count == 1,
           let head = opening.first?.lowercased(),
           FunctionWords.all.contains(head) || danglingEnds.contains(head) { return true }
        let statementWords = words(statement)  // split once for the checks below
        // "Lincoln declared the final Thursday to be a day of Thanksgiving" (of "the final Thursday in November of that
        // year"): an English weekday is part of a date; left alone it dates nothing ("Bloody Sunday", a name, stays)
        if language == .en, statementWords.indices.contains(where: { index in
            englishWeekdays.contains(statementWords[index]) && (index == 0 || statementWords[index - 1].first?.isLowercase == true)
        }) { return true }
        let lower = statementWords.map { $0.lowercased() }
        for (a, b) in zip(lower, lower.dropFirst()) where orphanPairs.contains(a + " " + b) { return true }
        // "Các ban nhạc Ska-punk của kéo dài": "của" (of) straight before a verb lost the noun between them
        if language == .vi, zip(lower, lower.dropFirst()).contains(where: { $0.0 == "của" && ["kéo", "diễn", "xảy", "bắt"].contains($0.1) }) {
            return true
        }
        // "Trong khoảng thời gian, Natsume …", "Vào những năm ngành sản xuất …": the frame of a removed date, with no
        // date in it
        if language == .vi, lower.count >= 3 {
            let opening = lower.prefix(4).joined(separator: " ")
            if ["trong khoảng thời gian", "vào khoảng thời gian"].contains(where: { opening.hasPrefix($0) }),
               lower.count == 4 || statement.hasPrefix(statementWords.prefix(4).joined(separator: " ") + ",") { return true }
            if ["vào những năm", "trong những năm", "những năm"].contains(where: { opening.hasPrefix($0 + " ") }),
               let next = lower.drop(while: { ["vào", "trong", "những", "năm"].contains($0) }).first,
               next.first?.isNumber != true, !["đầu", "cuối", "giữa", "đó", "ấy", "này", "sau", "trước"].contains(next) {
                return true
            }
        }
        // "… Liên bang Đông Dương thì gộp …" (… Đông Dương đến năm 1950 thì gộp …): a "thì" that followed a date taken
        // out opens the clause of that date, now joined to the statement's
        if language == .vi, !sentence.isEmpty, let at = lower.firstIndex(of: "thì"), at > 0 {
            let pair = statementWords[at - 1] + " " + statementWords[at]
            if !sentence.contains(pair), !sentence.lowercased().contains(pair.lowercased()) { return true }
        }
        // "… trải dài, khi mà người Norman xâm chiếm Anh" (… tới năm 1066, khi mà …), "… stayed neutral, when …" (…
        // until March 1941, when …): a clause of "when" said of the end of a span taken out now reads as said of the
        // statement ("… vào năm nào, khi …" of a date that dated the statement still reads well)
        if !sentence.isEmpty {
            let lowerStatement = statement.lowercased(), lowerSentence = CitationMarks.removed(from: sentence).lowercased()
            let bounds: Set<String> = language == .vi ? ["đến", "tới"] : ["until", "till", "to"]
            for marker in language == .vi ? [", khi ", ", lúc "] : [", when "] {
                guard let at = lowerStatement.range(of: marker),
                      let previous = words(String(lowerStatement[..<at.lowerBound])).last,
                      !lowerSentence.contains(previous + marker),
                      let original = lowerSentence.range(of: marker) else { continue }
                // (the bound right before the date: "tới năm 1066", "until March 1941", "cho đến cuối thế kỷ 19")
                let before = words(String(lowerSentence[..<original.lowerBound])).suffix(6)
                if let bound = before.lastIndex(where: bounds.contains), before.last?.contains(where: \.isNumber) == true,
                   before[(bound + 1)...].allSatisfy({ word in
                       word.contains(where: \.isNumber) || Self.spanEndWords.contains(word)
                           || MonthName.english.contains { $0.lowercased() == word }
                   }) {
                    return true
                }
            }
        }
        // "Mưa lũ và có gió đông, 10" (vào tháng 9, 10): the rest of a list of months or days, left at the end
        if statementWords.count >= 3, let last = statementWords.last, last.count <= 2, last.allSatisfy(\.isNumber),
           PlainText.trimming(statement, PlainText.whitespaceOrNewline).trimmingCharacters(in: CharacterSet(charactersIn: "."))
               .hasSuffix(", " + last) { return true }
        // "(trước năm 1956 là tỉnh Mỹ Tho)" → "(là tỉnh Mỹ Tho)": a bracket that lost its date opens on a copula
        if statement.contains("(là ") || statement.contains("(was ") || statement.contains("(is ") { return true }
        // "… khai phá, XVIII": the second of two centuries left alone
        if let last = statementWords.last, last.count >= 2, last.allSatisfy({ "IVXLC".contains($0) }),
           statement.dropLast(last.count + 1).hasSuffix(",") || lower.dropLast().last == "và" { return true }
        for piece in pieces.dropFirst() {
            let first = piece.prefix { !" .,;".contains($0) }
            if first.count >= 2, first.allSatisfy({ "IVXLC".contains($0) }) { return true }
        }
        if statement.contains(" -,") || statement.contains("- ,") || statement.contains(" – ,") { return true }
        // "… found in a landfill near Medicine Hat in 2012, and again": the second of two dates left its "again"
        if language == .en, lower.suffix(2) == ["and", "again"] { return true }
        // "… most used and 50s": the second decade of "the 1840s and 50s" left alone
        if statementWords.contains(where: { $0.count == 3 && $0.hasSuffix("s") && $0.prefix(2).allSatisfy(\.isNumber) }) { return true }
        // "… giành cú đúp vào mùa bóng", "Sau mùa bóng, …": a season or school year that lost its years; "được
        // xây dựng vào khoảng niên đại" an age that lost its number
        if language == .vi, ["mùa", "niên đại", "khoảng"].contains(where: { statement.hasSuffix(" " + $0) }) { return true }
        // "… với INF Vichy trong mùa giải tại giải hạng ba" ("trong mùa giải 1977-1978 tại …"): the season's years went,
        // and the season runs into a place
        if language == .vi, statement.contains("mùa"), ["mùa giải", "mùa bóng", "niên khóa"].contains(where: { season in
            [" tại ", " ở ", " và ", ","].contains { statement.contains(" " + season + $0) } }) { return true }
        // "… một số đền tháp và thứ 10" ("vào thế kỷ thứ 9 và thứ 10"), "… ngày giải phóng nô lệ 16" ("ngày 16 tháng
        // 4"): the rest of a date phrase left at the end
        if language == .vi, lower.count >= 3, let last = lower.last, last.allSatisfy(\.isNumber), last.count <= 2 {
            // "… thuyền buôn phương Tây và 18" ("thế kỷ 17 và 18"): the second of a pair of dates
            if lower[lower.count - 2] == "và", lower[lower.count - 3].first?.isNumber != true { return true }
            // ("… được tái lập lần thứ 2" is whole: only an ordinal after "và" is the second of a pair of centuries)
            if lower[lower.count - 2] == "thứ", ["và", "hoặc", "đến", "tới"].contains(lower[lower.count - 3]) { return true }
            // (a day only where the sentence writes that number before a month: "ngày 16 tháng 4"; not "đô thị loại 2")
            if sentenceDay(last, in: sentence), lower[lower.count - 2].first?.isNumber != true,
               statementWords[statementWords.count - 2].first?.isUppercase != true { return true }
        }
        // "… được xây dựng vào đầu nửa": the part of a period whose period went ("vào đầu nửa thập niên 1990")
        if language == .vi, ["vào đầu", "vào cuối", "vào giữa", "nửa đầu", "đầu nửa", "đầu nữa", "nửa cuối", "nửa sau"]
            .contains(where: { statement.hasSuffix(" " + $0) }) { return true }
        if language == .vi {
            for index in lower.indices.dropLast() where ["mùa bóng", "mùa giải", "niên khóa", "niên khoá", "năm học"]
                .contains(lower[index] + " " + lower[index + 1]) {
                if index + 2 == lower.count { return true }
                if let at = statement.range(of: statementWords[index] + " " + statementWords[index + 1] + ","),
                   at.lowerBound == statement.startIndex || statement[statement.index(before: at.lowerBound)] == " " { return true }
            }
        }
        // "… in the extreme north to May": the other end of a cut range
        if language == .en, lower.count >= 2, ["to", "until", "till", "through"].contains(lower[lower.count - 2]),
           MonthName.english.contains(where: { $0.lowercased() == lower[lower.count - 1] }) { return true }
        return false
    }

    /// Words of a date phrase between its bound and its number ("tới cuối năm 1066", "until the spring of 1941").
    static let spanEndWords: Set<String> = ["năm", "tháng", "ngày", "thế", "kỷ", "kỉ", "thập", "niên", "cuối", "đầu",
                                            "giữa", "the", "of", "late", "early", "mid", "spring", "summer", "autumn",
                                            "fall", "winter"]

    static func orphanPairs(_ language: Language) -> Set<String> { orphanPairsSets[language] }
    private static let orphanPairsSets = PerLanguage(orphanPairWords)
    private static func orphanPairWords(_ language: Language) -> Set<String> {
        switch language {
        case .vi: return ["của tại", "của ở", "của vào", "nhưng thì", "và thì", "mà thì", "những là", "suốt những", "trong là", "từ là", "đến là", "vào là", "của là", "năm là",
                          "những của", "từ đến", "vào của", "trong của", "cho tới là", "đến khi là", "ở bởi", "ở của",
                          "vào bởi", "tại bởi", "trong bởi", "ở với", "vào với", "ở và", "vào và", "tại và", "trong và",
                          "của đã", "của được", "của và", "và ở", "và tại", "và vào", "và trong",
                          // ("đã bị giết hôm trong một chiến dịch": "hôm 2/5" lost its day)
                          "hôm trong", "hôm tại", "hôm ở", "hôm và", "giết hôm", "ngày trong", "ngày tại"]
        case .en: return ["the the", "in in", "of of", "until when", "until and", "in and", "on and", "since when",
                          "dated had", "dated was", "the and", "of and", "the of"]
        }
    }

    // MARK: - Dates

    /// Does `sentence` write `number` as a day before a month ("ngày 16 tháng 4", "16 tháng 4")?
    static func sentenceDay(_ number: String, in sentence: String) -> Bool {
        !sentence.isEmpty && (sentence.contains(" " + number + " tháng ") || sentence.contains(" " + number + "/"))
    }

    /// A surface counted from another date: "the next day", "hôm sau", "3 năm sau", "two years later".
    static func isRelativeSurface(_ surface: String, language: Language) -> Bool {
        var lower = words(surface).map { $0.lowercased() }
        // "thế kỷ thứ 7 sau Công nguyên", "năm 221 trước Công nguyên": the era, not a count from another event
        if let era = lower.firstIndex(of: "công"), era >= 1, era + 1 < lower.count, lower[era + 1] == "nguyên",
           ["sau", "trước"].contains(lower[era - 1]) { lower.removeSubrange((era - 1)...(era + 1)) }
        // "Ngày hôm sau, ngày 8 tháng 5 năm 1945": the explicit date that follows fixes it
        let units: Set<String> = ["năm", "tháng", "ngày", "tuần", "years", "year", "months", "days", "weeks"]
        for (index, word) in lower.enumerated() where (3...4).contains(word.count) && word.allSatisfy(\.isNumber) {
            if index + 1 == lower.count || !units.contains(lower[index + 1]) { return false }  // not "100 năm sau"
        }
        let markers: Set<String> = language == .vi
            ? ["sau", "trước", "hôm", "cùng", "đó", "ấy", "này", "kế", "tiếp", "nữa", "qua", "tới", "ngoái", "giờ"]
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
        case .vi: return ["đến", "tới", "cho đến", "cho tới", "mãi đến", "mãi tới", "trước", "sau", "chậm nhất", "kể từ",
                          "muộn nhất", "hạn", "kéo dài đến", "tận", "đến tận", "với", "so với", "hơn", "bằng"]
        case .en: return ["until", "till", "by", "before", "after", "through", "to", "deadline", "since", "than", "with",
                          "compared"]
        }
    }

    /// Does `name` (the words after `head`, a capitalised noun of `vietnameseDatedNouns` that heads a document: "Đạo
    /// luật", "Hiệp ước") continue a document's name written in sentence case ("Đạo luật Chính quyền địa phương", "Các
    /// Hiệp ước Hoà bình Paris"): its first word capitalised and no small word of a clause in it?
    static func continuesDocumentName(head: String, name: some Collection<String>) -> Bool {
        head.first?.isUppercase == true && vietnameseDatedNouns.contains(head.lowercased())
            && !["giá", "sự kiện", "dân số", "điều tra", "bản đồ", "đô la"].contains(head.lowercased())
            && name.first?.first?.isUppercase == true
            && !name.contains(where: { FunctionWords.vietnamese.contains($0.lowercased()) })
    }

    /// Vietnamese nouns that take a year as part of their name ("Hòa ước năm 1884", "Hiến pháp năm 1946").
    static let vietnameseDatedNouns: Set<String> = [
        "ước", "hòa ước", "hiệp ước", "hiệp định", "hiến pháp", "luật", "đạo luật", "dụ", "chiếu", "nghị quyết",
        "sắc lệnh", "tuyên ngôn", "tổng tuyển cử", "tuyển cử", "bầu cử", "vận hội", "điều tra", "dân số", "đô la",
        "giá", "bản đồ", "sự kiện",
    ]
}
