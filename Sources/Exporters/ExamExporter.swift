import Cards
import Scheduling
import Timeline

/// A printable multiple-choice exam in HTML, laid out like the Vietnamese national history exam (đề thi trắc
/// nghiệm): header, numbered questions with options A–D, "HẾT", then the answer key (đáp án) on its own page.
///
/// Self-contained (inline CSS, no scripts), `lang` set to the deck's language, every deck text HTML-escaped.
public struct ExamExporter: TextDeckExporter {
    /// How many questions (nil: every multiple-choice card).
    public var count: Int?
    /// Seed for picking and ordering the questions; with neither count nor seed the deck order is kept.
    public var seed: UInt64?

    /// An exam of `count` questions (all when nil), picked and ordered by `seed`.
    public init(count: Int? = nil, seed: UInt64? = nil) {
        self.count = count
        self.seed = seed
    }

    /// A web page to print.
    public var fileExtension: String { "html" }

    /// The exam's questions: multiple-choice cards whose answer is one of the choices.
    public func questions(of deck: Deck) throws(ExportError) -> [Card] {
        var cards = deck.cards.filter { $0.kind == .multipleChoice && $0.choices.count >= 2 && $0.correctLetter != nil }
        guard !cards.isEmpty else { throw .noCards(format: "exam", kind: "multiple-choice") }
        if let count, count < 1 { throw .badCount(count) }
        if count != nil || seed != nil {
            var random = SplitMix64(seed: seed ?? 0)
            cards.shuffle(using: &random)
        }
        return Array(cards.prefix(count ?? cards.count))
    }

    /// The HTML page.
    public func text(_ input: ExportInput) throws(ExportError) -> String {
        let deck = input.deck
        let cards = try questions(of: deck)
        let words = ExamWords(language: deck.language)
        let minutes = (cards.count * 5 + 3) / 4  // the national exam: 40 questions in 50 minutes
        let code = String(100 + Int((seed ?? 0) % 900))
        var html = """
        <!DOCTYPE html>
        <html lang="\(deck.language == .vi ? "vi" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(Escaping.html(words.title)): \(Escaping.html(deck.name))</title>
        <style>\(Self.css)</style>
        </head>
        <body>
        <section class="exam">
        <header>
        <div class="issuer">ONTAP<br><span>\(Escaping.html(words.practice))</span><br><span class="small">\(Escaping.html(words.pages(cards.count)))</span></div>
        <div class="heading"><h1>\(Escaping.html(words.title))</h1><p class="topic">\(Escaping.html(words.topic)): \(Escaping.html(deck.name))</p>
        <p class="small">\(Escaping.html(words.time(minutes)))</p></div>
        </header>
        <div class="candidate"><span>\(Escaping.html(words.name)): ……………………………………………</span><span>\(Escaping.html(words.number)): ………………</span><span class="code">\(Escaping.html(words.code)) \(code)</span></div>
        <ol class="questions">

        """
        for (index, card) in cards.enumerated() {
            let longest = card.choices.map(\.count).max() ?? 0
            let columns = longest <= 18 ? 4 : longest <= 40 ? 2 : 1
            html += "<li><p class=\"prompt\"><b>\(Escaping.html(words.question)) \(index + 1).</b> "
                + Escaping.htmlLines(card.prompt) + "</p>\n"
            html += "<div class=\"choices cols\(columns)\">"
            for (offset, choice) in card.choices.enumerated() {
                html += "<div><b>\(ChoiceLetters.letter(offset)).</b> \(Escaping.htmlLines(choice))</div>"
            }
            html += "</div></li>\n"
        }
        html += """
        </ol>
        <p class="end">\(Escaping.html(words.end))</p>
        <p class="note">\(Escaping.html(words.note))</p>
        </section>
        <section class="key">
        <h2>\(Escaping.html(words.key))</h2>
        <p class="topic">\(Escaping.html(words.topic)): \(Escaping.html(deck.name)) · \(Escaping.html(words.code)) \(code)</p>
        <table>

        """
        for start in stride(from: 0, to: cards.count, by: 10) {
            let row = cards[start..<min(start + 10, cards.count)].enumerated()
            html += "<tr><th>\(Escaping.html(words.question))</th>"
                + row.map { "<td>\(start + $0.offset + 1)</td>" }.joined() + "</tr>\n"
            html += "<tr><th>\(Escaping.html(words.answer))</th>"
                + row.map { "<td class=\"letter\">\($0.element.correctLetter ?? "?")</td>" }.joined() + "</tr>\n"
        }
        html += "</table>\n</section>\n</body>\n</html>\n"
        return html
    }

    static let css = """

    @page { size: A4; margin: 18mm 16mm; }
    body { font-family: "Times New Roman", "Noto Serif", serif; font-size: 13pt; line-height: 1.35; color: #000; max-width: 190mm; margin: 0 auto; }
    header { display: flex; justify-content: space-between; gap: 1em; text-align: center; }
    .issuer { font-weight: bold; min-width: 30%; }
    .issuer span { font-weight: normal; }
    .heading { flex: 1; }
    h1 { font-size: 14pt; margin: 0; text-transform: uppercase; }
    h2 { text-align: center; font-size: 14pt; text-transform: uppercase; }
    .topic { font-weight: bold; margin: .2em 0; text-align: center; }
    .small { font-size: 11pt; font-style: italic; margin: 0; }
    .candidate { display: flex; justify-content: space-between; flex-wrap: wrap; border-top: 1px solid #000; border-bottom: 1px solid #000; padding: .3em 0; margin: .8em 0; }
    .code { border: 1px solid #000; padding: 0 .4em; font-weight: bold; }
    ol.questions { list-style: none; padding: 0; margin: 0; }
    ol.questions li { break-inside: avoid; page-break-inside: avoid; margin: 0 0 .5em; }
    .prompt { margin: 0 0 .2em; }
    .choices { display: grid; column-gap: 1em; padding-left: 1.5em; }
    .cols4 { grid-template-columns: repeat(4, 1fr); }
    .cols2 { grid-template-columns: repeat(2, 1fr); }
    .cols1 { grid-template-columns: 1fr; }
    .end { text-align: center; font-weight: bold; margin-top: 1em; }
    .note { font-style: italic; font-size: 11pt; }
    .key { break-before: page; page-break-before: always; }
    table { border-collapse: collapse; margin: 0 auto 1em; }
    th, td { border: 1px solid #000; padding: .2em .5em; text-align: center; min-width: 2em; }
    td.letter { font-weight: bold; }
    @media screen { .key { border-top: 3px double #000; margin-top: 2em; padding-top: 1em; } }

    """
}

/// The exam's fixed words in the deck's language.
struct ExamWords {
    let language: Language

    var vi: Bool { language == .vi }
    var title: String { vi ? "Đề thi trắc nghiệm môn Lịch sử" : "Multiple-choice history test" }
    var practice: String { vi ? "ĐỀ ÔN TẬP" : "PRACTICE TEST" }
    var topic: String { vi ? "Chủ đề" : "Topic" }
    var name: String { vi ? "Họ, tên thí sinh" : "Candidate's name" }
    var number: String { vi ? "Số báo danh" : "Candidate number" }
    var code: String { vi ? "Mã đề thi" : "Test code" }
    var question: String { vi ? "Câu" : "Question" }
    var answer: String { vi ? "Đáp án" : "Answer" }
    var key: String { vi ? "Đáp án" : "Answer key" }
    var end: String { vi ? "------------- HẾT -------------" : "------------- END -------------" }
    var note: String { vi ? "Thí sinh không được sử dụng tài liệu. Cán bộ coi thi không giải thích gì thêm."
        : "No notes or books allowed. Invigilators will not explain the questions." }

    func time(_ minutes: Int) -> String {
        vi ? "Thời gian làm bài: \(minutes) phút, không kể thời gian phát đề" : "Time allowed: \(minutes) minutes"
    }

    func pages(_ count: Int) -> String { vi ? "(Đề thi có \(count) câu)" : "(\(count) questions)" }
}

