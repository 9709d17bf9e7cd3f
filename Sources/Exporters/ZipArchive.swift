/// A zip file of stored (uncompressed) entries, written as a stream: all an `.apkg` needs, with no dependency.
///
/// Each entry's bytes are handed to `emit` as they are (no copy), after its header; entries get a fixed DOS date
/// (1980-01-01) so the same input always gives the same bytes.
struct ZipArchive {
    private var directory: [UInt8] = []
    private var offset = 0
    private var count: UInt16 = 0

    /// Writes the entry `name` with `content` through `emit`.
    mutating func add(_ name: String, _ content: UnsafeRawBufferPointer,
                      emit: (UnsafeRawBufferPointer) throws(ExportError) -> Void) throws(ExportError) {
        let nameBytes = Array(name.utf8)
        let crc = CRC32.checksum(content)
        let flags: UInt16 = 0x0800  // names are UTF-8
        guard content.count < Int(UInt32.max), offset < Int(UInt32.max) else {
            throw .database("the package would pass 4 GB, which a plain zip cannot hold")
        }
        var header = le32(0x0403_4b50) + le16(20) + le16(flags) + le16(0) + le16(0) + le16(0x21)
        header += le32(crc) + le32(UInt32(content.count)) + le32(UInt32(content.count))
        header += le16(UInt16(nameBytes.count)) + le16(0) + nameBytes
        try Self.emit(header, to: emit)
        try emit(content)
        directory += le32(0x0201_4b50) + le16(20) + le16(20) + le16(flags) + le16(0) + le16(0) + le16(0x21)
        directory += le32(crc) + le32(UInt32(content.count)) + le32(UInt32(content.count))
        directory += le16(UInt16(nameBytes.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(UInt32(offset))
        directory += nameBytes
        offset += header.count + content.count
        count += 1
    }

    /// Writes the central directory that ends the file.
    func finish(emit: (UnsafeRawBufferPointer) throws(ExportError) -> Void) throws(ExportError) {
        let end = directory + le32(0x0605_4b50) + le16(0) + le16(0) + le16(count) + le16(count)
            + le32(UInt32(directory.count)) + le32(UInt32(offset)) + le16(0)
        try Self.emit(end, to: emit)
    }

    /// Hands `bytes` to `emit`.
    static func emit(_ bytes: [UInt8], to emit: (UnsafeRawBufferPointer) throws(ExportError) -> Void) throws(ExportError) {
        var failure: ExportError?
        bytes.withUnsafeBytes { buffer in
            do throws(ExportError) { try emit(buffer) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    private func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xff), UInt8(value >> 8)] }
    private func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xff) } }
}

/// The CRC-32 (IEEE 802.3) that zip entries carry.
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    /// The checksum of `bytes`.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        table.withUnsafeBufferPointer { table in
            for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xff)] ^ (crc >> 8) }
        }
        return crc ^ 0xFFFF_FFFF
    }

    /// The checksum of `bytes`.
    static func checksum(_ bytes: [UInt8]) -> UInt32 { bytes.withUnsafeBytes { checksum($0) } }
}
