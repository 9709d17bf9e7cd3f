import Foundation
import Timeline

/// Resolves a statement's opening personal pronoun ("He was elected …", "Ông lên ngôi …") to the person the text
/// is about, when the text has one clear main person; otherwise leaves the statement alone (the screen then drops it).
///
/// A biography's "he" at the head of a sentence is its subject far more often than anyone else; the resolver only
/// acts when one person name dominates the events' sentences (at least a fifth of them, and twice as often as the
/// next person), so a history of many actors is never given a wrong subject.
struct PronounResolver: Sendable {
    let language: Language
    /// The name the pronouns stand for, if the text has a clear main person (or the deck is named after one).
    var mainPerson: String?
    /// The pronoun the main person goes by in this text ("He" or "She", "Ông" or "Bà"), the one most statements open on.
    var mainPronoun: String?
    /// Every name the text shows to be a person's: a full personal name (and, in English, its family name alone) or
    /// a name right after a title ("vua Duy Tân", "General Gage").
    let people: Set<String>
    /// Names the text shows to be places': after "tại", "nước", "người", "quần đảo" … ("Hoàng Sa", "Lâm Ấp").
    let places: Set<String>

    /// A resolver for `events`, finding their main person; `names` are the names of each sentence when the caller
    /// has found them already (`DeckGenerator.sentenceNames`).
    init(events: [DeckEvent], language: Language, names known: [String: [String]]? = nil) {
        self.language = language
        let known = known ?? DeckGenerator.sentenceNames(events, language: language)
        var counts: [String: Int] = [:]
        var people = Set<String>()
        var places = Set<String>()
        // What each event's sentence shows (on all cores: each is pure), then added up in order.
        struct Seen: Sendable {
            var names = Set<String>(), people = Set<String>(), places = Set<String>()
        }
        let seen = ParallelMap.map(events) { event -> Seen in
            let sentence = event.event.sentence
            let found = known[sentence] ?? []
            var seen = Seen()
            for name in found {
                seen.names.insert(name)
                let parts = name.split(separator: " ").map(String.init)
                if NameKind.of(name, language: language) == .person {
                    seen.people.insert(name)
                    // English calls a person by the family name ("Abraham Lincoln" … "Lincoln").
                    if language == .en, let last = parts.last { seen.people.insert(last); seen.names.insert(last) }
                }
                if PronounResolver.followsTitle(name, in: sentence, language: language) { seen.people.insert(name) }
            }
            for name in found where PronounResolver.followsPlaceWord(name, in: sentence, language: language) {
                seen.places.insert(name)
            }
            return seen
        }
        for event in seen {
            people.formUnion(event.people)
            for name in event.names { counts[name, default: 0] += 1 }
            places.formUnion(event.places)
        }
        // "Tổng thống Pakistan" is a title before a country: a name also met as a place ("tại Pakistan") is none;
        // nor is an acronym ("US", "NATO")
        self.places = places
        people.subtract(places)
        // ("Thủ tướng Nhật Bản" never makes "Nhật Bản" anyone)
        if language == .vi { people.subtract(CountryNames.vietnamese) }
        people = people.filter { !NameFinder.isAcronym($0) }
        self.people = people
        let ranked = counts.filter { people.contains($0.key) }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        if let top = ranked.first, top.value >= 4, top.value * 5 >= events.count,
           ranked.count < 2 || top.value >= 2 * ranked[1].value {
            mainPerson = top.key
        } else {
            mainPerson = nil
        }
        // "He" in a man's life, "She" in a woman's: the pronoun the text opens most statements with is the main
        // person's; the other one is someone else ("She died at the age of 22" in Lincoln's life is Ann Rutledge)
        let pronounWords = language == .vi ? ["Ông", "Bà", "Cô"] : ["He", "She"]
        let openings = pronounWords.map { pronoun in events.filter { $0.event.statement.hasPrefix(pronoun + " ") }.count }
        let top = openings.max() ?? 0
        mainPronoun = top == 0 || openings.filter({ $0 == top }).count > 1 ? nil : pronounWords[openings.firstIndex(of: top)!]
    }

    /// `name` comes right after a word only people carry: "vua Duy Tân", "ông Hồ Học Lãm", "President Lincoln".
    static func followsTitle(_ name: String, in sentence: String, language: Language) -> Bool {
        let titles = personTitles[language]
        for range in ClozeCardMaker.occurrences(of: name, in: sentence) {
            let before = StatementShape.lastWord(sentence[..<range.lowerBound])?.lowercased() ?? ""
            if titles.contains(before) { return true }
        }
        return false
    }

    /// The words only people carry, built once per language.
    static let personTitles = PerLanguage { language -> Set<String> in
        language == .vi
            ? ["vua", "ông", "bà", "tướng", "chúa", "đế", "tử", "hậu", "thống", "tịch", "tướng", "cụ", "anh", "chị"]
            : ["president", "general", "king", "queen", "mr", "mrs", "dr", "sir", "emperor", "pope", "lord",
               "senator", "governor", "captain", "colonel", "prince", "princess", "judge"]
    }

    /// `name` comes right after a word that introduces a place: "tại Pakistan", "nước Pháp", "in Boston".
    static func followsPlaceWord(_ name: String, in sentence: String, language: Language) -> Bool {
        let words = placeWords[language]
        for range in ClozeCardMaker.occurrences(of: name, in: sentence) {
            let before = StatementShape.lastWord(sentence[..<range.lowerBound])?.lowercased() ?? ""
            if words.contains(before) { return true }
        }
        return false
    }

    /// The words that introduce a place, built once per language.
    static let placeWords = PerLanguage { language -> Set<String> in
        language == .vi
            // (a nation or its language after "người"/"tiếng", an island, a territory: a place, not a person, even when a
            // title stands before it elsewhere: "Thủ tướng Bồ Đào Nha", "người Bồ Đào Nha")
            ? ["tại", "ở", "nước", "khắp", "sang", "xứ", "miền", "vùng", "tỉnh", "thành", "phố", "người", "tiếng", "đảo",
               "thổ", "quốc"]
            : ["in", "into", "across", "throughout", "to"]
    }

    /// The pronouns that open a statement about a person.
    var pronouns: Set<String> {
        language == .vi ? ["Ông", "Bà", "Cô"] : ["He", "She"]
    }

    /// Kind words a Vietnamese place's name opens with ("Sông Delaware", "Núi Phú Sĩ"), and the classifiers that name
    /// that place by its kind alone ("con sông", "dòng sông").
    static let namedKinds: [String: [String]] = ["sông": ["con sông", "dòng sông"], "núi": ["ngọn núi"],
                                                 "đảo": ["hòn đảo"], "chùa": ["ngôi chùa"], "đền": ["ngôi đền"],
                                                 "cầu": ["cây cầu"], "hồ": ["cái hồ"],
                                                 "quần đảo": ["quần đảo"], "sân bay": ["sân bay"]]

    /// The kind a deck's name opens on, of `namedKinds`: its first two words, or its first.
    static func titleKind(_ title: String) -> (kind: String, words: Int)? {
        let words = title.split(separator: " ").map { $0.lowercased() }
        if words.count >= 3, namedKinds[words[0] + " " + words[1]] != nil { return (words[0] + " " + words[1], 2) }
        if words.count >= 2, namedKinds[words[0]] != nil { return (words[0], 1) }
        return nil
    }

    /// The deck's name as the text writes it when it opens on a kind of `namedKinds` and goes on to a capitalised name
    /// ("sông Delaware" → "Sông Delaware", "sân bay quốc tế Hartsfield-Jackson Atlanta"); nil otherwise.
    static func kindTitle(_ deckName: String, in events: [DeckEvent], opening: String = "") -> String? {
        let title = TextNormalizer.nfc(deckName).split { !$0.isLetter }.joined(separator: " ")
        guard let kind = titleKind(title) else { return nil }
        // (the text's opening names it too, where no dated sentence does: "Cầu Mỹ Thuận là cây cầu …")
        for sentence in [opening] + events.map(\.event.sentence) {
            guard let range = sentence.range(of: title, options: [.caseInsensitive]) else { continue }
            let surface = String(sentence[range])
            let rest = surface.split(separator: " ").dropFirst(kind.words)
            // (one kind word goes on in capitals at once; two may take a describing word first: "quốc tế")
            guard rest.last?.first?.isUppercase == true,
                  kind.words == 2 ? rest.prefix(2).contains(where: { $0.first?.isUppercase == true })
                                  : rest.allSatisfy({ $0.first?.isUppercase == true }) else { continue }
            return surface.prefix(1).uppercased() + surface.dropFirst()
        }
        return nil
    }

    /// "… lần đầu tiên đã vẽ bản đồ con sông" in a text about the Sông Delaware: the river by its kind alone is the
    /// text's own (`title`, the deck's name as the text writes it, opening on that kind), so it reads "… bản đồ sông
    /// Delaware"; nil when the statement has no such phrase.
    /// A kind that is its own phrase ("… xâm chiếm quần đảo, …" in a text about the Quần đảo Falkland) is read so only
    /// where a clause goes on after it (a comma, a verb's marker, a preposition), not before a word that describes it
    /// ("quần đảo lân cận" is another), nor after a count or "các" ("hai sân bay mới").
    static func resolvedKindPhrase(_ event: Event, title: String) -> Event? {
        let parts = title.split(separator: " ")
        guard parts.count >= 2, let kind = titleKind(title), let phrases = namedKinds[kind.kind] else { return nil }
        var statement = event.statement
        var changed = false
        for phrase in phrases {
            var from = statement.startIndex
            while let range = statement.range(of: phrase, options: phrase == kind.kind ? [.caseInsensitive] : [],
                                              range: from..<statement.endIndex) {
                let before = statement[..<range.lowerBound], after = statement[range.upperBound...]
                let startsWord = before.isEmpty || before.hasSuffix(" ")
                let next = StatementShape.words(String(after)).first
                var fits = startsWord && (after.isEmpty || after.first == "," || after.first == "."
                    || after.first == " " && next?.first?.isUppercase != true && !["này", "ấy", "đó", "kia"].contains(next ?? ""))
                if fits, phrase == kind.kind {
                    let previous = StatementShape.lastWord(before)?.lowercased() ?? ""
                    fits = !(["các", "những", "mấy", "tàu", "nhiều", "một"].contains(previous)
                             || SameHappening.numberWords.contains(previous) || previous.allSatisfy(\.isNumber) && !previous.isEmpty)
                        && (after.isEmpty || after.first == "," || after.first == "."
                            || ["đã", "được", "bị", "lại", "vẫn", "cũng", "đến", "vào", "tại", "ở", "cho", "với", "và", "từ",
                                "trong", "sau", "trước", "thành", "là", "có", "bắt", "trở"].contains(next ?? ""))
                }
                guard fits else {
                    from = range.upperBound
                    continue
                }
                let replacement = kind.kind + " " + parts.dropFirst(kind.words).joined(separator: " ")
                statement.replaceSubrange(range, with: before.isEmpty ? title : replacement)
                from = statement.index(range.lowerBound, offsetBy: (before.isEmpty ? title : replacement).count)
                changed = true
                // (the kind said again after the name is the same one: "… quần đảo Falkland …, quần đảo lại …")
                if phrase == kind.kind { break }
            }
        }
        guard changed else { return nil }
        var copy = event
        copy.statement = statement
        return copy
    }

    /// The deck's name as the text writes it with capitals ("tây_ban_nha" → "Tây Ban Nha"), when it does.
    static func titleSurface(_ deckName: String, in events: [DeckEvent]) -> String? {
        let title = TextNormalizer.nfc(deckName).split { !$0.isLetter }.joined(separator: " ")
        guard title.count >= 3 else { return nil }
        // every event's sentence read on all cores; the first in text order wins
        let surfaces = ParallelMap.map(events) { event -> String? in
            let sentence = event.event.sentence
            guard let range = sentence.range(of: title, options: [.caseInsensitive]) else { return nil }
            let surface = String(sentence[range])
            return StatementShape.words(surface).allSatisfy({ $0.first?.isUppercase == true }) ? surface : nil
        }
        return surfaces.lazy.compactMap { $0 }.first
    }

    /// The place a text is about, for its "Nước này …" / "The country …": a name made of the deck name's words
    /// (`titleNames`) that is met as a place ("tại Pakistan", "in Belarus") and is no person; nil otherwise.
    static func placeSubject(titleNames: Set<String>, events: [DeckEvent], language: Language, people: Set<String>) -> String? {
        let candidates = titleNames.subtracting(people).filter { NameKind.of($0, language: language) != .person }
        var best: (name: String, count: Int)?
        for name in candidates.sorted() {
            var count = 0, asPlace = false
            for event in events where !ClozeCardMaker.occurrences(of: name, in: event.event.sentence).isEmpty {
                count += 1
                if !asPlace, followsPlaceWord(name, in: event.event.sentence, language: language) { asPlace = true }
            }
            guard asPlace, count >= 3 else { continue }
            if best == nil || count > best!.count || count == best!.count && name.count > best!.name.count {
                best = (name, count)
            }
        }
        return best?.name
    }

    /// The kind words a place goes by ("nước", "thành phố"): "… của tỉnh này" in a text about a province is that one.
    static let placeKinds: Set<String> = ["nước", "quốc gia", "đất nước", "thành phố", "hòn đảo", "đảo", "tỉnh", "vùng",
                                          "lãnh thổ", "xứ", "khu vực", "vùng đất", "tiểu bang"]

    /// Openings that point at the place the text is about ("Nước này", "The country").
    static func placeOpening(_ statement: String, language: Language) -> String? {
        let openings = language == .vi
            ? ["Nước này", "Quốc gia này", "Đất nước này", "Thành phố này", "Hòn đảo này", "Đảo này", "Tỉnh này",
               "Vùng này", "Lãnh thổ này", "Xứ này", "Tiểu bang này"]
            : ["The country", "The city", "The island", "The nation", "The state", "The province", "The territory",
               "The town", "The colony"]
        for opening in openings where statement.hasPrefix(opening + " ") {
            let rest = statement.dropFirst(opening.count + 1)
            if rest.first?.isLowercase == true { return opening }
        }
        return nil
    }

    /// "Thành phố từng bị quân đội Nhật Bản chiếm đóng …" in a text about a city: a Vietnamese statement that opens
    /// on the kind its place goes by (`kinds`, from `ownPlaceKinds`) and then at once on a verb names that place
    /// ("Thành phố Osaka …", "Tỉnh lỵ …" do not); the opening words, or nil.
    static func bareKindOpening(_ statement: String, kinds: Set<String>, language: Language) -> String? {
        guard language == .vi, !kinds.isEmpty else { return nil }
        let words = StatementShape.words(statement)
        for kind in kinds.sorted(by: { $0.count > $1.count }) {
            let parts = kind.split(separator: " ").map(String.init)
            guard words.count > parts.count + 2, words.prefix(parts.count).map({ $0.lowercased() }) == parts,
                  statement.lowercased().hasPrefix(kind + " "), words[parts.count].first?.isLowercase == true,
                  StatementShape.opensOnVerb(Array(words[parts.count...].prefix(2))) else { continue }
            return String(statement.prefix(kind.count))
        }
        return nil
    }

    /// The kinds of `placeKinds` the place `subject` goes by in its text: written right before its name ("thành phố
    /// Kiev"), or what the text's opening says it is ("Bình Nhưỡng là thủ đô và thành phố lớn nhất …" gives no kind;
    /// "… là một thành phố …" does).
    static func ownPlaceKinds(of subject: String, events: [DeckEvent], opening: String) -> Set<String> {
        var kinds = Set<String>()
        // ("Aruba is an island and a constituent country of …": what an English opening says its subject is)
        if let copula = [" is a ", " is an ", " is the "].compactMap({ opening.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
            let said = StatementShape.words(String(opening[copula.lowerBound...])).prefix(14).map { $0.lowercased() }
            kinds.formUnion(englishPlaceKinds.filter(said.contains))
        }
        // ("Aruba is a constituent country …" in a text that says "the island" of it again and again, and "the island
        // of Aruba" or "Aruba … island" once: an English kind the text's own sentences give the place)
        let sentences = events.map(\.event.sentence)
        for kind in englishPlaceKinds where !kinds.contains(kind) {
            let pointing = sentences.filter { $0.contains(" the " + kind + " ") || $0.contains(" the " + kind + ".")
                || $0.contains(" the " + kind + ",") || $0.contains(" the " + kind + "'s") }.count
            guard pointing >= 3 else { continue }
            if sentences.contains(where: { $0.contains(subject) && StatementShape.words($0.lowercased()).contains(kind) }) {
                kinds.insert(kind)
            }
        }
        let lowerOpening = " " + StatementShape.words(opening.lowercased()).joined(separator: " ") + " "
        for kind in placeKinds where kind != "nước" && kind != "vùng" && kind != "khu vực" {
            if lowerOpening.contains(" là " + kind + " ") || lowerOpening.contains(" là một " + kind + " ") {
                kinds.insert(kind)
            }
        }
        for event in events {
            let sentence = event.event.sentence
            for range in ClozeCardMaker.occurrences(of: subject, in: sentence) {
                let before = StatementShape.words(String(sentence[..<range.lowerBound]).lowercased()).suffix(2)
                let text = " " + before.joined(separator: " ")
                for kind in placeKinds where kind != "nước" && kind != "vùng" && kind != "khu vực"
                    && text.hasSuffix(" " + kind) { kinds.insert(kind) }
            }
        }
        return kinds
    }

    /// English kind words of a place the text's opening can say its subject is ("Aruba is an island …").
    static let englishPlaceKinds: Set<String> = ["island", "country", "city", "state", "province", "territory", "town",
                                                 "nation", "colony", "archipelago"]

    /// "… restricting foreign workers to three years residency on the island", "… the island's economy" in a text whose
    /// opening says its place is an island: "the island" inside an English statement is that place, when no name comes
    /// before it and none follows it ("the island of Curaçao" is another).
    static func resolvedInnerEnglishPlace(_ event: Event, subject: String, kinds: Set<String>) -> Event? {
        let statement = event.statement
        for kind in kinds.intersection(englishPlaceKinds).sorted() {
            guard let range = statement.range(of: " the " + kind) else { continue }
            var after = statement[range.upperBound...]
            let possessive = after.hasPrefix("'s ") || after.hasPrefix("’s ")
            if possessive { after = after.dropFirst(2) }
            guard possessive || after.isEmpty || after.first.map({ ",.;".contains($0) }) == true
                    || StatementShape.words(String(after)).first.map({ ["and", "in", "was", "were", "had", "by", "for", "to"].contains($0) }) == true
            else { continue }
            let before = String(statement[..<range.lowerBound])
            guard !before.contains(subject), NameFinder.names(in: before, language: .en).isEmpty else { return nil }
            var copy = event
            copy.statement = before + " " + subject + (possessive ? "'s" : "") + after
            return copy
        }
        return nil
    }

    /// `event` with an opening "Nước này" / "The country" replaced by the text's place, or nil.
    static func resolvedPlace(_ event: Event, subject: String, language: Language, kinds: Set<String> = []) -> Event? {
        guard let opening = placeOpening(event.statement, language: language)
            ?? bareKindOpening(event.statement, kinds: kinds, language: language) else {
            return resolvedInnerPlace(event, subject: subject, language: language)
                ?? resolvedBareKind(event, subject: subject, kinds: kinds, language: language)
                ?? (language == .en ? resolvedInnerEnglishPlace(event, subject: subject, kinds: kinds) : nil)
        }
        var copy = event
        copy.statement = subject + event.statement.dropFirst(opening.count)
        return copy
    }

    /// "… đã cho phép nước này chuyển đổi nền kinh tế": a "this country" inside a Vietnamese statement is the
    /// text's place when no name comes before it (after "Thụy Điển xâm lược …" it could be either).
    static func resolvedInnerPlace(_ event: Event, subject: String, language: Language) -> Event? {
        guard language == .vi else { return nil }
        let statement = event.statement
        for phrase in [" đất nước này", " quốc gia này", " nước này"] {
            guard let range = statement.range(of: phrase) else { continue }
            let after = statement[range.upperBound...]
            guard after.first.map({ $0 == " " || $0 == "," || $0 == "." }) ?? true else { continue }
            let before = String(statement[..<range.lowerBound])
            // another name before it makes it ambiguous; the place itself before it makes it read as a repetition
            guard NameFinder.names(in: before, language: language).isEmpty, !before.contains(subject) else { return nil }
            var copy = event
            copy.statement = before + " " + subject + after
            return copy
        }
        return nil
    }

    /// "Alexander Đại Đế đã chinh phục thành phố …", "Người Ý đã di cư đến thành phố với số lượng lớn" in a text
    /// about a city the text calls one (`kinds`, from `ownPlaceKinds`): the place named by its kind alone after a verb
    /// or a preposition is that city ("… chinh phục thành phố Ankara"); nil when the kind is a predicate or counted
    /// ("trở thành thành phố", "là một thành phố", "các thành phố"), goes on in words of its own ("thành phố mới"),
    /// or another place is named before it ("… chiếm Thượng Hải, thành phố …").
    static func resolvedBareKind(_ event: Event, subject: String, kinds: Set<String>, language: Language) -> Event? {
        guard language == .vi else { return nil }
        var usable = kinds.intersection(bareKinds)
        // (a city that shares its name with its province, "tỉnh Cà Mau" beside "thành phố Cà Mau": either)
        if usable.contains("tỉnh"), usable.contains("thành phố") { usable.subtract(["tỉnh", "thành phố"]) }
        let statement = event.statement
        for kind in usable.sorted(by: { $0.count > $1.count }) {
            var from = statement.startIndex
            while let range = statement.range(of: " " + kind, range: from..<statement.endIndex) {
                from = range.upperBound
                let after = statement[range.upperBound...]
                let next = StatementShape.words(String(after)).first
                let closes = after.isEmpty || after.first == "," || after.first == "." || after.first == ";"
                guard closes || after.first == " " && next.map({ bareKindFollowers.contains($0) }) == true else { continue }
                let before = String(statement[..<range.lowerBound])
                let previous = StatementShape.lastWord(Substring(before))?.lowercased() ?? ""
                guard !before.isEmpty, !bareKindQualifiers.contains(previous), previous.first?.isLowercase == true
                        || previous.first?.isLetter == false, !before.contains(subject),
                      !NameFinder.names(in: before, language: language).contains(where: {
                          followsPlaceWord($0, in: before, language: language) }) else { continue }
                var copy = event
                copy.statement = before + " " + kind + " " + subject + after
                return copy
            }
        }
        return nil
    }

    /// The kinds a place goes by that stay nouns after a verb ("chiếm thành phố"); "quốc gia", "lãnh thổ" after a
    /// noun describe it ("bầu cử quốc gia", "chính trị và lãnh thổ").
    static let bareKinds: Set<String> = ["thành phố", "hòn đảo", "đảo", "tỉnh", "đất nước", "tiểu bang"]

    /// Words after a kind that end its phrase ("… đến thành phố với số lượng lớn"), so the kind stands alone.
    static let bareKindFollowers: Set<String> = ["với", "và", "vào", "từ", "trong", "để", "bởi", "cho", "khi", "sau",
                                                 "trước", "nhưng", "thì", "lần", "cùng"]

    /// Words before a kind that make it a predicate, a count or a description, not the text's place ("trở thành thành
    /// phố", "là một thành phố", "các thành phố", "mỗi tỉnh").
    static let bareKindQualifiers: Set<String> = ["thành", "là", "một", "các", "những", "mỗi", "hai", "ba", "nhiều",
                                                  "vài", "mọi", "từng", "cả", "toàn", "số", "nhị", "tam", "tứ", "ngũ",
                                                  "lục", "thất", "bát", "cửu", "thập", "quần"]

    /// The one of `names` written in the most sentences of `events` (ties: the shorter, then the first in order).
    static func mostUsed(_ names: Set<String>, in events: [DeckEvent]) -> String? {
        let counted = names.sorted().map { name in
            (name, events.filter { !ClozeCardMaker.occurrences(of: name, in: $0.event.sentence).isEmpty }.count)
        }
        return counted.filter { $0.1 > 0 }.max { ($0.1, $1.0.count) < ($1.1, $0.0.count) }?.0
    }

    /// "Khi từ Mỹ trở về Đài Loan, anh đã tới một công ty đĩa hát …", "After leaving school, he joined …": a pronoun
    /// right after a fronted clause that names no one is the main person, as an opening pronoun is ("Ngô Kiến Hào đã
    /// tới …"); nil when the text has no main person, the clause names someone, or the statement names the person.
    func resolvedAfterFrontedClause(_ event: Event) -> Event? {
        guard let mainPerson, let comma = event.statement.range(of: ", ") else { return nil }
        let clause = String(event.statement[..<comma.lowerBound])
        let rest = event.statement[comma.upperBound...]
        let words = StatementShape.words(String(rest))
        guard (2...12).contains(StatementShape.words(clause).count), words.count >= 2,
              words[1].first?.isLowercase == true else { return nil }
        let pronoun = words[0]
        switch language {
        case .vi:
            let fellow = StatementShape.fellowPronoun(after: event.statement) != nil
            guard fellow || ["ông", "bà"].contains(pronoun) && mainPronoun.map({ $0.lowercased() == pronoun }) ?? false
            else { return nil }
        case .en:
            guard ["he", "she"].contains(pronoun), mainPronoun.map({ $0.lowercased() == pronoun }) ?? false else { return nil }
        }
        // (a place in the clause is no one the pronoun could stand for: "Khi từ Mỹ trở về Đài Loan, anh …")
        guard rest.hasPrefix(pronoun + " "),
              !NameFinder.names(in: clause, language: language).contains(where: { NameKind.of($0, language: language) == .person }),
              !StatementShape.mentionsAny(people, in: clause), !Self.namesAgain(mainPerson, in: String(rest)) else { return nil }
        // ("anh ta", "ông ta": one pronoun, gone with the name)
        let length = language == .vi && words[1] == "ta" ? pronoun.count + 3 : pronoun.count
        var copy = event
        copy.statement = clause + ", " + mainPerson + rest.dropFirst(length)
        return copy
    }

    /// "Cưới Catherine Boucher và mở cửa hàng bán tranh" (from "…, năm 1784 cưới …") in the life of William Blake (a
    /// deck named after the person its opening introduces; the caller checks): a Vietnamese clause that opens on a
    /// verb left its subject unsaid, and in a life that subject is the person: "William Blake cưới Catherine Boucher
    /// …"; nil otherwise.
    func resolvedSubjectless(_ event: Event) -> Event? {
        guard language == .vi, let mainPerson else { return nil }
        let words = StatementShape.words(event.statement)
        // (an administrative act's actor is the state: "Hợp nhất xã …")
        guard words.count >= 3, let first = words.first, first.first?.isUppercase == true,
              !StatementShape.isAdministrativeAct(words) else { return nil }
        let pair = first.lowercased() + " " + words[1].lowercased()
        guard StatementShape.opensOnBareVerb(words)
                || StatementShape.vietnameseOpeningVerbs.contains(first.lowercased())
                    && !StatementShape.nounsOnVerbSyllables.contains(pair) && words[1].first?.isUppercase == true
        else { return nil }
        if Self.namesAgain(mainPerson, in: event.statement) { return nil }
        // "Hoàn toàn bất ngờ, khi đang hấp hối, Vua Tây Ban Nha, Carlos II, quyết định …": a short phrase before a comma
        // and a clause with a subject of its own after it is a fronted aside, not a clause whose subject was lost
        // (a name inside quotes is no subject: "Ra trường …, ba ông "Lâm, Lê, Vượng" học cùng khoá")
        if let comma = event.statement.range(of: ", "), StatementShape.words(String(event.statement[..<comma.lowerBound])).count <= 4,
           case let rest = String(event.statement[comma.lowerBound...])
               .replacingOccurrences(of: #""[^"]*"|“[^”]*”"#, with: "", options: .regularExpression),
           PlainText.components(rest, separatedBy: ", ").contains(where: { $0.first?.isUppercase == true }) { return nil }
        // "Phát biểu [vào năm 1999], cầu thủ Julie Foudy của Hoa Kỳ nói …": a verb of two words at most, its date taken
        // out, before a clause that names its own subject within its first words
        if let comma = event.statement.range(of: ", "), StatementShape.words(String(event.statement[..<comma.lowerBound])).count <= 2,
           StatementShape.words(String(event.statement[comma.upperBound...])).prefix(4).contains(where: { $0.first?.isUppercase == true }) {
            return nil
        }
        var copy = event
        copy.statement = mainPerson + " " + event.statement.prefix(1).lowercased() + event.statement.dropFirst()
        return copy
    }

    /// Does `statement` name `person` (by the last word of the name, before a small word) after its opening word? "Ông
    /// sinh ra và lớn lên ở Michigan và Ohio, Custer được nhận vào West Point …": the clause after the comma has its
    /// own subject, and the name put before the opening would stand twice; "He called Lincoln a white supremacist":
    /// the pronoun is someone else.
    static func namesAgain(_ person: String, in statement: String) -> Bool {
        let surname = person.split(separator: " ").last.map(String.init) ?? person
        // (anywhere after the opening word: "He called Lincoln a white supremacist" is about someone else)
        guard let space = statement.firstIndex(of: " ") else { return false }
        let rest = String(statement[space...])
        // (as a subject: a small word follows; "Thanh" of "tỉnh Thanh Hóa" is no "Phương Thanh")
        return ClozeCardMaker.occurrences(of: surname, in: rest).contains { range in
            rest[range.upperBound...].split(separator: " ").first?.first?.isLowercase == true
        }
    }

    /// The sentence right before each event's sentence, when it is another event's (adjacent in the text: at most two
    /// characters between them), keyed by the later sentence's start.
    static func sentencesBefore(_ events: [DeckEvent]) -> [Int: String] {
        var byStart: [Int: (end: Int, sentence: String)] = [:]
        for event in events { byStart[event.event.sentenceStart] = (event.event.sentenceEnd, event.event.sentence) }
        let starts = byStart.keys.sorted()
        var before: [Int: String] = [:]
        for (previous, start) in zip(starts, starts.dropFirst()) {
            guard let earlier = byStart[previous], (0...2).contains(start - earlier.end) else { continue }
            before[start] = earlier.sentence
        }
        return before
    }

    /// Does `sentence` open on a person's name (two capitalised words or more) that is not the main person's, nor a
    /// place's? A pronoun opening the next sentence may then be either of them.
    func opensOnAnotherPerson(_ sentence: String, language: Language) -> Bool {
        guard let mainPerson, let first = NameFinder.names(in: sentence, language: language).first,
              sentence.hasPrefix(first), first.split(separator: " ").count >= 2,
              !places.contains(first), !CountryNames.vietnamese.contains(first) else { return false }
        let mainWords = Set(mainPerson.split(separator: " "))
        let kind = NameKind.of(first, language: language)
        let words = first.split(separator: " ")
        // (a long run of given names, "Marie-José Charlotte Sophie Amélie …", is a person's however it is read)
        return !words.contains(where: mainWords.contains)
            && (people.contains(first) || kind == .person || kind != .organisation && words.count >= 3)
    }

    /// `event` with its opening pronoun read as the main person; nil when there is none, or when the sentence right
    /// before it (`previous`) opens on another person ("Marie-José …, Công chúa của Bỉ, sinh … Bà kết hôn với …"),
    /// whom the pronoun may as well stand for.
    func resolved(_ event: Event, after previous: String? = nil) -> Event? {
        guard let mainPerson else { return nil }
        if let previous, opensOnAnotherPerson(previous, language: language) { return nil }
        let words = event.statement.split(separator: " ", maxSplits: 2)
        guard words.count >= 2, pronouns.contains(String(words[0])), words[1].first?.isLowercase == true,
              mainPronoun == nil || mainPronoun == String(words[0]) else { return nil }
        if Self.namesAgain(mainPerson, in: event.statement) { return nil }
        var copy = event
        // ("Ông ta đã gia tăng …": "ông ta", "bà ta" are one pronoun, gone with the name)
        let pronoun = language == .vi && words[1] == "ta" ? words[0].count + 1 + words[1].count : words[0].count
        copy.statement = mainPerson + event.statement.dropFirst(pronoun)
        return copy
    }
}
