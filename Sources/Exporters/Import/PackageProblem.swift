/// What is wrong with an Anki package's zip or one of its parts (`collection.anki21b`, the `media` map, any entry),
/// for `ImportError.notAZip` and `ImportError.damagedPart`: each is said in the interface language, with what to do.
public enum PackageProblem: Error, Equatable, Sendable {
    /// The file does not start like a zip file.
    case notAZip
    /// The zip's table of contents (end of central directory) is missing.
    case zipContentsMissing
    /// The zip's table of contents points outside the file.
    case zipContentsOutside
    /// The zip's table of contents is damaged.
    case zipContentsDamaged
    /// A ZIP64 archive (over 4 GB), which ontap does not read.
    case zip64
    /// An encrypted entry (its name), which ontap does not read.
    case encrypted(String)
    /// An entry compressed with a method other than stored or deflated (the method's number).
    case compressionMethod(Int)
    /// An entry that would unpack to more than ontap reads (its declared size, the limit).
    case entryTooLarge(size: Int, limit: Int)
    /// An entry whose local header is missing.
    case localHeaderMissing
    /// The file ends inside an entry (a truncated download).
    case endsInside
    /// An entry whose sizes in the table of contents disagree.
    case sizesDisagree
    /// An entry whose CRC-32 does not match its content.
    case checksumMismatch
    /// A deflated entry that claims to unpack to more than its data can hold (a zip bomb's lie).
    case claimsTooMuch
    /// A deflated entry that unpacks to more bytes than it declares.
    case unpacksToMore
    /// A deflated entry whose data zlib cannot inflate.
    case deflateDamaged
    /// The part does not start like Zstandard data.
    case notZstd
    /// The Zstandard data ends before its last frame does (a truncated download).
    case truncated
    /// libzstd refused the data (its own error name, e.g. "Data corruption detected").
    case zstd(String)
    /// The part would decompress to more than ontap reads.
    case tooLarge(limit: Int)
    /// Not enough memory to decompress it.
    case outOfMemory
    /// The decompressed collection is not an SQLite database.
    case notSQLite
    /// The media map is neither JSON nor Zstandard data.
    case unknownMediaMap
    /// The (legacy) media map's JSON is broken at this line.
    case badMediaJSON(line: Int)
    /// The (current) media map's list of files is broken: at its entry `entry` (1-based), or in the list itself (0).
    case badMediaList(entry: Int)
}
