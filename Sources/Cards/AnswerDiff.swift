import Foundation

/// What differs between a typed answer and the expected one, word by word: for teaching after a wrong answer.
public struct AnswerDiff: Equatable, Sendable {
    /// A typed word that should have been another (a typo or a missing diacritic).
    public struct Fix: Equatable, Sendable {
        public var typed: String
        public var expected: String

        public init(typed: String, expected: String) {
            self.typed = typed
            self.expected = expected
        }
    }

    /// Expected content words not typed.
    public var missing: [String]
    /// Typed content words that are not in the answer.
    public var extra: [String]
    /// Typed words that stand for an expected word but are spelled differently.
    public var fixes: [Fix]
    /// Words typed that are in the answer (ignoring case and diacritics).
    public var matched: Int

    /// True when nothing differs that is worth showing.
    public var isEmpty: Bool { missing.isEmpty && extra.isEmpty && fixes.isEmpty }

    /// Aligns the words of `typed` with those of `expected` (longest common subsequence, ignoring case and
    /// diacritics); in each gap, words paired one to one are fixes, the rest missing or extra. Function words
    /// ("và", "the") are left out of missing and extra.
    public init(typed: String, expected: String) {
        let a = Self.words(typed), b = Self.words(expected)
        let la = a.map(TextNormalizer.looseKey), lb = b.map(TextNormalizer.looseKey)
        // LCS table over loose keys.
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = la[i] == lb[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var missing: [String] = [], extra: [String] = [], fixes: [Fix] = []
        var gapTyped: [String] = [], gapExpected: [String] = []
        func closeGap() {
            // Paired one to one only when each typed word looks like its expected one (a typo, not another word).
            if gapTyped.count == gapExpected.count,
               zip(gapTyped, gapExpected).allSatisfy({ Self.looksAlike($0, $1) }) {
                fixes += zip(gapTyped, gapExpected).map { Fix(typed: $0, expected: $1) }
            } else {
                extra += gapTyped.filter { !Self.isFunctionWord($0) }
                missing += gapExpected.filter { !Self.isFunctionWord($0) }
            }
            gapTyped = []
            gapExpected = []
        }
        var i = 0, j = 0
        var matched = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, la[i] == lb[j] {
                closeGap()
                matched += 1
                if TextNormalizer.answerKey(a[i]) != TextNormalizer.answerKey(b[j]) { fixes.append(Fix(typed: a[i], expected: b[j])) }
                i += 1
                j += 1
            } else if j < b.count, i == a.count || table[i][j + 1] >= table[i + 1][j] {
                gapExpected.append(b[j])
                j += 1
            } else {
                gapTyped.append(a[i])
                i += 1
            }
        }
        closeGap()
        self.missing = missing
        self.extra = extra
        self.fixes = fixes
        self.matched = matched
    }

    /// Worth showing: the typed answer shares something with the expected one and differs in a few words.
    public var isHelpful: Bool {
        !isEmpty && (matched > 0 || !fixes.isEmpty) && missing.count + extra.count + fixes.count <= 6
    }

    static func words(_ text: String) -> [String] {
        TextNormalizer.nfc(text).split(whereSeparator: \.isWhitespace).map { word in
            String(word).trimmingCharacters(in: .punctuationCharacters)
        }.filter { !TextNormalizer.answerKey($0).isEmpty }
    }

    /// Within a few letters of each other (ignoring case and diacritics): about one edit in three letters.
    static func looksAlike(_ typed: String, _ expected: String) -> Bool {
        let a = TextNormalizer.looseKey(typed), b = TextNormalizer.looseKey(expected)
        let limit = max(1, max(a.count, b.count) / 3)
        return EditDistance.between(a, b, limit: limit) <= limit
    }

    static func isFunctionWord(_ word: String) -> Bool { FunctionWords.all.contains(TextNormalizer.answerKey(word)) }
}
