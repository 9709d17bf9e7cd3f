import Foundation

/// Fast scanners for the card makers' hot paths, each giving exactly what the Foundation or `Character` call it
/// replaces gives.
///
/// Text is *plain* when every Unicode scalar in it is a character of its own and no two different plain strings are
/// canonically equivalent (no combining marks, no carriage return, no singleton decompositions: ASCII, Latin-1,
/// Latin Extended-A/B, Latin Extended Additional — which holds the Vietnamese letters —, general punctuation and
/// currency signs). On plain text, Foundation's canonical-equivalence search is a byte search, and splitting
/// `Character`s is splitting scalars; any other text takes the original, slower path.
enum PlainText {
    /// True when the scalar `value` is a character of its own with no canonical equivalent but itself.
    @inline(__always)
    static func isPlainScalar(_ value: UInt32) -> Bool {
        if value < 0x300 { return value != 0x0D }
        return (0x1E00...0x1EFF).contains(value) || (0x2010...0x205F).contains(value) || (0x20A0...0x20CF).contains(value)
    }

    /// True when every scalar of `text` is plain (see the type's notes).
    static func isPlain(_ text: some StringProtocol) -> Bool {
        if let plain = text.utf8.withContiguousStorageIfAvailable(isPlainUTF8) { return plain }
        for scalar in text.unicodeScalars where !isPlainScalar(scalar.value) { return false }
        return true
    }

    /// `isPlain` read from valid UTF-8: U+0080–02FF lead with C2–CB, U+1E00–1EFF are E1 B8–BB xx, U+2010–205F are
    /// E2 80 90–E2 81 9F, U+20A0–20CF are E2 82 A0–E2 83 8F.
    static func isPlainUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0x0D { return false }
                index += 1
            } else if byte >= 0xC2, byte <= 0xCB {
                index += 2
            } else if byte == 0xE1, index + 2 < count {
                let next = bytes[index + 1]
                guard next >= 0xB8, next <= 0xBB else { return false }
                index += 3
            } else if byte == 0xE2, index + 2 < count {
                let second = bytes[index + 1], third = bytes[index + 2]
                guard (second == 0x80 && third >= 0x90) || (second == 0x81 && third <= 0x9F)
                        || (second == 0x82 && third >= 0xA0) || (second == 0x83 && third <= 0x8F) else { return false }
                index += 3
            } else {
                return false
            }
        }
        return true
    }

    /// Membership in a `CharacterSet`, read from a table for the plain scalars (built once from the set itself).
    struct ScalarSet: Sendable {
        let set: CharacterSet
        let table: [Bool]

        init(_ set: CharacterSet) {
            self.set = set
            table = (0..<UInt32(0x20D0)).map { value in Unicode.Scalar(value).map { set.contains($0) } ?? false }
        }

        @inline(__always)
        func contains(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < 0x20D0 ? table[Int(scalar.value)] : set.contains(scalar)
        }
    }

    /// Punctuation and symbols (`CharacterSet.punctuationCharacters.union(.symbols)`).
    static let punctuationOrSymbols = ScalarSet(CharacterSet.punctuationCharacters.union(.symbols))
    /// `CharacterSet.whitespacesAndNewlines`.
    static let whitespaceOrNewline = ScalarSet(CharacterSet.whitespacesAndNewlines)
    /// `CharacterSet.whitespaces`.
    static let whitespace = ScalarSet(CharacterSet.whitespaces)
    /// `CharacterSet.punctuationCharacters`.
    static let punctuation = ScalarSet(CharacterSet.punctuationCharacters)

    /// `text.trimmingCharacters(in: set.set)`.
    static func trimming(_ text: String, _ set: ScalarSet) -> String {
        guard isPlain(text) else { return text.trimmingCharacters(in: set.set) }
        let scalars = text.unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, set.contains(scalars[start]) { scalars.formIndex(after: &start) }
        while start < end {
            let before = scalars.index(before: end)
            guard set.contains(scalars[before]) else { break }
            end = before
        }
        if start == scalars.startIndex, end == scalars.endIndex { return text }
        return String(scalars[start..<end])
    }

    /// `StatementShape.words`: `text` split at spaces, new lines and tabs, each piece with punctuation and symbols
    /// trimmed from both ends, empty pieces dropped.
    static func words(_ text: String) -> [String]? {
        guard isPlain(text) else { return nil }
        var result: [String] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        let end = scalars.endIndex
        while index < end {
            // Skip separators.
            while index < end, isSeparator(scalars[index]) { scalars.formIndex(after: &index) }
            guard index < end else { break }
            var tokenEnd = index
            while tokenEnd < end, !isSeparator(scalars[tokenEnd]) { scalars.formIndex(after: &tokenEnd) }
            let word = trimmed(scalars, index..<tokenEnd)
            if !word.isEmpty { result.append(String(scalars[word])) }
            index = tokenEnd
        }
        return result
    }

    /// `words(String(text))?.last`, read from the end of `text`: nil when `text` is not plain, `.some(nil)` when
    /// it has no word.
    static func lastWord(_ text: Substring) -> String?? {
        guard isPlain(text) else { return nil }
        let scalars = text.unicodeScalars
        let start = scalars.startIndex
        var end = scalars.endIndex
        while end > start {
            // Skip separators, then find the token before them.
            while end > start, isSeparator(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
            guard end > start else { break }
            var tokenStart = end
            while tokenStart > start, !isSeparator(scalars[scalars.index(before: tokenStart)]) {
                tokenStart = scalars.index(before: tokenStart)
            }
            let word = trimmed(scalars, tokenStart..<end)
            if !word.isEmpty { return .some(String(scalars[word])) }
            end = tokenStart
        }
        return .some(nil)
    }

    /// `token` of `scalars` without the punctuation and symbols at its two ends (the word `words` keeps).
    static func trimmed<Scalars: BidirectionalCollection>(_ scalars: Scalars, _ token: Range<Scalars.Index>) -> Range<Scalars.Index>
    where Scalars.Element == Unicode.Scalar {
        var start = token.lowerBound, stop = token.upperBound
        while start < stop, punctuationOrSymbols.contains(scalars[start]) { scalars.formIndex(after: &start) }
        while start < stop {
            let before = scalars.index(before: stop)
            guard punctuationOrSymbols.contains(scalars[before]) else { break }
            stop = before
        }
        return start..<stop
    }

    @inline(__always)
    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\n" || scalar == "\t"
    }

    /// Foundation's `haystack.range(of: needle) != nil` (canonical equivalence), by bytes when both are plain.
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        guard !needle.isEmpty, isPlain(haystack), isPlain(needle) else { return haystack.range(of: needle, options: []) != nil }
        return firstByteOffset(of: needle, in: haystack) != nil
    }

    /// Whether `haystack` contains any of `needles` (Foundation's `contains`), the haystack's plainness read once.
    static func containsAny(_ haystack: String, _ needles: [String]) -> Bool {
        guard isPlain(haystack) else { return needles.contains { haystack.range(of: $0, options: []) != nil } }
        return needles.contains { needle in
            guard !needle.isEmpty, isPlain(needle) else { return haystack.range(of: needle, options: []) != nil }
            return firstByteOffset(of: needle, in: haystack) != nil
        }
    }

    /// Foundation's `text.components(separatedBy: separator)`, by bytes when both are plain.
    static func components(_ text: String, separatedBy separator: String) -> [String] {
        guard !separator.isEmpty, isPlain(text), isPlain(separator) else { return text.components(separatedBy: separator) }
        var pieces: [String] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var offset = 0
        let width = separator.utf8.count
        while let found = firstByteOffset(of: separator, in: text, from: offset) {
            let lower = utf8.index(utf8.startIndex, offsetBy: found)
            pieces.append(String(text[start..<lower]))
            offset = found + width
            start = utf8.index(lower, offsetBy: width)
        }
        pieces.append(String(text[start...]))
        return pieces
    }

    /// Foundation's `haystack.range(of: needle)`, by bytes when both are plain.
    static func range(of needle: String, in haystack: String) -> Range<String.Index>? {
        guard !needle.isEmpty, isPlain(haystack), isPlain(needle) else { return haystack.range(of: needle, options: []) }
        guard let offset = firstByteOffset(of: needle, in: haystack) else { return nil }
        let utf8 = haystack.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// Foundation's `haystack.range(of: needle, range: start..<haystack.endIndex)`, by bytes when both are plain.
    static func range(of needle: String, in haystack: String, from start: String.Index) -> Range<String.Index>? {
        guard !needle.isEmpty, isPlain(haystack), isPlain(needle) else {
            return haystack.range(of: needle, range: start..<haystack.endIndex)
        }
        let utf8 = haystack.utf8
        guard let offset = firstByteOffset(of: needle, in: haystack, from: utf8.distance(from: utf8.startIndex, to: start))
        else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// The UTF-8 offset of the first occurrence of `needle`'s bytes in `haystack`'s, at or after byte `from`.
    static func firstByteOffset(of needle: String, in haystack: String, from: Int = 0) -> Int? {
        var needle = needle, haystack = haystack
        needle.makeContiguousUTF8()
        haystack.makeContiguousUTF8()
        return haystack.utf8.withContiguousStorageIfAvailable { hay -> Int? in
            needle.utf8.withContiguousStorageIfAvailable { pin -> Int? in
                let n = pin.count, h = hay.count
                guard n > 0, n <= h else { return nil }
                let first = pin[0]
                var i = from
                let last = h - n
                while i <= last {
                    if hay[i] == first {
                        var j = 1
                        while j < n, hay[i + j] == pin[j] { j += 1 }
                        if j == n { return i }
                    }
                    i += 1
                }
                return nil
            } ?? nil
        } ?? nil
    }
}

extension String {
    /// Foundation's `contains(_:)` (canonical equivalence), by bytes on plain text (`PlainText`). It is the card
    /// makers' most frequent call, and this overload is chosen over Foundation's generic one in this module.
    func contains(_ other: String) -> Bool { PlainText.contains(self, other) }

    /// Foundation's `range(of:)` (canonical equivalence), by bytes on plain text (`PlainText`); chosen over
    /// Foundation's generic one in this module.
    func range(of other: String) -> Range<String.Index>? { PlainText.range(of: other, in: self) }
}
