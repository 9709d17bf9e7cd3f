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

    /// The words of one statement that the comparison reads, each as a 64-bit hash (`hash`), sorted and each once:
    /// forty thousand statements of a corpus compare as lists of numbers, and keep no strings.
    private struct Shape: Sendable {
        /// The names' words and pairs of them, which group the statements.
        var keys: [UInt64] = []
        /// Lower-case words other than function words (the first word lowered).
        var content: [UInt64] = []
        /// Every word, lowered.
        var lower: [UInt64] = []
        /// The capitalised words.
        var names: [UInt64] = []
        /// The words that are numbers ("26", "sáu"), lowered.
        var numbers: [UInt64] = []
    }

    /// FNV-1a over the word's UTF-8: the same word gives the same number in every run.
    static func hash(_ word: String) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word.utf8 { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return value
    }

    /// The tellings among `events` (in text order).
    init(events: [DeckEvent], language: Language) {
        // each statement's words, on all cores (pure)
        let shapes = ParallelMap.map(events) { event -> Shape in
            let all = StatementShape.words(event.event.statement)
            var keys = Set<UInt64>(), content = Set<UInt64>(), lower = Set<UInt64>(), names = Set<UInt64>()
            var numbers = Set<UInt64>()
            // the keys: the names' words, each capitalised word after the first of three letters or more, and two
            // capitalised words in a row ("Auburn" of "Đại học Auburn"; "Carl Wilhelm Scheele" gives "Wilhelm Scheele")
            for (first, second) in zip(all, all.dropFirst()) where second.first?.isUppercase == true {
                if second.count >= 3 { keys.insert(Self.hash(second)) }
                if first.first?.isUppercase == true { keys.insert(Self.hash(first + " " + second)) }
            }
            // the other words: lower-case, no function word
            // (the first word is lowered: "Ôxy được …" and "… của ôxy" share it)
            for (index, word) in all.enumerated() {
                let lowered = word.lowercased(), value = Self.hash(lowered)
                lower.insert(value)
                if word.first?.isUppercase == true { names.insert(Self.hash(word)) }
                if lowered.contains(where: \.isNumber) || Self.numberWords.contains(lowered) { numbers.insert(value) }
                let opening = index == 0 && !(all.count > 1 && all[1].first?.isUppercase == true)
                if opening || word.first?.isLowercase == true, lowered.count >= 2, !FunctionWords.all.contains(lowered) {
                    content.insert(value)
                }
            }
            return Shape(keys: keys.sorted(), content: content.sorted(), lower: lower.sorted(), names: names.sorted(),
                         numbers: numbers.sorted())
        }
        var groups: [UInt64: [Int]] = [:]
        for (index, shape) in shapes.enumerated() {
            for key in shape.keys { groups[key, default: []].append(index) }
        }
        var seen = Set<Int>()
        for key in groups.keys.sorted() {
            let members = groups[key]!
            guard members.count >= 2, members.count <= Self.largestGroup else { continue }
            for (position, first) in members.enumerated() {
                for second in members[(position + 1)...] {
                    let a = events[first], b = events[second]
                    // (two sentences: another offset, or another text where offsets are not kept)
                    guard a.event.sentenceStart != b.event.sentenceStart || a.event.sentence != b.event.sentence,
                          seen.insert(first * events.count + second).inserted else { continue }
                    let one = shapes[first], other = shapes[second]
                    let shared = Self.sharedCount(one.content, other.content)
                    let union = one.content.count + other.content.count - shared
                    guard shared >= Self.sharedWords, union > 0 else { continue }
                    tellings[a.id, default: []].insert(b.id)
                    tellings[b.id, default: []].insert(a.id)
                    if a.event.date == b.event.date {
                        // (the same date is told twice only when a fifth of the words are shared, too)
                        // (the earlier telling by its place in the text; events that keep no offsets, by id, so
                        // the same events in any order give the same deck)
                        let aFirst = a.event.sentenceStart != b.event.sentenceStart
                            ? a.event.sentenceStart < b.event.sentenceStart : a.id < b.id
                        if Double(shared) / Double(union) >= 0.2 { retellings.append(aFirst ? (b.id, a.id) : (a.id, b.id)) }
                        continue
                    }
                    otherDates[a.id, default: []].formUnion(b.event.when?.calendarDates ?? [])
                    otherDates[b.id, default: []].formUnion(a.event.when?.calendarDates ?? [])
                    // (its words, and its names apart: "Slovakia trở thành thành viên …" and "Andorra …" differ in the
                    // one word that matters; "Vương triều thứ Hai mươi …" and "… Hai mươi sáu …" in a number)
                    if Self.similarity(one.lower, other.lower) >= Self.repeatedSimilarity,
                       Self.similarity(one.names, other.names) >= Self.repeatedSimilarity, one.numbers == other.numbers {
                        repeated.insert(a.id)
                        repeated.insert(b.id)
                    }
                }
            }
        }
    }

    /// How many hashes two sorted lists share.
    static func sharedCount(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var i = 0, j = 0, count = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { count += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return count
    }

    /// The share of hashes two sorted lists have in common (1 for two empty lists).
    static func similarity(_ a: [UInt64], _ b: [UInt64]) -> Double {
        let shared = sharedCount(a, b), all = a.count + b.count - shared
        return all == 0 ? 1 : Double(shared) / Double(all)
    }

    /// An empty record: no happening told twice.
    init() {}
}
