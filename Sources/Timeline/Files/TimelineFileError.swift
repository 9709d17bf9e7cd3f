import FileFormats
import Foundation

/// Why a hand-written timeline file (JSON, CSV, YAML) cannot be read: the file, line and field at fault.
public enum TimelineFileError: LocalizedError, Equatable, Sendable {
    /// The extension is not .json, .csv, .yaml or .yml.
    case unknownFormat(file: String)
    /// The bytes are not UTF-8 text.
    case notText(file: String, reason: SourceTextError)
    /// The file does not parse as its format.
    case syntax(file: String, line: Int, column: Int, problem: FileProblem)
    /// The file parses but is not a list of events.
    case notAList(file: String, line: Int)
    /// A row lacks a required field (`date` or `event`).
    case missingField(file: String, line: Int, field: String)
    /// A field holds something of the wrong kind (a list where text was expected …).
    case wrongType(file: String, line: Int, field: String, expected: String)
    /// The date field is no date ontap can read.
    case badDate(file: String, line: Int, value: String)
    /// The file holds no events at all.
    case noEvents(file: String)

    /// The message for a learner: file, line (and column) first, then what is wrong and how to fix it.
    public var errorDescription: String? {
        switch self {
        case let .unknownFormat(file):
            return "\(file): unknown timeline format; use a .json, .csv, .yaml or .yml file"
        case let .notText(file, reason):
            return "\(file): \(reason.message(in: .en))"
        case let .syntax(file, line, column, problem):
            return "\(file):\(line):\(column): \(problem)"
        case let .notAList(file, line):
            return "\(file):\(line): expected a list of events (each with a date and an event)"
        case let .missingField(file, line, field):
            return "\(file):\(line): the event has no '\(field)' field"
        case let .wrongType(file, line, field, expected):
            return "\(file):\(line): field '\(field)' should be \(expected)"
        case let .badDate(file, line, value):
            return "\(file):\(line): field 'date' has '\(value)', which is not a date (write 1945-09-02, "
                + "2 September 1945 or ngày 2 tháng 9 năm 1945)"
        case let .noEvents(file):
            return "\(file): the timeline holds no events"
        }
    }
}
