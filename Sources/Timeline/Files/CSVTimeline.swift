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

    /// Splits `text` into records; blank lines and lines starting with `#` are skipped.
    static func records(_ text: String, fileName: String) throws(TimelineFileError) -> [Record] {
        let scalars = Array(text.unicodeScalars)
        let separator = detectSeparator(scalars)
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1, recordLine = 1
        var quoted = false, quoteLine = 1, quoteColumn = 1, column = 1
        var atFieldStart = true
        var i = 0
        func endRecord() {
            fields.append(String(field).trimmingSpaces)
            field = String.UnicodeScalarView()
            let blank = fields.allSatisfy { $0.isEmpty }
            let comment = fields.first?.hasPrefix("#") == true
            if !blank && !comment { records.append(Record(line: recordLine, fields: fields)) }
            fields = []
        }
        while i < scalars.count {
            let c = scalars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" { field.append("\""); i += 2; column += 2; continue }
                    quoted = false
                } else {
                    field.append(c)
                    if c == "\n" { line += 1; column = 0 }
                }
            } else if c == "\"" && atFieldStart {
                quoted = true
                quoteLine = line
                quoteColumn = column
            } else if c == separator {
                fields.append(String(field).trimmingSpaces)
                field = String.UnicodeScalarView()
                atFieldStart = true
                i += 1
                column += 1
                continue
            } else if c == "\n" {
                endRecord()
                line += 1
                column = 0
                recordLine = line
                atFieldStart = true
                i += 1
                column += 1
                continue
            } else if c != "\r" {
                field.append(c)
                if !c.properties.isWhitespace { atFieldStart = false }
            }
            if c != " " && c != "\t" && c != "\"" { atFieldStart = false }
            i += 1
            column += 1
        }
        if quoted {
            throw .syntax(file: fileName, line: quoteLine, column: quoteColumn,
                          problem: "a quoted field is never closed; add the closing \"")
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }

    /// The separator of the first line: the most frequent of `,`, `;` and tab outside quotes.
    static func detectSeparator(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [",": 0, ";": 0, "\t": 0]
        var quoted = false
        for c in scalars {
            if c == "\n" && !quoted { break }
            if c == "\"" { quoted.toggle() }
            if !quoted, counts[c] != nil { counts[c]! += 1 }
        }
        let best = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key != ",") }!
        return best.value > 0 ? best.key : ","
    }
}
