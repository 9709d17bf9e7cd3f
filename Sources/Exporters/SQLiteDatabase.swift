import CSQLite

/// A small in-memory SQLite database: run statements, insert rows, and take the whole file as bytes.
///
/// In memory so that the Anki exporter stays pure (no temporary file); `serialize()` gives the database file.
final class SQLiteDatabase {
    /// A value to bind to a `?` parameter.
    enum Value {
        case integer(Int64)
        case real(Double)
        case text(String)
    }

    private var handle: OpaquePointer?

    /// An empty database in memory.
    init() throws(ExportError) {
        guard sqlite3_open_v2(":memory:", &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) == SQLITE_OK else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(handle)
            throw .database(message)
        }
    }

    /// A database read from the bytes of an SQLite file (a private copy in memory; for checks and tests).
    convenience init(bytes: [UInt8]) throws(ExportError) {
        try self.init()
        guard let copy = sqlite3_malloc64(sqlite3_uint64(max(1, bytes.count))) else { throw .database("out of memory") }
        bytes.withUnsafeBytes { copy.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
        let flags = UInt32(SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE)
        guard sqlite3_deserialize(handle, "main", copy.assumingMemoryBound(to: UInt8.self), sqlite3_int64(bytes.count),
                                  sqlite3_int64(bytes.count), flags) == SQLITE_OK else { throw .database(lastError) }
    }

    deinit { sqlite3_close(handle) }

    /// The rows of a query, every column as text (nil for NULL).
    func rows(_ sql: String) throws(ExportError) -> [[String?]] {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else { throw .database(lastError) }
        defer { sqlite3_finalize(statement) }
        var result: [[String?]] = []
        while sqlite3_step(statement) == SQLITE_ROW {
            result.append((0..<sqlite3_column_count(statement)).map { column in
                sqlite3_column_text(statement, column).map { String(cString: $0) }
            })
        }
        return result
    }

    /// Runs one or more SQL statements without parameters.
    func execute(_ sql: String) throws(ExportError) {
        guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else { throw .database(lastError) }
    }

    /// Runs `sql` once per row of `rows`, binding each row's values to its `?` parameters (in one transaction).
    func insert(_ sql: String, rows: [[Value]]) throws(ExportError) {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else { throw .database(lastError) }
        defer { sqlite3_finalize(statement) }
        for row in rows {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
            for (offset, value) in row.enumerated() {
                let index = Int32(offset + 1)
                let status: Int32
                switch value {
                case let .integer(number): status = sqlite3_bind_int64(statement, index, number)
                case let .real(number): status = sqlite3_bind_double(statement, index, number)
                case let .text(text):
                    // SQLITE_TRANSIENT: SQLite copies the bytes before the closure's buffer goes away.
                    status = text.withCString { sqlite3_bind_text(statement, index, $0, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self)) }
                }
                guard status == SQLITE_OK else { throw .database(lastError) }
            }
            guard sqlite3_step(statement) == SQLITE_DONE else { throw .database(lastError) }
        }
    }

    /// The database as the bytes of an SQLite file.
    func serialize() throws(ExportError) -> [UInt8] {
        var size: sqlite3_int64 = 0
        guard let pointer = sqlite3_serialize(handle, "main", &size, 0) else { throw .database("sqlite3_serialize failed") }
        defer { sqlite3_free(pointer) }
        return Array(UnsafeBufferPointer(start: pointer, count: Int(size)))
    }

    private var lastError: String { String(cString: sqlite3_errmsg(handle)) }
}
