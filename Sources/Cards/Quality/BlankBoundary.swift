import Timeline

/// Whether taking `answer` out of a sentence (a cloze blank, a wh-word) leaves whole words on both sides: it
/// must not cut a name ("Mặt trận Dân [...]" for "… Dân tộc Thống nhất") or a Vietnamese two-syllable word
/// ("Cách [...]" for "Cách mạng", "phía [...]" for "phía Tây"), nor be a single common-looking syllable.
enum BlankBoundary {
    /// Vietnamese one-syllable names of nations and Chinese dynasties ("Anh", "Pháp", "Minh"), which follow the noun
    /// they qualify ("quân Pháp", "Hoàng gia Anh").
    static let nationSyllables: Set<String> = [
        "Anh", "Pháp", "Mỹ", "Đức", "Nga", "Nhật", "Hàn", "Ý", "Úc", "Bỉ", "Lào", "Thái", "Ấn", "Hán", "Tống", "Minh",
        "Thanh", "Nguyên", "Tần", "Đường", "Chu", "Xiêm", "Việt", "Hoa", "Triều", "Miên", "Tây", "Séc",
    ]

    /// The words that end an institution's name before its country ("Nhà nước", "Chính phủ", "Quốc hội"), lowercased.
    static let institutionTails: Set<String> = [
        "nhà nước", "hoàng gia", "quân đội", "hải quân", "không quân", "lục quân", "chính phủ", "quốc hội", "nhân dân",
        "cộng hòa", "cộng hoà", "dân chủ", "liên bang", "ngân hàng", "quốc gia", "dân tộc",
    ]

    /// True when the blank at `range` of `sentence` is a whole name or phrase in `language`.
    /// Does a Vietnamese blank go on in a foreign word: a Latin species name ("[...] uxoris", "[...] erectus") or an
    /// English name's lower-case tail ("[...] plc", "[...] nuclear site")? `next` is the word glued after the blank,
    /// when it is no Vietnamese syllable and no function word.
    static func cutsForeignName(next: String?) -> Bool {
        guard let next, next.count >= 3, next.allSatisfy({ $0.isASCII && $0.isLowercase }) else { return false }
        return !UnnamedSubject.commonOpenings.contains(Substring(next)) && !FunctionWords.all.contains(next)
    }

    /// "Căn cứ [Không quân Norton]", "Hội đồng [Bảo an] …": an institution's name in sentence case, cut after its
    /// capitalised head; the blank opens on common words ("Không quân", "Bảo an"), so which part is the answer is
    /// anyone's guess. ("Đạo luật [Foraker]", "Thành phố [Hồ Chí Minh]" blank the proper name, and stay.)
    static func cutsInstitutionName(_ inside: [String], at range: Range<String.Index>, in sentence: String) -> Bool {
        guard inside.count >= 2, VietnameseCompounds.isWord(inside[0], inside[1]) else { return false }
        let head = sentence[..<range.lowerBound]
        guard head.hasSuffix(" ") else { return false }
        let before = head.split(separator: " ").suffix(3).map(String.init)
        // the two words before it: a capitalised word that does not open the sentence, and a lower-case one, one word
        guard before.count == 3, !(before[0].last.map { ".!?:".contains($0) } ?? true) else { return false }
        if before[1].first?.isUppercase == true && before[2].first?.isLowercase == true
            && VietnameseCompounds.isWord(before[1], before[2]) { return true }
        // ("Đại hội đại biểu [Nhân dân toàn quốc]": a head of two words, each of two syllables)
        let longer = head.split(separator: " ").suffix(5).map(String.init)
        return longer.count == 5 && !(longer[0].last.map { ".!?:".contains($0) } ?? true)
            && longer[0].first?.isUppercase != true && longer[1].first?.isUppercase == true && longer[2...].allSatisfy({ $0.first?.isLowercase == true })
            && VietnameseCompounds.isWord(longer[1], longer[2]) && VietnameseCompounds.isWord(longer[3], longer[4])
    }

    /// Nouns of a nationality that stand before a person's name ("Frenchman Coquand").
    static let englishNationalityNouns: Set<String> = ["Frenchman", "Englishman", "Dutchman", "Scotsman", "Irishman",
                                                        "Welshman", "Frenchwoman", "Englishwoman", "Norseman"]

    /// Does an English blank open on a nationality before a person's name ("Canadian-American Mary Pickford",
    /// "Frenchman Coquand", "Russian Boris Yeltsin")? `rest` is the blank after its first word.
    static func opensOnNationality(_ first: String, rest: String) -> Bool {
        if englishNationalityNouns.contains(first) { return true }
        func isDemonym(_ word: Substring) -> Bool {
            word.count >= 4 && word.first?.isUppercase == true && ["an", "ese", "ish"].contains(where: { word.hasSuffix($0) })
        }
        let parts = first.split(separator: "-")
        guard parts.allSatisfy(isDemonym) else { return false }
        return parts.count == 2 || NameKind.of(rest, language: .en) == .person
    }

    static func isClean(_ answer: String, at range: Range<String.Index>, in sentence: String,
                        language: Language) -> Bool {
        let inside = StatementShape.words(answer)
        guard let first = inside.first, let last = inside.last else { return false }
        let before = StatementShape.lastWord(sentence[..<range.lowerBound])
        let after = StatementShape.words(String(sentence[range.upperBound...])).first
        let glueBefore = !sentence[..<range.lowerBound].hasSuffix(", ") && !sentence[..<range.lowerBound].hasSuffix("(")
            && !(sentence[..<range.lowerBound].last.map { "–—-/".contains($0) } ?? false)
        let glueAfter = !(sentence[range.upperBound...].first.map { ",.;:)!?–—-/".contains($0) } ?? true)
        // "[...] 3653 Store System" (IBM 3653), "Chiến dịch [...] 719" (Lam Sơn 719): a number right after the blank goes
        // on with a model's or an operation's name
        if language == .vi, sentence[range.upperBound...].hasPrefix(" "),
           case let following = StatementShape.words(String(sentence[range.upperBound...])).prefix(2),
           let next = following.first, next.allSatisfy(\.isNumber), sentence[range.upperBound...].dropFirst().hasPrefix(next),
           // (not a day: "chiếm Hà Nội 20 tháng 11 năm 1873")
           following.dropFirst().first?.lowercased() != "tháng",
           !sentence[range.upperBound...].dropFirst(next.count + 1).hasPrefix("/") {
            return false
        }
        // "[...] № 554" (Moscow School № 554), "[...] No. 5", "Trường [...] số 1": a number sign and a number after
        // the blank number the same name
        if case let after = sentence[range.upperBound...], after.hasPrefix(" "),
           let mark = ["№", "Nº", "No.", "số"].first(where: { after.dropFirst().hasPrefix($0) }),
           after.dropFirst(1 + mark.count).drop(while: { $0 == " " }).first?.isNumber == true {
            return false
        }
        // "Các Hiệp ước Hoà bình [...] năm 1947" (Paris), "Đạo luật Chính phủ [...]" (Ireland): a blank inside the name
        // of a document written in sentence case, after its capitalised head noun and a capitalised word
        if language == .vi {
            let before = Array(StatementShape.words(String(sentence[..<range.lowerBound])).suffix(6))
            for length in [2, 1] {
                for start in before.indices where start + length < before.count
                    && StatementShape.continuesDocumentName(head: before[start..<(start + length)].joined(separator: " "),
                                                            name: before[(start + length)...]) {
                    return false
                }
            }
        }
        // "Billy the [...]" (Kid), "[...] the Great" (Alexander): "the" between two capitals joins one name
        if sentence[..<range.lowerBound].hasSuffix(" the "),
           let name = StatementShape.lastWord(sentence[..<range.lowerBound].dropLast(5)), name.first?.isUppercase == true,
           !FunctionWords.all.contains(name.lowercased()), !sentenceStarts(name, sentence),
           sentence[..<range.lowerBound].hasSuffix(name + " the ") {
            return false
        }
        if sentence[range.upperBound...].hasPrefix(" the "),
           StatementShape.words(String(sentence[range.upperBound...])).dropFirst().first?.first?.isUppercase == true {
            return false
        }
        // "năm 1000 sau [...]" (Công Nguyên): a word of the era is part of the date, no thing to ask
        if ["công nguyên", "tây lịch", "dương lịch", "âm lịch", "christ", "common era"].contains(answer.lowercased()) {
            return false
        }
        // "Nhạc phẩm \"We Are the [...]\"": a blank inside the quotation marks of a title (six words at most; a longer
        // quotation is speech, whose names may be asked) takes the whole title or nothing
        let quotes = "\"“”«»"
        if let open = sentence[..<range.lowerBound].lastIndex(where: { quotes.contains($0) }),
           sentence[..<range.lowerBound].filter({ quotes.contains($0) }).count % 2 == 1,
           let close = sentence[range.upperBound...].firstIndex(where: { quotes.contains($0) }),
           StatementShape.words(String(sentence[sentence.index(after: open)..<close])).count <= 6,
           sentence[sentence.index(after: open)..<range.lowerBound].contains(where: \.isLetter)
            || sentence[range.upperBound..<close].contains(where: \.isLetter) { return false }
        // "như [...], Anh, Đức": one member of a list, which any other member would fit
        let tail = sentence[range.upperBound...]
        // "after [...] (1914–1918)", "Tổng thống Hoa Kỳ [...] (1933-1945)": the years of a war, a term or a life
        // glossed after the blank all but name it
        if tail.hasPrefix(" ("), case let gloss = tail.dropFirst(2).prefix(while: { $0 != ")" }),
           gloss.count <= 16, gloss.filter(\.isNumber).count >= 6,
           gloss.allSatisfy({ $0.isNumber || " –-—TCNBCE.".contains($0) }) { return false }
        if tail.hasPrefix(", "), tail.dropFirst(2).first?.isUppercase == true, head(of: sentence, range).hasSuffix(" ") {
            let afterComma = StatementShape.words(String(tail)).first ?? ""
            if afterComma.first?.isUppercase == true { return false }
        }
        // "[...]-4" (the NC-4), "[...]-ryū", "[...]'orea": a hyphen or an apostrophe straight after the blank joins
        // it to the rest of one word
        // ("[...].D" for "L.A.P.D": a full stop glued to a letter is inside an abbreviation)
        if let mark = tail.first, "-'’/.".contains(mark), let next = tail.dropFirst().first, next.isLetter || next.isNumber {
            return false
        }
        // "Đồng bằng [...] bộ" (Nam bộ): the blank's last syllable and the next word make one Vietnamese word, so the
        // blank cuts a name
        if language == .vi, let after, after.first?.isLowercase == true, tail.hasPrefix(" " + after),
           VietnameseCompounds.isWord(last.lowercased(), after) { return false }
        // "nước [...] dân chủ cộng hoà" (Việt Nam dân chủ cộng hoà): a state's form of government written in small
        // letters after its name is part of the name
        if language == .vi, case let opening = tail.prefix(20).lowercased(),
           [" dân chủ cộng hòa", " dân chủ cộng hoà", " xã hội chủ nghĩa", " cộng hòa", " cộng hoà", " dân chủ nhân dân"]
            .contains(where: { opening.hasPrefix($0) }) {
            return false
        }
        // "tại [...] phủ" (Ứng Thiên phủ), "[...] vương Triệu Cấu" (Khang vương), "[...] hoàng Akihito" (Nhật hoàng): an
        // old unit's kind or a title written after its name belongs to it
        // ("tại [...] quốc" of "Anh quốc", "Pháp quốc": the country's Sino-Vietnamese "nation" is part of its name)
        if language == .vi, let after, ["phủ", "châu", "trấn", "lộ", "đạo", "vương", "đế", "hầu", "hoàng", "quốc"].contains(after),
           tail.hasPrefix(" " + after) {
            return false
        }
        // "ở Asunción, [...] làm chết …", "tại Warsaw, [...]", "xuống đảo Hải Nam, [...]" (Paraguay, Ba Lan, Trung
        // Quốc): a place right after another place (capitalised words after "ở", "tại", "đến", "từ", a verb of going
        // or a kind of place) and its comma glosses it — the place before gives it away
        if language == .vi, sentence[..<range.lowerBound].hasSuffix(", ") {
            let place = StatementShape.words(String(sentence[..<range.lowerBound])).reversed()
            let name = place.prefix { $0.first?.isUppercase == true }
            if (1...4).contains(name.count), let preposition = place.dropFirst(name.count).first,
               ["ở", "tại", "đến", "từ", "xuống", "về", "tới", "sang", "đảo", "tỉnh", "phố"].contains(preposition.lowercased()) { return false }
        }
        // "công ty [...]. bán ra …" (Cree Inc.): a company's or a person's abbreviation keeps its dot
        if tail.hasPrefix("."), ["Inc", "Ltd", "Corp", "Co", "Jr", "Sr", "St"].contains(last) { return false }
        // "tỉnh đông dân nhất [...]" (Trung Quốc): the domain of a superlative is the subject's own country or region,
        // given away by the subject
        if language == .vi, sentence[..<range.lowerBound].hasSuffix(" nhất ") { return false }
        // "[...]. Allen" (Paul G. Allen): a name that ends on an initial goes on after its dot
        // ("sản phẩm [...]." for Mac OS X ends the sentence)
        if tail.hasPrefix(". "), last.count == 1, last.first?.isUppercase == true,
           tail.dropFirst(2).first?.isUppercase == true { return false }
        // "[Đồng minh hiệp ước San Francisco]": two names joined by a document's lower-case head are two things
        if language == .vi, inside.count >= 4,
           zip(inside.dropFirst(), inside.dropFirst(2)).contains(where: { ["hiệp ước", "hiệp định", "hòa ước", "hoà ước"].contains($0 + " " + $1) }) {
            return false
        }
        // "Liên khu ủy [...]" (III): a Roman numeral on its own is the number of the name before it; so is one that
        // opens a blank ("Tu chính án [XIX Hiến pháp Hoa Kỳ]")
        if first.count <= 5, first.allSatisfy({ "IVXLC".contains($0) }), before != nil { return false }
        if language == .vi, glueAfter, let next = after {
            // "Giải [...] vàng" (Mai vàng), "Cánh diều [...] bạc": gold or silver goes on with an award's name
            if ["vàng", "bạc"].contains(next) { return false }
            // "cựu [Thủ tướng Nhật Bản-Thống] giám Hàn Quốc": a blank ending on one capitalised syllable glued on by a
            // hyphen, before a lower-case syllable, cuts a second title ("Thống giám") in two (a foreign name's part,
            // "Dodd-Frank", "Broun-Ramsay", has no Vietnamese letter and ends the blank)
            if let dash = answer.lastIndex(of: "-"), case let piece = answer[answer.index(after: dash)...],
               piece.first?.isUppercase == true, !piece.contains(" "), piece.contains(where: { !$0.isASCII }),
               next.first?.isLowercase == true,
               !FunctionWords.all.contains(next) {
                return false
            }
            // "[...] phục Hội" (Việt Nam Quang phục Hội), "[...] dân Đảng": a lower-case syllable and the body's
            // capitalised head go on with an organisation's name
            let rest = tail.split(separator: " ")
            if next.first?.isLowercase == true, rest.count >= 2,
               ["Hội", "Đảng", "Đoàn"].contains(String(rest[1]).trimmingCharacters(in: .punctuationCharacters)) {
                return false
            }
        }
        // "Theo phía [...] tuyên bố …", "According to [...], …": who said it, not what happened; so is the paper that
        // reported it ("[...] thông báo rằng …", "trong số báo [...]", "[...] reported that …")
        let said = sentence[..<range.lowerBound].lowercased()
        if [" theo ", " theo phía ", " according to ", " số báo "].contains(where: { (" " + said).hasSuffix($0) }) {
            return false
        }
        let reported = tail.lowercased()
        if [" thông báo rằng", " đưa tin", " công bố rằng", " reported that", " reported on", " announced that"]
            .contains(where: reported.hasPrefix) { return false }
        // "Prix de l'[...]", "O'[...]": an apostrophe straight before the blank joins it to the word before; "[...] de
        // l'Export Award": an elided article after it goes on with the name
        if let mark = sentence[..<range.lowerBound].last, "'’".contains(mark) { return false }
        if [" de l'", " de l’", " d'", " d’", " l'", " l’"].contains(where: { tail.hasPrefix($0) }) { return false }
        if language == .vi, cutsForeignName(next: glueAfter ? after : nil) { return false }
        if language == .vi, cutsInstitutionName(inside, at: range, in: sentence) { return false }
        // "liệu pháp sốc điện ([...])", "Hội đồng Giáo dục Quốc gia ([...])": a gloss in brackets is no thing to recall
        if sentence[..<range.lowerBound].hasSuffix("("), tail.hasPrefix(")") { return false }
        // "Điều ước Hòa [...] hảo và Thông thương" ("Hòa hảo"): the blank's last word makes one word with the next
        // ("Điều ước Hòa hảo …", "Hiệp ước thân thiện …": a document's name goes on in lower case)
        if language == .vi, let next = after, next.first?.isLowercase == true, tail.hasPrefix(" "),
           VietnameseCompounds.isWord(last.lowercased(), next)
            || inside.count >= 3 && ["điều ước", "hiệp ước", "hiệp định", "hòa ước", "hoà ước", "công ước", "tuyên ngôn",
                                     "đạo luật", "nghị quyết", "hiến chương"].contains((inside[0] + " " + inside[1]).lowercased())
            && !["và", "với", "của", "được", "đã", "bị", "giữa", "năm", "vào", "tại", "ở", "có"].contains(next) { return false }
        // "đảo Kyūshū (九州, "[...]")": anything inside brackets is an aside, a gloss or a reading
        let opened = sentence[..<range.lowerBound]
        if opened.filter({ $0 == "(" }).count > opened.filter({ $0 == ")" }).count { return false }
        // "ở Stockholm, [...]", "ở Back Bay, [...], để xây …": a name right after another name and its comma, closing
        // the phrase, is its gloss (the country of a city, the city of a district), given away by the first
        // ("Bóng được công bố tại Cape Town, [...] vào ngày …": a preposition or a date after it closes the phrase too;
        // "Tại Paris, [...] gặp …" goes on with the clause's verb)
        let closing: Set<String> = ["vào", "năm", "ngày", "tháng", "trong", "từ", "và", "cho", "in", "on", "and", "during"]
        if opened.hasSuffix(", "), let previous = StatementShape.lastWord(opened.dropLast(2)), previous.first?.isUppercase == true,
           tail.isEmpty || tail.first.map({ ",.;:)".contains($0) }) == true || after.map({ closing.contains($0.lowercased()) }) == true,
           !FunctionWords.all.contains(previous.lowercased()) { return false }
        // "máy bay 307 [...]" (the 307 Stratoliner): a name after a model number is the rest of one name
        // (not a date's number: "năm 938 Ngô Quyền …", "ngày 2 …")
        if opened.hasSuffix(" "), let previous = StatementShape.lastWord(opened), previous.first?.isNumber == true,
           previous.allSatisfy({ $0.isNumber || $0.isLetter }), previous.count <= 3,
           let beforeNumber = StatementShape.words(String(opened.dropLast(previous.count + 1))).last,
           !NameFinder.isDateWord(beforeNumber), !["năm", "ngày", "tháng", "kỷ", "kỉ", "in", "on", "of"].contains(beforeNumber.lowercased())
        { return false }
        // "Hội Khoa học Hoàng gia [...]" (… Anh), "Quân đội [...]" (… Pháp): a one-syllable nation after a capitalised
        // word and the syllable that makes one word with it is the end of that name, or a nationality, not a thing of
        // its own ("Giáo hoàng [...]" for a pope's name stays)
        // ("kết thúc Chiến tranh [...]" for "Chiến tranh Việt Nam", "Cách mạng [...]" for "Cách mạng Hoa Kỳ": a
        // country of any length after such a head qualifies the happening's name)
        let nationSyllable = inside.count == 1 && nationSyllables.contains(first)
        if language == .vi, nationSyllable || CountryNames.vietnamese.contains(answer),
           opened.hasSuffix(" "), let previous = before, previous.first?.isLowercase == true {
            let head = StatementShape.words(String(opened)).dropLast()
            // (a longer country after the sentence's own first capital is asked: "Quân đội [Israel] phong tỏa …")
            if let capital = head.last, capital.first?.isUppercase == true,
               VietnameseCompounds.isWord(capital.lowercased(), previous), nationSyllable || head.count >= 2 { return false }
        }
        // "quân [...]", "thực dân [...]", "chính quyền thuộc địa [...]" (Pháp): a one-syllable nation after the noun it
        // qualifies is a nationality, no thing to recall ("đánh [...]", "sang [...]" ask the country itself)
        if language == .vi, inside.count == 1, nationSyllables.contains(first), glueBefore, let previous = before,
           ["quân", "quyền", "dân", "người", "lính", "tàu", "địa", "đình", "phe", "đoàn", "binh", "thương", "sĩ", "giáo", "chung"]
            .contains(previous.lowercased()) { return false }
        // "Ngân hàng Nhà nước [...]" (Việt Nam), "Chính phủ [...]" (Việt Nam), "Quốc hội [...]": the country that ends
        // an institution's name is the obvious part of it, not a thing of its own (a title's person stays: "Toàn
        // quyền [...]", "Giáo hoàng [...]")
        // (joined to the blank, and capitalised as a name, not as the sentence's first word; read from the end only)
        if language == .vi, opened.hasSuffix(" "), opened.dropLast().last?.isLetter == true {
            let end = String(opened.suffix(24))
            let lowerEnd = end.lowercased()
            for tail in Self.institutionTails where lowerEnd.hasSuffix(" " + tail + " ") || lowerEnd == tail + " " {
                let start = opened.dropLast(tail.count + 1)
                if start.last == " ", opened[start.endIndex...].first?.isUppercase == true,
                   start.dropLast().contains(" ") { return false }
            }
        }
        // "chính phủ [...] quyết định …", "chính quyền [...] lấy …" (Việt Nam, Pháp): the country whose government acts
        // is the text's own, or given away by the act (a government of more words stays: "chính phủ [Lâm thời …]")
        if language == .vi, inside.count <= 2, opened.hasSuffix(" ") {
            let end = String(opened.suffix(14)).lowercased()
            if ["chính phủ ", "chính quyền ", "nhà nước "].contains(where: { end.hasSuffix(" " + $0) || end == $0 }) { return false }
        }
        // "miền bắc [...] ngày nay", "(nay là [...])", "in present-day [...]": the place of today that glosses an old
        // one is no thing that happened
        let lowerOpened = opened.lowercased(), lowerTail = tail.lowercased()
        if [" ngày nay", " hiện nay", " today", " nowadays"].contains(where: lowerTail.hasPrefix)
            || ["nay là ", "nay thuộc ", "ngày nay ", "hiện nay là ", "present-day ", "modern-day ", "modern "]
                .contains(where: lowerOpened.hasSuffix) { return false }
        // "phường [...] 1" (Hố Nai 1): a small number right after the blank is the rest of its name
        if tail.hasPrefix(" "), let next = after, next.count <= 2, next.allSatisfy(\.isNumber) {
            let following = StatementShape.words(String(tail)).dropFirst().first?.lowercased() ?? ""
            if !NameFinder.isDateWord(following), !["tháng", "năm", "ngày"].contains(following) { return false }
        }
        // a currency or unit code is no thing to recall
        if ["VND", "USD", "EUR", "GDP", "GNP", "km", "kg", "Celsius", "Fahrenheit", "Kelvin", "TCN", "SCN", "CN", "BC", "AD",
            "BCE", "CE"].contains(answer) { return false }
        // "Năm 753 TCN, [...] ra đời … kinh thành La Mã" (Vương quốc La Mã): the name's own words, two or more,
        // written elsewhere in the sentence give it away
        if inside.count >= 3 {
            let tailName = inside.suffix(2).joined(separator: " ")
            let rest = String(sentence[..<range.lowerBound]) + " " + String(sentence[range.upperBound...])
            if inside.suffix(2).allSatisfy({ $0.first?.isUppercase == true }), rest.contains(tailName) { return false }
        }
        // "Sắc lệnh 143-[...]": the end of a code, not a name
        let head = sentence[..<range.lowerBound]
        if let mark = head.last, "-/".contains(mark), let previous = head.dropLast().last, previous.isLetter || previous.isNumber {
            return false
        }
        // "[...] nad Váhom" (Moravany nad Váhom), "[...] upon Tyne", "Trung ương Cục [...] miền Nam" for the whole:
        // a joining word in lower case then a capital goes on with the name
        // ("[...] de los Caballeros": two particles, then the capital)
        // ("Kingston upon [...]" for Thames: the same from the other side, a capital and the joining word before it)
        if glueBefore, let before, Self.joiningWords.contains(before), before != "miền",
           StatementShape.lastWord(head.dropLast(before.count + 1))?.first?.isUppercase == true,
           head.hasSuffix(" " + before + " ") {
            return false
        }
        if glueAfter, let after, Self.joiningWords.contains(after) || nameParticles.contains(after),
           case let rest = tail.split(separator: " ").dropFirst(),
           rest.first?.first?.isUppercase == true
            || nameParticles.contains(String(rest.first ?? "")) && rest.dropFirst().first?.first?.isUppercase == true {
            return false
        }
        // "… European Association … in [...]" (Europe), "The Chinese abacus migrated from [...]" (China): a word of
        // the sentence made from the answer gives it away
        if inside.count == 1, first.count >= 4 {
            let stem = first.lowercased().prefix(max(4, first.count - 2))
            let rest = String(sentence[..<range.lowerBound]) + " " + String(sentence[range.upperBound...])
            // (the answer itself again is blanked too, so only another word from it gives it away)
            let letters = rest.lowercased().split(whereSeparator: { !$0.isLetter })
            if letters.contains(where: { $0.hasPrefix(stem) && $0 != first.lowercased() }) {
                return false
            }
        }
        // "[...] (安邦彦)", "(tức [...], có nghĩa là "thép" (сталь))": a gloss in another script spells the answer
        if let open = tail.range(of: "("), sentence[range.upperBound..<open.lowerBound].count <= 40,
           tail[open.upperBound...].prefix(12).contains(where: { $0.unicodeScalars.contains { $0.value >= 0x0400 && $0.value < 0x0530
               || $0.value >= 0x3040 && $0.value < 0xA000 || $0.value >= 0xAC00 && $0.value < 0xD7B0 } }) { return false }
        // "[...]'s discovery": the possessive belongs to the sentence, not to the name
        if last.hasSuffix("'s") || last.hasSuffix("’s") { return false }
        switch language {
        case .vi:
            // "[...] hoàng Ivan III" for "Sa hoàng", "[...] thịnh vượng chung" for "Khối …": one short syllable, or the
            // head word of a name that goes on in lower case, is part of a longer word
            if inside.count == 1, first.count <= 2 || NameFinder.vietnameseHeads.contains(first) || first == "Khối" { return false }
            // "thuộc [...] 8" (Phường 8), "Ban quốc tế [...] luật" (Khoa): a unit's or a body's head word, not its name
            if inside.count == 1, ["Phường", "Quận", "Huyện", "Xã", "Tỉnh", "Khoa", "Thị", "Làng", "Ấp", "Khu"].contains(first) {
                return false
            }
            // "Vạn Huyện, [...] và Kiềm Giang", "Huế, Đà Nẵng, [...], Sài Gòn": one member of a list of names
            let following = StatementShape.words(String(tail))
            let nextName = following.first == "và" ? following.dropFirst().first : following.first
            if head.hasSuffix(", "), StatementShape.lastWord(head.dropLast(2))?.first?.isUppercase == true,
               tail.hasPrefix(" và ") || tail.hasPrefix(", "), nextName?.first?.isUppercase == true { return false }
            // "năm [...] (1460)" for "năm Canh Thìn": a year's name in the sixty-year cycle is a date, not a thing to recall
            if glueBefore, before?.lowercased() == "năm" { return false }
            // "cửa [...] vũ" for "cửa Sùng vũ", "điện Kính thiên": a building's Sino-Vietnamese name goes on in lower case
            if glueAfter, inside.count == 1, let before, let after, Self.vietnameseBuildings.contains(before.lowercased()),
               after.first?.isLowercase == true, !FunctionWords.all.contains(after) { return false }
            // "Đại học [...]", "Hội đồng [...]": the blank goes on the name of an institution its two words began
            let lastTwo = StatementShape.words(String(sentence[..<range.lowerBound])).suffix(2).joined(separator: " ")
            if glueBefore, Self.vietnameseInstitutions.contains(lastTwo) { return false }
            if glueBefore, let before, VietnameseCompounds.isWord(before, first) { return false }
            // "châu [...] CERN" (châu Âu), "miền [...]" (miền Nam): a continent's or a quarter's syllable after its
            // head word is half of one word
            if glueBefore, let before, ["châu", "miền", "phía", "hướng", "phương"].contains(before.lowercased()),
               ["Âu", "Á", "Phi", "Mỹ", "Úc", "Bắc", "Nam", "Đông", "Tây", "Trung"].contains(first) { return false }
            if glueAfter, let after, VietnameseCompounds.isWord(last, after) { return false }
            // "[...] châu" for "Giang châu", "Kinh châu": a province's name goes on in lower case
            if glueAfter, let after, after == "châu" { return false }
            // "Đạo luật [...] and Protection of Indians": an English title inside a Vietnamese sentence goes on
            if glueAfter, let after, ["and", "of", "for", "the"].contains(after),
               tail.split(separator: " ").dropFirst().first?.first?.isUppercase == true { return false }
            // "Kitô giáo", "Hồi giáo", "Hán học": a name with a word-forming syllable after it is one word
            if glueAfter, let after, ["giáo", "học", "ngữ", "văn", "tự"].contains(after) { return false }
            // "Liên hiệp châu [...]", "miền [...]": one syllable of a place name after its head word
            if glueBefore, inside.count == 1, let before, ["châu", "miền", "bán", "quần", "đế", "vương", "vùng"].contains(before.lowercased()) {
                return false
            }
            // "Đảo Christmas, tức [...]" (Giáng Sinh): a name's gloss asks a translation ("lập tức" is "at once")
            // (with its classifier between: "tức đảo [...]")
            let lead = StatementShape.words(String(sentence[..<range.lowerBound])).suffix(3).map { $0.lowercased() }
            if let at = lead.lastIndex(of: "tức"), at >= lead.count - 2, !(at > 0 && lead[at - 1] == "lập") { return false }
            // "tiếng [...]", "người [...]": a language or a nationality is no thing to blank
            if glueBefore, let before, ["tiếng", "người", "gốc"].contains(before.lowercased()) { return false }
            // A capitalised syllable right after the blank goes on with the name ("[...] Thống nhất").
            if glueAfter, let after, after.first?.isUppercase == true { return false }
            // ("Tổng thống Hoa Kỳ [...]" for Ronald Reagan: a country before a person's name is a nationality)
            if glueBefore, let before, before.first?.isUppercase == true,
               !(inside.count >= 2 && CountryNames.endsOnCountry(sentence[..<range.lowerBound])) { return false }
            // "Cục Cảnh sát [...]": a capitalised chain ("Cục Cảnh") going on in lower case ("sát") is one name.
            let earlier = Array(StatementShape.words(String(sentence[..<range.lowerBound])).suffix(3))
            if glueBefore, earlier.count == 3, earlier[0].first?.isUppercase == true, earlier[1].first?.isUppercase == true,
               earlier[2].first?.isLowercase == true, VietnameseCompounds.isWord(earlier[1], earlier[2]) { return false }
            return true
        case .en:
            if inside.count == 1, first.count < 3 { return false }
            // "Following Duchamp", "According to …": a preposition is no part of a name
            if ["following", "according", "during", "after", "before", "under", "despite", "since", "until"]
                .contains(first.lowercased()) { return false }
            // "unemployed [...] physicist": an acronym between common words modifies the noun after it
            if inside.count == 1, let before, let after, before.first?.isLowercase == true, after.first?.isLowercase == true,
               glueBefore, glueAfter, !FunctionWords.english.contains(before), !FunctionWords.english.contains(after) {
                return false
            }
            // "a [...] study" (NASA-supported), "The [...] word autismus" (New Latin): after an article and before a
            // common noun, the blank is a word that describes the noun, and many would fit it
            if let before, ["a", "an", "the"].contains(before.lowercased()), glueBefore, glueAfter, let after,
               after.first?.isLowercase == true, !FunctionWords.english.contains(after), !StatementShape.isEnglishVerb(after),
               !after.hasSuffix("ly") { return false }
            // "The [...] abacus", "[...] clerks": a nationality adjective before a common noun
            if inside.count == 1, let after, after.first?.isLowercase == true, glueAfter,
               ["an", "ese", "ish", "ic", "ch", "i"].contains(where: { first.hasSuffix($0) }), first.count >= 4,
               !FunctionWords.english.contains(after) { return false }
            if glueAfter, let after, after.first?.isUppercase == true { return false }
            if glueBefore, let before, before.first?.isUppercase == true, !sentenceStarts(before, sentence) { return false }
            if describesNoun(after: glueAfter ? after : nil, following: tail.split(separator: " ").dropFirst().first.map(String.init),
                             before: glueBefore ? before : nil) { return false }
            // "fellow [Canadian-American Mary Pickford]", "the [Frenchman Coquand]": a nationality before a person's name
            // is no part of it, and asks two things at once
            if inside.count >= 2, opensOnNationality(first, rest: inside.dropFirst().joined(separator: " ")) { return false }
            // "[...] d'Aboville", "Ludwig van [...]": a name's particle joins the blank to the rest of the name
            if glueAfter, let after, after.hasPrefix("d'") || after.hasPrefix("d’") || nameParticles.contains(after),
               tail.split(separator: " ").dropFirst().first?.first?.isUppercase == true || after.count > 2 && after.hasPrefix("d") {
                return false
            }
            if glueBefore, let before, nameParticles.contains(before) { return false }
            if head.hasSuffix("d'") || head.hasSuffix("d’") || head.hasSuffix("O'") { return false }  // "Gérard d'[...]"
            // "the [...] were the first to cross": a people named by its nationality is no thing to recall
            if inside.count == 1, before?.lowercased() == "the", first.hasSuffix("ish") || first.hasSuffix("ese")
                || ["French", "Dutch", "Greek", "Swiss", "Irish", "Welsh", "Americans", "Germans", "Russians", "Italians"].contains(first) {
                return false
            }
            return true
        }
    }

    static func head(of sentence: String, _ range: Range<String.Index>) -> Substring { sentence[..<range.lowerBound] }

    /// Is an English blank a word that describes the common noun glued after it, so that many words would fit it: the
    /// noun is a title before a person's name ("[...] founder Jeff Bezos", "[...] explorer Giovanni da Verrazzano" for
    /// Amazon, Florentine), or the blank stands between a year and the noun ("a 1999 [...] postage stamp" for U.S.)?
    /// A verb after the blank ("[...] created the Department", "[...] visits Paris") makes it the subject, and it stays.
    static func describesNoun(after: String?, following: String?, before: String?) -> Bool {
        guard let after, after.count >= 3, after.allSatisfy(\.isLetter), after.first?.isLowercase == true,
              !FunctionWords.english.contains(after), !StatementShape.isEnglishVerb(after), !after.hasSuffix("ly"),
              !(after.hasSuffix("s") && EnglishVerb.isBase(String(after.dropLast())))
                && !(after.hasSuffix("es") && EnglishVerb.isBase(String(after.dropLast(2)))) else { return false }
        if let following, following.first?.isUppercase == true, following.dropFirst().contains(where: \.isLowercase) { return true }
        if let before, before.count == 4, before.allSatisfy(\.isNumber) { return true }
        return false
    }

    /// Buildings and gates whose names are two Sino-Vietnamese syllables, the second often in lower case.
    static let vietnameseBuildings: Set<String> = ["cửa", "điện", "cung", "chùa", "đền", "lầu", "gác", "đài", "lăng",
                                                   "phủ", "đình", "môn", "quán", "các"]

    /// Institutions whose name goes on after their two words ("Đại học Beograd", "Hội đồng Bảo an").
    static let vietnameseInstitutions: Set<String> = ["Đại học", "Học viện", "Hội đồng", "Ủy ban", "Uỷ ban", "Ngân hàng",
                                                      "Công ty", "Tập đoàn", "Bảo tàng", "Thư viện", "Nhà hát", "Bệnh viện",
                                                      "Đế quốc", "Vương quốc", "Cộng hòa", "Cộng hoà", "Liên bang", "Quần đảo",
                                                      "Bán đảo"]

    /// Lower-case words that join two capitalised parts of one place or body name.
    static let joiningWords: Set<String> = ["nad", "pod", "na", "am", "upon", "sur", "bei", "ob", "unter", "miền"]
    /// Lower-case particles inside European names ("Vasco da Gama", "Ludwig van Beethoven", "Santiago de los Caballeros",
    /// the Catalan "Francesc Pi i Margall").
    static let nameParticles: Set<String> = ["de", "da", "di", "del", "della", "van", "von", "der", "den", "du", "le", "la", "dos", "das",
                                             "los", "las", "i"]

    /// `word` is the sentence's first word (capitalised for that reason only).
    static func sentenceStarts(_ word: String, _ sentence: String) -> Bool {
        StatementShape.words(sentence).first == word
    }
}
