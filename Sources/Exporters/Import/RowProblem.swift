/// What is wrong with one line of an Anki text, CSV or Quizlet file, for `ImportError.badRow`: each is said in the
/// interface language, with the line's number and what to do.
public enum RowProblem: Error, Equatable, Sendable {
    /// An Anki text header (`#tags column:`) whose value is not a column number from 1.
    case notAColumnNumber(header: String, value: String)
    /// An Anki text `#separator:` ontap does not know.
    case unknownSeparator(String)
    /// A row of a Basic-like note type with fewer than two fields (the note type's name, the row's field count).
    case tooFewFields(noteType: String, fields: Int)
    /// A CSV header that names a question column or an answer column, but not both.
    case missingQuestionOrAnswerColumn
    /// A CSV `kind` cell that is not one of ontap's card kinds (the cell, the kinds).
    case unknownKind(String, known: [String])
    /// A CSV `id` cell that cannot be a card id (spaces, more than 64 bytes).
    case badCardID(String)
    /// A Quizlet line with no separator between term and definition (`tabOnly`: the file separates by tabs).
    case noSeparator(tabOnly: Bool)
    /// A Quizlet line whose term is empty.
    case emptyTerm
    /// A Quizlet line whose definition is empty.
    case emptyDefinition
}
