import CZstd
#if canImport(Glibc)
import Glibc
#endif

/// Decompresses Zstandard data held in memory (libzstd's streaming decoder), as Anki 2.1.50 and later write the
/// collection (`collection.anki21b`) and the media map of a package: at most `maximumBytes` out, and a stream cut
/// short (a truncated download) is an error, never a shorter result.
enum ZstdDecoder {
    /// The first four bytes of every Zstandard frame.
    static let magic: [UInt8] = [0x28, 0xB5, 0x2F, 0xFD]

    /// Whether `bytes` start like Zstandard data.
    static func isZstd(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count >= 4 && zip(bytes.prefix(4), magic).allSatisfy { $0 == $1 }
    }

    /// The decompressed bytes of `input` as an array (small payloads: the media map).
    static func decompress(_ input: UnsafeRawBufferPointer, maximumBytes: Int) throws(PackageProblem) -> [UInt8] {
        let (pointer, count) = try decompress(input, maximumBytes: maximumBytes) { realloc($0, $1) }
        defer { free(pointer) }
        return count == 0 ? [] : Array(UnsafeRawBufferPointer(start: pointer, count: count))
    }

    /// Decompresses `input` into memory obtained from `reallocate` (like C's `realloc`: nil and a size allocate),
    /// which the caller then owns, with the number of bytes written. Grows the buffer as needed, never past
    /// `maximumBytes`.
    static func decompress(_ input: UnsafeRawBufferPointer, maximumBytes: Int,
                           reallocate: (UnsafeMutableRawPointer?, Int) -> UnsafeMutableRawPointer?)
        throws(PackageProblem) -> (pointer: UnsafeMutableRawPointer?, count: Int) {
        guard isZstd(input), let base = input.baseAddress else { throw .notZstd }
        guard let stream = ZSTD_createDStream() else { throw .outOfMemory }
        defer { ZSTD_freeDStream(stream) }
        // Start with the size the frame declares (Anki's streaming encoder does not declare one), else a guess.
        let declared = ZSTD_getFrameContentSize(base, input.count)
        var capacity = declared < UInt64(maximumBytes) ? max(Int(declared), 4096)
            : min(maximumBytes, max(1 << 16, input.count * 4))
        guard var buffer = reallocate(nil, max(1, capacity)) else { throw .outOfMemory }
        var output = ZSTD_outBuffer(dst: buffer, size: capacity, pos: 0)
        var source = ZSTD_inBuffer(src: base, size: input.count, pos: 0)
        // 0 once a frame is complete and flushed; anything else at the end of the input means it was cut short.
        var remaining = 1
        while source.pos < source.size || remaining != 0 {
            if output.pos == output.size {
                guard capacity < maximumBytes else {
                    _ = reallocate(buffer, 0)
                    throw .tooLarge(limit: maximumBytes)
                }
                capacity = min(maximumBytes, capacity * 2)
                guard let grown = reallocate(buffer, capacity) else {
                    _ = reallocate(buffer, 0)
                    throw .outOfMemory
                }
                buffer = grown
                output.dst = grown
                output.size = capacity
            }
            let before = (source.pos, output.pos)
            let status = ZSTD_decompressStream(stream, &output, &source)
            if ZSTD_isError(status) != 0 {
                _ = reallocate(buffer, 0)
                throw .zstd(String(cString: ZSTD_getErrorName(status)))
            }
            remaining = status
            // No input left and nothing more came out: the frame is unfinished.
            if source.pos == source.size, remaining != 0, output.pos < output.size, before == (source.pos, output.pos) {
                _ = reallocate(buffer, 0)
                throw .truncated
            }
        }
        return (buffer, output.pos)
    }
}
