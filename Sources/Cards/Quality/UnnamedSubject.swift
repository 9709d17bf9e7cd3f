import Timeline

/// A Vietnamese statement that names no one and nothing ("Hệ thống đi vào hoạt động", "Kinh tế đã bắt đầu một sự
/// chuyển biến …", "Cuộc tổng tuyển cử đầu tiên sau chiến tranh …"): which system, whose economy, which country's
/// election? The sentences before said it; a card alone does not. A statement about the text's own topic ("Sao lùn
/// nâu đầu tiên được xác định …" in *sao lùn nâu*) is about what the deck is named after, and stays.
enum UnnamedSubject {
    /// The syllables that open a frequent word ("lò", "tiền", "hệ"): a capital on one of them is the sentence's, not a
    /// name's ("Kiev", "Samsung", "Huế" open none of them).
    static let commonOpenings: Set<Substring> = Set(VietnameseCompounds.pairs.compactMap { $0.split(separator: " ").first })

    /// Names of happenings Vietnamese writes with one capital, which a sentence's first word hides.
    static let sentenceCaseNames = ["chiến tranh thế giới", "thế chiến", "chiến tranh lạnh", "cách mạng công nghiệp",
                                    "đại suy thoái", "cách mạng văn hóa", "cách mạng văn hoá"]

    /// Does `statement` (its `words`) name nothing: no capital after its first word, a first word that is a common
    /// one and opens no name, and none of the text's topic (`topic`, the deck's name in lower-case syllables) in it?
    /// `names` are the names the text writes mid-sentence: an opening "Pháp …" or "Chiến tranh thế giới thứ nhất …"
    /// is one of them, as is a happening of `sentenceCaseNames`.
    static func namesNothing(_ statement: String, words: [String], topic: [String], names: Set<String>) -> Bool {
        guard words.count >= 2, let first = words.first,
              commonOpenings.contains(Substring(first.lowercased())),
              !names.contains(first), !names.contains(first + " " + words[1]) else { return false }
        // (a name may open on a small letter or carry a digit: "iPhone", "3G", "mRNA"; a number is a quantity or a
        // count and names nothing, but an acronym or a code does)
        if words.dropFirst().contains(where: { $0.contains(where: \.isUppercase) }) { return false }
        let lower = " " + words.map { $0.lowercased() }.joined(separator: " ") + " "
        if sentenceCaseNames.contains(where: { lower.contains(" " + $0 + " ") }) { return false }
        if statement.contains("\"") || statement.contains("“") || statement.contains("«") { return false }
        guard !topic.isEmpty else { return true }
        // the topic's head ("sao lùn" of "sao lùn nâu", "kiến trúc" of "kiến trúc gothic") is enough
        let head = topic.prefix(2).joined(separator: " ")
        return !lower.contains(" " + head + " ")
    }
}
