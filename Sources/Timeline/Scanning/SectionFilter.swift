/// Decides, line by line, which parts of an article are narrative worth asking about.
///
/// Wikipedia-style text ends with apparatus — notes, references, bibliography, external links, "see also" — and
/// often has a "popular culture" or filmography section: dates there are publication years, release years and
/// access dates, never events of the history told. Headings are `== Title ==` (any level) or, in plain-text dumps,
/// a short line without final punctuation standing between blank lines. An article title line `= Title =` starts a
/// new article. Markup lines (wiki tables `{|`, `|`, `!`) are never analysed.
struct SectionFilter {
    /// Skipping until the next heading of this level or higher (1 = until the next article).
    private var skipUntilLevel: Int?
    /// An article's title line (`= Title =`) was just read: what the last article's headings said no longer holds.
    var sawArticleTitle = false
    /// The article marks its sections (`== Title ==`): a short line glued to a paragraph is then no heading.
    private var markedHeadings = false

    /// Whether the line `bytes[start..<end]` should be analysed; `blankBefore`/`blankAfter` say whether the lines
    /// around it are empty (a plain-text heading stands alone), `proseAfter` whether the next line is a paragraph.
    mutating func admits(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
                         blankBefore: Bool, blankAfter: Bool, proseAfter: Bool = false) -> Bool {
        var lo = start, hi = end
        while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x09 || bytes[lo] == 0x0D { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 || bytes[hi - 1] == 0x0D { hi -= 1 }
        guard lo < hi else { return true }
        if let (level, title) = Self.markedHeading(bytes, lo, hi) {
            // "= 1982 =": a year's own article dates the days it lists by its title
            if level == 1 {
                // "= Argument (disambiguation) =": a page of other meanings, one entry a line, tells no history
                skipUntilLevel = Self.isDisambiguationTitle(title) ? 1 : nil
                sawArticleTitle = true
                markedHeadings = false
                return Self.isYearTitle(title)
            }
            markedHeadings = true
            if let skip = skipUntilLevel, level > skip { return false }
            skipUntilLevel = Self.kind(of: title).map { $0 == .endMatter ? 2 : level }
            // "=== 2013 ===": a year heading is read, so that the dates under it take its year (`ListHeading`)
            return Self.isYearTitle(title)
        }
        if bytes[lo] == UInt8(ascii: "{") || bytes[lo] == UInt8(ascii: "|") || bytes[lo] == UInt8(ascii: "!") {
            return false
        }
        // "Argument may also refer to:", "An sinh xã hội có thể chỉ:": the entries below are other meanings of a word
        if bytes[hi - 1] == UInt8(ascii: ":"), hi - lo <= 200, Self.isDisambiguationLead(Self.lowered(bytes, lo, hi - 1)) {
            skipUntilLevel = 1
            return false
        }
        // (a plain dump may glue the section's first paragraph to its heading: "Business ventures\nAgassi established
        // …"; such a line is taken for a heading when its title is one skipped, or when a paragraph follows it in a skipped
        // section: "Personal life\nAgassi …" ends it, "Screenplays\n 1940 Pride and Prejudice" in a works list does not)
        if blankBefore, start > 0, end < bytes.count, let title = Self.plainHeading(bytes, lo, hi),
           case let kind = Self.kind(of: title),
           blankAfter || !markedHeadings && (kind != nil || skipUntilLevel == 2 && proseAfter) {
            // Plain text has no levels: end matter runs to the article's end; other sections to the next heading.
            switch kind {
            case .endMatter?: skipUntilLevel = 1
            case .aside?: if skipUntilLevel != 1 { skipUntilLevel = 2 }
            case nil: if skipUntilLevel == 2 { skipUntilLevel = nil }
            }
            return false
        }
        return skipUntilLevel == nil
    }

    /// "2013", "1285 – 1288": a heading's title that is only a year or a range of years.
    static func isYearTitle(_ title: String) -> Bool {
        let scalars = title.unicodeScalars
        let digits = scalars.filter { $0.properties.numericType == .decimal }.count
        return (3...8).contains(digits) && scalars.allSatisfy { $0.properties.numericType == .decimal || " -–—".unicodeScalars.contains($0) }
    }

    /// `== Title ==` → (2, "title"); `= Title =` → (1, …).
    static func markedHeading(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> (Int, String)? {
        var open = lo
        while open < hi, bytes[open] == UInt8(ascii: "=") { open += 1 }
        var close = hi
        while close > open, bytes[close - 1] == UInt8(ascii: "=") { close -= 1 }
        let level = open - lo
        guard level >= 1, hi - close == level, close > open else { return nil }
        return (level, withoutEditLink(lowered(bytes, open, close)))
    }

    /// `title` without the edit link a copied page glues to its headings ("== SinhSửa đổi ==", "== History[edit] ==").
    static func withoutEditLink(_ title: String) -> String {
        for link in ["sửa đổi", "sửa mã nguồn", "[sửa]", "[edit]"] where title.hasSuffix(link) {
            let head = title.dropLast(link.count)
            // (glued to the title: "hiến pháp sửa đổi", an amended constitution, keeps its words)
            guard let last = head.last, last.isLetter || link.hasPrefix("[") else { continue }
            return head.trimmingCharacters(in: .whitespaces)
        }
        return title
    }

    /// A short line (at most eight words, no digit, no final punctuation, starting with a letter) → its lowered text.
    static func plainHeading(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> String? {
        guard hi - lo <= 80, !".!?:;,\"”)".utf8.contains(bytes[hi - 1]) else { return nil }
        var words = 1
        for index in lo..<hi {
            if bytes[index] == 0x20 { words += 1 }
            if bytes[index] >= 0x30, bytes[index] <= 0x39 { return nil }  // "1945: …" is a timeline line, not a heading
        }
        guard words <= 8, bytes[lo] >= 0x41 else { return nil }
        return lowered(bytes, lo, hi)
    }

    /// "argument (disambiguation)", "an sinh (định hướng)": the title of a page that lists a word's meanings.
    static func isDisambiguationTitle(_ title: String) -> Bool {
        title.hasSuffix("(disambiguation)") || title.hasSuffix("(định hướng)")
    }

    /// "alien or aliens may refer to", "it may also refer to", "an sinh xã hội có thể chỉ": a line that opens a list
    /// of a word's other meanings (Wikipedia's disambiguation formula).
    static func isDisambiguationLead(_ line: String) -> Bool {
        ["may refer to", "may also refer to", "can refer to", "can also refer to", "may mean", "may also mean",
         "có thể chỉ", "có thể chỉ đến", "có thể chỉ tới", "có thể đề cập đến", "có thể đề cập tới", "có thể là tên của"]
            .contains { line.hasSuffix(" " + $0) }
    }

    static func lowered(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self)
            .trimmingCharacters(in: .whitespaces).lowercased()
    }

    enum Kind { case endMatter, aside }

    static func kind(of title: String) -> Kind? {
        if endMatter.contains(title) { return .endMatter }
        if asides.contains(title) { return .aside }
        // "Ngày sinh một số nhân vật nổi tiếng", "Những người mất trong năm", "Births and deaths": the lists of a
        // year's article, however the heading goes on
        if ["ngày sinh", "ngày mất", "những người sinh", "những người mất", "người sinh", "người mất", "births", "deaths"]
            .contains(where: { title.hasPrefix($0 + " ") }) { return .aside }
        // …and the feasts kept on a day, each with the year it was first kept ("1949 – Quốc khánh …"): "Ngày lễ và kỷ
        // niệm", "Những ngày lễ chính của Campuchia", "Holidays and observances"
        if ["ngày lễ", "những ngày lễ", "các ngày lễ", "holidays", "observances"]
            .contains(where: { title == $0 || title.hasPrefix($0 + " ") }) { return .aside }
        // "Phim thực hiện", "Phim tham gia", "Danh sách phim", "Các bộ phim": a filmography, a film and its year a line
        if ["phim", "danh sách phim", "các phim", "các bộ phim", "phim điện ảnh", "phim truyền hình", "phim đã thực hiện"]
            .contains(where: { title == $0 || title.hasPrefix($0 + " ") }) { return .aside }
        // "Tất-đạt-đa Cồ-đàm trong nghệ thuật và điện ảnh", "Napoleon in popular culture": a name's afterlife in works
        if [" trong văn hóa", " trong văn hoá", " trong nghệ thuật", " trong văn học", " trong điện ảnh", " trong phim ảnh",
            " in popular culture", " in art", " in fiction", " in literature", " in film", " in culture"]
            .contains(where: { (" " + title).contains($0) }) { return .aside }
        // "Giải thưởng và vinh danh", "Danh hiệu", "Thành tích", "Awards and honours": a list of prizes, year by year
        if ["giải thưởng", "danh hiệu", "thành tích", "đề cử", "awards", "honours", "honors"]
            .contains(where: { title == $0 || title.hasPrefix($0 + " ") }) { return .aside }
        // "Business ventures", "Equipment and endorsements", "Philanthropy", "40th anniversary events", "Presenter and
        // performer gifts", "Hoạt động từ thiện", "Lễ kỷ niệm": the trade, gifts and commemorations around a life or a
        // happening, dated one by one, are not its history
        if peripheralWords.contains(where: { (" " + title + " ").contains(" " + $0) }) { return .aside }
        return nil
    }

    /// Words whose sections hold a subject's business, charity, merchandise and commemorations (matched at a word's
    /// start anywhere in a heading: "endorsement" also finds "endorsements").
    static let peripheralWords = [
        "business venture", "endorsement", "philanthrop", "charity", "charitable", "anniversary", "gifts",
        "memorabilia", "merchandis", "sponsorship", "television ratings", "tv ratings", "trademark", "earnings",
        "từ thiện", "kỷ niệm", "kỉ niệm", "tài trợ", "quảng cáo", "hàng hóa", "thu nhập",
    ]

    /// Notes, references and links: the apparatus that closes an article.
    static let endMatter: Set<String> = [
        "chú thích", "tham khảo", "tài liệu tham khảo", "thư mục", "thư mục tham khảo", "sách tham khảo", "liên kết ngoài",
        "liên kết bên ngoài", "xem thêm", "đọc thêm", "ghi chú", "chú giải", "nguồn", "nguồn tham khảo", "tài liệu",
        "chú thích và tham khảo", "ghi chú và tham khảo", "liên kết hữu ích", "liên kết",
        "references", "notes", "further reading", "external links", "see also", "bibliography", "sources", "citations",
        "footnotes", "works cited", "primary sources", "secondary sources", "notes and references",
        "references and notes", "cited in footnotes", "general references", "online sources",
    ]

    /// Sections about an entity's afterlife in culture, works lists and statistics tables: release and
    /// publication years, not history.
    static let asides: Set<String> = [
        "trong văn hóa đại chúng", "văn hóa đại chúng", "trong văn hóa", "trong văn hóa phổ biến", "trong nghệ thuật",
        "trong văn học", "phim ảnh", "trong phim ảnh", "danh sách tác phẩm", "tác phẩm", "thư viện ảnh", "hình ảnh",
        "trong văn hóa và nghệ thuật", "trong tiểu thuyết", "trò chơi điện tử",
        "in popular culture", "popular culture", "in fiction", "in film", "filmography", "discography",
        "career statistics", "awards and nominations", "gallery", "selected works", "works", "publications",
        "honours", "honors", "videos", "singles timeline overview", "cultural depictions", "in literature",
        "in art", "portrayals", "media", "depictions in popular culture", "namesakes", "tên gọi theo",
        "các tác phẩm", "tác phẩm chính", "tác phẩm tiêu biểu", "danh sách", "di sản thế giới", "list of works",
        "major works", "prose works", "poetry", "list of rulers",
        // a season's or a career's figures: the biggest win, the top scorer, a record, one match a line
        "thống kê", "số liệu thống kê", "thống kê sự nghiệp", "thống kê chung", "kỷ lục", "kỉ lục", "statistics",
        "records", "statistics and records",
        // a year's or a day's article: who was born and who died then, one name and a trade a line
        "sinh", "mất", "người sinh", "người mất", "người chết", "những người chết", "qua đời", "từ trần", "births", "deaths",
    ]
}
