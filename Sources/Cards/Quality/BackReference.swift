import Timeline

/// A statement that leans on something the sentences before it said, in words other than a pronoun: it followed
/// another's lead ("Hải quân Hoa Kỳ nối gót", "France followed suit"), it is one of a series named elsewhere ("Phần
/// thứ hai cũng được phát hành …"), it points back at a noun ("những con số đó") or names a thing only as "the name"
/// ("Tên gọi vẫn được chính thức đổi thành Mumbai"). Read alone on a card, each asks about something unsaid.
enum BackReference {
    /// Does the statement (its `words`) lean on what came before it?
    static func leansBack(_ words: [String], language: Language) -> Bool {
        let lower = words.map { $0.lowercased() }
        guard !lower.isEmpty else { return false }
        return followsLead(lower, language: language)
            || (language == .vi && (isOneOfSeries(words) || pointsBackAtNoun(lower) || namesOnlyTheName(words)
                                    || comparesWithUnsaid(lower) || namesAVolumeOfUnsaid(words) || opensOnOthers(lower)))
            || countsWhatItDoesNotList(lower, language: language)
    }

    /// "nối gót", "làm theo", "followed suit", "did the same": doing what someone named before did, with nothing
    /// after the verb to say what that was.
    static func followsLead(_ lower: [String], language: Language) -> Bool {
        let text = " " + lower.joined(separator: " ") + " "
        // "Sharapova còn có danh hiệu …": "also has", a line of a summary that follows another
        if language == .vi, lower.count >= 3, lower[1...].starts(with: ["còn", "có"]) { return true }
        switch language {
        case .en:
            return [" followed suit ", " did the same ", " did likewise ", " followed the example ", " followed its example ",
                    " followed their example ", " followed his example ", " followed her example ", " did so too "]
                .contains(where: text.contains)
        case .vi:
            if [" làm tương tự ", " làm điều tương tự ", " cũng làm vậy ", " cũng làm như vậy ", " làm theo như vậy "]
                .contains(where: text.contains) { return true }
            // the verb with no object: the statement ends on it, or a new clause ("khi", "vào", "sau") follows
            let leads: [[String]] = [["nối", "gót"], ["làm", "theo"], ["noi", "theo"], ["theo", "chân"]]
            let next: Set<String> = ["khi", "vào", "sau", "trong", "ngay", "và", "rồi"]
            for lead in leads {
                for index in lower.indices.dropLast() where lower[index] == lead[0] && lower[index + 1] == lead[1] {
                    let after = index + 2
                    if after == lower.count || next.contains(lower[after]) { return true }
                }
            }
            return false
        }
    }

    /// Ordinals that say which of a series: "thứ hai", "thứ 3".
    static let ordinals: Set<String> = ["nhất", "hai", "ba", "tư", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"]

    /// "Phần thứ hai cũng được phát hành …", "Mùa thứ ba …": a thing known only as the nth of a series the text named
    /// before. (A name after the ordinal, or "của" and a name, says which series: "Vua thứ hai của nhà Lý …".)
    static func isOneOfSeries(_ words: [String]) -> Bool {
        // the ordinal right after a one- or two-word common noun that opens the statement
        for nounLength in 1...2 {
            let at = nounLength
            guard words.count > at + 2, words[at].lowercased() == "thứ" else { continue }
            // a two-syllable noun is one word ("Giai đoạn thứ hai …"), not a name and a verb ("Chicago xếp thứ 29 …")
            if nounLength == 2, !VietnameseCompounds.isWord(words[0].lowercased(), words[1]) { continue }
            let ordinal = words[at + 1]
            guard ordinals.contains(ordinal.lowercased()) || ordinal.allSatisfy(\.isNumber) else { continue }
            // "Vương triều thứ Hai bắt đầu": a capitalised ordinal makes the phrase a proper name
            if ordinal.first?.isUppercase == true { return false }
            let after = words[(at + 2)...].prefix(3)
            if after.contains(where: { $0.first?.isUppercase == true }) { return false }
            return true
        }
        return false
    }

    /// "…, cả hai đều được làm ở …", "both were made …": "both" (or "all three") with nothing listed in the statement
    /// points at things the sentences before named.
    static func countsWhatItDoesNotList(_ lower: [String], language: Language) -> Bool {
        let joins: Set<String> = language == .vi ? ["và", "với", "cùng"] : ["and", "with"]
        for index in lower.indices {
            let counted = language == .vi
                ? lower[index] == "cả" && index + 1 < lower.count && ["hai", "ba"].contains(lower[index + 1])
                : lower[index] == "both" && index + 1 < lower.count && lower[index + 1] != "of"
            // ("both the Navy and the Marines", "Newton và Leibniz, cả hai …": the two are named in it)
            if counted, !lower.contains(where: joins.contains) { return true }
        }
        return false
    }

    /// "Knuth xuất bản tập thứ nhất": a volume, a part or an edition by its number, of a work the statement does not
    /// name ("… tập thứ nhất của The Art of Computer Programming" names it).
    static func namesAVolumeOfUnsaid(_ words: [String]) -> Bool {
        let lower = words.map { $0.lowercased() }
        for index in lower.indices.dropLast(2) where ["tập", "quyển", "cuốn", "phần", "mùa", "số"].contains(lower[index])
            && lower[index + 1] == "thứ" && (ordinals.contains(lower[index + 2]) || lower[index + 2].allSatisfy(\.isNumber)) {
            if index > 0, VietnameseCompounds.isWord(lower[index - 1], lower[index]) { continue }
            let after = words[(index + 3)...].prefix(4)
            if !after.contains(where: { $0.first?.isUppercase == true }) { return true }
        }
        return false
    }

    /// Time nouns a demonstrative may close without pointing at a thing ("những năm đó" is a time, left to the date
    /// rules).
    static let timeNouns: Set<String> = ["năm", "ngày", "tháng", "lúc", "thời", "khi", "dịp", "kỳ", "đoạn", "buổi",
                                         "hôm", "tuần", "mùa", "thập", "niên", "thế", "kỷ", "giờ", "đêm", "sáng", "chiều"]

    /// "những con số đó", "các nước ấy": a plural noun phrase closed by a demonstrative, pointing back at things the
    /// text listed before.
    static func pointsBackAtNoun(_ lower: [String]) -> Bool {
        // "… trong đấu giá đó", "… của nước ấy": a preposition, a noun, a demonstrative
        // ("Ngoài trung tâm nghiên cứu đó …": a noun of up to four syllables)
        let prepositions: Set<String> = ["trong", "tại", "ở", "của", "từ", "với", "cho", "vào", "sau", "trước", "ngoài"]
        for index in lower.indices where ["đó", "ấy"].contains(lower[index]) && index >= 2 {
            // ("… của nhà nước Xô viết, đó là Giải thưởng …": after a longer noun, "đó là" is "namely", pointing forward)
            let namely = index + 1 < lower.count && lower[index + 1] == "là"
            for length in 1...(namely ? 2 : 4) where index - length - 1 >= 0 {
                let noun = lower[(index - length)..<index]
                guard prepositions.contains(lower[index - length - 1]),
                      !noun.contains(where: { timeNouns.contains($0) || FunctionWords.all.contains($0) || prepositions.contains($0) })
                else { continue }
                return true
            }
        }
        for index in lower.indices where ["đó", "ấy", "kia"].contains(lower[index]) && index >= 2 {
            for length in 1...2 where index - length - 1 >= 0 {
                let noun = lower[(index - length)..<index]
                guard ["những", "các", "mấy"].contains(lower[index - length - 1]),
                      !noun.contains(where: { timeNouns.contains($0) || FunctionWords.all.contains($0) }) else { continue }
                return true
            }
        }
        return false
    }

    /// "… ra bài hát chống cuộc xung đột này", "Thêm lần nữa, phong cách này lại …", "Điều này dẫn đến …": a noun
    /// closed by "này" (this) points at something the sentences before named. It points inside the statement only
    /// when its noun heads a name before it ("Đảng Nhân dân Pakistan … đảng này"), or when it opens a clause after a comma
    /// and a name stands before it ("Ma Cao trở thành …, song nơi này …", "Bố Già được phát hành, bộ phim này …");
    /// a plural there ("những người này") points at a group named before.
    /// A time ("thời gian này", "lúc này", "sau này") is left to the date rules; a noun of `ownKinds` ("tỉnh này" in a
    /// text about a province) is the text's own subject, which the deck is named after.
    static func pointsAtThis(_ statement: String, ownKinds: Set<String> = []) -> Bool {
        guard statement.contains("này") else { return false }
        let tokens = statement.split(separator: " ").map(String.init)
        let lower = tokens.map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }
        for index in lower.indices where lower[index] == "này" && index >= 1 {
            let noun = lower[max(0, index - 2)..<index]
            if noun.contains(where: { timeNouns.contains($0) || $0 == "sau" || $0 == "điểm" }) { continue }
            let one = lower[index - 1], two = noun.joined(separator: " ")
            if ownKinds.contains(one) || ownKinds.contains(two) { continue }
            // ("… như thế này", "cách này hay cách khác": a manner, not a thing)
            if ["thế", "vậy", "đây"].contains(one) { continue }
            // "Đảng Nhân dân Pakistan giành … một thành viên của đảng này …": the noun heads a name given before it
            // (capitalised, or before a capitalised word: "tỉnh Hải Dương"), in the statement
            let headsName = (0..<max(0, index - 1)).contains { at in
                lower[at] == one && (tokens[at].first?.isUppercase == true
                                     || at + 1 < tokens.count && tokens[at + 1].first?.isUppercase == true)
            }
            if headsName { continue }
            // the clause it opens: the nearest comma before it, at most five words back
            guard let comma = tokens[..<index].lastIndex(where: { $0.hasSuffix(",") || $0.hasSuffix(";") }),
                  index - comma <= 5,
                  !lower[(comma + 1)..<index].contains(where: { ["những", "các", "mấy"].contains($0) }) else { return true }
            let named = tokens[..<(comma + 1)].indices.contains { at in
                // (a name may open on a small letter or a digit: "iPhone 3G")
                at > 0 ? tokens[at].contains(where: \.isUppercase)
                    : tokens[0].first?.isUppercase == true && tokens.count > 1 && tokens[1].first?.isUppercase == true
            }
            if !named { return true }
        }
        return false
    }

    /// "Người chị của cô, Yetunde Price, bị ám sát …": whose? A pronoun owning the subject points at someone named
    /// sentences before.
    /// (written in lower case, and not a title before a name: "của ông Kawabata", "của Anh" are names)
    static func subjectOwnedByPronoun(_ statement: String) -> Bool {
        guard statement.contains("của ") else { return false }
        let pronouns: Set<String> = ["cô", "ông", "bà", "anh", "chị", "họ", "nó", "hắn", "ngài", "chúng"]
        let pieces = statement.split(separator: " ", omittingEmptySubsequences: true).prefix(7).map(String.init)
        for index in pieces.indices.dropLast() where pieces[index].lowercased() == "của" {
            let owner = pieces[index + 1]
            let bare = owner.trimmingCharacters(in: .punctuationCharacters)
            guard pronouns.contains(bare) else { continue }
            // "của cô, Yetunde Price, …": the pronoun and a comma; "của ông Kawabata": a title before a name
            if owner != bare || index + 2 >= pieces.count || pieces[index + 2].first?.isUppercase != true { return true }
        }
        return false
    }

    /// "Những nơi khác với hy vọng …", "Các nước khác …": other than what? A subject of "others" opens on the end of a
    /// list the statement does not hold ("các cầu thủ khác như Pereda, Jones" names them).
    static func opensOnOthers(_ lower: [String]) -> Bool {
        guard let first = lower.first, ["những", "các", "nhiều"].contains(first),
              let other = lower.prefix(4).firstIndex(of: "khác"), other > 1 else { return false }
        return other + 1 >= lower.count || !["như", "gồm", "là"].contains(lower[other + 1])
    }

    /// "… có kích cỡ tương tự, nhưng …": similar to what? ("tương tự như X", "tương tự với X", "tương tự nhau" say it)
    static func comparesWithUnsaid(_ lower: [String]) -> Bool {
        for index in lower.indices.dropLast() where lower[index] == "tương" && lower[index + 1] == "tự" {
            let next = index + 2 < lower.count ? lower[index + 2] : ""
            if !["như", "với", "nhau", "của"].contains(next) { return true }
        }
        return false
    }

    /// "Tên gọi vẫn được chính thức đổi thành Mumbai": the name of what? A statement that opens on "the name" with
    /// no name or "của" after it.
    static func namesOnlyTheName(_ words: [String]) -> Bool {
        guard words.count >= 3 else { return false }
        let head = words[0].lowercased() + " " + words[1].lowercased()
        guard ["tên gọi", "cái tên", "tên cũ", "tên mới"].contains(head) else { return false }
        return words[2].first?.isLowercase == true && words[2] != "của"
    }
}
