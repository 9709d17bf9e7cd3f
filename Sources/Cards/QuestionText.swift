import Foundation
import Timeline

/// Shared wording rules for questions: the question phrase per precision, and keeping the answer out of the prompt.
enum QuestionText {
    /// The Vietnamese question phrase for a date at `date`'s precision; for the past it goes at the end
    /// ("… vào năm nào?"), never "Khi nào …" at the start, which asks about the future.
    static func vietnameseDateQuestion(for date: EventDate?) -> String {
        if date?.isPeriod == true { return "trong khoảng thời gian nào" }
        switch date?.single?.precision {
        case .day: return "vào ngày tháng năm nào"
        case .month: return "vào tháng năm nào"
        case .decade: return "vào thập niên nào"
        case .century: return "vào thế kỷ nào"
        case .year, nil: return "vào năm nào"
        }
    }

    /// The English question phrase for a date at `date`'s precision ("In what year").
    static func englishDateQuestion(for date: EventDate?) -> String {
        if date?.isPeriod == true { return "In which period" }
        switch date?.single?.precision {
        case .day: return "On what date"
        case .month: return "In what month and year"
        case .decade: return "In which decade"
        case .century: return "In which century"
        case .year, nil: return "In what year"
        }
    }

    /// The date question for an event's statement in `language`, or nil when the statement cannot be asked
    /// without giving its own date away; `context` (the source sentence) shows how words are capitalised.
    static func dateQuestion(statement: String, date value: EventDate?, in language: Language,
                             context: String = "", surface: String = "", common: Set<String> = []) -> String? {
        guard let statement = statementWithoutOwnDate(statement, date: value, in: language) else { return nil }
        let prompt: String
        switch language {
        case .vi:
            if let named = vietnameseNamedHappening(statement) {
                prompt = named + " diễn ra " + vietnameseDateQuestion(for: value) + "?"
            } else if let begins = vietnameseHappeningThatBegins(statement) {
                prompt = begins.happening + " " + begins.verb + " " + vietnameseDateQuestion(for: value) + "?"
            } else if let deed = vietnameseDeed(statement) {
                prompt = "Sự kiện " + deed.prefix(1).lowercased() + deed.dropFirst() + " diễn ra " + vietnameseDateQuestion(for: value) + "?"
            } else {
                prompt = vietnamesePlacing(vietnameseDateQuestion(for: value),
                                           in: vietnameseShortened(statement, context: context, surface: surface),
                                           context: context, surface: surface) + "?"
            }
        case .en:
            // ("… living in Los Angeles from 1937 until his death": the year opens a span whose end is no date; asked
            // "in what year did he live …", the question would take the start for the whole)
            if opensSpanToNoDate(context: context, surface: surface) { return nil }
            // ("The Americans evacuated Manhattan, and fought the Battle of White Plains … on October 28": the date is
            // the second clause's, and a question on the statement would give it to the first)
            if secondClauseDated(statement: statement, context: context, surface: surface, byVerb: true) { return nil }
            let statement = englishDatedClause(statement, context: context, surface: surface)
            prompt = EnglishQuestion.question(statement: englishFirstClause(statement, context: context, surface: surface),
                                                          asking: englishDateQuestion(for: value), context: context, common: common)
        }
        return reveals(prompt, date: value) ? nil : prompt
    }

    /// Nouns of a happening a name follows ("Trận Yamazaki", "Chiến dịch Lam Sơn 719").
    static let vietnameseHappeningNouns = ["Trận", "Chiến dịch", "Hội nghị", "Khởi nghĩa", "Cuộc khởi nghĩa", "Sự biến",
                                           "Chiến tranh", "Cuộc chiến"]

    /// "Trận Yamazaki, chiến thắng của Toyotomi Hideyoshi trước Akechi Mitsuhide": a happening named, with at most an
    /// apposition and no verb, as the subject of "diễn ra" ("Trận Yamazaki (chiến thắng của …)"); nil for any other
    /// statement.
    static func vietnameseNamedHappening(_ statement: String) -> String? {
        guard let noun = vietnameseHappeningNouns.first(where: { statement.hasPrefix($0 + " ") }) else { return nil }
        let rest = statement.dropFirst(noun.count + 1)
        let nameWords = StatementShape.words(String(rest)).prefix { $0.first?.isUppercase == true || $0.allSatisfy(\.isNumber) }
        guard !nameWords.isEmpty, let nameEnd = rest.range(of: nameWords.joined(separator: " ")),
              nameEnd.lowerBound == rest.startIndex else { return nil }
        let name = noun + " " + rest[..<nameEnd.upperBound]
        let tail = rest[nameEnd.upperBound...]
        if tail.isEmpty { return name }
        guard tail.hasPrefix(", "), !tail.dropFirst(2).contains(",") else { return nil }
        let apposition = String(tail.dropFirst(2))
        let padded = " " + StatementShape.words(apposition.lowercased()).joined(separator: " ") + " "
        guard ![" đã ", " được ", " bị ", " diễn ", " xảy ", " kết thúc ", " nổ ra ", " bắt đầu ", " là ", " khiến ",
                 " làm ", " đánh ", " giành "].contains(where: padded.contains) else { return nil }
        return name + " (" + apposition + ")"
    }

    /// A Vietnamese statement that names a deed by its verb in one clause — a timeline's "Thành lập Đảng Cộng sản Việt
    /// Nam", or "Sự thành lập Hội đồng tương trợ kinh tế" with no verb after it — as the deed ("Thành lập …"), asked
    /// "Sự kiện thành lập … diễn ra vào năm nào?"; nil for any other statement, or one that already says it happened
    /// ("Xảy ra chiến dịch …").
    static func vietnameseDeed(_ statement: String) -> String? {
        var deed = statement
        // ("Sự xuất hiện của Hồi giáo đã lấy đi …" is a subject and its predicate)
        if statement.hasPrefix("Sự "), case let rest = StatementShape.words(String(statement.dropFirst(3))),
           StatementShape.opensOnBareVerb(rest),
           !rest.contains(where: { ["đã", "được", "bị", "là", "làm", "gây", "khiến", "dẫn", "đánh", "mở", "có"].contains($0) }) {
            deed = String(statement.dropFirst(3).prefix(1).uppercased() + statement.dropFirst(4))
        }
        let words = StatementShape.words(deed)
        guard StatementShape.opensOnBareVerb(words), !deed.contains(", "),
              !["xảy ra", "diễn ra"].contains(words.prefix(2).joined(separator: " ").lowercased()) else { return nil }
        return deed
    }

    /// "Bùng nổ sự kiện vịnh Con Lợn", "Kết thúc cuộc khủng hoảng …": a timeline's entry whose verb tells a happening
    /// start or end, then the happening, as ("Sự kiện vịnh Con Lợn", "bùng nổ") — asked "Sự kiện vịnh Con Lợn bùng nổ
    /// vào …?", not "Sự kiện bùng nổ sự kiện …".
    static func vietnameseHappeningThatBegins(_ statement: String) -> (happening: String, verb: String)? {
        let lower = statement.lowercased()
        for verb in ["bùng nổ", "nổ ra", "kết thúc", "bắt đầu", "khai mạc", "bế mạc"] where lower.hasPrefix(verb + " ") {
            let rest = String(statement.dropFirst(verb.count + 1))
            guard ["sự kiện ", "cuộc ", "trận ", "chiến tranh ", "phong trào ", "hội nghị ", "đại hội "]
                .contains(where: { rest.lowercased().hasPrefix($0) }), !rest.contains(", ") else { return nil }
            return (rest.prefix(1).uppercased() + rest.dropFirst(), verb)
        }
        return nil
    }

    /// Words that open an aside after a comma: an apposition, a purpose, a place, a consequence.
    static let vietnameseAsides: Set<String> = ["một", "xin", "nhằm", "để", "với", "trong", "tại", "ở", "là", "bao", "tức",
                                                "nơi", "theo", "cho", "khiến", "giúp", "tạo", "mở"]
    /// Words that open a clause leaning on another one.
    static let vietnameseSubordinators: Set<String> = ["do", "vì", "bởi", "khi", "sau", "trước", "nếu", "ngoại", "mặc", "tuy",
                                                       "dù", "nhờ", "để", "cùng", "phải", "giữa"]

    /// A Vietnamese statement too long to ask (more than `CardCheck.maxPromptWords` words with its question phrase)
    /// cut at its last comma when what follows is an aside to the end (", một lộ trình cho …", ", xin phép …"), what
    /// is kept is a clause short enough that opens on its subject, and the date stood before the cut in the
    /// sentence; otherwise the statement as it is.
    static func vietnameseShortened(_ statement: String, context: String, surface: String) -> String {
        let limit = CardCheck.maxPromptWords - 5  // room for the question phrase ("vào ngày tháng năm nào")
        guard StatementShape.words(statement).count > limit, !surface.isEmpty,
              let date = context.range(of: surface) else { return statement }
        // "Sau một thời gian nắm tình hình và chuẩn bị, Nguyễn Ái Quốc đã triệu tập …": an opening phrase of time or
        // manner that names nothing goes first
        if let comma = statement.range(of: ", "), case let head = StatementShape.words(String(statement[..<comma.lowerBound])),
           (2...12).contains(head.count), ["sau", "trước", "với", "nhờ", "trải", "qua"].contains(head[0].lowercased()),
           !head.dropFirst().contains(where: { $0.first?.isUppercase == true || $0.first?.isNumber == true }),
           statement[comma.upperBound...].first?.isUppercase == true {
            return vietnameseShortened(String(statement[comma.upperBound...]), context: context, surface: surface)
        }
        var best: String?
        // "… lần đầu tiên được sử dụng bởi Charles Krauthammer để mô tả "…"": a purpose with no comma before it
        // closes the clause too, when the date came before it and no other clause follows
        if let purpose = statement.range(of: " để "), statement.range(of: ", ", range: purpose.upperBound..<statement.endIndex) == nil {
            let head = String(statement[..<purpose.lowerBound])
            let count = StatementShape.words(head).count
            let opening = StatementShape.words(head).first?.lowercased() ?? ""
            if count >= 10, count <= limit, !Self.vietnameseSubordinators.contains(opening), StatementShape.isBalanced(head),
               let cut = context.range(of: " để "), date.upperBound <= cut.lowerBound {
                best = head
            }
        }
        var from = statement.startIndex
        while let comma = statement.range(of: ", ", range: from..<statement.endIndex) {
            from = comma.upperBound
            let head = String(statement[..<comma.lowerBound])
            let count = StatementShape.words(head).count
            // what is cut is an aside: an apposition, a purpose, a place ("…, một lộ trình cho …", "…, xin phép …");
            // what is kept opens on its subject, not on a clause that leans on the one cut ("Do …", "Ngoại trừ …")
            let next = StatementShape.words(String(statement[comma.upperBound...])).first ?? ""
            let opening = StatementShape.words(head).first?.lowercased() ?? ""
            // (and it runs to the end: "…của SWET, bao gồm …, tiếp tục sử dụng …" goes back to its clause after it)
            // ("…, thuộc Pác Bó, huyện Hà Quảng, tỉnh Cao Bằng": an address runs on over its commas)
            let address = ["thuộc", "huyện", "tỉnh", "xã", "quận", "thị", "làng", "gần"].contains(next)
            guard count >= 10, count <= limit, Self.vietnameseAsides.contains(next) || address,
                  address || statement.range(of: ", ", range: comma.upperBound..<statement.endIndex) == nil,
                  !Self.vietnameseSubordinators.contains(opening),
                  head.filter({ $0 == "(" }).count == head.filter({ $0 == ")" }).count,
                  head.filter({ $0 == "\"" }).count % 2 == 0 else { continue }
            // the date belongs to the part kept: the sentence writes it before the comma that follows the head's last
            // words ("… bắt đầu năm 1991, trong khuôn khổ …")
            let tail = StatementShape.words(head).suffix(3).joined(separator: " ")
            guard let end = context.range(of: tail) else { continue }
            let cut = context.range(of: ", ", range: end.upperBound..<context.endIndex)?.lowerBound ?? context.endIndex
            guard date.lowerBound < cut else { continue }
            best = head
        }
        return best ?? statement
    }

    /// Words that open a second clause of its own after ", and" ("…, and she returned to Hollywood …").
    static let englishSecondClauseOpeners: Set<String> = ["he", "she", "they", "it", "his", "her", "their", "its", "during"]

    /// An English statement that goes on after its date's clause with ", and" and a clause of its own ("Rand sold the
    /// rights for a film version to Warner Bros., and she returned to Hollywood to write the screenplay") cut to that
    /// first clause, when the sentence writes the date before the cut; otherwise the statement as it is (the screen
    /// drops one whose date is the second clause's: `secondClauseDated`).
    static func englishFirstClause(_ statement: String, context: String, surface: String) -> String {
        guard let cut = englishSecondClause(in: statement, byVerb: true), !surface.isEmpty, let date = context.range(of: surface),
              let contextCut = englishSecondClause(in: context, byVerb: true), date.upperBound <= contextCut.lowerBound
        else { return statement }
        return String(statement[..<cut.lowerBound])
    }

    /// The clause of an English statement its date belongs to, when an opening clause or phrase tells another thing.
    /// "Although the patent office promoted Einstein … in 1906, he had not given up on academia": the date is the
    /// promotion's, asked alone ("… did the patent office promote Einstein …?"); a date after the comma is the main
    /// clause's, asked alone when that clause opens on a name. "Born and educated in Russia, Rand moved to the United
    /// States in 1926": the participle phrase is left out ("… did Rand move …?"), unless the date was inside it.
    /// Anything else is returned as it is.
    static func englishDatedClause(_ statement: String, context: String, surface: String) -> String {
        guard !surface.isEmpty, let date = context.range(of: surface), let comma = statement.range(of: ", "),
              let contextComma = context.range(of: ", ") else { return statement }
        let head = statement[..<comma.lowerBound], main = String(statement[comma.upperBound...])
        guard !head.contains("("), !head.contains("\""), StatementShape.words(String(head)).count <= 16,
              case let mainWords = StatementShape.words(main), mainWords.count >= 3,
              let mainFirst = mainWords.first else { return statement }
        let dateInHead = date.upperBound <= contextComma.lowerBound
        let mainOpensOnName = mainFirst.first?.isUppercase == true
            && !StatementShape.englishOpeners.contains(mainFirst.lowercased())
            && !EnglishQuestion.leadingAdverbials.contains(mainFirst)
        if let opener = ["Although ", "Though ", "Even though "].first(where: { statement.hasPrefix($0) }) {
            if dateInHead {
                let clause = head.dropFirst(opener.count)
                guard let first = clause.first, StatementShape.words(String(clause)).count >= 3 else { return statement }
                return first.uppercased() + clause.dropFirst()
            }
            return mainOpensOnName ? main : statement
        }
        let firstWord = StatementShape.words(String(head)).first?.lowercased() ?? ""
        let participle = firstWord == "born" || firstWord.count > 4 && firstWord.hasSuffix("ed")
            && EnglishVerb.base(ofPast: firstWord) != nil
        guard participle, !dateInHead, mainOpensOnName else { return statement }
        return main
    }

    /// Where ", and" opens a second clause of its own in `text` (`englishSecondClauseOpeners`), or nil. So does a
    /// verb in the past within its first few words, with or without a subject of its own (", and fought the Battle of
    /// White Plains", ", and Howe finally outmaneuvered Washington", ", and the British government forced them …").
    /// `byVerb` finds the second kind too (for a date question; a cloze shows its date, whichever clause it dates).
    static func englishSecondClause(in text: String, byVerb: Bool = false) -> Range<String.Index>? {
        var from = text.startIndex
        while let and = text.range(of: ", and ", range: from..<text.endIndex) {
            from = and.upperBound
            let next = text[and.upperBound...].prefix { $0.isLetter }.lowercased()
            if englishSecondClauseOpeners.contains(next) { return and }
            // (not inside brackets, and only after a clause with a verb of its own: "The Art Direction, Cinematography,
            // and Costume Design awards were split" is one clause)
            guard byVerb, case let head = text[..<and.lowerBound],
                  head.filter({ $0 == "(" }).count == head.filter({ $0 == ")" }).count,
                  head.split(separator: " ").contains(where: { StatementShape.isEnglishVerb(String($0)) }) else { continue }
            let words = text[and.upperBound...].prefix { $0 != "," && $0 != "(" }.split(separator: " ").prefix(5)
                .map(String.init)
            // (a verb after a preposition or a relative word belongs to a phrase inside the first clause)
            if let verb = words.firstIndex(where: { word in
                word.first?.isLowercase == true && (EnglishVerb.isPastBe(word) || EnglishVerb.base(ofPast: word) != nil)
            }), words[..<verb].allSatisfy({ !Self.boundWords.contains($0.lowercased()) }) {
                return and
            }
        }
        return nil
    }

    /// Does the English sentence `context` write its date `surface` as the start of a span that ends on no date
    /// ("from 1937 until his death", "from 1990 to the present")?
    static func opensSpanToNoDate(context: String, surface: String) -> Bool {
        guard !surface.isEmpty, let date = context.range(of: surface),
              context[..<date.lowerBound].lowercased().hasSuffix("from ") else { return false }
        let after = context[date.upperBound...].lowercased()
        guard let end = ["until ", "till ", "to "].first(where: { after.hasPrefix(" " + $0) }) else { return false }
        let next = after.dropFirst(end.count + 1).prefix { $0.isLetter || $0.isNumber }
        return !next.isEmpty && !next.allSatisfy(\.isNumber) && MonthName.englishMonth(String(next)) == nil
    }

    /// Words after which a verb belongs to a phrase, not to a clause of its own ("…, and the men who fought …").
    static let boundWords: Set<String> = ["to", "of", "in", "by", "for", "with", "from", "on", "at", "who", "which", "that"]

    /// Does the sentence date the second clause of an English statement (", and he …" after it, the date past that
    /// point)? A question on the first clause would then take the other clause's date.
    static func secondClauseDated(statement: String, context: String, surface: String, byVerb: Bool = false) -> Bool {
        guard englishSecondClause(in: statement, byVerb: byVerb) != nil, !surface.isEmpty, let date = context.range(of: surface),
              let contextCut = englishSecondClause(in: context, byVerb: byVerb) else { return false }
        return date.lowerBound >= contextCut.upperBound
    }

    /// The statement with the Vietnamese question phrase where a teacher puts it: at the end, unless the statement
    /// goes on past a comma after the clause its date belonged to. Then the phrase closes that clause ("… trong trận
    /// chung kết vào năm nào, và anh đã …"), or opens the question when the date opened the sentence ("Vào thập
    /// niên nào, Cambridge mở thêm …, số lượng … gia tăng?").
    static func vietnamesePlacing(_ phrase: String, in statement: String, context: String, surface: String) -> String {
        // "Tháng 9 năm 2007, InformationWeek đăng tải một nghiên cứu … cho biết Google đã nộp …": asked at the end, the
        // question would ask when Google filed; the date opened the sentence, so it opens the question
        // So does one that ends on a clause of purpose or time ("… thành Groove để gắn với việc phát hành Windows 10 sắp
        // được diễn ra"): asked at the end, the question would ask when Windows 10 comes out
        if !surface.isEmpty, let date = context.range(of: surface),
           reportsSpeech(statement) || endsOnPurposeOrTimeClause(statement),
           StatementShape.words(String(context[..<date.lowerBound])).allSatisfy({ sentenceOpeningDateWords.contains($0.lowercased()) }) {
            return phrase.prefix(1).uppercased() + phrase.dropFirst() + ", " + openingInsideQuestion(statement, context: context)
        }
        guard !surface.isEmpty, let comma = statement.range(of: ", "),
              StatementShape.words(String(statement[..<comma.lowerBound])).count >= 3,
              let date = context.range(of: surface) else { return statement + " " + phrase }
        // what follows a comma is a clause of its own (", là …", ", nơi …", ", số lượng … gia tăng"), not a name or
        // a noun in apposition (", Hoàng tử Edward", ", một liên bang lỏng lẻo")
        func goesOnAsClause(after comma: Range<String.Index>) -> Bool {
            let rest = StatementShape.words(String(statement[comma.upperBound...]))
            guard let first = rest.first?.lowercased() else { return false }
            if ["là", "nơi", "và", "nhưng", "song", "khiến", "dù", "mặc", "trong", "đồng", "còn", "rồi"].contains(first) {
                return true
            }
            let apposition: Set<String> = ["một", "người", "em", "anh", "chị", "con", "vợ", "chồng", "tức", "tên", "gồm",
                                           "bao", "như", "cả", "cùng", "các", "những", "nay", "sau", "gọi", "được", "còn"]
            return rest.count >= 5 && !apposition.contains(first)
        }
        let fronted: Set<String> = ["dưới", "sau", "trước", "trong", "đến", "với", "theo", "nhân", "khi", "vào", "từ",
                                    "suốt", "tại", "ở", "giữa", "cuối", "đầu"]
        let opensOnSubject = !fronted.contains(StatementShape.words(statement).first?.lowercased() ?? "")
        // the words the sentence writes just before its date, found in the statement right before a comma: the
        // phrase closes that clause
        let before = StatementShape.words(String(context[..<date.lowerBound]))
        // (with "about", removed along with the date: "xuất hiện vào khoảng thế kỷ 6"; not "đầu", which ends "bắt đầu")
        let dateWords: Set<String> = ["vào", "năm", "trong", "ngày", "tháng", "hồi", "từ", "khoảng", "chừng"]
        let lead = Array(before.reversed().drop { dateWords.contains($0.lowercased()) }.prefix(3).reversed())
        // (the lead runs into the date, or the date is an insert after it between commas: "Nhà Hán suy yếu, năm 192 dân
        // …" dates what follows)
        let afterDate = context[date.upperBound...].drop(while: { $0 == " " })
        let leadRunsIntoDate = !Self.textBetween(lead: lead, andDateAt: date, in: context).contains(",")
            || afterDate.first == "," || afterDate.hasPrefix("và ")
        if opensOnSubject, !lead.isEmpty, leadRunsIntoDate, let at = statement.range(of: lead.joined(separator: " ") + ", "),
           StatementShape.words(String(statement[..<at.upperBound])).count >= 4, goesOnAsClause(after: at) {
            let end = statement.index(at.upperBound, offsetBy: -2)
            // "… bắt đầu vào năm nào, và cảng Sydney từ đó đã chứng kiến …?": a clause joined on with its own subject
            // is not asked; the question ends with the clause the date belonged to
            let joined = StatementShape.words(String(statement[at.upperBound...])).first?.lowercased() ?? ""
            if ["và", "nhưng", "song", "còn", "rồi"].contains(joined) { return String(statement[..<end]) + " " + phrase }
            // "Lựa chọn … cho giải thưởng năm 2004, nữ nhà văn …, đã bị chỉ trích": a year written straight after a noun
            // names which one; asked where it stood, it keeps the source's shape ("cho giải thưởng năm nào, …")
            let between = Self.textBetween(lead: lead, andDateAt: date, in: context)
            if phrase == "vào năm nào", between == " ", surface.lowercased().hasPrefix("năm "),
               let last = lead.last?.lowercased(), !fronted.contains(last), !dateWords.contains(last),
               !["là", "của", "cho", "và"].contains(last) {
                return String(statement[..<end]) + " năm nào" + String(statement[end...])
            }
            return String(statement[..<end]) + " " + phrase + String(statement[end...])
        }
        // the date opened the sentence: the question phrase opens the question
        let opening = context[..<date.lowerBound].trimmingCharacters(in: .whitespaces)
        if goesOnAsClause(after: comma),
           StatementShape.words(opening).allSatisfy({ sentenceOpeningDateWords.contains($0.lowercased()) }) {
            return phrase.prefix(1).uppercased() + phrase.dropFirst() + ", " + openingInsideQuestion(statement, context: context)
        }
        return statement + " " + phrase
    }

    /// The words that may stand before a date that opens a Vietnamese sentence ("Vào năm 1990, …").
    static let sentenceOpeningDateWords: Set<String> = ["vào", "trong", "suốt", "từ", "đến", "cho"]

    /// Does a Vietnamese statement report what someone said or wrote ("… cho biết Google đã nộp …", "… nói rằng …")?
    /// Its date is the report's, and a question phrase at the end would ask the reported clause's.
    static func reportsSpeech(_ statement: String) -> Bool {
        let words = StatementShape.words(statement).map { $0.lowercased() }
        guard words.count >= 6 else { return false }
        for (index, word) in words.enumerated() where index >= 2 && index < words.count - 3 {
            if word == "rằng" { return true }
            if word == "biết", words[index - 1] == "cho" { return true }
        }
        return false
    }

    /// Does a Vietnamese statement go on, after its main clause, with a clause of purpose or time ("… để gắn với …",
    /// "… nhằm …", "… khi quân Pháp rút")? A question phrase at its end would ask that clause.
    static func endsOnPurposeOrTimeClause(_ statement: String) -> Bool {
        let words = StatementShape.words(statement).map { $0.lowercased() }
        guard words.count >= 8 else { return false }
        for (index, word) in words.enumerated() where index >= 3 && index < words.count - 3 {
            switch word {
            case "nhằm", "khi": return true
            // (not the verbs "để lại", "để ý", "để tâm")
            case "để": if !["lại", "ý", "tâm", "dành"].contains(words[index + 1]) { return true }
            default: continue
            }
        }
        return false
    }

    /// A Vietnamese statement as it reads after a question phrase that opens the question: its first word in small
    /// letters when it is a function word, a common noun, or written small elsewhere in the sentence.
    static func openingInsideQuestion(_ statement: String, context: String) -> String {
        guard let word = StatementShape.words(statement).first, FunctionWords.all.contains(word.lowercased())
            || StatementShape.opensOnCommonNoun(StatementShape.words(statement))
            || (context.contains(" " + word.lowercased() + " ") && !context.contains(" " + word + " ")) else { return statement }
        return word.lowercased() + statement.dropFirst(word.count)
    }

    /// The text of `context` between the last words `lead` before the date at `date` and the date.
    static func textBetween(lead: [String], andDateAt date: Range<String.Index>, in context: String) -> Substring {
        guard let last = lead.last, let end = context.range(of: last, options: .backwards,
                                                             range: context.startIndex..<date.lowerBound)?.upperBound
        else { return "" }
        return context[end..<date.lowerBound]
    }

    /// The statement without its closing full stop.
    static func trimmedStatement(_ statement: String) -> String {
        var text = PlainText.trimming(CitationMarks.removed(from: statement), PlainText.whitespaceOrNewline)
        while let last = text.last, ".;,:".contains(last) { text.removeLast() }
        return PlainText.trimming(text, PlainText.whitespace)
    }

    /// `statement` (trimmed) with any phrase or parenthesis that states its own date removed
    /// (`Từ năm 1994, NATO…` → `NATO…`, `… (1991)` → `…`); nil when the year would still show.
    static func statementWithoutOwnDate(_ statement: String, date value: EventDate?, in language: Language) -> String? {
        withoutOwnDate.value(for: StatementDate(statement: statement, date: value, language: language)) {
            computeStatementWithoutOwnDate($0.statement, date: $0.date, in: $0.language)
        }
    }

    /// A statement with its date, the key of `withoutOwnDate`.
    struct StatementDate: Hashable, Sendable {
        var statement: String
        var date: EventDate?
        var language: Language
    }

    /// `statementWithoutOwnDate`, worked out once per statement and date.
    static let withoutOwnDate = Memo<StatementDate, String?>()

    static func computeStatementWithoutOwnDate(_ statement: String, date value: EventDate?, in language: Language) -> String? {
        let years = Set(years(of: value))
        var text = trimmedStatement(statement)
        // "Microsoft phát hành Windows 2000 Datacenter": the year is part of a name, which the card cannot show
        // without the answer nor cut without breaking the name
        // (right after a capitalised word and a space: "Nhà Mạc (1527–1592)" brackets a span, not a name)
        let words = text.split(separator: " ")
        if zip(words, words.dropFirst()).contains(where: { pair in
            pair.0.first?.isUppercase == true && pair.0.last?.isLetter == true && years.contains { String($0) == pair.1 }
                && !MonthName.english.contains(String(pair.0))
        }) { return nil }
        let days = value?.calendarDates.filter { $0.precision == .day } ?? []
        let statesDate = { (match: String) in
            years.contains { containsNumber($0, in: match) } || days.contains { mentionsDayAndMonth(of: $0, in: match) }
        }
        // (The bracket pattern needs a bracket.)
        if text.utf8.contains(0x28) || text.utf8.contains(0x5B) {
            text = removing(Patterns.parenthesis, from: text, where: statesDate)
        }
        text = removing(Patterns.datePhrase, from: text, where: statesDate)
        text = removing(Patterns.dayMonthPhrase, from: text, where: statesDate)
        if text.contains(" tuổi") || text.contains("age") {
            text = replacing(Patterns.closingAge, in: text, with: "")
            // ("At age 23, Lincoln and a partner bought …", "…, aged 19, joined …": the same at the opening or inside)
            let opened = replacing(Patterns.openingAge, in: text, with: "")
            if opened != text, let first = opened.first { text = first.uppercased() + opened.dropFirst() }
            text = replacing(Patterns.insertedAge, in: text, with: ",")
        }
        text = tidy(text)
        if language == .vi { text = withoutAlso(text) }
        guard text.split(separator: " ").count >= 2, !reveals(text, date: value) else { return nil }
        return text
    }

    /// A Vietnamese statement without its "cũng" ("also") before a verb: read alone, a card has nothing for it to add
    /// to ("Cách mạng tư sản Anh cũng đem đến …"), and after "ai" it would ask "everyone" ("Năm 622, ai cũng quy
    /// phục …?"). "cũng như" ("as well as"), "cũng vậy", "cũng thế" join or compare, and stay.
    static func withoutAlso(_ statement: String) -> String {
        guard statement.contains("cũng ") else { return statement }
        var words = statement.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var index = 1
        while index < words.count - 1 {
            if words[index] == "cũng", words[index - 1].last?.isLetter == true,
               !["như", "vậy", "thế"].contains(words[index + 1].lowercased()) {
                words.remove(at: index)
            } else {
                index += 1
            }
        }
        return words.joined(separator: " ")
    }

    /// True when `prompt` gives away `date`: it holds one of its years, or its rendering.
    static func reveals(_ prompt: String, date value: EventDate?) -> Bool {
        guard let value else { return false }
        for year in years(of: value) where containsNumber(year, in: prompt) { return true }
        // "SAP NetWeaver04": a name that ends on the year's last two digits names its year
        for year in years(of: value) where year >= 1900 && namesTwoDigitYear(year % 100, in: prompt) { return true }
        // (either end of a period of days: "9 tháng 5" gives away half of "from 9 to 10 May 1860")
        for date in value.calendarDates where date.precision == .day && mentionsDayAndMonth(of: date, in: prompt) {
            return true
        }
        // "Trần Trọng Kim sinh (Quý Mùi) … vào năm nào?": the year's name in the sixty-year cycle fixes it
        if let date = value.startDate, date.precision >= .year, CycleYear.isNamed(in: prompt) { return true }
        // "… xâm lăng (711-718) … vào thế kỷ nào?": a year inside the decade or century asked gives it away
        for date in value.calendarDates {
            guard date.year >= 0, date.precision == .decade || date.precision == .century else { continue }
            let span = date.year..<(date.year + (date.precision == .decade ? 10 : 100))
            if numbers(in: prompt).contains(where: { $0 >= 100 && span.contains($0) }) { return true }
        }
        let key = TextNormalizer.answerKey(prompt)
        return renderedKeys.value(for: value) { value in
            Language.allCases.compactMap { DateText.render(value, in: $0).map(TextNormalizer.answerKey) }
        }.contains { key.contains($0) }
    }

    /// Does a capitalised name of `prompt` end on `twoDigits` glued to its letters ("NetWeaver04")? (Apart, the number
    /// may be anything: "Big 12" is no year.)
    static func namesTwoDigitYear(_ twoDigits: Int, in prompt: String) -> Bool {
        let suffix = twoDigits < 10 ? "0\(twoDigits)" : String(twoDigits)
        guard prompt.contains(suffix) else { return false }
        let words = prompt.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "?" || $0 == "(" || $0 == ")" })
        for word in words {
            if word.count > 2, word.hasSuffix(suffix), word.first?.isUppercase == true,
               word.dropLast(2).last?.isLetter == true, word.dropLast(2).allSatisfy({ $0.isLetter }) { return true }
        }
        return false
    }

    /// The answer keys of a date's renderings in each language, worked out once per date.
    static let renderedKeys = Memo<EventDate, [String]>()

    /// True when `text` names the day and month of `date` without its year (`28/8`, `ngày 28 tháng 8`,
    /// `August 28`, `28 August`): for a question about that day, most of the answer.
    static func mentionsDayAndMonth(of date: DateValue, in text: String) -> Bool {
        guard let month = date.month, let day = date.day else { return false }
        let words = TextNormalizer.answerKey(text).split(separator: " ").map(String.init)
        let d = String(day), m = String(month), name = MonthName.english[month - 1].lowercased()
        func isDay(_ word: String) -> Bool { word == d || word == "0" + d || word == d + "th" || word == d + "st"
            || word == d + "nd" || word == d + "rd" }
        func isMonth(_ word: String) -> Bool { word == m || word == "0" + m }
        for i in words.indices {
            let next = i + 1 < words.count ? words[i + 1] : nil
            let afterNext = i + 2 < words.count ? words[i + 2] : nil
            if isDay(words[i]), let next, isMonth(next) || next == name { return true }  // 28/8, 28 August
            if isDay(words[i]), next == "tháng", let afterNext, isMonth(afterNext) { return true }  // 28 tháng 8
            if words[i] == name, let next, isDay(next) { return true }  // August 28
        }
        return false
    }

    /// The years a date names (`1946/1954` → 1946, 1954; a season's none).
    static func years(of date: EventDate?) -> [Int] { date?.calendarDates.map { abs($0.year) } ?? [] }

    /// The whole numbers written in `text` with the digits 0–9.
    static func numbers(in text: some StringProtocol) -> [Int] {
        var found: [Int] = []
        var current = 0
        var inNumber = false
        for byte in text.utf8 {
            if byte >= 0x30, byte <= 0x39 {
                current = inNumber ? min(current * 10 + Int(byte) - 0x30, 1_000_000) : Int(byte) - 0x30
                inNumber = true
            } else {
                if inNumber { found.append(current) }
                inNumber = false
            }
        }
        if inNumber { found.append(current) }
        return found
    }

    /// True when `number` occurs in `text` as a whole number (1997 in "năm 1997", not in "19970").
    static func containsNumber(_ number: Int, in text: some StringProtocol) -> Bool {
        // Only the digits 0–9 count (a decimal digit of another script is not one of them), so bytes are read.
        var current = 0
        var inNumber = false
        for byte in text.utf8 {
            if byte >= 0x30, byte <= 0x39 {
                let digit = Int(byte) - 0x30
                current = inNumber ? min(current * 10 + digit, 1_000_000) : digit
                inNumber = true
            } else {
                if inNumber, current == number { return true }
                inNumber = false
            }
        }
        return inNumber && current == number
    }

    /// `text` without the matches of `regex` that `shouldRemove` accepts (each replaced by a space).
    static func removing(_ regex: NSRegularExpression, from text: String, where shouldRemove: (String) -> Bool) -> String {
        let ns = text as NSString
        let matches = regex.matches(in: text, range: NSRange(location: 0, length: ns.length))
        guard !matches.isEmpty else { return text }
        let result = NSMutableString(string: text)
        for match in matches.reversed() where shouldRemove(ns.substring(with: match.range)) {
            // ("… Việt - Trung năm 1979, thị xã Cao Bằng chịu …": a date between two clauses takes its comma with it
            // only where a clause opens on it; mid-statement the comma stays, or the clauses run together)
            let found = ns.substring(with: match.range)
            // ("…, and in late September 2009, a similar move …": after a conjunction the clause opens there, and the
            // comma goes with the date)
            let head = ns.substring(to: match.range.location).trimmingCharacters(in: .whitespaces)
            let afterConjunction = ["and", "but", "or", "và", "nhưng", "hoặc"]
                .contains(head.split(separator: " ").last.map { $0.lowercased() } ?? "")
            let midStatement = match.range.location > 0 && !afterConjunction
                && head.contains(where: { $0.isLetter }) && !head.hasSuffix(",")
            result.replaceCharacters(in: match.range, with: found.hasSuffix(",") && midStatement ? ", " : " ")
        }
        return result as String
    }

    /// Regular expressions compiled once (compiling them per call dominated deck generation).
    enum Patterns {
        static let parenthesis = regex(#"\s*[(\[][^()\[\]]*[)\]]"#)
        /// An age at death closing a statement (", thọ 48 tuổi", ", aged 48"): an aside which, with the birth year the
        /// text gives, also tells the year.
        static let closingAge = regex(#",\s*(?:hưởng thọ|thọ|hưởng dương|aged|at the age of)\s+\d{1,3}(?:\s+tuổi)?$"#,
                                      caseInsensitive: true)
        /// An age opening a statement ("At age 23, …", "Ở tuổi 23, …", "Năm 23 tuổi, …").
        static let openingAge = regex(#"^(?:(?:at\s+(?:the\s+)?age\s+(?:of\s+)?|aged\s+|ở\s+tuổi\s+)\d{1,3}|(?:năm|khi|lúc)\s+\d{1,3}\s+tuổi)\s*,\s*"#,
                                      caseInsensitive: true)
        /// An age between commas inside a statement (", at the age of 23,", ", aged 19,").
        static let insertedAge = regex(#",\s*(?:at\s+(?:the\s+)?age\s+(?:of\s+)?|aged\s+)\d{1,3}\s*,"#, caseInsensitive: true)
        /// A date phrase around a year, with its prepositions and qualifiers, in either language.
        static let datePhrase: NSRegularExpression = {
            let lead = #"(?<![\p{L}\d])(?:(?:kể|vào|từ|trong|đến|tới|cho đến|đầu|giữa|cuối|khoảng|sau|trước|hồi|thập niên"#
                + #"|những|in|on|by|during|from|since|until|till|through|around|about|early|late|mid-?|the|of)\s+)*"#
            let month = #"(?:January|February|March|April|May|June|July|August|September|October|November|December)"#
            let body = #"(?:(?:ngày\s+\d{1,2}\s+)?tháng\s+\d{1,2}\s+(?:năm\s+)?|\d{1,2}\s*/\s*(?:\d{1,2}\s*/\s*)?"#
                + #"|năm\s+|(?:\d{1,2}\s+)?\#(month)\s+(?:\d{1,2},?\s+)?)?"#
            return regex(lead + body + #"(?<!\d)\d{1,4}(?!\d)s?(?:\s*,)?"#, caseInsensitive: true)
        }()
        /// A day and month without a year (`vào ngày 15 tháng 8`, `on August 15`, `28/8`).
        static let dayMonthPhrase: NSRegularExpression = {
            let lead = #"(?<![\p{L}\d])(?:(?:vào|từ|đến|tới|đầu|giữa|cuối|khoảng|sau|trước|muộn nhất|sớm nhất|on|by|from"#
                + #"|until|till|around|about|early|late|mid-?|the|of)\s+)*"#
            let month = #"(?:January|February|March|April|May|June|July|August|September|October|November|December)"#
            let body = #"(?:(?:ngày\s+)?\d{1,2}(?:\s+tháng\s+|\s*/\s*)\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"#
                + month + #"|"# + month + #"\s+\d{1,2}(?:st|nd|rd|th)?)"#
            return regex(lead + body + #"(?![\d/])(?:\s*,)?"#, caseInsensitive: true)
        }()
        static let spaceBeforePunctuation = regex(#"\s+([,.;:)]|["”’](?=[\s,.;:)]|$))"#)
        static let emptyParentheses = regex(#"\(\s*\)"#)
        static let spaces = regex(#"\s{2,}"#)
        static let doubleCommas = regex(#",\s*,"#)

        static func regex(_ pattern: String, caseInsensitive: Bool = false) -> NSRegularExpression {
            try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        }
    }

    static func replacing(_ regex: NSRegularExpression, in text: String, with template: String) -> String {
        regex.stringByReplacingMatches(in: text, range: NSRange(location: 0, length: (text as NSString).length),
                                       withTemplate: template)
    }

    /// Folds white space and stray punctuation left by a removal, and capitalises the first letter.
    static func tidy(_ text: String) -> String {
        var result = replacing(Patterns.spaceBeforePunctuation, in: text, with: "$1")
        if result.utf8.contains(0x28) { result = replacing(Patterns.emptyParentheses, in: result, with: "") }
        result = replacing(Patterns.spaces, in: result, with: " ")
        if result.utf8.contains(0x2C) { result = replacing(Patterns.doubleCommas, in: result, with: ",") }
        result = result.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:–-").union(.whitespaces))
        while let last = result.last, ".;,:".contains(last) { result.removeLast() }
        guard let first = result.first else { return result }
        // ("iPhone 6 Plus …": a brand written in a small letter before its capital keeps it)
        if first.isLowercase, result.dropFirst().first?.isUppercase == true { return result }
        return first.uppercased() + result.dropFirst()
    }
}
