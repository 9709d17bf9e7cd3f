import Timeline

/// Any bytes as a timeline file in each format: it must parse or throw a `TimelineFileError`, never crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTimelineFile(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    for name in ["t.json", "t.csv", "t.yaml"] {
        _ = try? TimelineFile.parse(bytes: bytes, fileName: name)
    }
    return 0
}
