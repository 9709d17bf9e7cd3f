import FileFormats

/// Timeline rows from JSON (FileFormats' `JSONValue`, the JSON reader every ontap file shares), with the line of
/// each row for error messages.
enum JSONTimeline {
    static func rows(_ text: String, fileName: String) throws(TimelineFileError) -> [TimelineRow] {
        let bytes = Array(text.utf8)
        let root: JSONValue
        do {
            root = try JSONValue.parse(bytes)
        } catch {
            let (line, column) = bytes.withUnsafeBufferPointer { TextPosition.of(error.offset, in: $0) }
            throw .syntax(file: fileName, line: line, column: column, problem: error.problem)
        }
        let reader = Reader(bytes: bytes, fileName: fileName)
        switch root.kind {
        case .array(let items):
            var rows: [TimelineRow] = []
            for item in items { rows.append(try reader.row(item)) }
            return rows
        case .object(let members):
            if let events = members.first(where: { TimelineRow.field($0.key) == .event || $0.key.lowercased() == "timeline" }) {
                return try reader.rows(events.value)
            }
            // { "1945-09-02": "Tuyên ngôn Độc lập", … }
            var rows: [TimelineRow] = []
            for member in members {
                guard case .string(let event) = member.value.kind else {
                    throw .wrongType(file: fileName, line: reader.line(member.value), field: member.key, expected: "text")
                }
                rows.append(TimelineRow(line: reader.line(member.value), date: member.key, event: event))
            }
            return rows
        default:
            throw .notAList(file: fileName, line: reader.line(root))
        }
    }

    /// Rows from the parsed document, with lines counted in its bytes.
    private struct Reader {
        let bytes: [UInt8]
        let fileName: String

        func line(_ value: JSONValue) -> Int { value.line(in: bytes) }

        func rows(_ value: JSONValue) throws(TimelineFileError) -> [TimelineRow] {
            guard case .array(let items) = value.kind else { throw .notAList(file: fileName, line: line(value)) }
            var rows: [TimelineRow] = []
            for item in items { rows.append(try row(item)) }
            return rows
        }

        func row(_ item: JSONValue) throws(TimelineFileError) -> TimelineRow {
            guard case .object(let members) = item.kind else { throw .notAList(file: fileName, line: line(item)) }
            var row = TimelineRow(line: line(item))
            for member in members {
                guard let field = TimelineRow.field(member.key) else { continue }
                switch (field, member.value.kind) {
                case (.tags, .array(let tags)):
                    for tag in tags {
                        guard let text = Self.scalarText(tag.kind) else {
                            throw .wrongType(file: fileName, line: line(tag), field: "tags", expected: "a list of words")
                        }
                        row.tags.append(text)
                    }
                case (.tags, let value):
                    guard let text = Self.scalarText(value) else {
                        throw .wrongType(file: fileName, line: line(member.value), field: "tags", expected: "a list of words")
                    }
                    row.tags = TimelineRow.splitTags(text)
                case (_, .null):
                    continue
                case (let field, let value):
                    guard let text = Self.scalarText(value) else {
                        throw .wrongType(file: fileName, line: line(member.value), field: member.key, expected: "text")
                    }
                    switch field {
                    case .date: row.date = text
                    case .event: row.event = text
                    case .notes: row.notes = text
                    case .tags: break
                    }
                }
            }
            return row
        }

        static func scalarText(_ value: JSONValue.Kind) -> String? {
            switch value {
            case .string(let text): return text
            case .number(let text): return text
            case .bool(let flag): return flag ? "true" : "false"
            default: return nil
            }
        }
    }
}
