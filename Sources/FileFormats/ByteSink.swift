/// Where encoded bytes go: a buffer in memory (`[UInt8]`) or a file written a chunk at a time
/// (`AtomicFile.ChunkedSink`).
public protocol ByteSink {
    /// Appends `bytes`.
    mutating func append<Bytes: Sequence>(contentsOf bytes: Bytes) where Bytes.Element == UInt8
}

extension Array: ByteSink where Element == UInt8 {}
