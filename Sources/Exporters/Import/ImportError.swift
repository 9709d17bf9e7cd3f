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
    case notAZip(path: String, reason: String)
    /// A zip entry whose name would leave its folder (`../x`, an absolute path).
    case entryEscapes(path: String, entry: String)
    /// A zip that holds no Anki collection (the names of what it holds instead).
    case notAnkiPackage(path: String, entries: [String])
    /// A package with only the newest collection format (`collection.anki21b`), which needs Anki to write it again.
    case newerAnkiPackage(path: String)
    /// A zip entry or the collection's SQLite file is damaged.
    case damaged(path: String, what: String, reason: String)
    /// Notes of note types ontap cannot turn into cards, by note type name and number of notes.
    case unknownNoteTypes(path: String, counts: [NoteTypeCount])
    /// A CSV or Anki text file whose quoting is broken.
    case badQuoting(path: String, line: Int, column: Int, problem: FileProblem)
    /// A row or header that lacks what ontap needs (a missing column, an empty question).
    case badRow(path: String, line: Int, problem: RowProblem)
    /// The file holds no card at all.
    case noCards(path: String)

    /// What is wrong with one row or header line of a text format.
    public enum RowProblem: Equatable, Sendable {
        /// A `#KEY column:` header whose value is not a column number from 1.
        case badColumnNumber(header: String, value: String)
        case unknownSeparator(String)
        /// A note of a two-field note type with fewer fields.
        case noteNeedsTwoFields(noteType: String, fields: Int)
        /// A Quizlet row with no separator between term and definition (`tabOnly`: the file's separator is a tab).
        case noTermSeparator(tabOnly: Bool)
        case emptyTerm
        case emptyDefinition
        case headerNeedsQuestionAndAnswer
        case unknownKind(String, known: [String])
        case badCardID(String)
    }

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
