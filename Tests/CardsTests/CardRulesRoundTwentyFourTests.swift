import Foundation
import Testing
@testable import Timeline
@testable import Cards

/// Round twenty-four (after sets CM and CN and English samples 4027–4028): a bracketed span after a dated sentence,
/// a clause of "when" left by its date, a state by its kind alone, "which event" options that wrote out a cloze's
/// blank, a time zone's offset read as a time, and the Catalan "i" inside a name.
@Suite struct CardRulesRoundTwentyFourTests {
    func deck(_ text: String, name: String, language: Language) -> Deck {
        DeckGenerator().generate(name: name, text: text, sourceFile: name + ".txt", sourceSHA256: "", language: language)
    }

    /// The English corpus's "American Revolutionary War", from its title line to the next article's.
    static func americanRevolutionaryWar() throws -> String { try englishArticle("American Revolutionary War") }

    /// The English corpus's article `title`, from its title line to the next article's.
    static func englishArticle(_ title: String) throws -> String {
        let shared = ProcessInfo.processInfo.environment["ONTAP_SHARED_DIR"] ?? "../shared"
        let bytes = try #require(FileManager.default.contents(atPath: shared + "/corpus/enwiki-gensim.txt"))
        let corpus = try SourceText.decode([UInt8](bytes))
        let start = try #require(corpus.range(of: "\n= \(title) =\n"))
        let rest = corpus[start.upperBound...]
        let end = rest.range(of: "\n= [^=]", options: .regularExpression)?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    /// "Từ đầu năm 2003, sông Sét được nạo vét … trong dự án thoát nước, cải thiện môi trường Hà Nội giai đoạn 1
    /// (1997-2005).": the bracketed span is the project's, and makes no card of its own; a span in brackets that dates
    /// an undated sentence still does.
    @Test func bracketedSpanAfterADatedSentenceIsAGloss() {
        let text = """
        Sông Sét là một con sông nhỏ ở Hà Nội. Năm 1990, sông bị ô nhiễm nặng.

        Từ đầu năm 2003, sông Sét được nạo vét và cống hóa với sự hỗ trợ của chính phủ Nhật Bản trong dự án thoát nước, cải thiện môi trường Hà Nội giai đoạn 1 (1997-2005).

        Quân Minh đô hộ nước ta lần thứ hai (1407–1427).
        """
        let cards = deck(text, name: "sông sét", language: .vi).cards
        #expect(!cards.contains { $0.prompt.contains("Cải thiện môi trường") || $0.answer.contains("1997") },
                "\(cards.map(\.prompt))")
        #expect(cards.contains { $0.answer == "Quân Minh" || $0.prompt.hasPrefix("Quân Minh") }, "\(cards.map(\.prompt))")
    }

    /// "… trải dài từ năm 450 tới năm 1066, khi mà người Norman xâm chiếm Anh" without its dates reads "trải dài, khi
    /// mà …": the clause of "when" was said of the span's end. A "khi" the sentence itself writes after a comma, or one
    /// after a date that dated the statement, is no leftover.
    @Test func whenClauseOfARemovedDateIsALeftover() {
        let sentence = "Về mặt lịch sử, giai đoạn Anglo-Saxon ở Đảo Anh trải dài từ năm 450 tới năm 1066, khi mà người Norman xâm chiếm Anh."
        #expect(StatementShape.hasLeftovers("Về mặt lịch sử, giai đoạn Anglo-Saxon ở Đảo Anh trải dài, khi mà người Norman xâm chiếm Anh.",
                                            language: .vi, sentence: sentence))
        let kept = "Năm 1945, quân Nhật đầu hàng, khi quân Đồng Minh tiến vào."
        #expect(!StatementShape.hasLeftovers("Quân Nhật đầu hàng, khi quân Đồng Minh tiến vào.", language: .vi, sentence: kept))
        // a date that dated the statement (not the end of a span) leaves a clause that still reads as its time
        #expect(!StatementShape.hasLeftovers("Sự rối loạn lên đến cực điểm, khi trong nước nạn đói lan rộng.", language: .vi,
                                             sentence: "Sự rối loạn lên đến cực điểm vào năm 1208, khi trong nước nạn đói lan rộng."))
        #expect(StatementShape.hasLeftovers("Sweden stayed neutral, when the Germans marched in.", language: .en,
                                            sentence: "Sweden stayed neutral until March 1941, when the Germans marched in."))
        #expect(!StatementShape.hasLeftovers("The Germans attacked, when the snow fell.", language: .en,
                                             sentence: "In 1941, the Germans attacked, when the snow fell."))
    }

    /// "… vội vàng tràn vào tiểu bang" in a text about Kansas, "là tiểu bang ở miền Trung Tây": that state.
    @Test func aStateByItsKindAloneIsTheTextsState() {
        let text = """
        Kansas là tiểu bang ở miền Trung Tây Hoa Kỳ. Kansas là trung tâm địa lý của đất liền Hoa Kỳ. Nhiều người Đức sống ở Kansas.

        Bắt đầu từ năm 1854, các người theo chủ nghĩa giải phóng nô lệ và các người ủng hộ chế độ nô lệ vội vàng tràn vào tiểu bang để biểu quyết vụ Kansas được trở thành tiểu bang tự do hay không. Năm 1861, Kansas gia nhập Liên bang. Năm 1870, nhiều người Đức đến sống ở Kansas.
        """
        let prompts = deck(text, name: "kansas", language: .vi).cards.map(\.prompt)
        #expect(prompts.contains { $0.contains("tràn vào tiểu bang Kansas") }, "\(prompts)")
        #expect(!prompts.contains { $0.contains("tràn vào tiểu bang vào") })
    }

    /// On a long English text: no "which event" card offers, as a wrong option, the statement of an event whose kept
    /// cloze or reverse card asks a name of it (the option would write the blank out).
    @Test func whichEventOptionsDoNotAnswerAnotherEventsCloze() throws {
        let text = try Self.americanRevolutionaryWar()
        let made = deck(text, name: "american_revolutionary_war", language: .en)
        let named = Set(made.cards.filter { $0.kind == .cloze || $0.kind == .reverse }.map(\.eventID))
        let namedOptions = Set(made.events.filter { named.contains($0.id) }.compactMap {
            QuestionText.statementWithoutOwnDate($0.event.statement, date: $0.event.when, in: .en)
        }.map(TextNormalizer.answerKey))
        let which = made.cards.filter { $0.kind == .multipleChoice && !$0.choiceDates.isEmpty }
        #expect(which.count >= 5)
        for card in which {
            let leaking = card.choices.filter { $0 != card.answer && namedOptions.contains(TextNormalizer.answerKey($0)) }
            #expect(leaking.isEmpty, "\(card.prompt): \(leaking)")
        }
    }

    /// "Giờ thi đấu tính theo giờ địa phương (UTC+6:30)", "All times are local (UTC+6:30)": a time zone's offset is no
    /// time of day (it made an event of a table's caption); "lúc 6:30" still is.
    @Test func aTimeZoneOffsetIsNoTime() {
        let vi = EventExtractor().extract("Lễ bốc thăm diễn ra ngày 2 tháng 8 năm 2016 tại Yangon. Giờ thi đấu tính theo giờ địa phương (UTC+6:30).",
                                          language: .vi).events
        #expect(vi.map(\.date) == ["2016-08-02"], "\(vi.map(\.statement))")
        let en = EventExtractor().extract("The draw took place on 2 August 2016 in Yangon. All times are local (GMT-5:00).",
                                          language: .en).events
        #expect(en.map(\.date) == ["2016-08-02"], "\(en.map(\.statement))")
        let clock = EventExtractor().extract("Ngày 2 tháng 8 năm 2016, lúc 6:30, trận đấu bắt đầu.", language: .vi).events
        #expect(clock.map(\.date).contains("2016-08-02T06:30"), "\(clock.map(\.date))")
    }

    /// "The Catalan politician [...] i Margall": the Catalan "i" joins one name, like "van" or "de".
    @Test func catalanIJoinsOneName() {
        let sentence = "The Catalan politician Francesc Pi i Margall became president of Spain in 1873."
        #expect(!BlankBoundary.isClean("Francesc Pi", at: sentence.range(of: "Francesc Pi")!, in: sentence, language: .en))
        #expect(!BlankBoundary.isClean("Margall", at: sentence.range(of: "Margall")!, in: sentence, language: .en))
        #expect(BlankBoundary.isClean("Spain", at: sentence.range(of: "Spain")!, in: sentence, language: .en))
        #expect(NameFinder.names(in: sentence, language: .en).contains("Francesc Pi i Margall"),
                "\(NameFinder.names(in: sentence, language: .en))")
    }

    /// The names a cloze or a reverse card asks are found wherever another event's card shows them, in its prompt or
    /// its options, whole words only; a card of the same event does not count.
    @Test func namesShownElsewhereAreFoundByWholeWords() {
        func card(_ id: String, _ kind: CardKind, event: String, prompt: String, answer: String, choices: [String] = []) -> Card {
            Card(id: id, kind: kind, prompt: prompt, answer: answer, accepted: [], choices: choices, eventID: event,
                 sourceSentence: prompt)
        }
        let cards = [
            card("c1", .reverse, event: "e1", prompt: "In September 1777, who surrendered at Saratoga?", answer: "Burgoyne"),
            card("c2", .dateRecall, event: "e2", prompt: "On what date did Burgoyne's army reach the Hudson?", answer: "1777"),
            card("c3", .cloze, event: "e3", prompt: "The [...] met in Paris in 1776.", answer: "Count of Aranda"),
            card("c4", .multipleChoice, event: "e4", prompt: "Which of these events happened in 1779?", answer: "Spain joined",
                 choices: ["Spain joined", "The Count of Aranda met Franklin", "Howe left", "Clinton sailed"]),
            card("c5", .cloze, event: "e5", prompt: "In 1778 [...] replaced Howe.", answer: "Clinton"),
            card("c6", .dateRecall, event: "e5", prompt: "In what year did Clinton replace Howe?", answer: "1778"),
            card("c7", .cloze, event: "e6", prompt: "In 1780 [...] sailed south.", answer: "Arnold"),
            card("c8", .dateRecall, event: "e7", prompt: "When did Arnoldson write?", answer: "1781"),
        ]
        // c5's "Clinton" is shown by c4's options too (another event): asked there, answered here
        #expect(SiblingFree.namesShownElsewhere(cards) == ["c1", "c3", "c5"])
    }

    /// On a long English text, a cloze or a reverse card whose name another event's card shows has given way to its
    /// event's date card, unless that event makes no date card at all.
    @Test func aNameShownElsewhereGivesWayToTheDate() throws {
        let text = try Self.americanRevolutionaryWar()
        let made = deck(text, name: "american_revolutionary_war", language: .en)
        let dated = Set(DeckGenerator(kinds: [.dateRecall]).generate(name: "american_revolutionary_war", text: text,
            sourceFile: "a.txt", sourceSHA256: "", language: .en).cards.map(\.eventID))
        let shown = SiblingFree.namesShownElsewhere(made.cards.filter { $0.kind != .chronology })
        let asked = made.cards.filter { shown.contains($0.id) }
        #expect(made.cards.filter { $0.kind == .cloze || $0.kind == .reverse }.count >= 5)
        #expect(asked.allSatisfy { !dated.contains($0.eventID) }, "\(asked.map { ($0.prompt, $0.answer) })")
    }
}
