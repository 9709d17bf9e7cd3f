import Cards
import Scheduling
import Store
import Timeline

/// Everything an exporter may read: the deck and, when asked for, the learner's progress on it.
public struct ExportInput: Sendable {
    /// The deck to export.
    public var deck: Deck
    /// The scheduler state of the studied cards, nil to export the deck without progress.
    public var progress: ProgressSnapshot?
    /// The review log, oldest first (empty without progress).
    public var reviews: [ReviewRecord]
    /// The export time (ms since 1970): dates the file and turns due times into "days from now".
    public var now: Timestamp

    /// An export of `deck`, with progress if given.
    public init(deck: Deck, progress: ProgressSnapshot? = nil, reviews: [ReviewRecord] = [], now: Timestamp) {
        self.deck = deck
        self.progress = progress
        self.reviews = reviews
        self.now = now
    }
}

/// A writer of one export format: pure, an `ExportInput` in, the file's bytes out (the caller writes the file).
public protocol DeckExporter: Sendable {
    /// The usual file extension, without the dot.
    var fileExtension: String { get }
    /// True when the output is not text (it is then never written to a terminal).
    var isBinary: Bool { get }
    /// The whole file.
    func export(_ input: ExportInput) throws(ExportError) -> [UInt8]
    /// The whole file handed to `emit` piece by piece, so a large export is never held twice (Anki packages).
    func write(_ input: ExportInput, to emit: (UnsafeRawBufferPointer) throws(ExportError) -> Void) throws(ExportError)
}

extension DeckExporter {
    /// Formats that build their file whole emit it in one piece.
    public func write(_ input: ExportInput, to emit: (UnsafeRawBufferPointer) throws(ExportError) -> Void) throws(ExportError) {
        try ZipArchive.emit(try export(input), to: emit)
    }
}

/// An exporter whose output is UTF-8 text.
public protocol TextDeckExporter: DeckExporter {
    /// The whole file as text.
    func text(_ input: ExportInput) throws(ExportError) -> String
}

extension TextDeckExporter {
    /// Text exporters write text.
    public var isBinary: Bool { false }

    /// The text as UTF-8 bytes.
    public func export(_ input: ExportInput) throws(ExportError) -> [UInt8] { Array(try text(input).utf8) }
}

/// Choices a format may honour (the exam's question count and shuffle seed).
public struct ExportOptions: Sendable, Equatable {
    /// How many questions the exam has (nil: every multiple-choice card).
    public var count: Int?
    /// Seed for picking and ordering exam questions (same seed, same exam); nil with no count keeps deck order.
    public var seed: UInt64?
    /// The interface language of the Anki profile a text export is for (it names Anki's stock note types).
    public var ankiLanguage: Language
    /// The exam's school or issuer, title and subject (nil: the defaults in the deck's language).
    public var school: String?, title: String?, subject: String?
    /// Whether the exam asks chronology cards too.
    public var examChronology: Bool

    /// Options with defaults: every question, in deck order, for an English Anki.
    public init(count: Int? = nil, seed: UInt64? = nil, ankiLanguage: Language = .en, school: String? = nil,
                title: String? = nil, subject: String? = nil, examChronology: Bool = false) {
        self.count = count
        self.seed = seed
        self.ankiLanguage = ankiLanguage
        self.school = school
        self.title = title
        self.subject = subject
        self.examChronology = examChronology
    }
}

/// The formats `ontap export --format` knows.
public enum ExportFormat: String, CaseIterable, Sendable {
    case apkg
    case tsv
    case csv
    case quizlet
    case markdown
    case exam

    /// One line for `--help`: what the format is for.
    public var summary: String {
        switch self {
        case .apkg: return "Anki package; carries scheduling and review history (see below)"
        case .tsv: return "Anki plain-text import (tab-separated; guid, note type, deck and tags columns)"
        case .csv: return "spreadsheet CSV (RFC 4180, UTF-8 with BOM), one row per card"
        case .quizlet: return "Quizlet import text: term<TAB>definition, one card a line"
        case .markdown: return "Markdown study sheet: events by date, then questions and answers"
        case .exam: return "printable HTML exam (đề thi), A–D questions, options shuffled per mã đề, key on its own page"
        }
    }

    /// The exporter for this format.
    public func exporter(options: ExportOptions = ExportOptions()) -> any DeckExporter {
        switch self {
        case .apkg: return AnkiPackageExporter()
        case .tsv: return AnkiTextExporter(profileLanguage: options.ankiLanguage)
        case .csv: return CSVExporter()
        case .quizlet: return QuizletExporter()
        case .markdown: return MarkdownExporter()
        case .exam:
            return ExamExporter(count: options.count, seed: options.seed, school: options.school, title: options.title,
                                subject: options.subject, includeChronology: options.examChronology)
        }
    }

    /// Whether this format can carry the learner's progress.
    public var carriesProgress: Bool { self == .apkg }
}
