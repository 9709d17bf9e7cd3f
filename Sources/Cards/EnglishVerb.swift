/// Base forms of English past-tense verbs, for turning "NATO signed …" into "did NATO sign …".
///
/// Irregular verbs come from a table of the common ones; regular `-ed` forms are undone by spelling rules
/// (undouble `stopped`, restore the silent e of `declared`, `carried` → `carry`). When the rules cannot tell,
/// `base(ofPast:)` returns nil and the caller falls back to a question that needs no inflection.
enum EnglishVerb {
    /// The base form of `word` if it is a past-tense verb form we can undo with confidence.
    static func base(ofPast word: String) -> String? {
        let lower = word.lowercased()
        guard lower == word else { return nil }  // capitalised words are names, not verbs
        if let base = irregular[lower] { return base }
        // the word list's verb for a regular form ("convened" → "convene"), then the spelling rules
        if !notVerbs.contains(lower), let base = EnglishVerbBases.base(ofPast: lower) { return base }
        return regularBase(lower)
    }

    /// True when `word` is the base of a known verb ("date" of "dated", "go" of "went").
    static func isBase(_ word: String) -> Bool { knownBases.contains(word) }
    static let knownBases: Set<String> = Set(irregular.values).union(EnglishVerbBases.bases.values.map(String.init))

    /// True for `was`/`were`, which invert instead of taking `did`.
    static func isPastBe(_ word: String) -> Bool { word == "was" || word == "were" }

    static func regularBase(_ word: String) -> String? {
        guard word.count >= 4, word.hasSuffix("ed"), word.allSatisfy({ $0.isLetter || $0 == "-" }),
              !notVerbs.contains(word) else { return nil }
        if word.hasSuffix("ied") { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("eed") { return String(word.dropLast()) }  // agreed, guaranteed
        let stem = Array(word.dropLast(2))
        let n = stem.count
        guard n >= 2 else { return nil }
        let last = stem[n - 1], previous = stem[n - 2]
        // Doubled final consonant: stopped → stop, occurred → occur (but called, passed, added keep theirs).
        let text = String(stem)
        if let undoubled = undouble[text] { return undoubled }
        if last == previous, !isVowel(last) {
            return "lsfzd".contains(last) ? text : String(stem.dropLast())
        }
        if let exception = silentE[text] { return exception ? text + "e" : text }
        // One vowel letter before the last consonant (`qu` counts as a consonant: acquired, quoted).
        let singleVowel = isVowel(previous)
            && (n < 3 || !isVowel(stem[n - 3]) || (stem[n - 3] == "u" && n >= 4 && stem[n - 4] == "q"))
        switch last {
        case "v", "z", "c", "u": return text + "e"
        case "s": return text + "e"  // used, opposed, released, collapsed (ss was handled above)
        case "g":
            if text.hasSuffix("ong") { return text }  // belonged, prolonged
            return singleVowel || "rdln".contains(previous) ? text + "e" : text  // waged, charged, changed
        case "l":
            if !isVowel(previous) { return previous == "r" ? text : text + "e" }  // settled, assembled; but hurled
            return singleVowel && previous != "e" ? text + "e" : text  // ruled, exiled; but canceled
        case "r":
            return singleVowel && previous != "e" ? text + "e" : text  // declared, captured; but entered
        case "t":
            if previous == "a" { return n >= 3 && "eo".contains(stem[n - 3]) ? text : text + "e" }  // evacuated; defeated
            if previous == "u" || previous == "o" { return singleVowel ? text + "e" : text }  // executed, voted
            return text  // visited, elected, arrested
        case "d", "k", "m", "b":
            return singleVowel ? text + "e" : text  // invaded, invoked, named, described
        case "n":
            return singleVowel && previous == "i" ? text + "e" : text  // declined; but opened, abandoned
        case "p":
            return singleVowel && (previous == "a" || previous == "i") ? text + "e" : text  // escaped; but developed
        default:
            return text
        }
    }

    static func isVowel(_ c: Character) -> Bool { "aeiou".contains(c) }

    /// Stems whose silent e the rules get wrong (true: add e).
    static let silentE: [String: Bool] = [
        "creat": true, "recreat": true, "unit": true, "invit": true, "cit": true, "recit": true, "ignit": true,
        "excit": true, "incit": true, "complet": true, "compet": true, "delet": true, "postpon": true,
        "dethron": true, "enthron": true, "aton": true, "condon": true, "zon": true, "guid": true,
        "hop": true, "elop": true, "stag": true, "wag": true, "pivot": false, "ransom": false, "blossom": false,
        "summon": false, "focus": false, "bias": false, "gallop": false, "develop": false, "envelop": false,
        "worship": false, "acquir": true, "requir": true, "inquir": true, "phon": true, "clon": true,
        "hon": true, "ton": true, "ston": true, "cop": true, "grop": true, "typ": true, "pilot": false, "ow": true, "ag": true, "interpret": false, "edit": false, "credit": false, "limit": false, "profit": false,
    ]

    /// Doubled `l` of British spelling and stressed endings: controlled → control (called keeps its ll).
    static let undouble: [String: String] = [
        "controll": "control", "compell": "compel", "expell": "expel", "repell": "repel", "propell": "propel",
        "patroll": "patrol", "annull": "annul", "cancell": "cancel", "travell": "travel", "labell": "label",
        "signall": "signal", "modell": "model", "fuell": "fuel", "quarrell": "quarrel", "rebell": "rebel",
        "dispell": "dispel", "enroll": "enrol", "boycott": "boycott",
    ]

    /// Words ending in -ed that are not verbs.
    static let notVerbs: Set<String> = ["hundred", "kindred", "sacred", "naked", "wicked", "indeed", "speed",
                                        "breed", "creed", "greed", "steed", "tweed", "need", "seed", "deed", "feed", "heed", "reed", "weed",
                                        "bred", "shred"]

    /// Common irregular past forms → base form.
    static let irregular: [String: String] = [
        "arose": "arise", "awoke": "awake", "bore": "bear", "beat": "beat", "became": "become", "began": "begin",
        "bent": "bend", "bet": "bet", "bid": "bid", "bound": "bind", "bit": "bite", "bled": "bleed", "blew": "blow",
        "broke": "break", "bred": "breed", "brought": "bring", "broadcast": "broadcast", "built": "build",
        "burnt": "burn", "burst": "burst", "bought": "buy", "cast": "cast", "caught": "catch", "chose": "choose",
        "clung": "cling", "came": "come", "cost": "cost", "crept": "creep", "cut": "cut", "dealt": "deal",
        "dug": "dig", "did": "do", "drew": "draw", "drank": "drink", "drove": "drive", "ate": "eat", "fell": "fall",
        "fed": "feed", "felt": "feel", "fought": "fight", "found": "find", "fled": "flee", "flew": "fly",
        "forbade": "forbid", "forgot": "forget", "forgave": "forgive", "froze": "freeze", "got": "get",
        "gave": "give", "went": "go", "grew": "grow", "hung": "hang", "had": "have", "heard": "hear", "hid": "hide",
        "hit": "hit", "held": "hold", "hurt": "hurt", "kept": "keep", "knew": "know", "laid": "lay", "led": "lead",
        "left": "leave", "lent": "lend", "let": "let", "lay": "lie", "lit": "light", "lost": "lose", "made": "make",
        "meant": "mean", "met": "meet", "overcame": "overcome", "overran": "overrun", "overthrew": "overthrow",
        "oversaw": "oversee", "paid": "pay", "put": "put", "quit": "quit", "read": "read", "rode": "ride",
        "rang": "ring", "rose": "rise", "ran": "run", "said": "say", "saw": "see", "sought": "seek", "sold": "sell",
        "sent": "send", "set": "set", "shook": "shake", "shed": "shed", "shone": "shine", "shot": "shoot",
        "showed": "show", "shut": "shut", "sang": "sing", "sank": "sink", "sat": "sit", "slew": "slay",
        "slept": "sleep", "slid": "slide", "spoke": "speak", "spent": "spend", "split": "split", "spread": "spread",
        "sprang": "spring", "stood": "stand", "stole": "steal", "stuck": "stick", "struck": "strike",
        "strove": "strive", "swore": "swear", "swept": "sweep", "swam": "swim", "swung": "swing", "took": "take",
        "taught": "teach", "tore": "tear", "told": "tell", "thought": "think", "threw": "throw", "undertook":
        "undertake", "understood": "understand", "underwent": "undergo", "upheld": "uphold", "woke": "wake",
        "wore": "wear", "wove": "weave", "wed": "wed", "wept": "weep", "won": "win", "wound": "wind",
        "withdrew": "withdraw", "withheld": "withhold", "withstood": "withstand", "wrote": "write",
        "foresaw": "foresee", "forsook": "forsake", "mistook": "mistake", "outlawed": "outlaw", "overtook":
        "overtake", "rebuilt": "rebuild", "reopened": "reopen", "retook": "retake", "sped": "speed", "spun": "spin",
        "stung": "sting", "strode": "stride", "strung": "string", "thrust": "thrust", "trod": "tread",
        "upset": "upset", "beset": "beset", "befell": "befall", "beheld": "behold", "besought": "beseech",
        "died": "die", "lied": "lie", "tied": "tie", "dyed": "dye", "eyed": "eye",
    ]
}
