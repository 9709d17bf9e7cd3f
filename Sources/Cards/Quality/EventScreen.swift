import Foundation
import Timeline

/// Screens an extracted event before any card is made of it: is its sentence narrative worth asking about, is its
/// statement a whole clause that names its subject, and is its date the event's own date?
///
/// Precision first: when unsure, the event makes no card (the report says why). The rules are about the shape of
/// language — function words, pronouns, brackets, the words that govern a date — never about particular texts.
struct EventScreen: Sendable {
    let language: Language
    /// Relative day dates ("Sáng hôm sau", "the next day") anchored on the event just before them (`anchoredRelatives`).
    var anchored: Set<String> = []
    /// Names the text shows to be people's (`PronounResolver.people`): a later "ông" may point back at one.
    var people: Set<String> = []
    /// The text is about a person (`PronounResolver.mainPerson`): an opening "Anh …" may be "he" as well as Britain.
    var aboutPerson = false
    /// The text's catalogue lines (`ListEntries`): their events make no card.
    var listEntries = ListEntries.none
    /// The kind words the text's own subject goes by ("tỉnh", "đất nước"): "tỉnh này" is that subject, not an unsaid one.
    var ownKinds: Set<String> = []
    /// The deck's name in lower-case syllables ("sao lùn nâu"): a statement about it names what it is about.
    var topic: [String] = []
    /// The names the text writes mid-sentence (`DeckGenerator.knownNames`).
    var names: Set<String> = []

    /// Statements longer than this many words make no card; longer than `optionWords` are not used as options.
    static let maxWords = 45
    /// The same for a Vietnamese statement, whose date question `QuestionText.vietnameseShortened` cuts back.
    static let maxWordsVietnamese = 60
    static let optionWords = 32

    /// The defect that rules out every card of `event`, if any.
    func blocking(_ event: Event) -> CardDefect? {
        let sentence = event.sentence
        if StatementShape.hasMarkup(sentence) || Self.hasPictographs(sentence) { return .markup }
        if StatementShape.isReferenceEntry(sentence) || Self.pointsAtAFigure(sentence) { return .referenceEntry }
        if listEntries.contains(offset: event.sentenceStart) { return .listEntry }
        // "trường Trung học phổ thông quốc tế Wellspring(2011)": a line that opens in lower case and ends on no stop is
        // an item of the list above it, not a sentence
        if let first = sentence.first(where: { !$0.isWhitespace }), first.isLetter, first.isLowercase,
           let last = sentence.last(where: { !$0.isWhitespace }), !".!?…\"”".contains(last) { return .listEntry }
        if isGlossDate(event) || Self.isOtherYearOfDatedLine(event) { return .nominalDate }
        // "Ngày hôm sau, …", "Sixteen months later, …": every card would show a date that points at nothing.
        if StatementShape.isRelativeSurface(event.dateSurface, language: language), !anchored.contains(Self.key(event)) {
            return .relativeDate
        }
        // "từ tháng 12 năm 1989 đến tháng 4 năm 1989": a period that ends before it starts took a year from elsewhere
        if let when = event.when, case .point(let end)? = when.end,
           DateSpan(end.value).last < DateSpan(when.start.value).first { return .relativeDate }
        if event.when?.start.value.isBC != true, StatementShape.mentionsBC(event.dateSurface) { return .eraLost }
        // "khoảng năm 2700" in a history of the Minoans: a year past the present is a BC year that lost its era
        if let year = event.when?.startDate?.year, year > 2100 { return .eraLost }
        let statement = QuestionText.trimmedStatement(event.statement)
        let words = StatementShape.words(statement)
        // (a Vietnamese statement may run longer: its question is cut back to the clause of its date, and a card still
        // too long is dropped by `CardCheck`)
        if words.count > (language == .vi ? Self.maxWordsVietnamese : Self.maxWords) { return .tooLong }
        if StatementShape.isTitleLike(statement, words: words, language: language) { return .titleLike }
        // "iPod nano 2G, iPod shuffle 2G, iPod video 80 GB": not one Vietnamese word, so no verb either — a line of
        // names and figures
        if language == .vi, !words.contains(where: { word in
            let lower = word.lowercased()
            return UnnamedSubject.commonOpenings.contains(Substring(lower)) || FunctionWords.vietnamese.contains(lower)
        }) { return .titleLike }
        // "La Maison du bourreau (Hangman's house) de John Ford", a filmography's line: text in another language
        if language == .vi, !StatementShape.readsAsVietnamese(words) { return .titleLike }
        // "Anh kết thúc năm 2003 ở hạng 49": in a life, "Anh" + verb is "he" or England; either way unsure
        if language == .vi, aboutPerson, words.count >= 2, words[0] == "Anh", words[1].first?.isLowercase == true { return .anaphor }
        if StatementShape.startsWithAnaphor(words, language: language, statement: statement,
                                            verbMayOpen: Self.isTimelineEntry(sentence, dateSurface: event.dateSurface)
                                                // (in a text about a club, a body or a person, "1978: Đánh bại Leicester
                                                // City …", "1965: Dời trụ sở về Wien" leave out whose deed it was,
                                                // unless they name it: "1951: Đổi tên thành Công ty … Daihatsu")
                                                && (ownKinds.isEmpty && !aboutPerson || namesTopic(statement)))
            || StatementShape.hasDanglingPronoun(words, language: language, people: people, statement: statement)
            || BackReference.leansBack(words, language: language)
            || language == .vi && BackReference.subjectOwnedByPronoun(statement)
            || language == .vi && BackReference.pointsAtThis(statement, ownKinds: ownKinds) {
            return .anaphor
        }
        // "Việt Nam và bắt đầu phục vụ trong Không lực …" (of "… sinh … tại Thừa Thiên - Huế, Việt Nam và bắt đầu phục
        // vụ …"): a name, "và", then a verb is the tail of a place and a second verb whose subject was cut off
        if language == .vi, let and = words.firstIndex(of: "và"), (1...3).contains(and),
           words[..<and].allSatisfy({ $0.first?.isUppercase == true }), and + 1 < words.count,
           words[and + 1].first?.isLowercase == true, StatementShape.opensOnVerb(Array(words[(and + 1)...].prefix(2))) {
            return .fragment
        }
        // "Thụy Sĩ để thay thế cho Hiệp hội …" (the last of "… bởi các nước Bỉ, …, và Thụy Sĩ để thay thế …"): a name
        // and then a purpose has no verb of its own
        // ("Nasr Al-Madhkur để mất quần đảo Bahrain": "để mất", "để lại" are verbs)
        if language == .vi, let purpose = words.firstIndex(of: "để"), (1...4).contains(purpose),
           words[..<purpose].allSatisfy({ $0.first?.isUppercase == true }), purpose + 1 < words.count,
           !["mất", "lại", "ý", "cho", "dành", "tang"].contains(words[purpose + 1]) { return .fragment }
        if StatementShape.isFragment(statement, words: words, language: language)
            || StatementShape.isCutMidClause(words, from: sentence, dateSurface: event.dateSurface) { return .fragment }
        if Self.opensOnALabel(sentence) { return .listEntry }
        if language == .vi, Self.isRoleLine(statement: statement, sentence: sentence) { return .fragment }
        // "Lưu ý những điều sau:", "Tại cuộc họp thứ nhất Ban chỉ đạo …, với tư cách là Phó Thủ tướng:": a line that
        // announces a quotation or a list is no happening
        if sentence.last(where: { !$0.isWhitespace }) == ":", Self.announcesAQuotation(statement, language: language) {
            return .titleLike
        }
        if language == .vi, Self.opensMidList(statement: statement, sentence: sentence) { return .fragment }
        if StatementShape.hasRelativeSpan(words, language: language) { return .relativeDate }
        // (the statement's words lowered once for the phrase tests below)
        let padded = ClauseOfDate.padded(words)
        // "Cuộc bầu cử gần đây nhất …", "the most recent census": recent when the text was written, not on the card
        if [" gần đây nhất ", " mới đây nhất ", " most recent ", " latest "].contains(where: padded.contains) { return .relativeDate }
        // "kỷ niệm sinh nhật lần thứ 21 của mình", "On the 100th anniversary of Rand's birth": a date counted from one the
        // text gives elsewhere, which the card would give away
        if [" sinh nhật lần thứ ", " sinh nhật thứ ", " năm ngày sinh ", " năm ngày mất ", " năm ngày giỗ "].contains(where: padded.contains)
            || zip(words, words.dropFirst()).contains(where: { pair in
                let ordinal = pair.0.lowercased()
                return ["birthday", "anniversary"].contains(pair.1.lowercased()) && ordinal.first?.isNumber == true
                    && ["st", "nd", "rd", "th"].contains(where: ordinal.hasSuffix)
            }) { return .leak }
        if StatementShape.isState(words, language: language) || Self.isAsOf(event) { return .state }
        if ClauseOfDate.isUncertain(padded: padded, language: language) { return .uncertain }
        // "William sinh khoảng năm 1027 đến 1028": a birth or a death takes a day, so a span is the text unsure of
        // the year, not a period
        if event.when?.isPeriod == true, ClauseOfDate.isBirthOrDeath(padded: padded) { return .uncertain }
        // "Từ ngày 29 tháng 5 năm 2008 đến nay, …, huyện Đan Phượng thuộc thành phố Hà Nội": a period running to the
        // present dates where a place belongs, a state, not the act that began it
        if event.when?.end == .present, padded.contains(" thuộc "), language == .vi { return .state }
        if Self.opensOnTimeWordsAlone(statement, language: language) { return .leftover }
        if ClauseOfDate.isInAppositive(sentence: sentence, statement: statement, dateSurface: event.dateSurface,
                                       language: language) {
            return .otherClause
        }
        if ClauseOfDate.isInOpeningClause(sentence: sentence, dateSurface: event.dateSurface, language: language)
            || ClauseOfDate.isInRelativeClause(sentence: sentence, statement: statement, dateSurface: event.dateSurface,
                                               language: language)
            || ClauseOfDate.isInClosingClause(sentence: sentence, dateSurface: event.dateSurface, language: language)
            || language == .en && QuestionText.secondClauseDated(statement: statement, context: sentence, surface: event.dateSurface)
            || ClauseOfDate.contrastsTwoTimes(padded: padded, language: language)
            || ClauseOfDate.endsOnAnotherHappening(padded: padded, language: language)
            || ClauseOfDate.opensOnAnotherTime(statement, language: language) { return .otherClause }
        if ClauseOfDate.leavesParticipleBare(statement: statement, sentence: sentence, dateSurface: event.dateSurface,
                                             language: language)
            || ClauseOfDate.leavesGovernorStub(statement: statement, sentence: sentence, dateSurface: event.dateSurface)
            || ClauseOfDate.leavesInsertBare(statement: statement, sentence: sentence, dateSurface: event.dateSurface,
                                             language: language) {
            return .leftover
        }
        if ClauseOfDate.isFrameBeforeThen(statement: statement, sentence: sentence, dateSurface: event.dateSurface,
                                          language: language) { return .fragment }
        if ClauseOfDate.isInAnnouncedList(sentence: sentence, dateSurface: event.dateSurface, language: language) {
            return .titleLike
        }
        if ClauseOfDate.isBracketedItem(statement: statement, sentence: sentence, language: language) { return .listEntry }
        if ClauseOfDate.isSeasonOfWhenClause(sentence: sentence, dateSurface: event.dateSurface, language: language) {
            return .otherClause
        }
        if introducesList(sentence: sentence, statement: statement, words: words) { return .titleLike }
        // "Cần hiểu như thế nào cho đúng … năm 1987?": a question the text asks is no statement of what happened
        if sentence.last(where: { !$0.isWhitespace }) == "?" { return .titleLike }
        if isEllipticalItem(sentence: sentence, statement: statement, words: words) { return .fragment }
        if isComplementOfBe(sentence: sentence, words: words) || isBareNounPhrase(words) || isLabelledPassive(statement)
            || isHonourLine(words)
            || endsOnBareRelative(statement, sentence: sentence, dateSurface: event.dateSurface) { return .fragment }
        // "… là máy bay chiến đấu tốt nhất thế kỷ 20", "the best fighter of the 20th century": the century of a
        // superlative is the ranking's, not a time something happened
        // (the sentence is lowered only when it holds "nhất" or "est of" at all)
        if !event.dateSurface.isEmpty, sentence.contains("nhất") || sentence.contains("est of") {
            let lowerSentence = sentence.lowercased(), lowerSurface = event.dateSurface.lowercased()
            if [" nhất ", " nhất của ", "est of the ", "est of "].contains(where: { lowerSentence.contains($0 + lowerSurface) }) {
                return .nominalDate
            }
        }
        if isObservance(words, dateSurface: event.dateSurface) || isYearlyFeast(statement, dateSurface: event.dateSurface)
            || namesACommemoration(words, statement: statement) {
            return .state
        }
        if StatementShape.isTrivia(statement, language: language) { return .trivia }
        if StatementShape.hasLeftovers(statement, language: language, sentence: sentence) { return .leftover }
        if StatementShape.isStatistic(statement, language: language) { return .statistic }
        if isCount(event) { return .nominalDate }
        if language == .vi, UnnamedSubject.namesNothing(statement, words: words, topic: topic, names: names) { return .unnamed }
        return nil
    }

    /// "Phân chia hành chánh tỉnh Châu Đốc năm 1970 của chính quyền Việt Nam Cộng hòa:": a short line that ends on a
    /// colon, with no comma and no verb marker, heads the list below it; what happened is in the list.
    func introducesList(sentence: String, statement: String, words: [String]) -> Bool {
        guard language == .vi, sentence.last(where: { !$0.isWhitespace }) == ":",
              !statement.contains(","), words.count <= 14 else { return false }
        return !words.contains { ["đã", "được", "bị", "sẽ", "đang", "là"].contains($0.lowercased()) }
    }

    /// "năm 1984, nhà máy ở New York; …; và trụ sở ở Austin, Texas năm 1996": a short item of a list of three or more
    /// parts split by semicolons, after the first, whose verb the first part gave ("xây dựng") and it left out.
    func isEllipticalItem(sentence: String, statement: String, words: [String]) -> Bool {
        guard words.count <= 6, sentence.filter({ $0 == ";" }).count >= 2 else { return false }
        let parts = sentence.split(separator: ";")
        guard let first = parts.first, let opening = words.first?.lowercased() else { return false }
        // the statement's opening words sit in a later part, not the first
        let probe = ([opening] + words.dropFirst().prefix(2)).joined(separator: " ")
        return !first.lowercased().contains(probe) && parts.dropFirst().contains { $0.lowercased().contains(probe) }
    }

    /// "… được thành lập vào năm 1972 và sau đó là Hệ thống Tiền tệ châu Âu vào năm 1979": a noun phrase after "là"
    /// whose verb the clause before gave; alone, it names something and tells nothing that happened.
    func isComplementOfBe(sentence: String, words: [String]) -> Bool {
        guard language == .vi, words.count <= 10, words.count >= 1,
              let at = sentence.range(of: words.prefix(3).joined(separator: " ")),
              StatementShape.lastWord(sentence[..<at.lowerBound])?.lowercased() == "là" else { return false }
        let lower = words.map { $0.lowercased() }
        return !StatementShape.namesHappening(words.joined(separator: " "))
            && !lower.contains(where: { ["đã", "được", "bị", "là", "có"].contains($0) })
    }

    /// "Danh hiệu Nghệ sĩ Ưu tú đợt 3", "Giải A1 Hội diễn sân khấu …": a line of a list of honours, naming the honour
    /// and not who received it (the person the list is about is on no card).
    func isHonourLine(_ words: [String]) -> Bool {
        guard language == .vi, words.count >= 2 else { return false }
        let opening = words.prefix(3).joined(separator: " ").lowercased()
        // ("Giải A1 …", "Giải thưởng …", not "Giải thể huyện …": a prize is named, or called one)
        let prize = opening.hasPrefix("giải ") && (words[1].first?.isUppercase == true || words[1].lowercased() == "thưởng")
        guard prize || ["danh hiệu ", "huân chương ", "huy chương ", "bằng khen ", "kỷ niệm chương "].contains(where: opening.hasPrefix)
        else { return false }
        let lower = Set(words.map { $0.lowercased() })
        return lower.isDisjoint(with: ["được", "đã", "nhận", "giành", "trao", "đoạt", "bị", "là", "có", "thuộc"])
    }

    /// "…, mà các bản tham luận" (… mà các bản tham luận, sau khi …, đã được xuất bản …): a relative clause cut after
    /// its subject, its verb left further on in the sentence (after a date or an aside).
    func endsOnBareRelative(_ statement: String, sentence: String, dateSurface: String) -> Bool {
        guard language == .vi, let comma = statement.range(of: ", ", options: .backwards) else { return false }
        let part = StatementShape.words(String(statement[comma.upperBound...]))
        guard part.count >= 2, part.count <= 5, part[0] == "mà",
              let at = sentence.range(of: part.suffix(2).joined(separator: " ")) else { return false }
        var rest = sentence[at.upperBound...].trimmingCharacters(in: .whitespaces)
        if !dateSurface.isEmpty, rest.hasPrefix(dateSurface) { rest = String(rest.dropFirst(dateSurface.count)) }
        rest = rest.trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
        // the clause goes on: words follow, not the sentence's end
        return rest.first?.isLetter == true
    }

    /// "Anime mùa hạ: được phát sóng": a label and a colon, then a verb with no subject (what is done is the label's
    /// list item, not a statement).
    func isLabelledPassive(_ statement: String) -> Bool {
        guard language == .vi, let colon = statement.range(of: ": "),
              StatementShape.words(String(statement[..<colon.lowerBound])).count <= 5,
              let next = StatementShape.words(String(statement[colon.upperBound...])).first else { return false }
        return ["được", "bị", "đã", "là", "có", "sẽ", "đang"].contains(next)
    }

    /// "Vệ tinh Titan của Sao Thổ", "Tiểu hành tinh 433 Eros": a short Vietnamese statement whose every word in lower
    /// case is a function word or the second syllable of the word before it names something and says nothing of it
    /// (its verb stayed in another clause).
    func isBareNounPhrase(_ words: [String]) -> Bool {
        guard language == .vi, words.count <= 8, words.count >= 2 else { return false }
        // ("Thành lập Đảng Cộng sản Việt Nam", a timeline's deed: a verb, whatever the capitals after it)
        if StatementShape.opensOnBareVerb(words) { return false }
        // "Ngày khai mạc thế vận hội" (from "một tháng trước ngày khai mạc …"): the day of something, no verb, is the
        // anchor of another date, not a happening
        let markers: Set<String> = ["được", "bị", "đã", "sẽ", "đang", "là", "có", "vào", "diễn", "bắt", "kết"]
        if ["ngày", "thời", "lúc", "dịp"].contains(words[0].lowercased()), words[1].first?.isLowercase == true, words.count <= 7,
           !words.contains(where: { markers.contains($0.lowercased()) }) { return true }
        // ("Động đất tại Hokkaidō", "Bão Katrina đổ bộ": a noun of a happening names one, as a year's list writes it)
        let opening = words.prefix(2).joined(separator: " ").lowercased()
        if ["động đất", "chiến tranh", "cách mạng", "khởi nghĩa", "đảo chính", "hội nghị", "thảm họa", "thảm hoạ", "sóng thần",
            "núi lửa", "bão", "trận", "vụ", "cuộc", "lễ", "sự kiện"].contains(where: { opening == $0 || opening.hasPrefix($0 + " ") }) {
            return false
        }
        for (index, word) in words.enumerated() where word.first?.isLowercase == true {
            let lower = word.lowercased()
            // a verb's marker says something happened ("được thành lập", "đã đầu hàng")
            if ["được", "bị", "đã", "sẽ", "đang", "là", "có", "vào"].contains(lower) { return false }
            if FunctionWords.all.contains(lower) { continue }
            // the second syllable of a capitalised word ("Vệ tinh", "Hệ thống")
            if index > 0, words[index - 1].first?.isUppercase == true,
               VietnameseCompounds.isWord(words[index - 1].lowercased(), lower) { continue }
            return false
        }
        return true
    }

    /// "Ngày Angam được tổ chức vào 26 tháng 10 …", "Anzac Day is observed on 25 April": a named day or feast, dated
    /// with no year, comes back every year; the year a card would give is only the narrative's.
    func isObservance(_ words: [String], dateSurface: String) -> Bool {
        guard !dateSurface.isEmpty, !ClauseOfDate.writesYear(dateSurface, language: language), words.count >= 3 else {
            return false
        }
        switch language {
        case .vi:
            return ["Ngày", "Lễ", "Tết"].contains(words[0]) && words[1].first?.isUppercase == true
        case .en:
            guard let day = words.prefix(6).firstIndex(where: { ["Day", "Festival", "Feast"].contains($0) }), day >= 1,
                  words[day - 1].first?.isUppercase == true else { return false }
            return words[(day + 1)...].prefix(2).contains { ["is", "are", "was", "falls", "celebrates", "commemorates"].contains($0) }
        }
    }

    /// English nouns of a happening that a year after "of" dates ("the revolutions of 1848", "the election of 1860").
    static let happeningNouns: Set<String> = ["revolution", "revolutions", "war", "wars", "election", "elections", "crisis",
                                              "riots", "uprising", "uprisings", "rebellion", "strike", "reforms", "panic",
                                              "depression", "famine", "fire", "earthquake", "flood", "treaty", "compromise",
                                              "campaign", "invasion", "coup", "massacre", "purge", "purges", "census"]

    /// "1945 – Ngày truyền thống của Công an Nhân dân Việt Nam": a day kept every year, named with no verb; asked "in
    /// what year", it could be the founding it recalls or the year it was made a day. (What it recalls, told as a
    /// happening, stays: "Ngày 19 tháng 8 năm 1945, Công an Nhân dân được thành lập".)
    func namesACommemoration(_ words: [String], statement: String) -> Bool {
        guard language == .vi, words.count >= 3, words.count <= 14, words[0] == "Ngày", !statement.contains(",") else { return false }
        let kind = words[1].lowercased() + " " + words[2].lowercased()
        guard ["truyền thống", "kỷ niệm", "kỉ niệm", "hội", "lễ"].contains(where: { kind == $0 || kind.hasPrefix($0 + " ") }) else {
            return false
        }
        // (no verb's marker: "Ngày hội được tổ chức lần đầu …" tells a happening)
        return !words.contains(where: { ["được", "đã", "bị", "là", "diễn", "tổ", "bắt", "khai", "ra"].contains($0.lowercased()) })
    }

    /// "Bộ phim Tìm kiếm lửa năm 1981 của Jean-Jacques Annaud kể …": the year of a work, between its title and its
    /// maker, tells which film, not when the clause happened.
    func isYearOfAWork(_ event: Event) -> Bool {
        guard language == .vi, !event.dateSurface.isEmpty, let range = event.sentence.range(of: event.dateSurface),
              event.sentence[range.upperBound...].hasPrefix(" của ") else { return false }
        let works: Set<String> = ["phim", "sách", "phẩm", "thuyết", "hát", "album", "vở", "tranh", "khúc", "kịch", "truyện"]
        return wordsBefore(event.dateSurface, in: event.sentence, count: 6).contains(where: works.contains)
    }

    /// "Cung phức hợp(Composite bows):Được phát minh …", "Radar: radar nguyên bản …", "Anime mùa hạ: được phát
    /// sóng …": a sentence that opens on a label of a few words and a colon is an entry of a glossary or a feature
    /// list, whose subject is the label; a label that is a date ("1945:", "Từ năm 1898 đến 1899:") heads a timeline
    /// line instead, and is read as one.
    static func opensOnALabel(_ sentence: String) -> Bool {
        // ("Guinea – ngừng tham gia sau cuộc đảo chính năm 2008": a name and a dash open an item of a list)
        if let dash = sentence.range(of: " – "), case let label = StatementShape.words(String(sentence[..<dash.lowerBound])),
           (1...4).contains(label.count), label.allSatisfy({ $0.first?.isUppercase == true }),
           !sentence[..<dash.lowerBound].contains(where: { $0.isNumber || ",.;:(".contains($0) }) { return true }
        guard let colon = sentence.firstIndex(of: ":") else { return false }
        let label = sentence[..<colon]
        guard !label.isEmpty, !label.contains(where: { $0.isNumber || ".;!?\"“”".contains($0) }) else { return false }
        let words = StatementShape.words(String(label))
        // (a longer label is a name, capitalised or glossed by its acronym: "Cơ quan Bảo lãnh Đầu tư Đa phương (MIGA):
        // thành lập năm 1988 …")
        let glossed = label.trimmingCharacters(in: .whitespaces).hasSuffix(")") && words.last.map(NameFinder.isAcronym) == true
        let limit = glossed || words.allSatisfy({ $0.first?.isUppercase == true }) ? 10 : 6
        guard (1...limit).contains(words.count), sentence[sentence.index(after: colon)...].contains(where: \.isLetter) else {
            return false
        }
        // (a colon inside brackets glosses a name — "Đại khủng hoảng (tiếng Anh: The Great Depression)"; a note
        // — "Lưu ý:", "Note:" — or a quotation announced by its speaker — "Ông nói:", "He said:" — heads a sentence of
        // its own)
        guard label.filter({ $0 == "(" }).count == label.filter({ $0 == ")" }).count else { return false }
        let notes: Set<String> = ["lưu ý", "chú ý", "ghi chú", "chú thích", "note", "notes", "nb"]
        let speech: Set<String> = ["nói", "viết", "rằng", "tuyên", "bố", "khẳng", "định", "said", "wrote", "stated",
                                   "declared", "says", "writes"]
        return !notes.contains(words.joined(separator: " ").lowercased()) && !words.contains { speech.contains($0.lowercased()) }
    }

    /// A line ending on a colon that introduces what someone said: it opens on a preposition ("Tại cuộc họp thứ nhất
    /// …:") or tells a speech ("… phát biểu tại hội nghị …:"). "Champollion giải nghĩa được … trong thập niên 1820:"
    /// is a happening, whatever list follows it.
    static func announcesAQuotation(_ statement: String, language: Language) -> Bool {
        let lower = StatementShape.words(statement.lowercased())
        guard let first = lower.first else { return false }
        let prepositions: Set<String> = language == .vi ? ["tại", "trong", "ở", "khi", "với", "theo", "trước"]
            : ["at", "in", "during", "on", "according"]
        if prepositions.contains(first) { return true }
        let speech: Set<String> = language == .vi ? ["nói", "phát biểu", "chia sẻ", "cho biết", "khẳng định", "tuyên bố", "viết"]
            : ["said", "says", "wrote", "stated", "declared", "remarked"]
        let padded = " " + lower.joined(separator: " ") + " "
        return speech.contains { padded.contains(" " + $0 + " ") }
    }

    /// Is the date the birth of a person named after the statement's first words ("… có một chị gái là Samantha Bloom
    /// sinh năm 1975"), not of its subject?
    static func isPassingBirth(_ event: Event) -> Bool {
        guard !event.dateSurface.isEmpty, let at = event.sentence.range(of: " sinh " + event.dateSurface)
            ?? event.sentence.range(of: " sinh vào " + event.dateSurface) else { return false }
        let before = StatementShape.words(String(event.sentence[..<at.lowerBound]))
        let name = before.reversed().prefix { $0.first?.isUppercase == true }.reversed()
        guard name.count >= 2, before.count > name.count + 2 else { return false }
        // (the subject's own other name: "Trúc Hồ tên thật là Trương Anh Hùng, sinh …", "Đan Trường … Phạm Đan Trường")
        let lead = before[..<(before.count - name.count)].suffix(3).map { $0.lowercased() }.joined(separator: " ")
        if ["tên thật là", "tên là", "bút danh là", "khai sinh là", "hiệu là", "danh là"].contains(where: lead.hasSuffix) {
            return false
        }
        let subject = StatementShape.words(event.statement).prefix { $0.first?.isUppercase == true }.joined(separator: " ")
        let full = name.joined(separator: " ")
        return !(subject.isEmpty || full.hasSuffix(subject) || full.hasPrefix(subject) || subject.hasSuffix(full))
    }

    /// Does a Vietnamese statement tell someone's age in years ("khi được 18 tuổi", "ở tuổi 52", "lúc 21 tuổi")? With
    /// the birth year its text gives, the age answers "in which year".
    static func tellsAnAge(_ statement: String) -> Bool {
        guard statement.contains("tuổi") else { return false }
        let lower = StatementShape.words(statement.lowercased())
        // ("ở tuổi 52"; "khi được 18 tuổi", "lên 10 tuổi", "lúc 21 tuổi" — not "trên 13 tuổi", a threshold, nor "cô gái 17
        // tuổi", someone else's age)
        return lower.indices.contains { index in
            guard lower[index] == "tuổi" else { return false }
            if index > 0, lower[index - 1] == "ở", index + 1 < lower.count, lower[index + 1].allSatisfy(\.isNumber) { return true }
            guard index > 0, lower[index - 1].allSatisfy(\.isNumber), index > 1 else { return false }
            return ["khi", "được", "mới", "lên", "lúc", "khoảng"].contains(lower[index - 2])
        }
    }

    /// Emoji and other pictographs ("…chếtyôkẹ…😘🍜🙀"): no encyclopaedia writes them; a line holding one was vandalised.
    static func hasPictographs(_ sentence: String) -> Bool {
        sentence.unicodeScalars.contains { (0x1F300...0x1FAFF).contains($0.value) || (0x1F600...0x1F64F).contains($0.value) }
    }

    /// "Tính tới năm 2012, Tùng Dương đang là nghệ sĩ thành công nhất …", "As of 2012, …": the date says when a count or
    /// a standing was true, a state of things as the text was written, not a happening.
    static func isAsOf(_ event: Event) -> Bool {
        guard !event.dateSurface.isEmpty else { return false }
        let lower = event.sentence.lowercased(), surface = event.dateSurface.lowercased()
        return ["tính đến ", "tính tới ", "tính cho đến ", "tính cho tới ", "as of ", "as at "].contains { opening in
            // (mid-sentence too: "Số lần ra sân và bàn thắng tính đến ngày 24 tháng 3 năm 2017 …")
            lower.hasPrefix(opening + surface) || lower.contains(" " + opening + surface)
        }
    }

    /// "… do Hồ Học Lãm, Nguyễn Hải Thần và một số chính trị gia khác thành lập năm 1936": a statement that starts
    /// after a comma, inside a list of names that a word before the comma opened ("do", "bởi", "gồm", "như", "của",
    /// "với") — its first name is one of several, and its verb is the list's.
    static func opensMidList(statement: String, sentence: String) -> Bool {
        let opening = StatementShape.words(statement).prefix(3).joined(separator: " ")
        guard !opening.isEmpty, let at = sentence.range(of: ", " + opening) else { return false }
        let before = StatementShape.words(String(sentence[..<at.lowerBound]))
        let name = before.reversed().prefix { $0.first?.isUppercase == true }
        guard (1...5).contains(name.count), before.count > name.count else { return false }
        return ["do", "bởi", "gồm", "như", "của", "với", "cùng"].contains(before[before.count - name.count - 1].lowercased())
    }

    /// Does a Vietnamese statement go on, after a comma and at least three words, with a clause whose subject is a
    /// personal pronoun ("…, họ trình diễn …", "…, ông trở thành …")? A statement opening on "khi" or "sau khi" says
    /// when the pronoun's clause happened, and is one question.
    static func splicesAPronounClause(_ statement: String) -> Bool {
        let words = StatementShape.words(statement)
        // (nor does a phrase of place or manner before the comma: "Tại kỳ họp thứ 4 …, ông được bầu …")
        guard let first = words.first?.lowercased(),
              !["khi", "sau", "trước", "vì", "do", "nếu", "tuy", "mặc", "dù", "vào", "tại", "ở", "trong", "theo", "với", "từ",
                "đến", "cùng", "nhờ", "bằng"].contains(first)
        else { return false }
        let pronouns: Set<String> = ["họ", "ông", "bà", "nó", "chúng", "cô", "anh"]
        var from = statement.startIndex
        while let comma = statement.range(of: ", ", range: from..<statement.endIndex) {
            from = comma.upperBound
            let head = StatementShape.words(String(statement[..<comma.lowerBound]))
            // ("… và cuối cùng, ông đã ổn định …": an adverb before the comma leads into the pronoun's clause)
            guard head.count >= 3, !["cùng", "đó", "vậy", "thế", "nữa"].contains(head.last!.lowercased()) else { continue }
            let next = StatementShape.words(String(statement[comma.upperBound...])).prefix(2)
            if next.count == 2, pronouns.contains(next[next.startIndex]), next.last?.first?.isLowercase == true,
               !["ta", "ấy", "này", "đó", "là"].contains(next.last!) { return true }
        }
        return false
    }

    /// "Từ tháng 2 năm 1970 đến tháng 8 năm 1975: phó cục trưởng Cục Bản đồ Địa chất, uỷ viên …": a line of a career
    /// after its dates and a colon, offices with no one who held them and no verb.
    static func isRoleLine(statement: String, sentence: String) -> Bool {
        let lower = statement.lowercased()
        guard !lower.isEmpty else { return false }
        if let colon = sentence.range(of: ": "), sentence.distance(from: sentence.startIndex, to: colon.lowerBound) <= 60 {
            guard sentence[colon.upperBound...].lowercased().hasPrefix(String(lower.prefix(12))) else { return false }
        } else {
            // ("1993-1996 Trưởng ngành Du lịch học, …", "- Chủ nhiệm câu lạc bộ … (từ 1995 đến 2005)": a line of a list
            // of posts, its years before it or in brackets after it; not a dated list's "1945 – Bộ trưởng … ký …")
            let scalars = Array(sentence.unicodeScalars.prefix(10))
            let range = scalars.count == 10 && scalars[..<4].allSatisfy { ("0"..."9").contains($0) }
                && "-–".unicodeScalars.contains(scalars[4]) && scalars[5..<9].allSatisfy { ("0"..."9").contains($0) } && scalars[9] == " "
            guard let first = sentence.first, "-–•*+".contains(first) || range else { return false }
        }
        let offices = ["phó ", "chủ tịch", "chủ nhiệm", "bí thư", "ủy viên", "uỷ viên", "đại biểu", "tổng cục trưởng",
                       "cục trưởng", "bộ trưởng", "thứ trưởng", "giám đốc", "tổng bí thư", "trưởng ban", "trưởng phòng",
                       "chánh văn phòng", "đảng uỷ viên", "đảng ủy viên", "tổng thư ký", "thủ tướng", "trưởng ngành",
                       "trưởng khoa", "trưởng môn", "cố vấn", "tư vấn", "hiệu trưởng", "viện trưởng", "giảng viên", "phó giáo sư",
                       "giáo sư"]
        guard offices.contains(where: { lower.hasPrefix($0) }) else { return false }
        let padded = " " + StatementShape.words(lower).joined(separator: " ") + " "
        return ![" là ", " được ", " giữ ", " làm ", " trở thành ", " bầu ", " bổ nhiệm ", " nhậm chức "].contains(where: padded.contains)
    }

    /// "1930: Thành lập Đảng Cộng sản Việt Nam.", "3 tháng 2 năm 1930 – …", or an item of a list under a dated heading:
    /// a timeline's entry, which may name a deed by its verb alone.
    static func isTimelineEntry(_ sentence: String, dateSurface: String) -> Bool {
        // ("1930:" over "- Thành lập …": an item of a list under a dated heading)
        if !dateSurface.isEmpty, !sentence.contains(dateSurface), let first = sentence.first, "-*•–+".contains(first) {
            return true
        }
        guard !dateSurface.isEmpty, sentence.hasPrefix(dateSurface) else { return false }
        let rest = sentence.dropFirst(dateSurface.count).drop { $0 == " " }
        return rest.first.map { ":–—-".contains($0) } ?? false
    }

    /// Does `sentence` write a four-digit year other than `year`, outside `surface`? A year is a number from 1000 to
    /// 2099 after "năm" / "in" / "year", after a name ("MWC 2016"), or in brackets; "khoảng 1450 người", "1800 UTC"
    /// and "1.268.963" are counts, times and figures.
    static func writesAnotherYear(_ sentence: String, than year: Int, outside surface: String) -> Bool {
        let bytes = Array(sentence.utf8)
        let skip = sentence.range(of: surface).map {
            sentence.utf8.distance(from: sentence.startIndex, to: $0.lowerBound)
                ..< sentence.utf8.distance(from: sentence.startIndex, to: $0.upperBound)
        }
        func isDigit(_ index: Int) -> Bool { index >= 0 && index < bytes.count && (0x30...0x39).contains(bytes[index]) }
        // (a digit group of a figure — "1.268.963", "2,5" — is no year)
        func joinsNumber(_ index: Int, _ step: Int) -> Bool {
            let mark = index + step
            guard mark >= 0, mark < bytes.count, bytes[mark] == UInt8(ascii: ".") || bytes[mark] == UInt8(ascii: ",")
            else { return false }
            return isDigit(mark + step)
        }
        var index = 0
        while index < bytes.count {
            guard isDigit(index), !isDigit(index - 1) else { index += 1; continue }
            var end = index
            while isDigit(end) { end += 1 }
            defer { index = end }
            guard end - index == 4, skip?.contains(index) != true, !joinsNumber(index, -1), !joinsNumber(end - 1, 1)
            else { continue }
            let value = bytes[index..<end].reduce(0) { $0 * 10 + Int($1 - 0x30) }
            if (1000...2099).contains(value), value != year, Self.isYearPlace(sentence, byteOffset: index) { return true }
        }
        return false
    }

    /// Does the number at `byteOffset` of `sentence` stand where a year is written: in brackets, after "năm", "in" or
    /// "year", or after a capitalised word (a name's year)?
    static func isYearPlace(_ sentence: String, byteOffset: Int) -> Bool {
        let head = String(decoding: sentence.utf8.prefix(byteOffset), as: UTF8.self)
        let trimmed = head.reversed().drop(while: \.isWhitespace)
        guard let last = trimmed.first else { return false }
        if last == "(" { return true }
        let word = String(trimmed.prefix(while: \.isLetter).reversed())
        guard let first = word.first else { return false }
        return ["năm", "in", "year"].contains(word.lowercased()) || first.isUppercase && word.count > 1
    }

    /// "Kyoto kỷ niệm lễ hội Bon … (16 tháng 8)": a festival's day without a year comes back every year; the year a
    /// card would give it is borrowed from another sentence.
    func isYearlyFeast(_ statement: String, dateSurface: String) -> Bool {
        guard !dateSurface.isEmpty, !ClauseOfDate.writesYear(dateSurface, language: language) else { return false }
        let padded = " " + statement.lowercased() + " "
        // ("On 25 January, Betico Croes' birthday is celebrated", "… ngày lễ …": a holiday kept)
        let feasts = language == .vi
            ? [" lễ hội ", " hằng năm ", " hàng năm ", " mỗi năm ", " ngày lễ ", " kỷ niệm ", " kỉ niệm "]
            : [" festival", " annual", " every year ", " is celebrated", " are celebrated", " holiday", " is observed",
               " are observed"]
        return feasts.contains(where: padded.contains)
    }

    /// "Vào những thập niên, các nhà khảo cổ …": the statement opens on what is left of a date phrase, time words up to
    /// its first comma and no number.
    static func opensOnTimeWordsAlone(_ statement: String, language: Language) -> Bool {
        guard let comma = statement.firstIndex(of: ",") else { return false }
        let head = StatementShape.words(String(statement[..<comma])).map { $0.lowercased() }
        let timeWords: Set<String> = language == .vi
            ? ["vào", "trong", "những", "các", "thập", "niên", "năm", "thế", "kỷ", "kỉ", "đầu", "cuối", "giữa", "thời", "kỳ",
               "suốt", "từ", "đến", "khoảng"]
            : ["in", "during", "the", "early", "late", "mid", "decades", "years", "century", "of", "from", "to"]
        return !head.isEmpty && head.allSatisfy(timeWords.contains)
    }

    /// The key of `event` in `anchored`: where it stands in the text and its date.
    static func key(_ event: Event) -> String { "\(event.start):\(event.date)" }

    /// Events dated by a relative day ("Sáng hôm sau", "Buổi chiều hôm đó", "the next day") that follow closely on
    /// an event dated to the day, at most two days before: the narrative's chain, so their date is known.
    static func anchoredRelatives(_ events: [Event], language: Language) -> Set<String> {
        var result = Set<String>()
        let ordered = events.sorted { $0.start < $1.start }
        let relative = ParallelMap.map(ordered) { StatementShape.isRelativeSurface($0.dateSurface, language: language) }
        var previous: Event?
        for (index, event) in ordered.enumerated() {
            defer { if !relative[index] || result.contains(key(event)) { previous = event } }
            guard relative[index],
                  let previous, let day = event.when?.single, day.precision == .day,
                  let before = previous.when?.single, before.precision == .day,
                  event.sentenceStart - previous.sentenceEnd < 600 else { continue }
            let gap = DateSpan.ordinal(day.year, day.month ?? 1, day.day ?? 1)
                - DateSpan.ordinal(before.year, before.month ?? 1, before.day ?? 1)
            if (0...2).contains(gap) { result.insert(key(event)) }
        }
        return result
    }

    /// A bare number that counts something ("about 1200 blacks", "1200 người") taken for a year.
    func isCount(_ event: Event) -> Bool {
        guard !event.dateSurface.isEmpty, event.dateSurface.allSatisfy(\.isNumber),
              let range = event.sentence.range(of: event.dateSurface) else { return false }
        let rest = event.sentence[range.upperBound...]
        guard rest.first == " ", let next = StatementShape.words(String(rest)).first,
              next.first?.isLowercase == true else { return false }
        let lower = next.lowercased()
        switch language {
        case .en:
            return !FunctionWords.english.contains(lower) && !lower.hasSuffix("ed")
                && !["when", "while", "until", "after", "before", "because", "although", "where", "so"].contains(lower)
        case .vi:
            return ["người", "quân", "binh", "lính", "chiếc", "tàu", "con", "km", "dặm", "mét", "hộ", "ngôi", "nhà",
                    "quyển", "cuốn", "tấn", "đồng", "tên", "trang"].contains(lower)
        }
    }

    /// The defect that rules out the cards asking for the event's date (date, choice, reverse, chronology).
    func dateDefect(_ event: Event) -> CardDefect? {
        if event.qualifier == .before || event.qualifier == .after { return .boundaryDate }
        // "Từ cuối năm 1934 tới đầu năm 1936", "from the early 1950s to the late 1960s": a period's value holds no part
        // of a year or a decade, and the card would answer the whole of each
        // ("giữa tháng 5 và tháng 6 năm 1991" is "between May and June": "giữa" with "và" joins the two ends)
        if event.when?.isPeriod == true, case let words = StatementShape.words(event.dateSurface.lowercased()),
           words.contains(where: { ["đầu", "cuối", "early", "late", "mid"].contains($0) })
            || words.contains("giữa") && !words.contains("và") {
            return .qualifiedRange
        }
        // "… tham gia vào "2007–2008 Grand Prix of Figure Skating Final"": a date that opens a quoted title names it
        if !event.dateSurface.isEmpty, let range = event.sentence.range(of: event.dateSurface),
           let mark = event.sentence[..<range.lowerBound].last, "\"“«".contains(mark),
           event.sentence[..<range.lowerBound].dropLast().last.map({ $0 == " " || $0 == "(" }) ?? true {
            return .nominalDate
        }
        // "Sương mù … xuất hiện nhiều nhất vào khoảng tháng 9 đến tháng 12": months with no year, in a statement of
        // what happens every year, are a season's habit (the year they took is the narrative's, and wrong)
        if Self.isYearlyHabit(event, language: language) { return .state }
        // "nửa cuối thế kỷ 16", "the second half of the 16th century": half of the span the card would ask
        let lead = wordsBefore(event.dateSurface, in: event.sentence, count: 3)
        if lead.last == "nửa" || lead.suffix(2) == ["half", "of"] || lead.suffix(3) == ["half", "of", "the"] {
            return .partOfRange
        }
        // "… appeared in academic journals before her death in 1982": the year of a happening that bounds the event
        // ("before", "after" a noun dated inside its phrase), not the event's
        if language == .en, case let bound = wordsBefore(event.dateSurface, in: event.sentence, count: 3),
           bound.count == 3, ["before", "after", "until"].contains(bound[0]),
           ["his", "her", "their", "its", "the"].contains(bound[1]),
           event.sentence.lowercased().contains(bound.joined(separator: " ") + " in " + event.dateSurface.lowercased()) {
            return .boundaryDate
        }
        if isYearOfAWork(event) { return .nominalDate }
        // "Khi được 18 tuổi, Purcell là nhà soạn nhạc …": an age and the birth year the text gives fix the year
        if language == .vi, Self.tellsAnAge(event.statement) { return .leak }
        // "…, và có một chị gái là Samantha Bloom sinh năm 1975": the birth of someone the statement names in passing
        if language == .vi, Self.isPassingBirth(event) { return .otherClause }
        // "… để tưởng nhớ 20 năm ngày Tổng thống W. McKinley bước chân vào Nhà Trắng", "kỷ niệm 200 năm ngày sinh của
        // ông": an anniversary counts the years from a date the prompt names, and so tells the answer
        // (the words lowered only when one of the three is there at all: this runs for every event)
        let anniversaries = ["niệm", "nhớ", "dịp"]
        if language == .vi, anniversaries.contains(where: event.statement.contains) {
            let lower = StatementShape.words(event.statement.lowercased())
            if lower.indices.contains(where: { index in
                anniversaries.contains(lower[index]) && index + 2 < lower.count
                    && lower[index + 1].allSatisfy(\.isNumber) && lower[index + 2] == "năm"
            }) { return .leak }
        }
        // "Tên ban nhạc được đặt theo tên của giọng nữ chính, Sade Adu, họ trình diễn lần đầu tiên …": two clauses
        // spliced by a comma, the second with a pronoun of its own; "when?" reads as asking either
        if language == .vi, Self.splicesAPronounClause(QuestionText.trimmedStatement(event.statement)) { return .otherClause }
        // "Xiaomi trưng bày Mi 5 vào ngày 24 tháng 2 tại MWC 2016": a day without its year took the narrative's, yet
        // its sentence writes another; which of the two is the day's is unsure
        if let year = event.when?.startDate?.year, !event.dateSurface.isEmpty,
           !ClauseOfDate.writesYear(event.dateSurface, language: language),
           Self.writesAnotherYear(event.sentence, than: year, outside: event.dateSurface) { return .uncertain }
        // "từ khoảng đầu những năm 1935": an "about" or an "early" the reader did not take in — the card would state the
        // year as exact ("bắt đầu năm 1935", "lần đầu năm 2007" are the verb's; "khoảng thời gian" is a period)
        if language == .vi, event.qualifier == nil {
            var lead = wordsBefore(event.dateSurface, in: event.sentence, count: 4)[...]
            if lead.last == "những" { lead = lead.dropLast() }
            var edged = false
            if let last = lead.last, ["đầu", "cuối", "giữa"].contains(last),
               !["bắt", "lần", "hàng", "mở", "ban", "khởi"].contains(lead.dropLast().last ?? "") {
                lead = lead.dropLast()
                edged = true
            }
            if edged || ["khoảng", "chừng"].contains(lead.last ?? "") { return .uncertain }
            // "tư quý 3 năm 2010": the quarter before the year stays behind, half a date
            if lead.dropLast().last == "quý", lead.last?.allSatisfy(\.isNumber) == true { return .leftover }
            // "Venus mở đầu năm 2002 bằng việc …", "Bước vào thập niên 1930, …": the date is the object of the verb
            // before it, which its removal leaves hanging ("Venus mở đầu bằng việc …"); "…, khởi đầu năm 1629 với việc
            // thành lập …" begins with something and stays
            let verb = lead.suffix(2).joined(separator: " ")
            if ["mở đầu", "khép lại", "bước sang"].contains(verb)
                || lead.last == "bước" && event.statement.hasPrefix("Bước ")
                || verb == "khởi đầu" && event.statement.hasPrefix("Khởi đầu ") { return .leftover }
        }
        // "… có thể thay đổi danh sách chậm nhất là trước trận đấu khai mạc", "no later than": a deadline bounds what
        // may happen; it dates nothing that did
        if [" chậm nhất ", " muộn nhất ", " at the latest ", " no later than "].contains(where: (" " + event.statement + " ").contains) {
            return .boundaryDate
        }
        // "… một thời gian ngắn trước khi Tưởng Giới Thạch chiếm Thượng Hải …", "shortly after the fall of Paris": an
        // event named right beside the date fixes it — the prompt would give the answer away
        let anchors = language == .vi
            ? [" thời gian ngắn trước khi ", " thời gian ngắn sau khi ", " ngay sau khi ", " ngay trước khi ", " không lâu sau khi ",
               " không lâu trước khi "]
            : [" shortly before ", " shortly after ", " soon after ", " just before ", " just after ", " immediately after "]
        // (the statement's words joined only when it holds "khi" / "before" / "after" at all: this runs for every event)
        if event.statement.contains(language == .vi ? "khi" : "fore") || language == .en && event.statement.contains("after") {
            let lowered = " " + StatementShape.words(event.statement.lowercased()).joined(separator: " ") + " "
            if anchors.contains(where: lowered.contains) { return .leak }
        }
        // "Gốm hoa lam Bát Tràng, có sắc xanh đen" dated to a century: a style, a state or a trend of a decade or a
        // century, with no happening in it, is no event to date
        if language == .vi, let value = event.when?.single, value.precision == .decade || value.precision == .century,
           !StatementShape.namesHappening(event.statement) { return .state }
        // "giữa những năm 1800", "the 1800s": the decade of a century's first year most often means the century
        // (the mid-19th century); asked as a decade, its answer would be wrong half the time (before 2000: "the
        // 2000s" is a decade)
        if let value = event.when?.single, value.precision == .decade, value.year % 100 == 0, value.year < 2000,
           !event.dateSurface.lowercased().contains("thập niên"), !event.dateSurface.lowercased().contains("decade") {
            return .uncertain
        }
        // "từ năm 2002", "since 2002" with no end: where a change or a state starts, asked as a plain "in what year"
        // it reads as a one-off event (a range "từ … đến …" is read as a period, not here)
        if event.when?.isPeriod != true {
            let surface = event.dateSurface.lowercased()
            let starts = language == .vi ? ["từ ", "kể từ "] : ["since "]
            let before = wordsBefore(event.dateSurface, in: event.sentence, count: 1).last ?? ""
            // (a change that begins then is dated by it: "Từ năm 1261, Greenland trở thành thuộc địa …")
            let inception = language == .vi
                // ("mở cửa", not "mở rộng": an expansion since X is a process)
                ? ["trở thành", "bắt đầu", "được phép", "thành lập", "định cư", "độc lập", "gia nhập", "chuyển", "đổi tên",
                   "ra đời", "xuất hiện", "mở cửa", "khởi công", "khởi nghĩa", "khởi đầu", "lên ngôi", "nắm quyền", "cai trị"]
                : ["became", "began", "started", "joined", "founded", "established", "settled", "moved", "ruled", "opened"]
            let statement = " " + event.statement.lowercased() + " "
            if starts.contains(where: surface.hasPrefix) || (language == .vi ? before == "từ" : before == "since"),
               !inception.contains(where: { statement.contains(" " + $0 + " ") }) {
                return .boundaryDate
            }
        }
        if StatementShape.isRelativeSurface(event.dateSurface, language: language), !anchored.contains(Self.key(event)) {
            return .relativeDate
        }
        let before = wordsBefore(event.dateSurface, in: event.sentence, count: 2)
        if let last = before.last, StatementShape.boundaryWords(language).contains(last)
            || (before.count == 2 && StatementShape.boundaryWords(language).contains(before.joined(separator: " "))) {
            return .boundaryDate
        }
        if isNominalDate(event, before: before) || datesANoun(event) || inAside(event) { return .nominalDate }
        // "(tức 25 tháng 5, 1791)": the same day in another calendar, a gloss
        if wordsBefore(event.dateSurface, in: event.sentence, count: 3).contains("tức") { return .nominalDate }
        if endsAtANoun(event) { return .boundaryDate }
        if isOneOfSeveralYears(event) || continuesWithAnotherPeriod(event) { return .partOfRange }
        return nil
    }

    /// "cuối thập niên 1970 đầu thập niên 1980", "thế kỷ thứ 9 và thế kỷ thứ 10": a decade or a century followed at once
    /// by another gives the event a span, of which the card would ask one end.
    func continuesWithAnotherPeriod(_ event: Event) -> Bool {
        guard language == .vi, let precision = event.when?.single?.precision, precision <= .decade,
              let range = event.sentence.range(of: event.dateSurface) else { return false }
        let next = StatementShape.words(String(event.sentence[range.upperBound...].prefix(30))).prefix(3).map { $0.lowercased() }
        let periods: Set<String> = ["thập", "thế", "những"]
        if let first = next.first, ["đầu", "cuối", "giữa"].contains(first), next.count >= 2, periods.contains(next[1]) { return true }
        if next.first == "và", next.count >= 2, periods.contains(next[1]) { return true }
        // ("cuối thế kỷ 19 và đầu thế kỷ 20": the second end with its own qualifier)
        if next.first == "và", next.count >= 3, ["đầu", "cuối", "giữa"].contains(next[1]), periods.contains(next[2]) { return true }
        // ("vào thế kỷ 18 và 19", "thế kỷ XVIII và XIX": the second century by its number alone)
        if precision == .century, next.first == "và", next.count >= 2,
           next[1].allSatisfy(\.isNumber) && next[1].count <= 2 || next[1].allSatisfy({ "ivxlc".contains($0) }) {
            return true
        }
        // (the span's second end: "… thế kỷ thứ 9 và thế kỷ thứ 10")
        let before = StatementShape.words(String(event.sentence[..<range.lowerBound].suffix(30))).suffix(2)
        return before.last?.lowercased() == "và" && before.first.map { word in
            word.allSatisfy(\.isNumber) || word.allSatisfy({ "IVXLC".contains($0) }) } == true
    }

    /// "năm 1740 và 1741", "in 1958 and 1959", "744-745": the sentence gives the event several years together,
    /// and a card asking for one of them would be half right.
    func isOneOfSeveralYears(_ event: Event) -> Bool {
        guard event.when?.isPeriod != true, let year = QuestionText.years(of: event.when).first else { return false }
        let tokens = event.sentence.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        func isYear(_ token: String) -> Bool {
            var digits = PlainText.trimming(token, PlainText.punctuation)
            if digits.hasSuffix("s") { digits.removeLast() }  // "the 1990s and early 2000s"
            return digits.count >= 3 && digits.count <= 4 && digits.allSatisfy(\.isNumber)
        }
        let qualifiers: Set<String> = ["early", "late", "mid", "the", "đầu", "cuối", "giữa", "năm", "thập", "niên"]
        for (index, token) in tokens.enumerated() {
            var plain = PlainText.trimming(token, PlainText.punctuation)
            if plain.hasSuffix("s"), plain.dropLast().allSatisfy(\.isNumber) { plain.removeLast() }
            if plain.contains("-") || plain.contains("–") {
                let parts = plain.split(whereSeparator: { $0 == "-" || $0 == "–" }).map(String.init)
                if parts.count == 2, parts.allSatisfy(isYear), parts.contains(String(year)) { return true }
            }
            guard plain == String(year) else { continue }
            // "(1971, 1978, 1982, 1994)": one year of a list
            if index + 1 < tokens.count, isYear(tokens[index + 1]) || index >= 1 && isYear(tokens[index - 1]) {
                return true
            }
            let joiners: Set<String> = ["và", "hoặc", "and", "or", "hay", "&"]
            if index + 2 < tokens.count, joiners.contains(tokens[index + 1].lowercased()), isYear(tokens[index + 2]) { return true }
            if index + 3 < tokens.count, joiners.contains(tokens[index + 1].lowercased()),
               qualifiers.contains(tokens[index + 2].lowercased()), isYear(tokens[index + 3]) { return true }
            if index >= 2, joiners.contains(tokens[index - 1].lowercased()), isYear(tokens[index - 2]) { return true }
            // "… 2 thủ đô là Thonburi vào năm 1768 và Rattanakosin năm 1782": names joined, each with its year — the
            // clause has two dates, and each card would ask the other's half
            let between: Set<String> = ["năm", "vào", "in", "from"]
            func namesThenYear(_ words: ArraySlice<String>) -> Bool {
                guard let last = words.last, isYear(last), words.count >= 2 else { return false }
                let names = words.dropLast().filter { !between.contains($0.lowercased()) }
                // (a month is no name: "in 1999 and in November 2003, he signed …" are two clauses)
                return !names.isEmpty
                    && names.allSatisfy { $0.first?.isUppercase == true && !NameFinder.isDateWord($0) }
            }
            if index + 1 < tokens.count, joiners.contains(tokens[index + 1].lowercased()) {
                let rest = tokens[(index + 2)...].prefix(6)
                if let end = rest.firstIndex(where: isYear), namesThenYear(tokens[(index + 2)...end]) { return true }
            }
            if let joiner = tokens[..<index].lastIndex(where: { joiners.contains($0.lowercased()) }),
               index - joiner <= 6, joiner >= 1, namesThenYear(tokens[(joiner + 1)...index]),
               isYear(tokens[joiner - 1]) { return true }
        }
        return false
    }

    /// Does `statement` write a word of the deck's name (four letters at least, no function word)?
    func namesTopic(_ statement: String) -> Bool {
        let words = Set(StatementShape.words(statement.lowercased()))
        return topic.contains { $0.count >= 4 && !FunctionWords.all.contains($0) && words.contains($0) }
    }

    /// A line of a dated list ("1965 – … hóa giải các việc rút phép thông công lẫn nhau năm 1054 …") is the
    /// happening of its own year: another year inside it is a reference, no event of its own.
    static func isOtherYearOfDatedLine(_ event: Event) -> Bool {
        guard let year = event.when?.startDate?.year else { return false }
        let scalars = Array(event.sentence.unicodeScalars.prefix(12))
        let digits = scalars.prefix { ("0"..."9").contains($0) }
        guard (3...4).contains(digits.count), let lineYear = Int(String(String.UnicodeScalarView(digits))) else { return false }
        var index = digits.count
        while index < scalars.count, scalars[index] == " " { index += 1 }
        guard index < scalars.count, "–—-".unicodeScalars.contains(scalars[index]) else { return false }
        index += 1
        while index < scalars.count, scalars[index] == " " { index += 1 }
        // ("1285 – 1288: Kháng chiến …" is a range that opens the line, not a line's year)
        guard index < scalars.count, !("0"..."9").contains(scalars[index]) else { return false }
        return year != lineYear
    }

    /// The date sits in brackets as a gloss: a lifespan, a reign, a release year after a title — anything but a
    /// closing bracket that dates the whole clause at the sentence's end.
    /// "Bảng bên dưới thể hiện bán kính … theo xuất bản của J. C. Slater năm 1964", "The table below lists …": a
    /// sentence that introduces a table or a figure is the text's apparatus, not its history.
    static func pointsAtAFigure(_ sentence: String) -> Bool {
        let lower = sentence.lowercased()
        return figureReferences.contains { lower.contains($0) }
    }

    /// The phrases that point at a table or a figure beside the text.
    static let figureReferences = ["bảng bên dưới", "bảng dưới đây", "bảng sau đây", "biểu đồ bên dưới", "biểu đồ dưới đây",
                                   "hình bên dưới", "hình dưới đây", "the table below", "the following table",
                                   "the chart below", "the figure below", "the graph below", "the map below",
                                   "shown in the table", "listed in the table"]

    /// "Alphabet, vượt qua Apple.": a Vietnamese statement that is a name (one to three capitalised words), a comma, a
    /// verb and nothing after another comma: the words after the comma are an aside before a predicate that was cut
    /// (`DeckGenerator.withoutAsideComma` reads it without the comma).
    static func isSubjectThenAside(_ statement: String, words: [String]) -> Bool {
        guard let comma = statement.firstIndex(of: ","), words.count <= 8,
              !statement[statement.index(after: comma)...].contains(",") else { return false }
        let subject = StatementShape.words(String(statement[..<comma]))
        guard (1...3).contains(subject.count), subject.allSatisfy({ $0.first?.isUppercase == true }) else { return false }
        let rest = StatementShape.words(String(statement[statement.index(after: comma)...]))
        return rest.first?.first?.isLowercase == true && StatementShape.opensOnVerb(Array(rest.prefix(2)))
    }

    /// `isSubjectThenAside`, and its aside reads as the name's own deed: not a passive ("Noah Haynes Swayne, được đề
    /// cử …" of a list of nominations: to what, by whom, the list said before).
    static func isSubjectThenActiveAside(_ statement: String, words: [String]) -> Bool {
        guard isSubjectThenAside(statement, words: words), let comma = statement.firstIndex(of: ",") else { return false }
        let first = StatementShape.words(String(statement[statement.index(after: comma)...])).first ?? ""
        return first != "được" && first != "bị"
    }

    func isGlossDate(_ event: Event) -> Bool {
        let sentence = event.sentence
        guard !event.dateSurface.isEmpty, let range = sentence.range(of: event.dateSurface) else { return false }
        let head = sentence[..<range.lowerBound]
        guard let open = head.lastIndex(of: "("), !head[open...].contains(")") else { return false }
        let tail = sentence[range.upperBound...]
        guard let close = tail.firstIndex(of: ")") else { return false }
        // "Năm Minh Mạng thứ 14 (1833), …": the bracket glosses an era year, which is the clause's date
        if Self.endsOnEraYear(head[..<open]) { return false }
        let inside = sentence[sentence.index(after: open)..<close]
        let extra = StatementShape.words(String(inside)).count - StatementShape.words(event.dateSurface).count
        let after = sentence[sentence.index(after: close)...].trimmingCharacters(in: .whitespaces)
        let closesSentence = after.isEmpty || after.allSatisfy { ".;!?".contains($0) }
        // "(3 tháng 3 năm 1951)." dates the clause it closes; "(2002) - một phim…" or "(1009–1225)" glosses a name;
        // "(a term coined by Kollár in 1783)", "(tổng thống từ 1898–1904)": the date of an aside, not of the clause.
        if extra <= 3 && !closesSentence || extra >= 3 { return true }
        // "… có hai con là Noriko (1959) và Lichiro (1962).": names listed each with its year in brackets — the years
        // gloss the names, even the one that closes the sentence
        let previous = StatementShape.lastWord(head[..<open])
        // "… theo các điều khoản của Hiệp định Paris (1763).": a bare year after a treaty's, a war's or a law's name is
        // that document's or that war's, not the clause's (the withdrawal came in 1764)
        let before = StatementShape.words(String(head[..<open])).suffix(5).map { $0.lowercased() }.joined(separator: " ")
        if extra == 0, event.dateSurface.allSatisfy(\.isNumber), previous?.first?.isUppercase == true,
           Self.documentHeads.contains(where: { (" " + before + " ").contains(" " + $0 + " ") }) { return true }
        // "… là giáo sư Đỗ Xuân Hợp (1906 - 1985).": a span right after a name of two or more capitalised words is that
        // person's life or that dynasty's reign, even where it closes the sentence
        let nameWords = StatementShape.words(String(head[..<open])).reversed().prefix { $0.first?.isUppercase == true }
        if extra == 0, event.when?.isPeriod == true, nameWords.count >= 2 { return true }
        // "Từ đầu năm 2003, sông Sét được nạo vét … trong dự án thoát nước, cải thiện môi trường Hà Nội giai đoạn 1
        // (1997-2005).": a span in brackets after a sentence already dated outside them is the span of the thing it
        // follows (a project, a term, a phase), not of the clause
        if extra == 0, event.when?.isPeriod == true, let year = event.when?.startDate?.year,
           Self.writesAnotherYear(String(head[..<open]), than: year, outside: event.dateSurface) { return true }
        let years = ClauseOfDate.bracketsOpeningOnYear(in: sentence).filter { $0.allSatisfy(\.isNumber) }
        return extra == 0 && previous?.first?.isUppercase == true && years.count >= 2
    }

    /// True when `text` ends on an era year: "năm Minh Mạng thứ 14", "năm Đại Bảo thứ nhất", "năm Gia Long nguyên niên",
    /// "năm Canh Thìn" (a year of the sixty-year cycle).
    static func endsOnEraYear(_ text: Substring) -> Bool {
        let words = StatementShape.words(String(text.suffix(60))).suffix(7)
        guard let year = words.lastIndex(where: { $0.lowercased() == "năm" }) else { return false }
        let after = Array(words[(year + 1)...])
        let names = after.prefix { $0.first?.isUppercase == true }
        let rest = after.dropFirst(names.count).map { $0.lowercased() }
        guard (1...3).contains(names.count) else { return false }
        if rest.isEmpty { return names.count == 2 }
        if rest == ["nguyên", "niên"] { return true }
        return rest.first == "thứ" && (2...3).contains(rest.count)
    }

    /// Head nouns of a named treaty, war or law, lowercased.
    static let documentHeads = ["hiệp định", "hiệp ước", "hòa ước", "hoà ước", "công ước", "điều ước", "chiến tranh",
                                "cách mạng", "hội nghị", "đạo luật", "hiến pháp", "treaty", "war", "act", "convention",
                                "constitution", "revolution", "accords", "agreement"]

    /// The year is part of a noun phrase: "Hòa ước năm 1884", "the 1860 election", "the Constitution of 1791".
    func isNominalDate(_ event: Event, before: [String]) -> Bool {
        switch language {
        case .vi:
            // "Nhà hát 3/2", "đường 30/4": a day and month naming a theatre, a street, a square
            if event.dateSurface.contains("/"), !event.dateSurface.lowercased().hasPrefix("ngày"),
               let range = event.sentence.range(of: event.dateSurface),
               let previous = StatementShape.lastWord(event.sentence[..<range.lowerBound])?.lowercased(),
               ["hát", "đường", "phố", "cầu", "trường", "viên", "chợ", "sân", "quảng", "lộ", "hẻm", "kênh"].contains(previous)
                || ["quảng trường", "công viên"].contains(before.suffix(2).joined(separator: " ").lowercased()) { return true }
            // "sau sự kiện 11 tháng 9": a month whose day the reader left out names an event (the 11 September attacks),
            // with a year taken from elsewhere
            if event.dateSurface.lowercased().hasPrefix("tháng"), let range = event.sentence.range(of: event.dateSurface),
               let previous = StatementShape.lastWord(event.sentence[..<range.lowerBound]),
               (1...2).contains(previous.count), previous.allSatisfy(\.isNumber) { return true }
            // A bare number glued to a name ("Nhận thức chung 1992", "Euro 2016"): Vietnamese dates say "năm".
            if event.dateSurface.allSatisfy(\.isNumber), let range = event.sentence.range(of: event.dateSurface) {
                let previous = StatementShape.lastWord(event.sentence[..<range.lowerBound])?.lowercased()
                let inBrackets = event.sentence[..<range.lowerBound].hasSuffix("(")
                if let previous, !inBrackets, !FunctionWords.vietnamese.contains(previous),
                   !["năm", "tháng", "ngày", "từ", "đến", "tới", "giai", "đoạn", "khoảng", "cuối", "đầu", "giữa"].contains(previous),
                   !event.sentence[..<range.lowerBound].hasSuffix(", ") { return true }
            }
            // "… vi phạm Hiệp ước Anh-Bahrain năm 1820", "… sau Cách mạng tháng 10 năm 1917": a document or event
            // named by its head noun and a proper name, then its date, in the middle of a sentence about something else
            // (the date right after the name: "Sau Cách mạng Tháng Tám (1945), ngày 3 tháng 9 năm 1945, …" is no such date)
            if let range = event.sentence.range(of: event.dateSurface),
               let glued = event.sentence[..<range.lowerBound].trimmingCharacters(in: .whitespaces).last,
               glued.isLetter || glued.isNumber {
                let head = StatementShape.words(String(event.sentence[..<range.lowerBound]))
                let heads = StatementShape.vietnameseDatedNouns.union(["cách mạng", "chiến tranh", "khởi nghĩa", "sơ đồ", "kế hoạch",
                                                                       "quy hoạch"])
                for length in [2, 1] {
                    for start in stride(from: head.count - length, through: max(1, head.count - 6), by: -1) where start >= 1 {
                        let noun = head[start..<(start + length)].joined(separator: " ").lowercased()
                        guard heads.contains(noun), head[start].first?.isUppercase == true else { continue }
                        let name = head[(start + length)...]
                        // ("… sau Cách mạng tháng 10 năm 1917": the noun right before its date, after a lower-case word)
                        if name.isEmpty ? ["sau", "trước", "trong", "từ", "đến", "theo", "của"].contains(head[start - 1])
                            : name.allSatisfy({ $0.first?.isUppercase == true || $0.allSatisfy(\.isNumber)
                                || ["tháng", "năm"].contains($0) }) { return true }
                        // ("… kết quả của Đạo luật Chính quyền địa phương năm 1972": a document's name in sentence case,
                        // its first word capitalised and no small word of a clause in it)
                        if (1...5).contains(name.count),
                           StatementShape.continuesDocumentName(head: head[start..<(start + length)].joined(separator: " "),
                                                                name: name) { return true }
                    }
                }
            }
            // "… phụ lục của Nghị quyết hội nghị tháng 5 năm 1941": a meeting named by its date in the middle of a
            // sentence (not "Đại hội năm 1986 quyết định …", where the meeting is the subject)
            let three = wordsBefore(event.dateSurface, in: event.sentence, count: 3)
            if three.count == 3, ["hội nghị", "đại hội", "kỳ họp"].contains(three.suffix(2).joined(separator: " ")) {
                return true
            }
            // "<danh từ> năm 1884" right after a document or event noun, not after a verb.
            guard let last = before.last else { return false }
            return StatementShape.vietnameseDatedNouns.contains(last)
                || (before.count == 2 && StatementShape.vietnameseDatedNouns.contains(before.joined(separator: " ")))
        case .en:
            // "documented in the 13th century Icelandic Sagas": a century in front of a noun, inside its clause (not
            // "In the 19th century Vietnam was …", where the century opens the clause)
            if event.dateSurface.lowercased().contains("century"), let range = event.sentence.range(of: event.dateSurface),
               StatementShape.words(String(event.sentence[..<range.lowerBound].split(separator: ",").last ?? "")).count >= 4,
               let next = StatementShape.words(String(event.sentence[range.upperBound...])).first,
               !event.sentence[range.upperBound...].hasPrefix(","), next.first?.isUppercase == true
                || (next.first?.isLowercase == true && !FunctionWords.english.contains(next) && EnglishVerb.base(ofPast: next) == nil
                    && !["saw", "was", "were", "is", "had"].contains(next)) { return true }
            // "the September 11 attacks", "the February 1934 riots": a day and month, or a month and year, naming a noun
            let surfaceNoun = event.dateSurface.hasPrefix("the ") ? String(event.dateSurface.dropFirst(4)) : event.dateSurface
            if let range = event.sentence.range(of: event.dateSurface), before.last == "the" || surfaceNoun != event.dateSurface,
               MonthName.english.contains(where: { surfaceNoun.hasPrefix($0) }),
               let next = StatementShape.words(String(event.sentence[range.upperBound...])).first,
               next.first?.isLowercase == true, !FunctionWords.english.contains(next) { return true }
            // "the War of 1812", "the Compromise of 1850", "the Missouri line of 1820": a name closed by "of" and its
            // year, in a sentence about something else (the seasons and parts of a year are times: "the Spring of 1862")
            // (`before` is in small letters: the head's capital is read from the sentence)
            if before.count >= 2, before.last == "of", event.dateSurface.allSatisfy(\.isNumber),
               let range = event.sentence.range(of: " of " + event.dateSurface),
               let head = StatementShape.lastWord(event.sentence[..<range.lowerBound]) {
                let times: Set<String> = ["spring", "summer", "autumn", "fall", "winter", "end", "beginning", "start", "middle",
                                          "half", "part", "course", "year", "years", "session", "quarter", "season", "close",
                                          "turn", "dawn", "night", "morning", "evening", "events", "day", "days", "month"]
                // (a name that opens the sentence dates its own deed: "The Land Ordinance of 1785 established …",
                // "During the Illinois Campaign of 1778, Clark …")
                let leading = StatementShape.words(String(event.sentence[..<range.lowerBound]))
                    .reversed().drop { $0.first?.isUppercase == true }.count
                // ("The Land Ordinance of 1785 and the Northwest Ordinance created …": the year is one of two names')
                let following = event.sentence[range.upperBound...]
                let andAnother = following.hasPrefix(" and ")
                    && (following.dropFirst(5).hasPrefix("the ") ? following.dropFirst(9) : following.dropFirst(5)).first?.isUppercase == true
                let opensSentence = leading <= 2 && head.first?.isUppercase == true && !andAnother
                if !times.contains(head.lowercased()), !opensSentence, head.first?.isUppercase == true || head == "line" { return true }
                // "A harsh reaction followed the revolutions of 1848": a happening's year after a word of sequence is
                // the point the clause is told from, not its date
                let sequence: Set<String> = ["followed", "after", "since", "before", "following", "until", "preceded"]
                let phrase = StatementShape.words(String(event.sentence[..<range.lowerBound].suffix(60))).suffix(3).map { $0.lowercased() }
                if phrase.count == 3, sequence.contains(phrase[0]), phrase[1] == "the",
                   Self.happeningNouns.contains(phrase[2]) { return true }
            }
            // "the 1860 election": a bare year between a determiner and a lower-case noun.
            // "a 1960s remark" too: a decade in front of a noun
            let surface = event.dateSurface.hasSuffix("s") ? String(event.dateSurface.dropLast()) : event.dateSurface
            guard let range = event.sentence.range(of: event.dateSurface),
                  !surface.isEmpty, surface.allSatisfy(\.isNumber), let last = before.last,
                  ["the", "a", "an", "his", "her", "its", "their"].contains(last) else { return false }
            let next = StatementShape.words(String(event.sentence[range.upperBound...])).first ?? ""
            return next.first?.isLowercase == true && !FunctionWords.english.contains(next)
        }
    }

    /// The date closes a noun phrase inside the clause: "từ cuộc cách mạng tháng 5 năm 1810 đã thay thế …" (an
    /// auxiliary follows the date), or the reference of a superlative: "tồi tệ nhất kể từ sự sụp đổ … năm 1890",
    /// "the worst since the collapse of 1890".
    func datesANoun(_ event: Event) -> Bool {
        guard !event.dateSurface.isEmpty, let range = event.sentence.range(of: event.dateSurface) else { return false }
        let before = StatementShape.words(String(event.sentence[..<range.lowerBound])).map { $0.lowercased() }
        let after = StatementShape.words(String(event.sentence[range.upperBound...])).first?.lowercased() ?? ""
        switch language {
        case .vi:
            let nouns: Set<String> = ["sự", "cuộc", "vụ", "trận", "phong"]
            let near = before.suffix(4)
            let auxiliaries: Set<String> = ["đã", "được", "bị", "là", "sẽ", "vẫn", "đang", "từng", "cũng"]
            if near.contains(where: nouns.contains), auxiliaries.contains(after) { return true }
            if let since = before.lastIndex(of: "từ"), since > 0, before[since - 1] == "kể", before.count - since <= 8,
               before[..<since].contains("nhất") { return true }
            return false
        case .en:
            // "in the October 1970 edition of Guideposts", "the 1791 census": the date names an issue, not the event
            if ["edition", "issue", "volume", "census", "catalogue", "catalog", "yearbook"].contains(after),
               before.last == "the" || before.suffix(2).contains("the") || event.dateSurface.lowercased().hasPrefix("the ") {
                return true
            }
            if let since = before.lastIndex(of: "since"), before.count - since <= 6,
               before[..<since].contains(where: { $0.hasSuffix("est") || ["worst", "best", "first", "most"].contains($0) }) {
                return true
            }
            return false
        }
    }

    /// "cho tới sự sụp đổ của Đế chế Áo-Hung năm 1918", "until the fall of Austria-Hungary in 1918": the date of the
    /// end point, a few words after the bound.
    func endsAtANoun(_ event: Event) -> Bool {
        guard !event.dateSurface.isEmpty, let range = event.sentence.range(of: event.dateSurface) else { return false }
        let head = String(event.sentence[..<range.lowerBound])
        let lower = head.lowercased()
        for bound in language == .vi ? ["cho tới ", "cho đến ", "đến khi ", "tới khi "] : ["until ", "till "] {
            guard let at = lower.range(of: bound, options: .backwards) else { continue }
            let between = lower[at.upperBound...]
            if !between.contains(","), StatementShape.words(String(between)).count <= 8 { return true }
        }
        return false
    }

    /// The date sits in an aside of the clause: between dashes ("Lichtenstein—a painter of the 1960s Pop art
    /// movement—was …") or in a relative clause after the main one (", which could be visited for most of the
    /// 18th century"), so it dates the aside.
    func inAside(_ event: Event) -> Bool {
        guard !event.dateSurface.isEmpty, let range = event.sentence.range(of: event.dateSurface) else { return false }
        let head = event.sentence[..<range.lowerBound], tail = event.sentence[range.upperBound...]
        let dashes = head.filter { $0 == "—" }.count
        if dashes % 2 == 1, tail.contains("—") { return true }
        guard language == .en else { return false }
        let lower = head.lowercased()
        // ", written in 1926 on his first visit": a participle phrase after a comma dates its own participle
        if let comma = lower.range(of: ", ", options: .backwards) {
            let segment = StatementShape.words(String(lower[comma.upperBound...]))
            let participles: Set<String> = ["written", "given", "taken", "known", "drawn", "shown", "begun", "sung", "born",
                                            "built", "made", "held", "founded", "published", "composed", "painted", "signed"]
            if let first = segment.first, segment.count <= 4, EnglishVerb.base(ofPast: first) != nil || participles.contains(first),
               StatementShape.words(String(lower[..<comma.lowerBound])).count >= 3 { return true }
        }
        for marker in [", which ", ", who ", ", where ", ", whose ", " which he ", " which she ", " which they "] {
            guard let at = lower.range(of: marker, options: .backwards) else { continue }
            // the relative clause runs to the date with no comma in between, after a main clause of its own
            if !lower[at.upperBound...].contains(","), StatementShape.words(String(lower[..<at.lowerBound])).count >= 3 {
                return true
            }
        }
        return false
    }

    /// Does `event` tell what happens every year, dated by months the text gives no year ("thường mưa nhiều nhất từ
    /// tháng 5 đến tháng 10", "usually from June to September")?
    static func isYearlyHabit(_ event: Event, language: Language) -> Bool {
        let surface = event.dateSurface.lowercased()
        guard !surface.isEmpty,
              language == .vi ? surface.contains("tháng") && !surface.contains("năm")
                  && !surface.split(separator: " ").contains(where: { $0.count >= 3 && $0.allSatisfy(\.isNumber) })
                : MonthName.english.contains(where: { surface.contains($0.lowercased()) }) && !surface.contains(where: \.isNumber)
        else { return false }
        // (as written: "Ủy ban Thường vụ" is a standing committee, no habit)
        let padded = " " + StatementShape.words(event.statement).joined(separator: " ") + " "
        let habits = language == .vi
            ? [" thường ", " nhiều nhất ", " hằng năm ", " hàng năm ", " mỗi năm ", " trung bình "]
            : [" usually ", " typically ", " normally ", " each year ", " every year ", " annually ", " on average "]
        return habits.contains(where: padded.contains)
    }

    /// Up to `count` lower-cased words right before the first occurrence of `surface` in `sentence`.
    func wordsBefore(_ surface: String, in sentence: String, count: Int) -> [String] {
        guard !surface.isEmpty, let range = sentence.range(of: surface) else { return [] }
        // (read from the end only: this runs for every event, and a few words are wanted; a word cut at the window's
        // start is never among them, the window holding far more than `count` words and those the loop drops)
        let window = sentence[..<range.lowerBound].suffix((count + 6) * 24)
        var words = StatementShape.words(String(window)).map { $0.lowercased() }
        if window.startIndex != sentence.startIndex, !words.isEmpty { words.removeFirst() }
        // "năm", "ngày", "vào" just before a bare number belong to the date phrase, not to what governs it.
        while let last = words.last, ["năm", "ngày", "tháng", "vào", "hồi", "in", "on", "thời", "điểm", "kỳ", "giai", "đoạn"]
            .contains(last) { words.removeLast() }
        return Array(words.suffix(count))
    }
}
