/// Timeline rows from JSON, with the line of each row for error messages.
enum JSONTimeline {
    static func rows(_ text: String, fileName: String) throws(TimelineFileError) -> [TimelineRow] {
        let root: LineJSON.Located
        do {
            root = try LineJSON.parse(Array(text.utf8))
        } catch {
            throw .syntax(file: fileName, line: error.line, column: error.column, problem: error.problem)
        }
        switch root.value {
        case .array(let items):
            var rows: [TimelineRow] = []
            for item in items { rows.append(try row(item, fileName: fileName)) }
            return rows
        case .object(let members):
            if let events = members.first(where: { TimelineRow.field($0.key) == .event || $0.key.lowercased() == "timeline" }) {
                return try rows(events.value, fileName: fileName)
            }
            // { "1945-09-02": "Tuyên ngôn Độc lập", … }
            var rows: [TimelineRow] = []
            for member in members {
                guard case .string(let event) = member.value.value else {
                    throw .wrongType(file: fileName, line: member.value.line, field: member.key, expected: "text")
                }
                rows.append(TimelineRow(line: member.value.line, date: member.key, event: event))
            }
            return rows
        default:
            throw .notAList(file: fileName, line: root.line)
        }
    }

    private static func rows(_ located: LineJSON.Located, fileName: String) throws(TimelineFileError) -> [TimelineRow] {
        guard case .array(let items) = located.value else { throw .notAList(file: fileName, line: located.line) }
        var rows: [TimelineRow] = []
        for item in items { rows.append(try row(item, fileName: fileName)) }
        return rows
    }

    private static func row(_ item: LineJSON.Located, fileName: String) throws(TimelineFileError) -> TimelineRow {
        guard case .object(let members) = item.value else { throw .notAList(file: fileName, line: item.line) }
        var row = TimelineRow(line: item.line)
        for member in members {
            guard let field = TimelineRow.field(member.key) else { continue }
            switch (field, member.value.value) {
            case (.tags, .array(let tags)):
                for tag in tags {
                    guard let text = scalarText(tag.value) else {
                        throw .wrongType(file: fileName, line: tag.line, field: "tags", expected: "a list of words")
                    }
                    row.tags.append(text)
                }
            case (.tags, let value):
                guard let text = scalarText(value) else {
                    throw .wrongType(file: fileName, line: member.value.line, field: "tags", expected: "a list of words")
                }
                row.tags = TimelineRow.splitTags(text)
            case (_, .null):
                continue
            case (let field, let value):
                guard let text = scalarText(value) else {
                    throw .wrongType(file: fileName, line: member.value.line, field: member.key, expected: "text")
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

    private static func scalarText(_ value: LineJSON.Value) -> String? {
        switch value {
        case .string(let text): return text
        case .number(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        default: return nil
        }
    }
}
