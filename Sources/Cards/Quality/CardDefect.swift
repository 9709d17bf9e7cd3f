import Timeline

/// Why ontap would not put a card in front of a learner: the mechanical part of the card rubric
/// (`../shared/eval/cards/RUBRIC.md`, criteria a–f), as a typed reason rendered in the interface language.
public enum CardDefect: String, Codable, Sendable, CaseIterable, Comparable {
    /// Wiki markup (`[[`, `{{`, `==`, table bars) in the text. (a)
    case markup
    /// A reference, bibliography, ISBN, publisher, access-date or media-credit line. (f)
    case referenceEntry = "reference-entry"
    /// A heading, title or list label rather than a statement. (f)
    case titleLike = "title-like"
    /// Not a whole clause: lost subject or verb, unbalanced brackets or quotes, a dangling last word. (a)
    case fragment
    /// Starts with a pronoun, connective or demonstrative with nothing it refers to. (a, b)
    case anaphor
    /// Names no one and nothing it could be about, in a text about something else ("Hệ thống đi vào hoạt động"). (b)
    case unnamed
    /// A figure (a count, a percentage, an estimate) rather than an event. (f)
    case statistic
    /// Too long to ask or to read as an option. (a)
    case tooLong = "too-long"
    /// Leftovers of a removed date phrase: doubled commas, empty brackets, an orphan preposition. (a)
    case leftover
    /// The date is counted from another event ("the next day", "3 năm sau"): too easy to get wrong. (c)
    case relativeDate = "relative-date"
    /// The date bounds the event ("until 1941", "đến năm 1802", "sau năm 1975") rather than dating it. (c)
    case boundaryDate = "boundary-date"
    /// The date belongs to a name or a gloss in brackets (a lifespan, a release year, "Hòa ước năm 1884"). (c, f)
    case nominalDate = "nominal-date"
    /// The sentence gives several years together ("1740 và 1741", "744-745"): one of them is half an answer. (c)
    case partOfRange = "part-of-range"
    /// A BC date that lost its era. (c)
    case eraLost = "era-lost"
    /// The prompt gives the answer away. (d)
    case leak
    /// The text tells the same happening again, with the same date: its first telling makes the cards. (d)
    case retold
    /// Fewer than four distinct options (three events for chronology), or options that overlap. (e)
    case badOptions = "bad-options"
    /// The statement describes a state ("X là Y", "X is the Y"), not something that happened. (f)
    case state
    /// Peripheral detail an exam would not ask: sport results, weather records, postal codes, ward boundaries. (f)
    case trivia
    /// A cloze blank that cuts a name or a word, or blanks a lone common word. (a)
    case splitBlank = "split-blank"
    /// Two cards ask the same prompt with different answers. (b)
    case duplicatePrompt = "duplicate-prompt"
    /// The text itself is unsure ("có lẽ", "probably", "is said to"): no fact to learn. (c, f)
    case uncertain
    /// The date belongs to another clause of the sentence ("Sau khi … năm 1945, …", "After … in 1945, …"). (c)
    case otherClause = "other-clause"
    /// An entry of a catalogue in the text (studios, a cast, members), not a sentence of its narrative. (f)
    case listEntry = "list-entry"
    /// Another card of the same event answers it: the event keeps one face of cards that do not give each other
    /// away (`SiblingFree.faces`). (d)
    case sibling
    /// The deck's stock answer: three name cards or more ask the same one-word name ("Moon", "Congress"), which a
    /// guess answers without the text (the "the same short name on most cards"). (d, f)
    case stockAnswer = "stock-answer"
    /// A period with an end that is the early, middle or late part of a year or a decade ("từ cuối năm 1934 tới đầu
    /// năm 1936", "until the early 1970s"), which the answer cannot show: asked, it would say the whole year. (c)
    case qualifiedRange = "qualified-range"

    public static func < (lhs: CardDefect, rhs: CardDefect) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// A short explanation in `language`.
    public func explanation(in language: Language) -> String {
        switch (self, language) {
        case (.markup, .vi): return "còn mã wiki"
        case (.markup, .en): return "wiki markup left in the text"
        case (.referenceEntry, .vi): return "dòng tài liệu tham khảo, xuất bản hoặc trích dẫn"
        case (.referenceEntry, .en): return "a reference, publisher or credit line"
        case (.titleLike, .vi): return "tiêu đề hoặc nhãn danh sách, không phải một câu"
        case (.titleLike, .en): return "a heading or list label, not a statement"
        case (.fragment, .vi): return "câu không trọn vẹn (thiếu chủ ngữ/vị ngữ, ngoặc lẻ, từ treo cuối câu)"
        case (.fragment, .en): return "not a whole clause (lost subject or verb, unbalanced brackets, dangling word)"
        case (.anaphor, .vi): return "mở đầu bằng đại từ hoặc liên từ không rõ chỉ ai, cái gì"
        case (.anaphor, .en): return "starts with a pronoun or connective that refers to nothing on the card"
        case (.unnamed, .vi): return "không nêu tên ai hay cái gì nên không rõ hỏi về đối tượng nào"
        case (.unnamed, .en): return "names no one and nothing the card could be about"
        case (.statistic, .vi): return "số liệu thống kê, không phải sự kiện"
        case (.statistic, .en): return "a statistic, not an event"
        case (.tooLong, .vi): return "quá dài để hỏi"
        case (.tooLong, .en): return "too long to ask"
        case (.leftover, .vi): return "còn sót lại sau khi bỏ cụm chỉ thời gian"
        case (.leftover, .en): return "leftovers of a removed date phrase"
        case (.relativeDate, .vi): return "ngày tháng tính từ một sự kiện khác (\"hôm sau\", \"3 năm sau\")"
        case (.relativeDate, .en): return "a date counted from another event (\"the next day\")"
        case (.boundaryDate, .vi): return "mốc thời gian là giới hạn (\"đến năm\", \"sau năm\"), không phải ngày diễn ra"
        case (.boundaryDate, .en): return "the date bounds the event (\"until\", \"by\", \"after\") rather than dating it"
        case (.nominalDate, .vi): return "năm thuộc về một tên gọi hoặc chú thích trong ngoặc, không phải ngày của sự kiện"
        case (.nominalDate, .en): return "the date belongs to a name or a bracketed gloss, not to the event"
        case (.partOfRange, .vi): return "câu nêu nhiều năm cùng lúc; hỏi một năm là chỉ đúng một nửa"
        case (.partOfRange, .en): return "the sentence gives several years together; one of them is half an answer"
        case (.eraLost, .vi): return "năm trước Công nguyên bị đọc thành sau Công nguyên"
        case (.eraLost, .en): return "a BC date read as AD"
        case (.retold, .vi): return "văn bản kể lại cùng sự kiện với cùng mốc thời gian; thẻ lấy từ lần kể đầu"
        case (.retold, .en): return "the text tells the same happening again with the same date; its first telling makes the cards"
        case (.leak, .vi): return "câu hỏi để lộ đáp án"
        case (.leak, .en): return "the prompt gives the answer away"
        case (.badOptions, .vi): return "ít hơn bốn phương án khác nhau, hoặc các phương án trùng thời gian"
        case (.badOptions, .en): return "fewer than four distinct options, or options that overlap in time"
        case (.splitBlank, .vi): return "chỗ trống cắt ngang một tên riêng hoặc một từ"
        case (.splitBlank, .en): return "the blank cuts a name or blanks a common word"
        case (.stockAnswer, .vi): return "đáp án lặp lại: ba thẻ trở lên cùng hỏi một tên, đoán là trúng"
        case (.stockAnswer, .en): return "the deck's stock answer: three cards or more ask the same name, so a guess answers them"
        case (.qualifiedRange, .vi): return "khoảng thời gian có đầu mút là đầu, giữa hoặc cuối một năm hay thập niên mà đáp án không thể hiện được"
        case (.qualifiedRange, .en): return "a period with an end in the early, middle or late part of a year or decade, which the answer cannot show"
        case (.trivia, .vi): return "chi tiết vụn vặt (thể thao, thời tiết, mã bưu chính, chia tách phường xã)"
        case (.trivia, .en): return "peripheral detail (sport results, weather records, postal codes, box office)"
        case (.state, .vi): return "mô tả một tình trạng (\"X là Y\"), không phải một sự kiện"
        case (.state, .en): return "describes a state (\"X is Y\"), not an event"
        case (.duplicatePrompt, .vi): return "hai thẻ cùng câu hỏi nhưng khác đáp án"
        case (.duplicatePrompt, .en): return "two cards ask the same thing with different answers"
        case (.uncertain, .vi): return "văn bản chỉ phỏng đoán (\"có lẽ\", \"tương truyền\"), không phải sự kiện chắc chắn"
        case (.uncertain, .en): return "the text is unsure (\"probably\", \"is said to\"), not a settled fact"
        case (.otherClause, .vi): return "mốc thời gian thuộc về một vế khác của câu (\"Sau khi … năm 1945, …\")"
        case (.listEntry, .vi): return "một mục trong danh mục (hãng, diễn viên, thành viên), không phải câu tường thuật"
        case (.listEntry, .en): return "an entry of a catalogue (studios, a cast, members), not a sentence of the narrative"
        case (.otherClause, .en): return "the date belongs to another clause of the sentence (\"After … in 1945, …\")"
        case (.sibling, .vi): return "một thẻ khác của cùng sự kiện đã trả lời thẻ này; mỗi sự kiện chỉ giữ các thẻ không lộ đáp án của nhau"
        case (.sibling, .en): return "another card of the same event answers it; each event keeps only cards that do not give each other away"
        }
    }
}
