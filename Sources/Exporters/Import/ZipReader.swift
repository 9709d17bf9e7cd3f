import CZlib

/// Reads the entries of a zip file held in memory (stored or deflated; no ZIP64, no encryption), refusing any
/// entry whose name would leave its folder (`../x`, `/etc/x`, `C:\x`) and any whose size or checksum lies.
///
/// Nothing is ever extracted to disk: an entry's bytes are inflated into memory, at most `maximumEntryBytes`.
struct ZipReader {
    /// One entry of the central directory.
    struct Entry: Equatable {
        var name: String
        var method: UInt16
        var flags: UInt16
        var compressedSize: Int
        var size: Int
        var crc: UInt32
        var localHeaderOffset: Int
    }

    /// Why the bytes are not a zip this reader can read (turned into an `ImportError` by the caller).
    enum Fault: Error, Equatable {
        case notAZip(PackageProblem)
        case escapes(String)
        case damaged(entry: String, problem: PackageProblem)
    }

    let bytes: [UInt8]
    /// The entries, in central-directory order.
    let entries: [Entry]
    /// The largest entry this reader inflates.
    let maximumEntryBytes: Int

    /// Reads the central directory of `bytes`.
    init(_ bytes: [UInt8], maximumEntryBytes: Int) throws(Fault) {
        self.bytes = bytes
        self.maximumEntryBytes = maximumEntryBytes
        guard bytes.count >= 22, Self.u32(bytes, 0) == 0x0403_4b50 || Self.u32(bytes, 0) == 0x0605_4b50 else {
            throw .notAZip(.notAZip)
        }
        // The end-of-central-directory record: the last 22 bytes, or earlier when a comment follows it.
        var end = -1
        var position = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while position >= lowest {
            if Self.u32(bytes, position) == 0x0605_4b50 { end = position; break }
            position -= 1
        }
        guard end >= 0 else { throw .notAZip(.zipContentsMissing) }
        let count = Int(Self.u16(bytes, end + 10))
        let directorySize = Int(Self.u32(bytes, end + 12))
        let directoryOffset = Int(Self.u32(bytes, end + 16))
        guard directoryOffset != 0xFFFF_FFFF, count != 0xFFFF else { throw .notAZip(.zip64) }
        guard directoryOffset + directorySize <= end else { throw .notAZip(.zipContentsOutside) }
        var entries: [Entry] = []
        var cursor = directoryOffset
        for _ in 0..<count {
            guard cursor + 46 <= end, Self.u32(bytes, cursor) == 0x0201_4b50 else {
                throw .notAZip(.zipContentsDamaged)
            }
            let flags = Self.u16(bytes, cursor + 8)
            let method = Self.u16(bytes, cursor + 10)
            let crc = Self.u32(bytes, cursor + 16)
            let compressed = Int(Self.u32(bytes, cursor + 20))
            let size = Int(Self.u32(bytes, cursor + 24))
            let nameLength = Int(Self.u16(bytes, cursor + 28))
            let extraLength = Int(Self.u16(bytes, cursor + 30))
            let commentLength = Int(Self.u16(bytes, cursor + 32))
            let offset = Int(Self.u32(bytes, cursor + 42))
            guard cursor + 46 + nameLength <= end else { throw .notAZip(.zipContentsDamaged) }
            let name = String(decoding: bytes[(cursor + 46)..<(cursor + 46 + nameLength)], as: UTF8.self)
            guard Self.staysInside(name) else { throw .escapes(name) }
            guard flags & 1 == 0 else { throw .notAZip(.encrypted(name)) }
            entries.append(Entry(name: name, method: method, flags: flags, compressedSize: compressed, size: size,
                                 crc: crc, localHeaderOffset: offset))
            cursor += 46 + nameLength + extraLength + commentLength
        }
        self.entries = entries
    }

    /// Whether an entry name stays in the folder it is extracted to: relative, no `..` part, no drive letter,
    /// no NUL or backslash (Windows zips write `\` for `/`).
    static func staysInside(_ name: String) -> Bool {
        guard !name.isEmpty, !name.hasPrefix("/"), !name.contains("\\"), !name.contains("\u{0}") else { return false }
        if name.count >= 2, name.dropFirst().first == ":" { return false }
        return !name.split(separator: "/", omittingEmptySubsequences: false).contains("..")
    }

    /// The entry named `name`, if there is one.
    func entry(_ name: String) -> Entry? { entries.first { $0.name == name } }

    /// Calls `body` with the bytes of `entry`, checked against its size and CRC-32: a stored entry in place (no
    /// copy of a collection of hundreds of megabytes), a deflated one inflated.
    func withContent<T>(_ entry: Entry, _ body: (UnsafeRawBufferPointer) throws -> T) throws -> T {
        if entry.method == 0 {
            let start = try contentStart(entry)
            guard entry.compressedSize == entry.size else { throw Fault.damaged(entry: entry.name, problem: .sizesDisagree) }
            return try bytes.withUnsafeBytes { all in
                let content = UnsafeRawBufferPointer(rebasing: all[start..<(start + entry.size)])
                guard CRC32.checksum(content) == entry.crc else { throw Fault.damaged(entry: entry.name, problem: .checksumMismatch) }
                return try body(content)
            }
        }
        let content = try read(entry)
        return try content.withUnsafeBytes { try body($0) }
    }

    /// Where the content of `entry` starts, after its local header.
    private func contentStart(_ entry: Entry) throws(Fault) -> Int {
        guard entry.size <= maximumEntryBytes else {
            throw .damaged(entry: entry.name, problem: .entryTooLarge(size: entry.size, limit: maximumEntryBytes))
        }
        let header = entry.localHeaderOffset
        guard header + 30 <= bytes.count, Self.u32(bytes, header) == 0x0403_4b50 else {
            throw .damaged(entry: entry.name, problem: .localHeaderMissing)
        }
        let start = header + 30 + Int(Self.u16(bytes, header + 26)) + Int(Self.u16(bytes, header + 28))
        guard start + entry.compressedSize <= bytes.count else {
            throw .damaged(entry: entry.name, problem: .endsInside)
        }
        return start
    }

    /// The bytes of `entry`, inflated and checked against its size and CRC-32.
    func read(_ entry: Entry) throws(Fault) -> [UInt8] {
        let start = try contentStart(entry)
        let content: [UInt8]
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.size else { throw .damaged(entry: entry.name, problem: .sizesDisagree) }
            content = Array(bytes[start..<(start + entry.size)])
        case 8:
            content = try inflate(start: start, count: entry.compressedSize, size: entry.size, name: entry.name)
        default:
            throw .damaged(entry: entry.name, problem: .compressionMethod(Int(entry.method)))
        }
        guard CRC32.checksum(content) == entry.crc else { throw .damaged(entry: entry.name, problem: .checksumMismatch) }
        return content
    }

    /// Inflates `count` raw-deflate bytes at `start` that must give exactly `size` bytes.
    private func inflate(start: Int, count: Int, size: Int, name: String) throws(Fault) -> [UInt8] {
        // Deflate cannot unpack more than 1,032 bytes per byte: a larger claim is a lie (a zip bomb's), refused
        // before any memory is set aside for it.
        guard size <= count * 1_032 + 64 else { throw .damaged(entry: name, problem: .claimsTooMuch) }
        var output = [UInt8](repeating: 0, count: size)
        var stream = z_stream()
        guard ontap_inflate_init_raw(&stream) == Z_OK else { throw .damaged(entry: name, problem: .outOfMemory) }
        defer { inflateEnd(&stream) }
        var status: Int32 = Z_OK
        var produced = 0
        bytes.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress! + start)
                stream.avail_in = UInt32(count)
                // One spare byte beyond the declared size, to notice an entry that unpacks to more than it says.
                var spare: UInt8 = 0
                stream.next_out = out.baseAddress
                stream.avail_out = UInt32(size)
                status = CZlib.inflate(&stream, Z_FINISH)
                produced = size - Int(stream.avail_out)
                if status != Z_STREAM_END, produced == size, stream.avail_in > 0 {
                    withUnsafeMutablePointer(to: &spare) { pointer in
                        stream.next_out = pointer
                        stream.avail_out = 1
                        status = CZlib.inflate(&stream, Z_FINISH)
                        if stream.avail_out == 0 { produced += 1 }
                    }
                }
            }
        }
        guard status == Z_STREAM_END, produced == size else {
            throw .damaged(entry: name, problem: produced > size || (status == Z_BUF_ERROR && produced == size)
                           ? .unpacksToMore : .deflateDamaged)
        }
        return output
    }

    private static func u16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        guard offset + 2 <= bytes.count else { return 0 }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    private static func u32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        guard offset + 4 <= bytes.count else { return 0 }
        return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }
}
