import Foundation
import Timeline

/// Screens an extracted event before any card is made of it: is its sentence narrative worth asking about, is its
/// statement a whole clause that names its subject, and is its date the event's own date?
///
/// Precision first: when unsure, the event makes no card (the report says why). The rules are about the shape of
/// language — function words, pronouns, brackets, the words that govern a date — never about particular texts.
struct EventScreen: Sendable {
    let language: Language

    /// Statements longer than this many words make no card; longer than `optionWords` are not used as options.
    static let maxWords = 45
    static let optionWords = 32

    /// The defect that rules out every card of `event`, if any.
    func blocking(_ event: Event) -> CardDefect? {
        let sentence = event.sentence
        if StatementShape.hasMarkup(sentence) { return .markup }
        if StatementShape.isReferenceEntry(sentence) { return .referenceEntry }
        if isGlossDate(event) { return .nominalDate }
        // "Ngày hôm sau, …", "Sixteen months later, …": every card would show a date that points at nothing.
        if StatementShape.isRelativeSurface(event.dateSurface, language: language) { return .relativeDate }
        if event.date.hasPrefix("BC") == false, StatementShape.mentionsBC(event.dateSurface) { return .eraLost }
        let statement = QuestionText.trimmedStatement(event.statement)
        let words = StatementShape.words(statement)
        if words.count > Self.maxWords { return .tooLong }
        if StatementShape.isTitleLike(statement, words: words, language: language) { return .titleLike }
        if StatementShape.startsWithAnaphor(words, language: language)
            || StatementShape.hasDanglingPronoun(words, language: language) { return .anaphor }
        if StatementShape.isFragment(statement, words: words, language: language) { return .fragment }
        if StatementShape.hasLeftovers(statement, language: language) { return .leftover }
        if StatementShape.isStatistic(statement, language: language) { return .statistic }
        if isCount(event) { return .nominalDate }
        return nil
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
        if StatementShape.isRelativeSurface(event.dateSurface, language: language) { return .relativeDate }
        let before = wordsBefore(event.dateSurface, in: event.sentence, count: 2)
        if let last = before.last, StatementShape.boundaryWords(language).contains(last)
            || (before.count == 2 && StatementShape.boundaryWords(language).contains(before.joined(separator: " "))) {
            return .boundaryDate
        }
        if isNominalDate(event, before: before) { return .nominalDate }
        if isOneOfSeveralYears(event) { return .partOfRange }
        return nil
    }

    /// "năm 1740 và 1741", "in 1958 and 1959", "744-745": the sentence gives the event several years together,
    /// and a card asking for one of them would be half right.
    func isOneOfSeveralYears(_ event: Event) -> Bool {
        guard !event.date.contains("/"), let year = QuestionText.years(of: event.date).first else { return false }
        let tokens = event.sentence.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        func isYear(_ token: String) -> Bool {
            let digits = PlainText.trimming(token, PlainText.punctuation)
            return digits.count >= 3 && digits.count <= 4 && digits.allSatisfy(\.isNumber)
        }
        for (index, token) in tokens.enumerated() {
            let plain = PlainText.trimming(token, PlainText.punctuation)
            if plain.contains("-") || plain.contains("–") {
                let parts = plain.split(whereSeparator: { $0 == "-" || $0 == "–" }).map(String.init)
                if parts.count == 2, parts.allSatisfy(isYear), parts.contains(String(year)) { return true }
            }
            guard plain == String(year) else { continue }
            let joiners: Set<String> = ["và", "hoặc", "and", "or", "hay", "&"]
            if index + 2 < tokens.count, joiners.contains(tokens[index + 1].lowercased()), isYear(tokens[index + 2]) { return true }
            if index >= 2, joiners.contains(tokens[index - 1].lowercased()), isYear(tokens[index - 2]) { return true }
        }
        return false
    }

    /// The date sits in brackets as a gloss: a lifespan, a reign, a release year after a title — anything but a
    /// closing bracket that dates the whole clause at the sentence's end.
    func isGlossDate(_ event: Event) -> Bool {
        let sentence = event.sentence
        guard !event.dateSurface.isEmpty, let range = sentence.range(of: event.dateSurface) else { return false }
        let head = sentence[..<range.lowerBound]
        guard let open = head.lastIndex(of: "("), !head[open...].contains(")") else { return false }
        let tail = sentence[range.upperBound...]
        guard let close = tail.firstIndex(of: ")") else { return false }
        let inside = sentence[sentence.index(after: open)..<close]
        let extra = StatementShape.words(String(inside)).count - StatementShape.words(event.dateSurface).count
        let after = sentence[sentence.index(after: close)...].trimmingCharacters(in: .whitespaces)
        let closesSentence = after.isEmpty || after.allSatisfy { ".;!?".contains($0) }
        // "(3 tháng 3 năm 1951)." dates the clause it closes; "(2002) - một phim…" or "(1009–1225)" glosses a name.
        return extra <= 3 && !closesSentence
    }

    /// The year is part of a noun phrase: "Hòa ước năm 1884", "the 1860 election", "the Constitution of 1791".
    func isNominalDate(_ event: Event, before: [String]) -> Bool {
        switch language {
        case .vi:
            // A bare number glued to a name ("Nhận thức chung 1992", "Euro 2016"): Vietnamese dates say "năm".
            if event.dateSurface.allSatisfy(\.isNumber), let range = event.sentence.range(of: event.dateSurface) {
                let previous = StatementShape.words(String(event.sentence[..<range.lowerBound])).last?.lowercased()
                let inBrackets = event.sentence[..<range.lowerBound].hasSuffix("(")
                if let previous, !inBrackets, !FunctionWords.vietnamese.contains(previous),
                   !["năm", "tháng", "ngày", "từ", "đến", "tới", "giai", "đoạn", "khoảng", "cuối", "đầu", "giữa"].contains(previous),
                   !event.sentence[..<range.lowerBound].hasSuffix(", ") { return true }
            }
            // "<danh từ> năm 1884" right after a document or event noun, not after a verb.
            guard let last = before.last else { return false }
            return StatementShape.vietnameseDatedNouns.contains(last)
                || (before.count == 2 && StatementShape.vietnameseDatedNouns.contains(before.joined(separator: " ")))
        case .en:
            // "the 1860 election": a bare year between a determiner and a lower-case noun.
            guard let range = event.sentence.range(of: event.dateSurface),
                  event.dateSurface.allSatisfy(\.isNumber), let last = before.last,
                  ["the", "a", "an", "his", "her", "its", "their"].contains(last) else { return false }
            let next = StatementShape.words(String(event.sentence[range.upperBound...])).first ?? ""
            return next.first?.isLowercase == true && !FunctionWords.english.contains(next)
        }
    }

    /// Up to `count` lower-cased words right before the first occurrence of `surface` in `sentence`.
    func wordsBefore(_ surface: String, in sentence: String, count: Int) -> [String] {
        guard !surface.isEmpty, let range = sentence.range(of: surface) else { return [] }
        var words = StatementShape.words(String(sentence[..<range.lowerBound])).map { $0.lowercased() }
        // "năm", "ngày", "vào" just before a bare number belong to the date phrase, not to what governs it.
        while let last = words.last, ["năm", "ngày", "tháng", "vào", "hồi", "in", "on"].contains(last) { words.removeLast() }
        return Array(words.suffix(count))
    }
}
