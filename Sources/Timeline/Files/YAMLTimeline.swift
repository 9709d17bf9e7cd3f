import Yams

/// Timeline rows from YAML (through Yams' node tree, which keeps line numbers).
enum YAMLTimeline {
    static func rows(_ text: String, fileName: String) throws(TimelineFileError) -> [TimelineRow] {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw syntax(error, fileName: fileName)
        } catch {
            throw .syntax(file: fileName, line: 1, column: 1, problem: .yamlSyntax("\(error)"))
        }
        guard let root else { return [] }
        if let sequence = root.sequence { return try rows(sequence, fileName: fileName) }
        guard let mapping = root.mapping else { throw .notAList(file: fileName, line: line(root)) }
        for (key, value) in mapping {
            if let name = key.string, TimelineRow.field(name) == .event || name.lowercased() == "timeline",
               let sequence = value.sequence {
                return try rows(sequence, fileName: fileName)
            }
        }
        // 1945-09-02: Tuyên ngôn Độc lập
        var rows: [TimelineRow] = []
        for (key, value) in mapping {
            guard let date = key.string, let event = value.scalar?.string else {
                throw .wrongType(file: fileName, line: line(value), field: key.string ?? "?", expected: "text")
            }
            rows.append(TimelineRow(line: line(key), date: date, event: event))
        }
        return rows
    }

    private static func rows(_ sequence: Node.Sequence, fileName: String) throws(TimelineFileError) -> [TimelineRow] {
        var rows: [TimelineRow] = []
        for item in sequence {
            guard let mapping = item.mapping else { throw .notAList(file: fileName, line: line(item)) }
            var row = TimelineRow(line: line(item))
            for (key, value) in mapping {
                guard let name = key.string, let field = TimelineRow.field(name) else { continue }
                if field == .tags, let list = value.sequence {
                    for tag in list {
                        guard let text = tag.scalar?.string else {
                            throw .wrongType(file: fileName, line: line(tag), field: "tags", expected: "a list of words")
                        }
                        row.tags.append(text)
                    }
                    continue
                }
                guard let text = value.scalar?.string else {
                    throw .wrongType(file: fileName, line: line(value), field: name, expected: "text")
                }
                switch field {
                case .date: row.date = text
                case .event: row.event = text
                case .tags: row.tags = TimelineRow.splitTags(text)
                case .notes: row.notes = text
                }
            }
            rows.append(row)
        }
        return rows
    }

    private static func line(_ node: Node) -> Int { node.mark?.line ?? 1 }

    private static func syntax(_ error: YamlError, fileName: String) -> TimelineFileError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            return .syntax(file: fileName, line: mark.line, column: mark.column,
                           problem: .yamlSyntax((context.map { "\($0.description) " } ?? "") + problem))
        default:
            return .syntax(file: fileName, line: 1, column: 1, problem: .yamlSyntax("\(error)"))
        }
    }
}
