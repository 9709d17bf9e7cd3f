/// Names in a clause: runs of capitalised words (Võ Nguyên Giáp, Hội đồng NATO-Nga, Treaty of Paris), acronyms.
enum ActorFinder {
    /// Capitalised words that open sentences without being names.
    static let openers: Set<UInt64> = Lexicon.hashes([
        "vào", "ngày", "năm", "tháng", "sau", "trước", "trong", "từ", "đến", "theo", "các", "những", "một", "khi",
        "tại", "ở", "do", "vì", "nhưng", "tuy", "đây", "đó", "cho", "với", "hai", "ông", "bà", "việc", "cuộc", "bản",
        "thời", "ngay", "dưới", "trên", "bên", "cũng", "lúc", "người", "kết", "chỉ", "tiếp", "trừ", "họ", "nó",
        "này", "không", "có", "là", "được", "bị", "đã", "sẽ", "hàng", "mỗi", "rất", "vẫn", "cả", "ngoài", "như",
        "nếu", "mặc", "dù", "giữa", "cuối", "đầu", "sáng", "chiều", "tối", "đêm", "khoảng", "hiện", "nay", "lần",
        "đồng", "tổ", "trải", "tất", "còn", "rồi", "nhờ", "để", "và", "hoặc", "thì", "mà", "đối", "về", "chính",
        "the", "in", "on", "at", "by", "from", "after", "before", "during", "since", "as", "when", "while", "with",
        "this", "these", "those", "that", "it", "he", "she", "they", "we", "his", "her", "their", "its", "a", "an",
        "but", "and", "then", "another", "two", "three", "some", "many", "even", "although", "though", "however",
        "also", "there", "here", "what", "which", "who", "preliminary", "if", "so", "for", "of", "to", "i", "our",
        "later", "earlier", "soon", "afterwards", "finally", "eventually", "initially", "until", "despite", "around",
        "meanwhile", "thus", "after", "both", "each", "every", "no", "not", "one", "all", "most", "several",
    ])
    /// Lower-case words that continue an organisation's name after a capitalised head (Liên bang, Hội đồng).
    static let nameSyllables: Set<UInt64> = Lexicon.hashes([
        "bang", "đồng", "hợp", "tác", "sản", "hòa", "hoà", "quốc", "dân", "chủ", "trưởng", "ban", "phủ", "đội",
        "nghị", "viện", "vụ", "ước", "định", "minh", "hội", "giới", "tịch", "lệnh", "thống", "tướng", "sứ", "đảng",
        "nhân", "lâm", "thời", "toàn", "trung", "ương", "khởi", "nghĩa", "giải", "phóng", "quân", "tuyên",
        "truyền", "lập", "ngôn", "độc", "liên", "thường", "xứ", "ủy", "bộ", "ngoại", "giao", "nội", "pháp",
        "hành", "chính", "cộng", "phòng", "trận", "kháng", "chiến", "tiền", "phong", "niên", "hiệp", "thư", "ký",
        "tranh", "dịch", "thuyết", "hoạch", "hoảng", "viết", "cao", "lực", "lượng", "trào",
        "of", "for", "de", "du", "des", "la", "le", "von", "van", "der", "del", "da", "al", "bin", "ibn", "el",
    ])
    /// Capitalised heads after which lower-case name syllables may end a name (Hội đồng, Liên bang, Bộ trưởng).
    static let heads: Set<UInt64> = Lexicon.hashes([
        "hội", "liên", "bộ", "quốc", "chính", "quân", "ủy", "ban", "mặt", "đảng", "tổng", "thủ", "hiệp", "cộng",
        "đế", "hạm", "tòa", "viện", "sở", "phủ", "trung", "đại", "tổ", "khu", "học", "kế", "chiến", "khủng",
        "cách", "hòa", "giải", "xô", "nhà", "thanh", "mặt",
    ])
    static let of = Lexicon.hash("of")

    /// The distinct names in tokens `lo..<hi`, skipping the tokens of temporal expressions.
    static func actors(_ v: TokenView, _ lo: Int, _ hi: Int, excluding: [ClosedRange<Int>]) -> [String] {
        func excluded(_ k: Int) -> Bool { excluding.contains { $0.contains(k) } }
        func isName(_ k: Int) -> Bool {
            guard k < hi, v.isUpperWord(k), !excluded(k) else { return false }
            if v.word(k).monthEN != nil || v.word(k).isWeekdayEN { return false }
            if v.tokens[k].length == 1 && !v.punct(k + 1, ".") { return false }
            return true
        }
        var result: [String] = []
        var k = lo
        while k < hi {
            guard isName(k) else { k += 1; continue }
            if isOpener(v, k, lo), openers.contains(v.hash(k)) { k += 1; continue }
            var last = k
            var j = k + 1
            while j < hi {
                if isName(j) { last = j; j += 1; continue }
                // NATO–Nga, Euro-Atlantic, Việt-Trung
                if v.isDash(j), v.attached(j), v.attached(j + 1), isName(j + 1) { j += 1; continue }
                // St. John's, U.S.
                if v.punct(j, "."), v.attached(j), v.tokens[j - 1].length <= 3, isName(j + 1) { j += 1; continue }
                // lower-case syllables inside an organisation's name, up to three
                var m = j
                while m < hi, m - j < 3, v.isLowerWord(m), !excluded(m), nameSyllables.contains(v.hash(m)) {
                    m += 1
                }
                if m > j {
                    if isName(m) || v.word(m) == .theEN && isName(m + 1) {
                        j = v.word(m) == .theEN ? m + 1 : m
                        continue
                    }
                    if j == last + 1, heads.contains(v.hash(last)), v.hash(j) != of { last = m - 1 }
                }
                break
            }
            let name = String(decoding: UnsafeBufferPointer(rebasing: v.bytes[v.tokens[k].byteStart..<v.tokens[last].byteEnd]),
                              as: UTF8.self)
            if !result.contains(name) { result.append(name) }
            k = last + 1
        }
        return result
    }

    /// Token `k` opens its sentence or a quotation, where every word is capitalised.
    static func isOpener(_ v: TokenView, _ k: Int, _ lo: Int) -> Bool {
        if v.isSentenceStart(k) { return true }
        let previous = k - 1
        return previous >= v.lo && v.isPunct(previous) && (v.punct(previous, "\"") || v.punct(previous, "\u{201C}")
            || v.punct(previous, ":") || v.punct(previous, "(") || v.punct(previous, "'"))
    }
}

extension ActorFinder {
    /// The names in a short text (a timeline row's event).
    static func actors(in text: String) -> [String] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes -> [String] in
            var tokens: [Token] = []
            var start = 0
            var scalar = 0
            // one line at a time: the tokenizer takes no newlines
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                scalar += Tokenizer.tokenize(bytes, from: start, to: end, scalarStart: scalar, into: &tokens) + 1
                start = end + 1
            }
            guard !tokens.isEmpty else { return [] }
            return tokens.withUnsafeBufferPointer { buffer in
                let view = TokenView(tokens: buffer, lo: 0, hi: buffer.count, bytes: bytes)
                return actors(view, 0, buffer.count, excluding: [])
            }
        } ?? []
    }
}
