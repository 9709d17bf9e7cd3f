/// A year named in the sexagenary cycle ("Tân Hợi", "Quý Mùi"): a heavenly stem then an earthly branch.
public enum CycleYear {
    /// The ten heavenly stems, in Vietnamese (with the spelling variants texts use).
    static let stemWords = ["giáp", "ất", "bính", "đinh", "mậu", "kỷ", "kỉ", "canh", "tân", "nhâm", "quý"]
    /// The twelve earthly branches, in Vietnamese (with the spelling variants texts use).
    static let branchWords = ["tý", "tí", "sửu", "dần", "mão", "mẹo", "thìn", "tỵ", "tị", "ngọ", "mùi", "thân", "dậu",
                              "tuất", "hợi"]
    static let stems = Lexicon.hashes(stemWords)
    static let branches = Lexicon.hashes(branchWords)

    /// Do the two words name a cycle year ("Quý", "Mùi")?
    public static func isName(_ stem: String, _ branch: String) -> Bool {
        stems.contains(Lexicon.hash(stem)) && branches.contains(Lexicon.hash(branch))
    }

    /// Does `text` name a cycle year anywhere ("… sinh năm Quý Mùi …", "(Quý Mùi)")?
    public static func isNamed(in text: String) -> Bool {
        let words = text.split(whereSeparator: { !$0.isLetter })
        return zip(words, words.dropFirst()).contains { $0.0.first?.isUppercase == true && isName(String($0.0), String($0.1)) }
    }
}
