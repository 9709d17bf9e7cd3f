import Timeline

/// Happenings the text tells twice, in different sentences: the two statements share a name's word ("Scheele",
/// "Auburn") and at least three lower-case words other than function words. Told with the same date, the later
/// telling is a duplicate: its cards would answer the first one's, which study does not keep apart. Told with another
/// date ("Scheele … năm 1772" and "… năm 1773 hoặc sớm hơn"), each date is true of the other telling too, so it is no
/// wrong option for it.
struct SameHappening: Sendable {
    /// Event id → the other tellings of its happening (by id), and the dates they give it.
    private(set) var tellings: [String: Set<String>] = [:]
    private(set) var otherDates: [String: Set<DateValue>] = [:]
    /// Later tellings, with the same date, of a happening an earlier sentence told: (later id, earlier id).
    private(set) var retellings: [(later: String, earlier: String)] = []
    /// Events told again in nearly the same words with another date (a prize won twice, "… 1772" and "… 1773"):
    /// "when?" has two answers. (Nearly: at least `repeatedSimilarity` of all their words shared; formulaic lines
    /// such as "X được công nhận là đô thị loại 3" and "… loại 2" share fewer.)
    private(set) var repeated: Set<String> = []

    static let repeatedSimilarity = 0.7
    /// Numbers in words, which tell two lines of a list apart.
    static let numberWords: Set<String> = ["một", "hai", "ba", "bốn", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười",
                                           "mươi", "trăm", "first", "second", "third", "fourth", "fifth", "one", "two",
                                           "three", "four", "five", "six", "seven", "eight", "nine", "ten"]

    /// A name met in more events than this says what the text is about, not which happening.
    static let largestGroup = 50
    /// Words other than the shared name two tellings have in common, at least.
    static let sharedWords = 3

    /// The tellings among `events` (in text order).
    init(events: [DeckEvent], language: Language) {
        var groups: [String: [Int]] = [:]
        var words: [Set<String>] = []
        words.reserveCapacity(events.count)
        for (index, event) in events.enumerated() {
            let all = StatementShape.words(event.event.statement)
            // the keys: the names' words, each capitalised word after the first of three letters or more, and two
            // capitalised words in a row ("Auburn" of "Đại học Auburn"; "Carl Wilhelm Scheele" gives "Wilhelm Scheele")
            var keys = Set<String>()
            for (first, second) in zip(all, all.dropFirst()) where second.first?.isUppercase == true {
                if second.count >= 3 { keys.insert(second) }
                if first.first?.isUppercase == true { keys.insert(first + " " + second) }
            }
            for key in keys { groups[key, default: []].append(index) }
            // the other words: lower-case, no function word
            // (the first word is lowered: "Ôxy được …" and "… của ôxy" share it)
            let lowered = all.enumerated().compactMap { index, word -> String? in
                index == 0 && !(all.count > 1 && all[1].first?.isUppercase == true) ? word.lowercased()
                    : word.first?.isLowercase == true ? word : nil
            }
            words.append(Set(lowered.filter { $0.count >= 2 && !FunctionWords.all.contains($0) }))
        }
        var seen = Set<Int>()
        for key in groups.keys.sorted() {
            let members = groups[key]!
            guard members.count >= 2, members.count <= Self.largestGroup else { continue }
            for (position, first) in members.enumerated() {
                for second in members[(position + 1)...] {
                    let a = events[first], b = events[second]
                    guard a.event.sentence != b.event.sentence, seen.insert(first * events.count + second).inserted else { continue }
                    let shared = words[first].intersection(words[second]).count
                    let union = words[first].union(words[second]).count
                    guard shared >= Self.sharedWords, union > 0 else { continue }
                    tellings[a.id, default: []].insert(b.id)
                    tellings[b.id, default: []].insert(a.id)
                    if a.event.date == b.event.date {
                        // (the same date is told twice only when a fifth of the words are shared, too)
                        if Double(shared) / Double(union) >= 0.2 { retellings.append((b.id, a.id)) }
                    } else {
                        otherDates[a.id, default: []].formUnion(b.event.when?.calendarDates ?? [])
                        otherDates[b.id, default: []].formUnion(a.event.when?.calendarDates ?? [])
                        // (its words, and its names apart: "Slovakia trở thành thành viên …" and "Andorra …" differ in
                        // the one word that matters)
                        let wordsA = StatementShape.words(a.event.statement), wordsB = StatementShape.words(b.event.statement)
                        let namesA = Set(wordsA.filter { $0.first?.isUppercase == true })
                        let namesB = Set(wordsB.filter { $0.first?.isUppercase == true })
                        let lowerA = Set(wordsA.map { $0.lowercased() }), lowerB = Set(wordsB.map { $0.lowercased() })
                        // ("Vương triều thứ Hai mươi …" and "… thứ Hai mươi sáu …": another number is another one)
                        let differing = lowerA.symmetricDifference(lowerB)
                        if Self.similarity(lowerA, lowerB) >= Self.repeatedSimilarity,
                           Self.similarity(namesA, namesB) >= Self.repeatedSimilarity,
                           !differing.contains(where: { $0.contains(where: \.isNumber) || Self.numberWords.contains($0) }) {
                            repeated.insert(a.id)
                            repeated.insert(b.id)
                        }
                    }
                }
            }
        }
    }

    /// The share of words two sets have in common (1 for two empty sets).
    static func similarity(_ a: Set<String>, _ b: Set<String>) -> Double {
        let all = a.union(b).count
        return all == 0 ? 1 : Double(a.intersection(b).count) / Double(all)
    }

    /// An empty record: no happening told twice.
    init() {}
}
