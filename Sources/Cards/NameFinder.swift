import Timeline

/// Finds names in a sentence without a dictionary: acronyms (`NATO`), runs of capitalised words
/// (`Bill Clinton`, `Bắc Đại Tây Dương`, `Battle of Bunker Hill`) and, last, single capitalised words.
enum NameFinder {
    /// Candidate names in order of preference (acronyms, multi-word names, single words), each once.
    static func names(in sentence: String, language: Language) -> [String] {
        let tokens = words(in: sentence)
        var acronyms: [String] = [], multi: [String] = [], single: [String] = []
        var index = 0
        while index < tokens.count {
            guard isCapitalised(tokens[index].text) else { index += 1; continue }
            var end = index + 1
            while end < tokens.count, tokens[end].joinedToPrevious {
                if isCapitalised(tokens[end].text) {
                    // "châu Âu CERN", "Liên minh châu Âu EU": an acronym after a word is its own name (a gloss)
                    // (a regnal number is part of the name: "Edward VI")
                    if isAcronym(tokens[end].text), !isAcronym(tokens[end - 1].text),
                       DateAnswerParser.roman(tokens[end].text) == nil { break }
                    end += 1
                    continue
                }
                if connectors.contains(tokens[end].text), end + 1 < tokens.count, tokens[end + 1].joinedToPrevious,
                   isCapitalised(tokens[end + 1].text) {
                    end += 2
                    continue
                }
                // "Valle de los Patos Superior", "Vasco da Gama": two particles between capitalised words
                if connectors.contains(tokens[end].text), end + 2 < tokens.count, connectors.contains(tokens[end + 1].text),
                   tokens[end + 1].joinedToPrevious, tokens[end + 2].joinedToPrevious, isCapitalised(tokens[end + 2].text) {
                    end += 3
                    continue
                }
                break
            }
            let run = tokens[index..<end].map(\.text)
            let atStart = index == 0 || !tokens[index].joinedToPrevious && tokens[index].afterStop
            // A Vietnamese organisation name may go on in lower case ("Bộ Ngoại giao", "Hội đồng Bảo an"): after such
            // a head word, only take a run that ends at punctuation or a function word.
            let nextText = end < tokens.count && tokens[end].joinedToPrevious ? tokens[end].text : nil
            let endsCleanly = language == .en || nextText == nil || FunctionWords.all.contains(nextText!.lowercased())
                || (!vietnameseHeads.contains(run[0]) && run.count >= 2)
            let name = run.joined(separator: " ")
            if run.contains(where: { $0.contains(where: \.isNumber) }) || run.allSatisfy(isDateWord) {
                // dates are not names
            } else if run.count == 1, isAcronym(run[0]), DateAnswerParser.roman(run[0]) == nil {
                acronyms.append(run[0])
            } else if run.count >= 2, endsCleanly {
                var trimmed = run
                if atStart, let first = trimmed.first, isDateWord(first) || FunctionWords.all.contains(first.lowercased()) {
                    trimmed.removeFirst()
                }
                if trimmed.count >= 2 { multi.append(trimmed.joined(separator: " ")) }
                else if let only = trimmed.first, !atStart || trimmed.count < run.count { single.append(only) }
            } else if run.count == 1, !atStart, run[0].count >= 3, endsCleanly,
                      // ("…, Chia tỉnh Thuận Hải …": a verb the text capitalised after a comma is no name)
                      !(language == .vi && StatementShape.vietnameseOpeningVerbs.contains(run[0].lowercased())) {
                single.append(name)
            }
            index = end
        }
        var seen = Set<String>()
        return (acronyms + multi + single).filter { seen.insert($0).inserted }
    }

    struct Word {
        var text: String
        /// Only a space separates it from the previous word (no comma, bracket or full stop).
        var joinedToPrevious: Bool
        /// It follows a full stop, colon or the start of the text.
        var afterStop: Bool
    }

    static func words(in sentence: String) -> [Word] {
        if PlainText.isPlain(sentence) { return plainWords(in: sentence) }
        return characterWords(in: sentence)
    }

    /// `words(in:)` read character by character (any text).
    static func characterWords(in sentence: String) -> [Word] {
        var result: [Word] = []
        var current = ""
        var joined = false, afterStop = true, sawBreak = false, sawStop = false
        func flush() {
            guard !current.isEmpty else { return }
            result.append(Word(text: current, joinedToPrevious: joined, afterStop: afterStop))
            current = ""
            joined = false
            sawBreak = false
            sawStop = false
        }
        for character in sentence {
            if character.isLetter || character.isNumber || (!current.isEmpty && "-–'’".contains(character)) {
                if current.isEmpty {
                    joined = !result.isEmpty && !sawBreak
                    afterStop = result.isEmpty || sawStop
                }
                current.append(character)
            } else {
                flush()
                if character != " " { sawBreak = true }
                if ".:!?".contains(character) { sawStop = true }
            }
        }
        flush()
        return result.map { word in
            var word = word
            while let last = word.text.last, "-–'’".contains(last) { word.text.removeLast() }
            return word
        }
    }

    /// `words(in:)` of plain text (`PlainText`), whose characters are single scalars: read scalar by scalar, with
    /// `Character.isLetter || isNumber` from a table built from those very properties.
    static func plainWords(in sentence: String) -> [Word] {
        var result: [Word] = []
        let scalars = sentence.unicodeScalars
        var start: String.Index?
        var joined = false, afterStop = true, sawBreak = false, sawStop = false
        func isJoiner(_ value: UInt32) -> Bool { value == 0x2D || value == 0x2013 || value == 0x27 || value == 0x2019 }
        func flush(_ end: String.Index) {
            guard let begin = start else { return }
            var stop = end
            while stop > begin {
                let last = scalars.index(before: stop)
                guard isJoiner(scalars[last].value) else { break }
                stop = last
            }
            result.append(Word(text: String(scalars[begin..<stop]), joinedToPrevious: joined, afterStop: afterStop))
            start = nil
            joined = false
            sawBreak = false
            sawStop = false
        }
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let value = scalars[index].value
            let isWordScalar = value < UInt32(letterOrNumber.count) ? letterOrNumber[Int(value)]
                                                                      : Character(scalars[index]).isLetter || Character(scalars[index]).isNumber
            if isWordScalar || (start != nil && isJoiner(value)) {
                if start == nil {
                    joined = !result.isEmpty && !sawBreak
                    afterStop = result.isEmpty || sawStop
                    start = index
                }
            } else {
                flush(index)
                if value != 0x20 { sawBreak = true }
                if value == 0x2E || value == 0x3A || value == 0x21 || value == 0x3F { sawStop = true }
            }
            scalars.formIndex(after: &index)
        }
        flush(scalars.endIndex)
        return result
    }

    /// `Character.isLetter || Character.isNumber` of each scalar below U+20D0 as a character of its own.
    static let letterOrNumber: [Bool] = (UInt32(0)..<0x20D0).map { value in
        Unicode.Scalar(value).map { Character($0).isLetter || Character($0).isNumber } ?? false
    }

    static func isCapitalised(_ word: String) -> Bool { word.first?.isUppercase == true }

    static func isAcronym(_ word: String) -> Bool {
        let letters = word.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
            && word.allSatisfy { $0.isLetter || $0.isNumber || "-–".contains($0) }
    }

    static func isDateWord(_ word: String) -> Bool { dateWords.contains(word.lowercased()) }

    /// Vietnamese words that begin names continued in lower case (ministries, councils, parties, campaigns).
    static let vietnameseHeads: Set<String> = ["Bộ", "Hội", "Ủy", "Ban", "Đảng", "Liên", "Tổ", "Quân", "Mặt", "Hiệp",
                                               "Cách", "Chiến", "Phong", "Đại", "Chính", "Nhà", "Viện", "Sở", "Cục",
                                               "Tổng", "Trường", "Công", "Ngân", "Quốc", "Khởi", "Thủ", "Chủ", "Phó"]

    static let connectors: Set<String> = ["of", "the", "de", "du", "la", "von", "van", "del", "los", "las", "da", "dos",
                                          "di", "der", "den", "al", "bin", "ibn", "bint", "el", "i"]
    static let dateWords: Set<String> = Set(MonthName.english.map { $0.lowercased() }).union([
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "ngày", "tháng", "năm", "vào", "on", "in", "năm", "thế", "kỷ",
    ])
}
