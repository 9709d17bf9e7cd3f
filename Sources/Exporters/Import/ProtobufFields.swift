/// The top-level fields of a Protocol Buffers message, read just far enough for what ontap needs from a current
/// Anki collection and package (a note type's kind, a template's formats, the media map's entries, the package
/// version): field number and value, whole numbers and length-delimited bytes; 64- and 32-bit values skipped.
struct ProtobufFields {
    /// One field's value.
    enum Value: Equatable {
        case varint(UInt64)
        case bytes(ArraySlice<UInt8>)
        case fixed
    }

    /// The fields in the order they are written (a repeated field appears once per value).
    let fields: [(number: UInt64, value: Value)]

    /// Why bytes are not a message: the offset where reading stopped.
    struct Malformed: Error, Equatable, CustomStringConvertible {
        var offset: Int

        var description: String { "a settings blob (Protocol Buffers) is damaged at byte \(offset)" }
    }

    /// Reads the fields of `bytes`; throws at the first byte that cannot start or finish a field.
    init(_ bytes: ArraySlice<UInt8>) throws(Malformed) {
        var fields: [(number: UInt64, value: Value)] = []
        var index = bytes.startIndex
        func varint() throws(Malformed) -> UInt64 {
            var result: UInt64 = 0
            var shift: UInt64 = 0
            while index < bytes.endIndex, shift < 64 {
                let byte = bytes[index]
                index += 1
                result |= UInt64(byte & 0x7F) << shift
                if byte & 0x80 == 0 { return result }
                shift += 7
            }
            throw Malformed(offset: index - bytes.startIndex)
        }
        while index < bytes.endIndex {
            let start = index
            let key = try varint()
            let number = key >> 3
            guard number > 0 else { throw Malformed(offset: start - bytes.startIndex) }
            switch key & 7 {
            case 0:
                fields.append((number, .varint(try varint())))
            case 1, 5:
                let size = key & 7 == 1 ? 8 : 4
                guard bytes.endIndex - index >= size else { throw Malformed(offset: start - bytes.startIndex) }
                index += size
                fields.append((number, .fixed))
            case 2:
                let length = try varint()
                guard length <= UInt64(bytes.endIndex - index) else { throw Malformed(offset: start - bytes.startIndex) }
                fields.append((number, .bytes(bytes[index..<(index + Int(length))])))
                index += Int(length)
            default:
                throw Malformed(offset: start - bytes.startIndex)
            }
        }
        self.fields = fields
    }

    /// The last whole number written for field `number` (proto3: the last one wins), or nil.
    func varint(_ number: UInt64) -> UInt64? {
        for field in fields.reversed() where field.number == number {
            if case let .varint(value) = field.value { return value }
        }
        return nil
    }

    /// Every length-delimited value of field `number`, in order.
    func bytes(_ number: UInt64) -> [ArraySlice<UInt8>] {
        fields.compactMap { field in
            guard field.number == number, case let .bytes(value) = field.value else { return nil }
            return value
        }
    }

    /// The last length-delimited value of field `number` as UTF-8 text, or nil.
    func string(_ number: UInt64) -> String? {
        bytes(number).last.map { String(decoding: $0, as: UTF8.self) }
    }
}
