import Foundation
import Testing
@testable import Cards

/// The fast paths of `PlainText` give exactly what the Foundation and `Character` calls they replace give.
@Suite struct PlainTextTests {
    static let plainScalars: [Unicode.Scalar] = (UInt32(0)..<0x2100).compactMap { value in
        PlainText.isPlainScalar(value) ? Unicode.Scalar(value) : nil
    }

    /// Texts that exercise both paths: plain Vietnamese and English, and text with combining marks, CR LF,
    /// a space followed by a combining mark, singletons (Å as U+212B), emoji with joiners.
    static let texts: [String] = [
        "Năm 1010, Lý Thái Tổ dời đô về Đại La.", "(1946–1954) “Chiến tranh Đông Dương”, , và  hai …",
        "In 1791, the bridge was finished; it [3] cost $9 billion.", " -- ", "", "  \t\n ",
        "Vie\u{0302}\u{0323}t Nam", "Việt Nam", "a\r\nb c", "x \u{0301}y z", "\u{212B}ngström Ångström",
        "👨‍👩‍👧 family 1990", "thì được nâng lên thành 12 vào năm nào?", "ngày 2 tháng 7 năm 1976, (ông)",
        "«Hòa ước» năm 1884 — Patenôtre…", "e\u{0301}", "é", "Ω \u{2126}",
    ]

    @Test func plainScalarsAreOwnCharactersAndOwnNFC() {
        for scalar in Self.plainScalars {
            let text = String(scalar)
            #expect(text.count == 1)
            #expect(Array(text.precomposedStringWithCanonicalMapping.unicodeScalars) == [scalar], "U+\(String(scalar.value, radix: 16))")
            // Followed by any plain scalar, still two characters (no cluster forms).
            for next in ["a", " ", "\n", "\u{1EC7}", "\u{2014}", "\u{A9}"] as [Unicode.Scalar] {
                #expect((text + String(next)).count == 2, "U+\(String(scalar.value, radix: 16)) + U+\(String(next.value, radix: 16))")
            }
        }
    }

    @Test func tablesMatchTheCharacterSets() {
        for (set, table) in [(CharacterSet.punctuationCharacters.union(.symbols), PlainText.punctuationOrSymbols),
                             (CharacterSet.whitespacesAndNewlines, PlainText.whitespaceOrNewline),
                             (CharacterSet.whitespaces, PlainText.whitespace)] {
            for value in UInt32(0)..<0x2200 {
                guard let scalar = Unicode.Scalar(value) else { continue }
                #expect(table.contains(scalar) == set.contains(scalar))
            }
        }
    }

    @Test(arguments: texts)
    func wordsMatchTheCharacterSplit(text: String) {
        let original = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).compactMap { token in
            let word = token.trimmingCharacters(in: CharacterSet.punctuationCharacters.union(.symbols))
            return word.isEmpty ? nil : word
        }
        #expect(StatementShape.words(text) == original)
        if !PlainText.isPlain(text) { #expect(PlainText.words(text) == nil) }
    }

    @Test(arguments: texts)
    func lastWordMatchesTheLastOfTheSplit(text: String) {
        // every prefix, so the scan from the end starts inside words, separators and punctuation
        var index = text.startIndex
        while true {
            let head = text[..<index]
            #expect(StatementShape.lastWord(head) == StatementShape.words(String(head)).last, "\(head.debugDescription)")
            if !PlainText.isPlain(head) { #expect(PlainText.lastWord(head) == nil) }
            guard index < text.endIndex else { break }
            index = text.index(after: index)
        }
        #expect(PlainText.lastWord("đến , ;") == .some("đến"))  // tokens of punctuation alone are no words
        #expect(PlainText.lastWord(" , ; ") == .some(nil))
    }

    @Test(arguments: texts)
    func trimmingMatchesFoundation(text: String) {
        #expect(PlainText.trimming(text, PlainText.whitespaceOrNewline) == text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(PlainText.trimming(text, PlainText.punctuationOrSymbols)
                == text.trimmingCharacters(in: CharacterSet.punctuationCharacters.union(.symbols)))
    }

    @Test(arguments: texts)
    func searchMatchesFoundation(text: String) {
        let needles = ["", " ", ",", ", ,", "  ", "Nam", "Viê", "Việt", "e", "é", "1884", "\u{212B}", "Å", "b c", "\n",
                       "family", "thì", "năm nào?", "Ω"]
        for needle in needles {
            let foundation = text.range(of: needle, options: [])
            #expect(PlainText.range(of: needle, in: text) == foundation, "\(needle) in \(text)")
            #expect(PlainText.contains(text, needle) == (foundation != nil), "\(needle) in \(text)")
            for start in [text.startIndex, text.index(text.startIndex, offsetBy: text.count / 2), text.endIndex] {
                #expect(PlainText.range(of: needle, in: text, from: start) == text.range(of: needle, range: start..<text.endIndex),
                        "\(needle) in \(text) from \(start)")
            }
        }
    }

    @Test func plainIsReadFromUTF8LikeFromScalars() {
        for value in UInt32(0)..<0x30000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(scalar) + "b"
            #expect(PlainText.isPlain(text) == PlainText.isPlainScalar(value), "U+\(String(value, radix: 16))")
        }
    }

    /// `TextNormalizer.answerKey` as it was written before its plain-text table (NFC, `lowercased()`, word scalars).
    static func referenceAnswerKey(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in text.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            if TextNormalizer.isWordScalar(scalar) {
                if pendingSpace, !result.isEmpty { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return result
    }

    @Test(arguments: texts + ["ĐẠI VIỆT Ở THẾ KỶ XV — İstanbul, ǅ ǈ ß ÀÉÎÕÜ"])
    func answerKeyMatchesTheReference(text: String) {
        #expect(TextNormalizer.answerKey(text) == Self.referenceAnswerKey(text))
    }

    @Test func answerKeyMatchesTheReferenceOnEveryPlainScalar() {
        let all = String(String.UnicodeScalarView(Self.plainScalars))
        #expect(TextNormalizer.answerKey(all) == Self.referenceAnswerKey(all))
        for scalar in Self.plainScalars {
            let text = "x" + String(scalar) + "Y"
            #expect(TextNormalizer.answerKey(text) == Self.referenceAnswerKey(text), "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test(arguments: texts + [", a, , b,", ", ", "a, b"])
    func componentsAndContainsAnyMatchFoundation(text: String) {
        for separator in [", ", ",", " ", "Nam", "é"] {
            #expect(PlainText.components(text, separatedBy: separator) == text.components(separatedBy: separator))
        }
        for needles in [[], ["x"], ["zzz", "Nam"], ["Viê", "e"], ["", ","], ["Å"]] as [[String]] {
            #expect(PlainText.containsAny(text, needles) == needles.contains { text.range(of: $0, options: []) != nil })
        }
    }

    @Test(arguments: texts + ["Hồ Chí Minh- đọc 'Tuyên ngôn' – ngày 2/9: Việt Nam Dân chủ Cộng hòa’ ra đời. ½ ² x", "-a' b–"])
    func nameWordsMatchTheCharacterReading(text: String) {
        let plain = NameFinder.words(in: text).map { "\($0.text)|\($0.joinedToPrevious)|\($0.afterStop)" }
        let characters = NameFinder.characterWords(in: text).map { "\($0.text)|\($0.joinedToPrevious)|\($0.afterStop)" }
        #expect(plain == characters)
    }

    @Test func nameWordTableMatchesCharacterProperties() {
        for scalar in Self.plainScalars {
            #expect(NameFinder.letterOrNumber[Int(scalar.value)] == (Character(scalar).isLetter || Character(scalar).isNumber))
        }
    }

    @Test(arguments: ["năm 1997", "19970", "1997", "x1997y", "١٩٩٧ 1997", "１９９７", "1,997", "năm 997 và 1997"])
    func numbersAreTheDigitsZeroToNine(text: String) {
        func reference(_ number: Int) -> Bool {
            var current = 0, inNumber = false
            for scalar in text.unicodeScalars {
                if let digit = scalar.properties.numericType == .decimal ? Int(scalar.value) - 48 : nil, (0...9).contains(digit) {
                    current = inNumber ? min(current * 10 + digit, 1_000_000) : digit
                    inNumber = true
                } else {
                    if inNumber, current == number { return true }
                    inNumber = false
                }
            }
            return inNumber && current == number
        }
        for number in [1997, 997, 19970, 1] { #expect(QuestionText.containsNumber(number, in: text) == reference(number)) }
    }

    @Test(arguments: texts)
    func nfcMatchesFoundation(text: String) {
        #expect(Array(TextNormalizer.nfc(text).unicodeScalars) == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    @Test func sha256IsLowerCaseHex() {
        #expect(ContentID.sha256(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentID.sha256([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func plainIsRecognised() {
        #expect(PlainText.isPlain("Năm 1010, Lý Thái Tổ dời đô về Đại La — “Chiếu dời đô”."))
        #expect(!PlainText.isPlain("Vie\u{0302}t"))
        #expect(!PlainText.isPlain("a\r\nb"))
        #expect(!PlainText.isPlain("\u{212B}"))
    }
}
