import FileFormats

/// The media map of an Anki package (the `media` entry): how many media files (images, sounds) the package
/// carries. ontap's cards are text, so it drops them and says how many.
///
/// Legacy packages map zip entry names to file names in JSON (`{"0": "map.png"}`); packages written by Anki 2.1.50
/// and later with the current layout hold a Zstandard-compressed Protocol Buffers list (`MediaEntries`: repeated
/// field 1, each entry's field 1 its file name).
enum PackageMedia {
    /// The largest decompressed media map read (a map of a million files is some tens of megabytes).
    static let maximumMapBytes = 256 << 20

    /// The number of media files `content` (the bytes of the `media` entry) lists.
    static func count(_ content: UnsafeRawBufferPointer) throws(PackageProblem) -> Int {
        if ZstdDecoder.isZstd(content) {
            let list = try ZstdDecoder.decompress(content, maximumBytes: maximumMapBytes)
            let message: ProtobufFields
            do { message = try ProtobufFields(list[...]) } catch {
                throw .badMediaList(entry: 0)
            }
            var count = 0
            for field in message.fields {
                guard field.number == 1, case let .bytes(entry) = field.value else { continue }
                let name: String?
                do { name = try ProtobufFields(entry).string(1) } catch {
                    throw .badMediaList(entry: count + 1)
                }
                guard let name, !name.isEmpty else { throw .badMediaList(entry: count + 1) }
                count += 1
            }
            return count
        }
        let bytes = Array(content)
        guard let first = bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { return 0 }
        guard first == UInt8(ascii: "{") else { throw .unknownMediaMap }
        let map: JSONValue
        do { map = try JSONValue.parse(bytes) } catch {
            throw .badMediaJSON(line: JSONValue.Lines(bytes).line(of: error.offset))
        }
        return map.members.count
    }
}
