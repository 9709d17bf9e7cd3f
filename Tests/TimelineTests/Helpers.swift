import Timeline

/// The scalars of `text` in `start..<end`: what a timex or event offset must point at.
func slice(_ text: String, _ start: Int, _ end: Int) -> String {
    let scalars = Array(text.unicodeScalars)
    guard start >= 0, end <= scalars.count, start <= end else { return "<out of range \(start)..<\(end)>" }
    return String(String.UnicodeScalarView(scalars[start..<end]))
}

/// Extraction with the language given (tests never depend on detection unless they test it).
func extract(_ text: String, _ language: Language) -> Extraction {
    EventExtractor().extract(text, language: language)
}

/// The timex whose surface is `surface`, if found.
func timex(_ extraction: Extraction, _ surface: String) -> Timex? {
    extraction.timexes.first { $0.surface == surface }
}
