import Foundation
import Store

/// One fuzz input, read as both files of `Progress/NAME/`: each decoder must either refuse it with a `StoreError`
/// (never crash, never hang) or accept it, and what it accepts must survive encode → decode unchanged.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStoreDecoders(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    if let snapshot = try? ProgressSnapshot.decode(data, path: "state.json") {
        let once = snapshot.encoded()
        guard let again = try? ProgressSnapshot.decode(Data(once), path: "state.json") else {
            fatalError("state.json: an accepted snapshot did not read back after encoding")
        }
        guard again.encoded() == once else { fatalError("state.json: encode → decode changed the snapshot") }
    }
    if let log = try? ReviewLogContents(data: data, path: "reviews.jsonl", deck: "fuzz") {
        let bytes = log.encoded()
        guard let again = try? ReviewLogContents(data: Data(bytes), path: "reviews.jsonl", deck: "fuzz") else {
            fatalError("reviews.jsonl: an accepted log did not read back after encoding")
        }
        guard again.records == log.records, again.header.deck == log.header.deck, again.header.id == log.header.id,
              again.header.version == ReviewLogHeader.currentVersion, again.tornLine == nil else {
            fatalError("reviews.jsonl: encode → decode changed the log")
        }
    }
    return 0
}
