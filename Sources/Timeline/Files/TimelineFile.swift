import Yams

/// Timelines teachers write by hand: JSON, CSV or YAML rows of `date, event[, tags, notes]` → `[Event]`.
///
/// JSON: a list of objects (`[{"date": "1945-09-02", "event": "…", "tags": ["…"]}]`), an object with an
/// `events` list, or an object of date → event. CSV: a header row naming the columns (or the columns in the
/// order date, event, tags, notes), `,` `;` or tab separated, quotes as in RFC 4180. YAML: the same shapes as
/// JSON. Dates are ISO or Vietnamese/English phrases (`DatePhrase`).
public enum TimelineFile {
    /// The formats, chosen by file extension.
    public enum Format: String, Sendable, CaseIterable {
        case json, csv, yaml

        /// The format of `fileName` from its extension (.json, .csv, .yaml, .yml), or nil.
        public init?(fileName: String) {
            let lower = fileName.lowercased()
            if lower.hasSuffix(".json") { self = .json } else if lower.hasSuffix(".csv") { self = .csv } else if
                lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { self = .yaml } else { return nil }
        }
    }

    /// Whether `fileName` names a timeline file rather than prose.
    public static func handles(fileName: String) -> Bool { Format(fileName: fileName) != nil }

    /// Reads the events of a timeline file; the format comes from the extension of `fileName`.
    public static func parse(bytes: [UInt8], fileName: String) throws(TimelineFileError) -> [Event] {
        guard let format = Format(fileName: fileName) else { throw .unknownFormat(file: fileName) }
        let text: String
        do {
            text = try SourceText.decode(bytes)
        } catch .empty {
            throw .noEvents(file: fileName)
        } catch {
            throw .notText(file: fileName, reason: error)
        }
        return try parse(text, format: format, fileName: fileName)
    }

    /// Reads the events of timeline `text` in `format`; `fileName` is only used in error messages.
    public static func parse(_ text: String, format: Format, fileName: String) throws(TimelineFileError) -> [Event] {
        let rows: [TimelineRow]
        switch format {
        case .json: rows = try JSONTimeline.rows(text, fileName: fileName)
        case .csv: rows = try CSVTimeline.rows(text, fileName: fileName)
        case .yaml: rows = try YAMLTimeline.rows(text, fileName: fileName)
        }
        guard !rows.isEmpty else { throw .noEvents(file: fileName) }
        var events: [Event] = []
        events.reserveCapacity(rows.count)
        for row in rows { events.append(try event(row, fileName: fileName)) }
        return events
    }

    static func event(_ row: TimelineRow, fileName: String) throws(TimelineFileError) -> Event {
        guard let dateText = row.date?.trimmingSpaces, !dateText.isEmpty else {
            throw .missingField(file: fileName, line: row.line, field: "date")
        }
        guard let text = row.event?.trimmingSpaces, !text.isEmpty else {
            throw .missingField(file: fileName, line: row.line, field: "event")
        }
        guard let (value, qualifier) = DatePhrase.parse(dateText) else {
            throw .badDate(file: fileName, line: row.line, value: dateText)
        }
        var statement = Array(text.utf8)
        Clause.capitalise(&statement)
        if let last = statement.last, ![0x2E, 0x21, 0x3F, 0x22].contains(last) { statement.append(0x2E) }
        let length = text.unicodeScalars.count
        let notes = row.notes?.trimmingSpaces
        return Event(date: value, qualifier: qualifier, start: 0, end: length, sentenceStart: 0, sentenceEnd: length,
                     sentence: text, statement: String(decoding: statement, as: UTF8.self),
                     actors: ActorFinder.actors(in: text), dateSurface: dateText, tags: row.tags,
                     notes: notes?.isEmpty == false ? notes : nil)
    }
}
