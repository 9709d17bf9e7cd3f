/// What is wrong with a compressed part of an Anki package (`collection.anki21b`, the `media` map), for
/// `ImportError.damagedPart`: each is said in the interface language, with what to do.
public enum PackageProblem: Error, Equatable, Sendable {
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
