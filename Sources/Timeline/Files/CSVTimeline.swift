import FileFormats

/// Timeline rows from CSV: RFC 4180 quotes, `,` `;` or tab separators, an optional header row.
enum CSVTimeline {
    static func rows(_ text: String, fileName: String) throws(TimelineFileError) -> [TimelineRow] {
        let records = try records(text, fileName: fileName)
        guard let first = records.first else { return [] }
        var columns: [TimelineRow.Field?] = [.date, .event, .tags, .notes]
        var body = records[...]
        let named = first.fields.map { TimelineRow.field($0) }
        if named.contains(.date) || named.contains(.event) {
            columns = named
            body = records.dropFirst()
            for needed in [TimelineRow.Field.date, .event] where !named.contains(needed) {
                throw .missingField(file: fileName, line: first.line, field: needed.rawValue)
            }
        }
        var rows: [TimelineRow] = []
        for record in body {
            var row = TimelineRow(line: record.line)
            for (index, value) in record.fields.enumerated() where index < columns.count {
                switch columns[index] {
                case .date: row.date = value
                case .event: row.event = value
                case .tags: row.tags = TimelineRow.splitTags(value)
                case .notes: row.notes = value
                case nil: break
                }
            }
            rows.append(row)
        }
        return rows
    }

    struct Record {
        var line: Int
        var fields: [String]
    }

    /// Splits `text` into records (FileFormats' CSV), fields trimmed; blank lines and lines starting with `#` are
    /// skipped.
    static func records(_ text: String, fileName: String) throws(TimelineFileError) -> [Record] {
        let records: [CSV.Record]
        do { records = try CSV.records(text) } catch {
            throw .syntax(file: fileName, line: error.line, column: error.column, problem: error.problem)
        }
        return records.compactMap { record in
            let fields = record.fields.map(\.trimmingSpaces)
            if fields.allSatisfy(\.isEmpty) || fields.first?.hasPrefix("#") == true { return nil }
            return Record(line: record.line, fields: fields)
        }
    }
}
