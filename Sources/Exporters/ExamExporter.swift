import Cards
import Scheduling
import Timeline

/// A printable multiple-choice exam in HTML, laid out like the Vietnamese national history exam (đề thi trắc
/// nghiệm): header, numbered questions with options A–D, "HẾT", then the answer key (đáp án) on its own page.
///
/// Self-contained (inline CSS, no scripts), `lang` set to the deck's language, every deck text HTML-escaped. Printed
/// (Chromium's paged media), the first page says how many pages the exam has and every page has a footer
/// "Trang 1/3 – Mã đề 107"; the key page, last, is not counted. Each mã đề (seed) orders questions and options its
/// own way. Serif faces with full Vietnamese coverage come first (Noto Serif, DejaVu Serif; then Times New Roman,
/// which has it on Windows and macOS, but not Liberation Serif, its stand-in on Linux), so the text is one typeface:
/// ơ, ư, ế never fall back to another face inside a word.
public struct ExamExporter: TextDeckExporter {
    /// How many questions (nil: every question the deck offers).
    public var count: Int?
    /// Seed for picking and ordering the questions and their options; with neither count nor seed the deck order
    /// is kept.
    public var seed: UInt64?
    /// The school or issuer printed top left (default "ONTAP").
    public var school: String?
    /// The exam's title (default: "Đề thi trắc nghiệm" / "Multiple-choice test").
    public var title: String?
    /// The subject (default: "Lịch sử" / "History").
    public var subject: String?
    /// Whether chronology cards are asked too (as "put in order" questions with four orders to choose from).
    public var includeChronology: Bool

    /// An exam of `count` questions (all when nil), picked and ordered by `seed`.
    public init(count: Int? = nil, seed: UInt64? = nil, school: String? = nil, title: String? = nil, subject: String? = nil,
                includeChronology: Bool = false) {
        self.count = count
        self.seed = seed
        self.school = school
        self.title = title
        self.subject = subject
        self.includeChronology = includeChronology
    }

    /// A web page to print.
    public var fileExtension: String { "html" }

    /// How many questions the deck offers the exam (what `count` can pick from).
    public func poolSize(of deck: Deck) -> Int { eligible(deck).count }

    func eligible(_ deck: Deck) -> [ExamQuestion] {
        deck.cards.compactMap { card -> ExamQuestion? in
            guard let form = card.kind.behaviour.examForm, form == .choice || includeChronology else { return nil }
            return ExamQuestion(card: card, seed: seed)
        }
    }

    /// The exam's questions: multiple-choice cards (and chronology cards if asked for) the exam can ask.
    func questions(of deck: Deck) throws(ExportError) -> [ExamQuestion] {
        var questions = eligible(deck)
        guard !questions.isEmpty else { throw .noCards(format: "exam", kind: "multiple-choice") }
        if let count, count < 1 { throw .badCount(count) }
        if count != nil || seed != nil {
            var random = SplitMix64(seed: seed ?? 0)
            questions.shuffle(using: &random)
        }
        return Array(questions.prefix(count ?? questions.count))
    }

    /// The mã đề printed on the exam: the seed itself when it is one (100–999, `--seed 107` → 107), else 100–999
    /// from the seed.
    var code: String {
        let seed = seed ?? 0
        return String((100...999).contains(seed) ? Int(seed) : 100 + Int(seed % 900))
    }

    /// The HTML page.
    public func text(_ input: ExportInput) throws(ExportError) -> String {
        let deck = input.deck
        let questions = try questions(of: deck)
        let words = ExamWords(language: deck.language)
        let minutes = (questions.count * 5 + 3) / 4  // the national exam: 40 questions in 50 minutes
        let subject = self.subject ?? words.defaultSubject
        let title = self.title ?? words.defaultTitle
        var html = """
        <!DOCTYPE html>
        <html lang="\(deck.language == .vi ? "vi" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(Escaping.html(title)) – \(Escaping.html(subject)): \(Escaping.html(deck.name))</title>
        <style>\(Self.css)\(pageCSS(words))</style>
        </head>
        <body>
        <section class="exam">
        <header>
        <div class="issuer">\(Escaping.html(school ?? "ONTAP"))<br><span>\(Escaping.html(words.practice))</span><br><span class="small">\(Escaping.html(words.questionCount(questions.count)))</span></div>
        <div class="heading"><h1>\(Escaping.html(title))</h1><p class="topic">\(Escaping.html(words.subject)): \(Escaping.html(subject))</p>
        <p class="topic">\(Escaping.html(words.topic)): \(Escaping.html(deck.name))</p>
        <p class="small">\(Escaping.html(words.time(minutes)))</p></div>
        </header>
        <div class="candidate"><span>\(Escaping.html(words.name)): ……………………………………………</span><span>\(Escaping.html(words.number)): ………………</span><span class="code">\(Escaping.html(words.code)) \(code)</span></div>
        <ol class="questions">

        """
        for (index, question) in questions.enumerated() {
            html += "<li><p class=\"prompt\"><b>\(Escaping.html(words.question)) \(index + 1).</b> "
                + Escaping.htmlLines(question.prompt) + "</p>\n"
            if !question.items.isEmpty {
                html += "<ol class=\"items\">" + question.items.map { "<li>\(Escaping.htmlLines($0))</li>" }.joined() + "</ol>\n"
            }
            let longest = question.options.map(\.count).max() ?? 0
            let columns = longest <= 18 ? 4 : longest <= 40 ? 2 : 1
            html += "<div class=\"choices cols\(columns)\">"
            for (offset, option) in question.options.enumerated() {
                html += "<div><b>\(ChoiceLetters.letter(offset)).</b> \(Escaping.htmlLines(option))</div>"
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
        <p class="topic">\(Escaping.html(subject)) · \(Escaping.html(words.topic)): \(Escaping.html(deck.name)) · \(Escaping.html(words.code)) \(code)</p>
        <table>

        """
        for start in stride(from: 0, to: questions.count, by: 10) {
            let row = questions[start..<min(start + 10, questions.count)].enumerated()
            html += "<tr><th>\(Escaping.html(words.question))</th>"
                + row.map { "<td>\(start + $0.offset + 1)</td>" }.joined() + "</tr>\n"
            html += "<tr><th>\(Escaping.html(words.answer))</th>"
                + row.map { "<td class=\"letter\">\($0.element.correctLetter)</td>" }.joined() + "</tr>\n"
        }
        html += "</table>\n"
        let explained = questions.enumerated().filter { $0.element.explanation != nil }
        if !explained.isEmpty {
            html += "<ul class=\"explain\">" + explained.map { index, question in
                "<li><b>\(Escaping.html(words.question)) \(index + 1):</b> \(question.correctLetter). "
                    + Escaping.html(question.explanation ?? "") + "</li>"
            }.joined(separator: "\n") + "</ul>\n"
        }
        html += "</section>\n</body>\n</html>\n"
        return html
    }

    /// Paged-media rules: page count on the first page, a footer on every page, the key page left out of the count.
    func pageCSS(_ words: ExamWords) -> String {
        // counter(pages) counts the key page too: these styles print the total less one ("exam pages").
        let padded = (1...99).map { $0 < 10 ? "\"0\($0)\"" : "\"\($0)\"" }.joined(separator: " ")
        let plain = (1...99).map { "\"\($0)\"" }.joined(separator: " ")
        return """
        @counter-style exam-pages-padded { system: fixed 2; symbols: \(padded); fallback: decimal; }
        @counter-style exam-pages { system: fixed 2; symbols: \(plain); fallback: decimal; }
        @page { @bottom-center { content: "\(words.page) " counter(page) "/" counter(pages, exam-pages) " – \(words.code) \(code)"; font: italic 10pt "Noto Serif", "DejaVu Serif", "Times New Roman", "Liberation Serif", serif; } }
        @page :first { @top-left { content: "\(words.pagesBefore)" counter(pages, exam-pages-padded) "\(words.pagesAfter)"; font: italic 11pt "Noto Serif", "DejaVu Serif", "Times New Roman", "Liberation Serif", serif; } }
        .key { page: key; }
        @page key { @bottom-center { content: "\(words.key) – \(words.code) \(code)"; font: italic 10pt "Noto Serif", "DejaVu Serif", "Times New Roman", "Liberation Serif", serif; } }

        """
    }

    static let css = """

    @page { size: A4; margin: 18mm 16mm; }
    body { font-family: "Noto Serif", "DejaVu Serif", "Times New Roman", "Liberation Serif", serif; font-size: 13pt; line-height: 1.35; color: #000; max-width: 190mm; margin: 0 auto; }
    header { display: flex; justify-content: space-between; gap: 1em; text-align: center; }
    .issuer { font-weight: bold; min-width: 30%; }
    .issuer span { font-weight: normal; }
    .heading { flex: 1; }
    h1 { font-size: 14pt; margin: 0; text-transform: uppercase; }
    h2 { text-align: center; font-size: 14pt; text-transform: uppercase; }
    .topic { font-weight: bold; margin: .2em 0; text-align: center; }
    .small { font-size: 11pt; font-style: italic; margin: 0; }
    .candidate { display: flex; justify-content: space-between; flex-wrap: wrap; border-top: 1px solid #000; border-bottom: 1px solid #000; padding: .3em 0; margin: .8em 0; }
    .candidate span { overflow-wrap: anywhere; }
    .code { border: 1px solid #000; padding: 0 .4em; font-weight: bold; }
    ol.questions { list-style: none; padding: 0; margin: 0; }
    ol.questions > li { break-inside: avoid; page-break-inside: avoid; margin: 0 0 .5em; }
    .prompt { margin: 0 0 .2em; }
    .choices { display: grid; column-gap: 1em; padding-left: 1.5em; }
    .choices > div { min-width: 0; overflow-wrap: anywhere; }
    .cols4 { grid-template-columns: repeat(4, minmax(0, 1fr)); }
    .cols2 { grid-template-columns: repeat(2, minmax(0, 1fr)); }
    .cols1 { grid-template-columns: minmax(0, 1fr); }
    ol.items { margin: 0 0 .2em; padding-left: 3em; }
    ol.items li { margin: 0; }
    .explain { font-size: 11pt; padding-left: 1.2em; }
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
    var defaultTitle: String { vi ? "Đề thi trắc nghiệm" : "Multiple-choice test" }
    var defaultSubject: String { vi ? "Lịch sử" : "History" }
    var subject: String { vi ? "Môn" : "Subject" }
    var page: String { vi ? "Trang" : "Page" }
    var pagesBefore: String { vi ? "(Đề thi có " : "(This test has " }
    var pagesAfter: String { vi ? " trang)" : " pages)" }
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

    func questionCount(_ count: Int) -> String { vi ? "(\(count) câu hỏi)" : "(\(count) questions)" }
}

