import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be read, parsed or written, as a value: the interface renders it in the learner's language
/// (the readers stay free of any language). The file, line and column travel beside it, in `FileError`.
public indirect enum FileProblem: Error, Equatable, Hashable, Sendable {
    // MARK: the operating system

    /// A system call failed with `errno` (ENOENT, EACCES, ENOSPC…).
    case system(errno: Int32)
    /// The path is a folder, a symbolic link, a FIFO… where a regular file was needed.
    case notRegularFile(FileKind)
    /// A file ontap keeps (`path`, e.g. a `.lock`) is `kind` instead: ontap never writes through it.
    case notOntapFile(path: String, kind: FileKind)

    // MARK: JSON and text syntax

    /// A token was expected at this place and something else was found.
    case expected(Expected, found: Found)
    case nestedTooDeeply
    case notUTF8
    case controlCharacterInString
    case unterminatedString
    case loneSurrogate
    case unknownEscape(String)
    case unicodeEscapeCutShort
    case unicodeEscapeNotHex
    case valueCutShort
    case numberTooLarge
    case leadingZero
    case noDigitAfterPoint
    case noDigitInExponent
    case emptyFile
    case textAfterEnd
    case notValidJSON
    /// A quoted CSV field whose closing quote never comes.
    case unclosedQuote
    /// A YAML syntax error, with libyaml's own (English) description.
    case yamlSyntax(String)

    // MARK: fields and records

    /// A whole number outside what the field allows (`value` nil: not said).
    case outOfRange(field: String, lower: Int64, upper: Int64, value: Int64?)
    /// A number (not necessarily whole) outside what the field allows.
    case measureOutOfRange(field: String, lower: Double, upper: Double)
    case duplicateField(String)
    /// A required field is missing (`place`: the dotted path of the object that lacks it, when known).
    case missingField(String, place: String?)
    /// A value of the wrong kind (text for a number…) at the dotted path.
    case wrongKindOfValue(at: String)
    /// The file is some other JSON (`found`: its `format` field, nil when it has none) than `expected`.
    case wrongFormat(found: String?, expected: String)
    case emptyCardID
    case cardIDTooLong(bytes: Int, limit: Int)
    case cardIDControlCharacter
    case duplicateCard(String)
    case operationWhereAnswerExpected
    /// An operation in the review log this ontap does not know (written by a newer ontap).
    case unknownOperation(String)
    /// The scheduler settings in the file cannot be read.
    case settingsUnreadable(FileProblem)
    /// The scheduler settings are read but cannot be used (the scheduler's own description).
    case settingsUnusable(String)

    // MARK: merging

    /// The folder given to merge has no review log for the deck.
    case noReviewLog
    /// The review log given belongs to another deck.
    case logOfOtherDeck(theirs: String, ours: String)

    /// Anything else, as the library that failed described it (kept so that nothing is ever lost).
    case other(String)

    /// What was expected where a file went wrong.
    public enum Expected: Equatable, Hashable, Sendable {
        /// One character (`:`, `{`…).
        case character(Character)
        /// Either of two characters (`,` or `}`).
        case either(Character, Character)
        case fieldName
        case string
        case value
        case number
        case wholeNumber
        case trueOrFalse
        case word(String)
        case endOfDocument
    }

    /// What was found instead.
    public enum Found: Equatable, Hashable, Sendable {
        case end
        case character(Character)
        case nul
        case byte(UInt8)
        case controlByte(UInt8)
    }

    /// What a path is when it is not a regular file.
    public enum FileKind: Equatable, Hashable, Sendable {
        case symbolicLink, fifo, folder, device, socket, special
    }

    /// The problem for the current `errno`.
    public static var lastSystemError: FileProblem { .system(errno: errno) }

    /// The C name of a common `errno` (`ENOENT`), for messages that fall back to the number.
    public static func errnoName(_ code: Int32) -> String? {
        switch code {
        case EPERM: "EPERM"
        case ENOENT: "ENOENT"
        case EIO: "EIO"
        case EBADF: "EBADF"
        case ENOMEM: "ENOMEM"
        case EACCES: "EACCES"
        case EBUSY: "EBUSY"
        case EEXIST: "EEXIST"
        case EXDEV: "EXDEV"
        case ENOTDIR: "ENOTDIR"
        case EISDIR: "EISDIR"
        case EINVAL: "EINVAL"
        case ENFILE: "ENFILE"
        case EMFILE: "EMFILE"
        case ETXTBSY: "ETXTBSY"
        case EFBIG: "EFBIG"
        case ENOSPC: "ENOSPC"
        case EROFS: "EROFS"
        case EMLINK: "EMLINK"
        case ELOOP: "ELOOP"
        case ENAMETOOLONG: "ENAMETOOLONG"
        case EDQUOT: "EDQUOT"
        case EAGAIN: "EAGAIN"
        case EINTR: "EINTR"
        default: nil
        }
    }

    /// The kind of a file of `mode`; nil for a regular file.
    public static func kind(of mode: mode_t) -> FileKind? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFLNK: .symbolicLink
        case S_IFIFO: .fifo
        case S_IFDIR: .folder
        case S_IFCHR, S_IFBLK: .device
        case S_IFSOCK: .socket
        default: .special
        }
    }

    /// The problem an error thrown by Foundation (or anything else) stands for: its POSIX code when it has one.
    public static func from(_ error: any Error) -> FileProblem {
        if let problem = error as? FileProblem { return problem }
        if let failure = error as? JSONFailure { return failure.problem }
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return .system(errno: Int32(ns.code)) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return .system(errno: Int32(underlying.code))
        }
        if let cocoa = error as? CocoaError {
            switch cocoa.code {
            case .fileReadNoSuchFile, .fileNoSuchFile: return .system(errno: ENOENT)
            case .fileReadNoPermission, .fileWriteNoPermission: return .system(errno: EACCES)
            case .fileWriteOutOfSpace: return .system(errno: ENOSPC)
            case .fileWriteVolumeReadOnly: return .system(errno: EROFS)
            case .fileWriteFileExists: return .system(errno: EEXIST)
            default: break
            }
        }
        return .other("\(error)")
    }
}

/// The problem in English, for logs and tests; the interface renders it through its catalogues (`Messages`).
extension FileProblem: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .system(code): return Self.englishSystemError(code)
        case let .notRegularFile(kind): return "\(kind), not a regular file"
        case let .notOntapFile(path, kind): return "\(path) is \(kind), not a file ontap made; ontap never writes through it: delete it"
        case let .expected(what, found): return "expected \(what) but found \(found)"
        case .nestedTooDeeply: return "values nested too deeply"
        case .notUTF8: return "bytes that are not UTF-8 text"
        case .controlCharacterInString: return "a control character inside a string (strings must be on one line)"
        case .unterminatedString: return "a string that never ends (the file is cut short)"
        case .loneSurrogate: return "a lone UTF-16 surrogate escape"
        case let .unknownEscape(escape): return "an unknown escape '\(escape)'"
        case .unicodeEscapeCutShort: return "a \\u escape cut short"
        case .unicodeEscapeNotHex: return "a \\u escape needs four hex digits"
        case .valueCutShort: return "a value cut short"
        case .numberTooLarge: return "a number too large"
        case .leadingZero: return "a number with a leading zero"
        case .noDigitAfterPoint: return "a number with no digit after '.'"
        case .noDigitInExponent: return "a number with no digit in its exponent"
        case .emptyFile: return "the file is empty"
        case .textAfterEnd: return "text after the end of the JSON value"
        case .notValidJSON: return "not valid JSON"
        case .unclosedQuote: return "a quoted field is never closed; add the closing \""
        case let .yamlSyntax(detail): return "not valid YAML (\(detail))"
        case let .outOfRange(field, lower, upper, value):
            return "'\(field)' must be between \(lower) and \(upper)" + (value.map { ", not \($0)" } ?? "")
        case let .measureOutOfRange(field, lower, upper): return "'\(field)' must be a number between \(lower) and \(upper)"
        case let .duplicateField(name): return "the field '\(name)' appears twice"
        case let .missingField(name, place): return "missing field '\(name)'" + (place.map { " in '\($0)'" } ?? "")
        case let .wrongKindOfValue(path): return "wrong kind of value at '\(path)'"
        case let .wrongFormat(found, expected):
            return "not an ontap \(expected) file (" + (found.map { "format '\($0)'" } ?? "no 'format' field") + ")"
        case .emptyCardID: return "an empty card id"
        case let .cardIDTooLong(bytes, limit): return "a card id of \(bytes) bytes (at most \(limit))"
        case .cardIDControlCharacter: return "a card id with a control character"
        case let .duplicateCard(id): return "the card '\(id)' appears twice"
        case .operationWhereAnswerExpected: return "an operation where an answer was expected"
        case let .unknownOperation(op): return "an unknown operation '\(op)' (written by a newer ontap? update ontap to read it)"
        case let .settingsUnreadable(problem): return "the scheduler settings are not readable (\(problem))"
        case let .settingsUnusable(detail): return "the scheduler settings are not usable (\(detail))"
        case .noReviewLog: return "there is no review log there"
        case let .logOfOtherDeck(theirs, ours): return "this is the log of the deck '\(theirs)', not '\(ours)'"
        case let .other(text): return text
        }
    }

    /// A system error in English: the common ones in words, else the number and C name.
    static func englishSystemError(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file or folder"
        case EACCES, EPERM: return "permission denied"
        case EROFS: return "the disk is read-only"
        case ENOSPC, EDQUOT: return "no space left on the disk"
        case EISDIR: return "it is a folder"
        case ENOTDIR: return "a part of the path is not a folder"
        case EEXIST: return "the file already exists"
        case EMFILE, ENFILE: return "too many files open"
        case EIO: return "an input/output error (the disk may be failing)"
        case EFBIG: return "the file is too large"
        case ELOOP: return "a symbolic link"
        case ENAMETOOLONG: return "the name is too long"
        default: return "system error \(code)" + (errnoName(code).map { " (\($0))" } ?? "")
        }
    }
}

extension FileProblem.Expected: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .character(c): "'\(c)'"
        case let .either(a, b): "'\(a)' or '\(b)'"
        case .fieldName: "a field name in double quotes"
        case .string: "a string in double quotes"
        case .value: "a value (text in quotes, a number, a list or an object)"
        case .number: "a number"
        case .wholeNumber: "a whole number"
        case .trueOrFalse: "true or false"
        case let .word(word): word
        case .endOfDocument: "the end of the document"
        }
    }
}

extension FileProblem.Found: CustomStringConvertible {
    public var description: String {
        switch self {
        case .end: "the end of the file"
        case let .character(c): "'\(c)'"
        case .nul: "a NUL byte (binary data)"
        case let .byte(b): "the byte 0x" + String(b, radix: 16, uppercase: true)
        case let .controlByte(b): "the control byte 0x" + String(b, radix: 16, uppercase: true)
        }
    }
}

extension FileProblem.FileKind: CustomStringConvertible {
    public var description: String {
        switch self {
        case .symbolicLink: "a symbolic link"
        case .fifo: "a FIFO (named pipe)"
        case .folder: "a folder"
        case .device: "a device"
        case .socket: "a socket"
        case .special: "a special file"
        }
    }
}
