import Foundation
import Timeline

/// Which clause of its sentence a date belongs to, and whether the text states the event as a fact: read from the
/// words that open a clause ("Sau khi", "After", "Ban đầu … sau đó") and the words of a guess ("có lẽ", "probably").
/// Every rule is about the language, never about a text.
enum ClauseOfDate {
    /// Does the date (`dateSurface`) sit inside an opening "Sau khi …," / "After …," clause, so that it dates what
    /// happened before the main clause, not the main clause ("Sau khi giành được chính quyền cuối tháng 8 năm 1945,
    /// nhiều chức sắc … được mời ra tham chính")? A date right after the word ("Sau năm 1975, …") bounds the event
    /// and is left to the boundary rules.
    static func isInOpeningClause(sentence: String, dateSurface: String, language: Language) -> Bool {
        guard !dateSurface.isEmpty else { return false }
        let text = sentence.trimmingCharacters(in: .whitespaces)
        let lower = text.lowercased()
        // ("Sau sự kiện Lư Câu Kiều ngày 7 tháng 7 năm 1937, Thiên Tân …": the date of the event after which)
        let openers = language == .vi ? ["sau khi ", "trước khi ", "sau ", "trước "] : ["after ", "before ", "following "]
        guard let opener = openers.first(where: { lower.hasPrefix($0) }),
              let comma = text.firstIndex(of: ","),
              let date = text.range(of: dateSurface), date.upperBound <= comma else { return false }
        // "After 1945, …", "Before the 1990s, …": the date is the object of the word, not inside a clause
        let between = StatementShape.words(String(text[text.index(text.startIndex, offsetBy: opener.count)..<date.lowerBound]))
        let filler: Set<String> = ["the", "năm", "ngày", "tháng", "early", "late", "mid", "đầu", "cuối", "giữa", "vào", "thế", "kỷ",
                                   "kỉ", "thập", "niên", "những", "các", "hơn", "gần", "khoảng", "đó", "này", "ấy"]
        return !between.allSatisfy { filler.contains($0.lowercased()) }
    }

    /// Does the date sit in a "trước khi …" / "sau khi …" clause that closes the sentence ("Blatter học ở trường Sion
    /// trước khi có bằng cử nhân … từ Đại học Lausanne năm 1959"; "… before receiving his degree in 1959")? It dates
    /// what that clause tells, not the main clause before it.
    static func isInClosingClause(sentence: String, dateSurface: String, language: Language) -> Bool {
        // (the openers are written in small letters mid-sentence: most sentences have none, and are not lowered)
        let openers = language == .vi ? [" trước khi ", " sau khi "] : [" before ", " after "]
        if language == .en, !dateSurface.isEmpty, sentence.contains(" since "), let date = sentence.range(of: dateSurface) {
            // "… the oldest player to finish in the top three since 32-year-old Connors finished at world no. 2 in 1984": a
            // "since" clause with its own past verb dates that clause ("since 1984" alone is a boundary, screened apart)
            let head = sentence[..<date.lowerBound]
            if let since = head.range(of: " since ", options: .backwards),
               StatementShape.words(String(head[since.upperBound...])).contains(where: { word in
                   ["was", "were", "had"].contains(word) || EnglishVerb.base(ofPast: word) != nil }),
               !head[since.upperBound...].contains(where: { ",;:".contains($0) }),
               StatementShape.words(String(sentence[..<since.lowerBound])).count >= 3 {
                return true
            }
        }
        guard !dateSurface.isEmpty, openers.contains(where: sentence.contains),
              let date = sentence.range(of: dateSurface) else { return false }
        let head = sentence[..<date.lowerBound]
        let opener: Range<String.Index>?
        switch language {
        case .vi: opener = openers.compactMap { head.range(of: $0, options: .backwards) }.max { $0.lowerBound < $1.lowerBound }
        case .en:
            // (only before a verb's -ing form: "before the war in 1941" may date the main clause)
            opener = openers.compactMap { word -> Range<String.Index>? in
                guard let range = head.range(of: word, options: .backwards),
                      let next = head[range.upperBound...].split(separator: " ").first, next.count > 5, next.hasSuffix("ing")
                else { return nil }
                return range
            }.max { $0.lowerBound < $1.lowerBound }
        }
        guard let opener else { return false }
        // (a main clause before it, and no comma or stop from the opener to the sentence's end: "Về mặt văn hóa, sau khi
        // cải đạo năm 864, Bulgaria trở thành …" opens on its clause, and the main clause follows)
        return StatementShape.words(String(sentence[..<opener.lowerBound])).count >= 3
            && !sentence[opener.upperBound...].dropLast().contains(where: { ",;:".contains($0) })
    }

    /// Does the date sit in a relative clause after a comma ("Lincoln was a descendant of Samuel Lincoln, who migrated
    /// to Hingham in 1638")? It dates what the relative clause tells, not the main clause. "whom" opens such a clause
    /// with or without its comma ("Tarkovsky was in the same class as Irma Raush whom he married in April 1957").
    static func isInRelativeClause(sentence: String, statement: String, dateSurface: String, language: Language) -> Bool {
        let relatives = [", who ", ", which ", ", whose ", " whom "]
        guard language == .en, !dateSurface.isEmpty, let date = sentence.range(of: dateSurface),
              relatives.contains(where: statement.contains) else { return false }
        let head = sentence[..<date.lowerBound]
        guard let relative = relatives.compactMap({ head.range(of: $0, options: .backwards) })
            .max(by: { $0.lowerBound < $1.lowerBound }) else { return false }
        // the relative clause still open where the date is: no comma between, but for one before a name ("from
        // Norfolk, England to Hingham, Massachusetts") and one that sets the date phrase off (", in 1638")
        let inside = head[relative.upperBound...]
        let closed = inside.indices.contains { index in
            guard inside[index] == "," else { return false }
            let rest = inside[inside.index(after: index)...].drop { $0 == " " }
            if rest.first?.isUppercase == true { return false }
            return !StatementShape.words(String(rest)).allSatisfy { ["in", "on", "at", "the", "of", "about", "around"].contains($0) }
        }
        return !closed && !head[..<relative.lowerBound].isEmpty
    }

    /// Does the statement end on "diễn ra"/"xảy ra" of a "sau …"/"khi …" phrase ("… bị suy giảm sau các vụ án phù thủy ở
    /// Salem diễn ra [thập niên 1690]")? The date was that phrase's, not the main clause's.
    static func endsOnAnotherHappening(padded lower: String, language: Language) -> Bool {
        guard language == .vi, let ending = [" diễn ra ", " xảy ra "].first(where: lower.hasSuffix) else { return false }
        let body = lower.dropLast(ending.count)
        return [" sau ", " trước ", " khi "].contains { body.dropFirst(2).contains($0) }
    }

    /// Does the statement tell two times: it opens on what came first ("Thời gian đầu, …", "Ban đầu …", "At first …")
    /// and turns to what came later ("… nhưng sau đó, …", "… but later …"), or says "sau đó" (afterwards) inside?
    /// Its one date belongs to one of the two.
    static func contrastsTwoTimes(_ statement: String, language: Language) -> Bool {
        contrastsTwoTimes(padded: padded(StatementShape.words(statement)), language: language)
    }

    /// `contrastsTwoTimes` on the statement's words already lowered and padded (`padded(_:)`).
    static func contrastsTwoTimes(padded lower: String, language: Language) -> Bool {
        let first = language == .vi
            ? [" thời gian đầu ", " ban đầu ", " lúc đầu ", " thoạt đầu ", " khởi đầu là "]
            : [" at first ", " initially ", " originally "]
        let later = language == .vi ? [" sau đó ", " về sau ", " sau này "] : [" later ", " afterwards ", " subsequently "]
        // "Quân Đông Tấn tấn công Thành Hán, sau đó đã tiêu diệt nước này": "afterwards" inside the statement — two
        // happenings, one date
        if language == .vi, lower.range(of: " sau đó ").map({ lower.distance(from: lower.startIndex, to: $0.lowerBound) > 1 }) == true {
            return true
        }
        guard let opening = first.compactMap({ lower.range(of: $0) }).first,
              lower.distance(from: lower.startIndex, to: opening.lowerBound) < 12 else { return false }
        return later.contains { lower[opening.upperBound...].contains($0) }
    }

    /// Does the statement open on a time of its own that is not its date ("Gần đây nhất, Ấn Độ giáo được đưa đến …"
    /// dated "cuối thế kỷ XIX"; "Today, the city …")? The date came from another clause.
    static func opensOnAnotherTime(_ statement: String, language: Language) -> Bool {
        guard let comma = statement.firstIndex(of: ",") else { return false }
        let head = StatementShape.words(String(statement[..<comma]).lowercased()).joined(separator: " ")
        let times: Set<String> = language == .vi
            ? ["gần đây", "gần đây nhất", "hiện nay", "hiện tại", "ngày nay", "thời gian đầu", "trước đó", "đến nay",
               "cho đến nay", "từ đó", "từ đó đến nay", "từ đó trở đi", "mới đây", "thời gian gần đây"]
            : ["recently", "most recently", "today", "nowadays", "currently", "at present", "previously", "to date",
               "so far", "since then", "more recently"]
        return times.contains(head)
    }

    /// Is the statement only the frame before "thì" ("Theo Nghị định của Toàn quyền Đông Dương [ngày …] thì kể từ …,
    /// đổi tất cả các hạt …")? What happened comes after "thì", and the statement does not hold it.
    static func isFrameBeforeThen(statement: String, sentence: String, dateSurface: String, language: Language) -> Bool {
        guard language == .vi, !dateSurface.isEmpty, let then = sentence.range(of: " thì "),
              let date = sentence.range(of: dateSurface), date.upperBound <= then.lowerBound else { return false }
        // the frame ends where "thì" begins: another clause between them ("…, và vào năm 2002 thì …") is not it
        let between = sentence[date.upperBound..<then.lowerBound].trimmingCharacters(in: .whitespaces)
        guard between.isEmpty || between == "," else { return false }
        let following = StatementShape.words(String(sentence[then.upperBound...])).prefix(4).map { $0.lowercased() }
        let held = Set(StatementShape.words(statement.lowercased()))
        return !following.isEmpty && !following.contains { held.contains($0) && !FunctionWords.all.contains($0) }
    }

    /// Did removing the date leave a participle bare before a comma ("a feral child caught in 1798, showed …" →
    /// "a feral child caught, showed …") or before the main verb ("… announced in September 1862 gained …")?
    static func leavesParticipleBare(statement: String, sentence: String, dateSurface: String, language: Language) -> Bool {
        guard language == .en, !dateSurface.isEmpty, let date = sentence.range(of: dateSurface) else { return false }
        var before = StatementShape.words(String(sentence[..<date.lowerBound]))
        if let last = before.last, ["in", "on", "by", "about", "around", "c"].contains(last.lowercased()) { before.removeLast() }
        guard let word = before.last, word.first?.isLowercase == true,
              word.hasSuffix("ed") || StatementShape.englishObjectParticiples.contains(word)
                || ["caught", "born", "built", "taken", "given", "seen", "begun", "won", "lost", "sold", "fought"].contains(word)
        else { return false }
        if statement.contains(" " + word + ",") { return true }
        // ("The Emancipation Proclamation announced in September gained votes …" → "… announced gained votes": the
        // participle of the subject, left glued to the main verb)
        guard let at = statement.range(of: " " + word + " "),
              let next = StatementShape.words(String(statement[at.upperBound...])).first else { return false }
        return EnglishVerb.base(ofPast: next) != nil || ["was", "were", "had"].contains(next)
    }

    /// "Bảo tàng Ashmolean, thành lập năm 1683, là …" → "Bảo tàng Ashmolean, thành lập, là …": the date sat in an
    /// insert between commas whose other words, a verb of two or three small words, are left bare on the card.
    static func leavesInsertBare(statement: String, sentence: String, dateSurface: String, language: Language) -> Bool {
        guard language == .vi, !dateSurface.isEmpty, let date = sentence.range(of: dateSurface),
              let open = sentence[..<date.lowerBound].lastIndex(of: ",") else { return false }
        // (an insert closes on a comma; a last segment is the clause's own predicate: "…, đã hoàn thành vào đầu thập
        // niên 1980.")
        guard let close = sentence[date.upperBound...].firstIndex(where: { ",.;".contains($0) }), sentence[close] == ","
        else { return false }
        let insert = String(sentence[sentence.index(after: open)..<date.lowerBound])
            + " " + String(sentence[date.upperBound..<close])
        let governors: Set<String> = ["vào", "năm", "từ", "trong", "ngày", "tháng", "khoảng"]
        let rest = StatementShape.words(insert).filter { !governors.contains($0.lowercased()) }
        guard (1...3).contains(rest.count), rest.allSatisfy({ $0.first?.isLowercase == true }) else { return false }
        let bare = rest.joined(separator: " ")
        return statement.contains(", " + bare + ",")
    }

    /// Is the statement's opening phrase only what governed its removed date ("Bước sang thế kỉ 19, Nigeria …" →
    /// "Bước, Nigeria …"; "Đến mùa đông năm 263, …" → "Đến mùa đông, …"; "Trong hầu hết thế kỷ 20, …")? A phrase
    /// that names something ("Tại Paris năm 1945, …") stands on its own.
    static func leavesGovernorStub(statement: String, sentence: String, dateSurface: String) -> Bool {
        guard !dateSurface.isEmpty, let comma = statement.range(of: ", "), let date = sentence.range(of: dateSurface)
        else { return false }
        let stub = StatementShape.words(String(statement[..<comma.lowerBound]))
        guard (1...4).contains(stub.count), !stub.dropFirst().contains(where: { $0.first?.isUppercase == true }) else {
            return false
        }
        // (four words only after a preposition: "Trong khoảng thời gian, …"; "Spain joined the war, …" is a clause)
        // (and only words of time after it: "Trong buổi lễ tang, …" names an occasion)
        let timeWords: Set<String> = ["khoảng", "thời", "gian", "giai", "đoạn", "kỳ", "những", "năm", "các", "the", "period", "years",
                                      "time", "of"]
        if stub.count == 4, !["trong", "vào", "từ", "suốt", "giữa", "in", "during", "from", "throughout"].contains(stub[0].lowercased())
            || !stub.dropFirst().allSatisfy({ timeWords.contains($0.lowercased()) }) {
            return false
        }
        // ("Cuối cùng vào năm 1625, …": an adverb that stands alone, not a governor)
        if StatementShape.vietnameseLeadingAdverbs.contains(stub.joined(separator: " ").lowercased()) { return false }
        // ("Cuối cùng, vào năm 1625, …": a comma between the phrase and the date sets the phrase apart)
        let before = sentence[..<date.lowerBound]
        if let stubEnd = before.range(of: stub.joined(separator: " "), options: [.backwards, .caseInsensitive]),
           before[stubEnd.upperBound...].contains(",") { return false }
        let head = StatementShape.words(String(before))
        let extra: Set<String> = ["sang", "vào", "năm", "trong", "của", "in", "of", "the", "during"]
        for dropped in 0...2 where head.count >= stub.count + dropped {
            let end = head.count - dropped
            if head[(end - stub.count)..<end].map({ $0.lowercased() }) == stub.map({ $0.lowercased() }),
               head[end...].allSatisfy({ extra.contains($0.lowercased()) }) { return true }
        }
        return false
    }

    /// Is the date in an item of a list announced by a colon ("Các nhà phát minh đó là: …, B ở Stuttgart năm 1886, …",
    /// "The founders were: …")? The item is a name with a gloss, not a clause.
    static func isInAnnouncedList(sentence: String, dateSurface: String, language: Language) -> Bool {
        guard !dateSurface.isEmpty, let colon = sentence.firstIndex(of: ":"),
              let date = sentence.range(of: dateSurface), date.lowerBound > colon else { return false }
        let head = StatementShape.words(String(sentence[..<colon]).lowercased())
        guard let last = head.last else { return false }
        let announcing: Set<String> = language == .vi
            ? ["là", "gồm", "gồm có", "bao gồm", "sau", "như sau", "sau đây"]
            : ["were", "are", "include", "included", "including", "following", "follows"]
        if announcing.contains(last) || head.count >= 2 && announcing.contains(head.suffix(2).joined(separator: " ")) {
            return true
        }
        // "… đã được trao Giải Nobel văn học: Bjørnson năm 1903, Knut Hamsun cho … năm 1920, và Sigrid Undset năm
        // 1928": items after a colon, the verb before it — a head that says something, then three items or more
        // (not a year's line "1945: …", whose head is only a date)
        let items = sentence[colon...].split(separator: ",").count
        let saying = head.contains { !FunctionWords.all.contains($0) && !NameFinder.isDateWord($0) && !$0.allSatisfy(\.isNumber) }
        return items >= 3 && head.count >= 3 && saying && head.contains { ["đã", "được", "là", "has", "have", "had", "were", "was"].contains($0) }
    }

    /// Is the date one of a run of bracketed dates, each after an item of an enumeration ("Các nhà thờ khác gồm có Nhà
    /// thờ Cơ Đốc (1723), Nhà thờ Ba ngôi (1733), …, Nhà thờ Cơ Đốc Jubilee … (1878)"), with no verb marker in the
    /// statement? Then the statement is an item named, not a happening.
    static func isBracketedItem(statement: String, sentence: String, language: Language) -> Bool {
        guard language == .vi, bracketsOpeningOnYear(in: sentence).count >= 3 else { return false }
        let markers: Set<String> = ["đã", "được", "bị", "là", "có", "trở", "thành", "lập", "xây", "ký", "mở"]
        return !StatementShape.words(statement.lowercased()).contains(where: markers.contains)
    }

    /// What the brackets of `sentence` hold, for each that opens on a year of three or four digits ("1723",
    /// "1723–1800"; not "(sinh 1959)").
    static func bracketsOpeningOnYear(in sentence: String) -> [Substring] {
        var found: [Substring] = []
        var rest = Substring(sentence)
        while let open = rest.firstIndex(of: "(") {
            let inside = rest[rest.index(after: open)...].prefix { $0 != ")" }
            let digits = inside.prefix { $0.isNumber }.count
            if (3...4).contains(digits) { found.append(inside) }
            rest = rest[rest.index(after: open)...]
        }
        return found
    }

    /// Does the date, written with no year, sit in an opening "Khi …," / "When …," clause ("Khi gió Đông Nam thổi
    /// vào tháng 7, tháng 8, đoàn tàu buôn bắt đầu rời …")? A month or a day with no year in a "when" clause tells a
    /// season that comes back, not a day that happened; the year the card would give came from another sentence.
    static func isSeasonOfWhenClause(sentence: String, dateSurface: String, language: Language) -> Bool {
        guard !dateSurface.isEmpty, !writesYear(dateSurface, language: language) else { return false }
        let text = sentence.trimmingCharacters(in: .whitespaces)
        let lower = text.lowercased()
        let openers = language == .vi ? ["khi ", "mỗi khi ", "mỗi lần ", "hễ "] : ["when ", "whenever ", "each time "]
        guard openers.contains(where: { lower.hasPrefix($0) }), let comma = text.firstIndex(of: ","),
              let date = text.range(of: dateSurface) else { return false }
        return date.upperBound <= comma
    }

    /// Does a date phrase write its year ("năm 1945", "1603", "tháng 8 năm 43 TCN")? "26 tháng 10", "August 26" do not.
    static func writesYear(_ surface: String, language: Language) -> Bool {
        var run = 0
        for character in surface {
            run = character.isNumber ? run + 1 : 0
            if run >= 3 { return true }
        }
        let words = StatementShape.words(surface.lowercased())
        // (a century or a decade is a span of years: "thế kỷ XX", "thập niên 90", "the 20th century")
        let spans: Set<String> = ["năm", "kỷ", "kỉ", "niên", "century", "centuries", "decade", "millennium"]
        return words.contains { spans.contains($0) || ["tcn", "bc", "bce", "ad", "scn"].contains($0) }
    }

    /// Does the statement only guess ("có lẽ", "tương truyền", "probably", "is said to")? A guess is no fact to learn.
    static func isUncertain(_ statement: String, language: Language) -> Bool {
        isUncertain(padded: padded(StatementShape.words(statement)), language: language)
    }

    /// Does the statement tell something that happens at one moment: a birth or a death (" sinh tại ", " qua đời ",
    /// " was born "), or a beginning with nothing after it ("Vương triều thứ Hai bắt đầu")?
    static func isBirthOrDeath(padded lower: String) -> Bool {
        [" sinh tại ", " sinh ở ", " sinh ra ", " được sinh ", " chào đời ", " qua đời ", " từ trần ", " băng hà ", " tạ thế ",
         " hy sinh ", " born ", " died ", " passed away "].contains(where: lower.contains)
            || [" sinh ", " bắt đầu ", " began ", " started ", " begins "].contains(where: lower.hasSuffix)
    }

    /// "Rheni, được phát hiện năm 1925, là nguyên tố …", "Rhenium, discovered in 1925, is the last …": the date dates a
    /// participle set off by commas right after the subject (the sentence's first comma opens it), not the clause
    /// after it that the statement asks about. (A statement that is the participle itself, "Banco di San Giorgio,
    /// được thành lập tại Genoa", asks what the date dates.)
    static func isInAppositive(sentence: String, statement: String, dateSurface: String, language: Language) -> Bool {
        guard !dateSurface.isEmpty, let range = sentence.range(of: dateSurface),
              let open = sentence[..<range.lowerBound].firstIndex(of: ","),
              sentence[..<range.lowerBound].lastIndex(of: ",") == open,
              let close = sentence[range.upperBound...].firstIndex(of: ","),
              !sentence[..<open].trimmingCharacters(in: .whitespaces).isEmpty else { return false }
        // the statement goes on past the closing comma, into the clause the date does not date
        let after = StatementShape.words(String(sentence[sentence.index(after: close)...])).prefix(3)
        guard after.count == 3, statement.contains(after.joined(separator: " ")) else { return false }
        let inside = StatementShape.words(String(sentence[sentence.index(after: open)..<range.lowerBound]))
        guard let first = inside.first?.lowercased(), inside.count <= 6 else { return false }
        switch language {
        case .vi: return ["được", "bị"].contains(first)
        case .en:
            return first.hasSuffix("ed") && first.count > 4
                || ["built", "born", "founded", "begun", "written", "made", "held", "found", "known"].contains(first)
        }
    }

    /// The words lowered and joined between spaces (" có lẽ đã … "): what the phrase tests of this file look in.
    static func padded(_ words: [String]) -> String {
        " " + words.map { $0.lowercased() }.joined(separator: " ") + " "
    }

    /// `isUncertain` on the statement's words already lowered and padded (`padded(_:)`).
    static func isUncertain(padded lower: String, language: Language) -> Bool {
        let guesses = language == .vi
            ? [" có lẽ ", " có thể đã ", " có thể là ", " dường như ", " hình như ", " tương truyền ", " nghe nói ", " được tin là ",
               " phỏng đoán ", " có khả năng đã ", " theo truyền thuyết ", " dự kiến sẽ ", " được dự báo ", " dự báo sẽ ",
               " với kế hoạch ", " theo kế hoạch ",  // (a plan: "Năm 2020 với kế hoạch …, thì sân … sẽ được nhường …")
               // ("Cấp cao XII dự định tổ chức vào năm 2006": planned, then moved)
               " dự định tổ chức ", " dự kiến tổ chức ", " dự định sẽ ", " dự kiến diễn ra ", " dự định diễn ra ",
               // "năm 1773 hoặc sớm hơn": the text gives a latest date, not the date
               " hoặc sớm hơn ", " hoặc trước đó ", " hoặc muộn hơn ", " hoặc sau đó ",
               // a forecast ("Theo dự đoán của bộ Nông nghiệp Mỹ, trữ lượng gạo …") tells what was expected
               " theo dự đoán ", " theo dự báo ", " được dự đoán ", " dự đoán sẽ ", " dự báo tới ", " dự báo đến ",
               " dự báo rằng ", " dự đoán tới ", " dự đoán đến ", " dự đoán rằng "]
            : [" probably ", " possibly ", " perhaps ", " presumably ", " allegedly ", " reportedly ", " supposedly ",
               " apparently ", " may have ", " might have ", " could have ", " is thought ", " was thought ",
               " are thought ", " were thought ", " is said to ", " was said to ", " were said to ", " according to legend ",
               " legend has it ", " is believed to ", " was believed to ", " is expected to ", " are expected to ",
               " is projected to ", " plans to ", " planned to ", " was to be ", " were to be ", " or earlier ",
               " or later ", " or before ", " is forecast to ", " was forecast to ", " according to forecasts "]
        return guesses.contains { lower.contains($0) }
    }

    /// Is the event's date (in a Vietnamese text) the horizon of a plan the sentence names before it ("phê duyệt quy
    /// hoạch … đến năm 2030", "chiến lược phát triển đến năm 2020, tầm nhìn đến năm 2030")? Such a bound dates nothing.
    static func isPlanHorizon(_ event: Event) -> Bool {
        guard !event.dateSurface.isEmpty,
              let range = event.sentence.range(of: event.dateSurface) else { return false }
        let before = event.sentence[..<range.lowerBound].lowercased()
        guard before.hasSuffix("đến ") || before.hasSuffix("tới ") else { return false }
        return ["quy hoạch", "chiến lược", "kế hoạch", "tầm nhìn", "định hướng"].contains { before.contains($0) }
    }
}
