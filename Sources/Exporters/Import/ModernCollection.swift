/// What a current Anki collection (schema 15 and later, as in `collection.anki21b`: schema 18) keeps outside the
/// `col` table, where a legacy collection has JSON: note types in `notetypes`, `fields` and `templates` (their
/// settings as Protocol Buffers; ontap reads the kind, standard or cloze, and the templates' two formats) and decks
/// in `decks` (names with their levels joined by U+001F).
enum ModernCollection {
    /// Whether `db` keeps its note types in tables (a current collection) rather than in `col.models`.
    static func isModern(_ db: SQLiteDatabase) throws -> Bool {
        try !db.rows("select 1 from sqlite_master where type = 'table' and name = 'notetypes'").isEmpty
    }

    /// The note types by id, with their fields in order and templates in order.
    static func noteTypes(_ db: SQLiteDatabase, ontapIDs: Set<Int64>) throws -> [Int64: AnkiPackageReader.NoteType] {
        var types: [Int64: AnkiPackageReader.NoteType] = [:]
        try db.forEachRow("select id, name, config from notetypes") { row in
            // NotetypeConfig: field 1, kind (0 normal, 1 cloze).
            let config = try ProtobufFields(row.blob(2)[...])
            let id = row.int(0)
            types[id] = AnkiPackageReader.NoteType(name: row.text(1) ?? String(id), isCloze: config.varint(1) == 1,
                                                    fields: [], templates: [], isOntap: ontapIDs.contains(id))
        }
        try db.forEachRow("select ntid, name from fields order by ntid, ord") { row in
            types[row.int(0)]?.fields.append(row.text(1) ?? "")
        }
        try db.forEachRow("select ntid, config from templates order by ntid, ord") { row in
            // CardTemplate.Config: field 1 the question format, field 2 the answer format.
            let config = try ProtobufFields(row.blob(1)[...])
            types[row.int(0)]?.templates.append((config.string(1) ?? "", config.string(2) ?? ""))
        }
        return types
    }

    /// The decks' names by id, levels joined by `::` as in a legacy collection.
    static func deckNames(_ db: SQLiteDatabase) throws -> [Int64: String] {
        var names: [Int64: String] = [:]
        try db.forEachRow("select id, name from decks") { row in
            names[row.int(0)] = (row.text(1) ?? "").split(separator: "\u{1F}", omittingEmptySubsequences: false).joined(separator: "::")
        }
        return names
    }
}
