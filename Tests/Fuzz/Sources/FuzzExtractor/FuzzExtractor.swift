import Timeline

/// Any bytes: decoded as ontap decodes a file (errors are fine), then extracted in both languages, and the
/// invariants every consumer relies on are checked (offsets in range, surfaces at their offsets).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtractor(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    let text = (try? SourceText.decode(bytes)) ?? String(decoding: bytes, as: UTF8.self)
    let scalars = Array(text.unicodeScalars)
    for language in [Language.vi, .en] {
        let extraction = EventExtractor().extract(text, language: language)
        for timex in extraction.timexes {
            precondition(timex.start >= 0 && timex.start < timex.end && timex.end <= scalars.count, "timex offsets")
            precondition(String(String.UnicodeScalarView(scalars[timex.start..<timex.end])) == timex.surface,
                         "timex surface")
        }
        for event in extraction.events {
            precondition(event.sentenceStart <= event.start && event.start < event.end
                         && event.end <= event.sentenceEnd && event.sentenceEnd <= scalars.count, "event offsets")
        }
        for interval in extraction.intervals {
            precondition(interval.timexIndices.allSatisfy { extraction.timexes.indices.contains($0) }, "interval")
        }
    }
    _ = DatePhrase.parse(text)
    return 0
}
