import Foundation

/// Finds dated events in history prose (Vietnamese or English).
///
/// First version: full dates, month-year and years in Vietnamese; the generation issue replaces it.
public struct EventExtractor: Sendable {
    public init() {}

    /// Extracts timexes and events from `text`; `language` nil means detect it.
    public func extract(_ text: String, language: Language? = nil) -> Extraction {
        let language = language ?? Language.detect(in: text)
        let scalars = Array(text.unicodeScalars)
        let pattern = #"(?:[Nn]gày (\d{1,2}) tháng (\d{1,2}) năm (\d{4}))|(?:[Tt]háng (\d{1,2}) năm (\d{4}))|(?:[Nn]ăm (\d{4}))"#
        let regex = try! NSRegularExpression(pattern: pattern)
        let ns = text as NSString
        var timexes: [Timex] = []
        var events: [Event] = []
        let offsets = ScalarOffsets(text)
        for match in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            func group(_ i: Int) -> Int? {
                let r = match.range(at: i)
                return r.location == NSNotFound ? nil : Int(ns.substring(with: r))
            }
            let value: DateValue
            if let d = group(1), let m = group(2), let y = group(3) { value = DateValue(year: y, month: m, day: d) }
            else if let m = group(4), let y = group(5) { value = DateValue(year: y, month: m) }
            else if let y = group(6) { value = DateValue(year: y) } else { continue }
            let start = offsets.scalarOffset(utf16: match.range.location)
            let end = offsets.scalarOffset(utf16: match.range.location + match.range.length)
            let surface = ns.substring(with: match.range)
            timexes.append(Timex(surface: surface, start: start, end: end, value: value.iso))
            var sentenceStart = start
            while sentenceStart > 0, !(scalars[sentenceStart - 1] == "\n" || (sentenceStart >= 2 && scalars[sentenceStart - 1] == " " && [".", "]"].contains(scalars[sentenceStart - 2]))) { sentenceStart -= 1 }
            var sentenceEnd = end
            while sentenceEnd < scalars.count, scalars[sentenceEnd] != "\n", !(scalars[sentenceEnd] == "." && (sentenceEnd + 1 == scalars.count || [" ", "[", "\n"].contains(scalars[sentenceEnd + 1]))) { sentenceEnd += 1 }
            let sentence = String(String.UnicodeScalarView(scalars[sentenceStart..<min(sentenceEnd + 1, scalars.count)]))
            var statement = sentence.replacingOccurrences(of: surface, with: "")
                .replacingOccurrences(of: #"\[\d+\]"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: #"^\s*(Vào|vào)\s*,?\s*"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: #"\s+(vào|trong)\s*([,.])"#, with: "$2", options: .regularExpression)
                .trimmingCharacters(in: CharacterSet(charactersIn: " ,."))
            statement = statement.prefix(1).uppercased() + statement.dropFirst()
            events.append(Event(date: value.iso, start: sentenceStart, end: sentenceEnd, sentenceStart: sentenceStart,
                                sentenceEnd: sentenceEnd, sentence: sentence, statement: statement, actors: [],
                                dateSurface: surface))
        }
        return Extraction(language: language, timexes: timexes, intervals: [], events: events)
    }
}

/// Maps UTF-16 offsets (NSString) to Unicode-scalar offsets (the JSON contract).
struct ScalarOffsets {
    private var scalarAtUTF16: [Int] = []
    init(_ text: String) {
        var scalarIndex = 0
        for scalar in text.unicodeScalars {
            for _ in 0..<UTF16.width(scalar) { scalarAtUTF16.append(scalarIndex) }
            scalarIndex += 1
        }
        scalarAtUTF16.append(scalarIndex)
    }
    func scalarOffset(utf16: Int) -> Int { scalarAtUTF16[utf16] }
}
