import FileFormats

/// Why a file could not be imported. Nothing is written when one is thrown; `Terminal`'s catalogues
/// (`Messages.describe`) say each in the interface language, with what to do.
public enum ImportError: Error, Equatable, Sendable {
    /// The file could not be read at all (missing, a folder, no permission).
    case unreadable(path: String, problem: FileProblem)
    /// The file is larger than ontap reads (checked before reading it).
    case tooLarge(path: String, bytes: Int64, limit: Int64)
    /// Neither the extension nor the content says which format the file is in.
    case unknownFormat(path: String)
    /// A text format whose bytes are not UTF-8 (line and column of the first bad byte).
    case invalidUTF8(path: String, line: Int, column: Int)
    /// The file is not a zip (an `.apkg` must be one), or its zip structure is damaged.
    case notAZip(path: String, problem: PackageProblem)
    /// A zip entry whose name would leave its folder (`../x`, an absolute path).
    case entryEscapes(path: String, entry: String)
    /// A zip that holds no Anki collection (the names of what it holds instead).
    case notAnkiPackage(path: String, entries: [String])
    /// A package whose `meta` names a layout newer than ontap knows (Anki's version number of it).
    case newerAnkiPackage(path: String, version: Int)
    /// A zip entry or the collection's SQLite file is damaged.
    case damaged(path: String, what: String, reason: String)
    /// A zip entry that cannot be read, or a Zstandard-compressed part of a current package (`collection.anki21b`,
    /// `media`) that cannot be decompressed or read.
    case damagedPart(path: String, entry: String, problem: PackageProblem)
    /// Notes of note types ontap cannot turn into cards, by note type name and number of notes.
    case unknownNoteTypes(path: String, counts: [NoteTypeCount])
    /// A CSV or Anki text file whose quoting is broken: a quoted field opened at this line and column is never
    /// closed (the only quoting fault an RFC 4180 reader meets).
    case badQuoting(path: String, line: Int, column: Int)
    /// A row or header that lacks what ontap needs (a missing column, an empty question).
    case badRow(path: String, line: Int, problem: RowProblem)
    /// The file holds no card at all.
    case noCards(path: String)

    /// A note type's name and how many notes of it there are.
    public struct NoteTypeCount: Equatable, Sendable {
        public var name: String
        public var notes: Int

        /// `notes` notes of the note type `name`.
        public init(name: String, notes: Int) {
            self.name = name
            self.notes = notes
        }
    }
}
