import Timeline

/// A deck being made, as the card kinds see it: its events sorted by what they may serve for, and what the whole
/// text says about them (`DeckGenerator` fills it in; each `CardKindBehaviour` picks what it needs).
public struct CardMaking: Sendable {
    /// The language of the text and its cards.
    public var language: Language
    /// Events that passed screening: any card may be made of them.
    var usable: [DeckEvent]
    /// Usable events whose date is their own and whose clause has no other date: what a question on the date asks.
    var dated: [DeckEvent]
    /// Events fit to serve as options of other events' cards (short, whole, saying whom or what they are about).
    var options: [DeckEvent]
    /// Events whose statement had a pronoun resolved (the sentence still holds the pronoun).
    var resolvedIDs: Set<String> = []
    /// Sentences that give several events different dates.
    var sharedSentences: Set<String> = []
    /// Names the whole text is about: never an answer.
    var obvious: Set<String> = []
    /// Countries where the text happens (`CountryNames.home`): never a blank or an answer on their own.
    var homeCountries: Set<String> = []
    /// Names the text shows to be people's.
    var people: Set<String> = []
    /// Names the text shows to be places' (never asked with "ai"/"who").
    var places: Set<String> = []
    /// Words the text writes in lower case mid-sentence and never capitalises there.
    var commonWords: Set<String> = []
    /// Happenings the text tells twice (`SameHappening`): the other telling's date is no wrong option.
    var sameHappening = SameHappening()

    /// A deck in `language` whose usable, dated and option events are given.
    init(language: Language, usable: [DeckEvent], dated: [DeckEvent], options: [DeckEvent]) {
        self.language = language
        self.usable = usable
        self.dated = dated
        self.options = options
    }
}
