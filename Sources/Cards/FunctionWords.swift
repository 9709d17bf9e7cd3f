/// Vietnamese and English words that carry no content: ignored when judging a free-text answer or finding names.
enum FunctionWords {
    /// Lower-case function words of both languages (Vietnamese syllables and English words).
    static let all: Set<String> = vietnamese.union(english)

    static let vietnamese: Set<String> = [
        "và", "của", "các", "những", "một", "với", "cho", "trong", "tại", "được", "bị", "là", "có", "này", "đó",
        "sẽ", "đang", "đã", "vào", "ở", "từ", "đến", "về", "để", "thì", "mà", "như", "nhưng", "hay", "hoặc", "rằng",
        "cũng", "lại", "ra", "lên", "nào", "nhiều", "việc", "sự", "cuộc", "ông", "bà", "khi", "sau", "trước", "theo",
        "do", "bởi", "qua", "trên", "dưới", "giữa", "nên", "vì", "nay", "còn", "hơn", "rất", "chỉ", "đều", "tới",
    ]

    static let english: Set<String> = [
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into",
        "as", "that", "this", "these", "those", "its", "his", "her", "their", "was", "were", "is", "are", "be",
        "been", "had", "has", "have", "did", "do", "it", "he", "she", "they", "which", "who", "whom", "after",
        "before", "during", "over", "under", "then", "also", "there", "not", "some", "all",
    ]
}
