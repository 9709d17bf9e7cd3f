import CSQLite
import Foundation

/// A small SQLite database held in memory: run statements, insert rows through prepared statements, and read the
/// whole database file in place.
///
/// In memory so that the Anki exporter stays pure (no temporary file). It lives in SQLite's `memdb` VFS, whose
/// pages are one contiguous buffer, so `withFileBytes` hands out the database file without copying it.
final class SQLiteDatabase {
    /// A value to bind to a `?` parameter.
    enum Value {
        case integer(Int64)
        case real(Double)
        case text(String)
    }

    private var handle: OpaquePointer?
    private nonisolated(unsafe) static var opened = 0
    private static let lock = NSLock()

    /// An empty database in memory.
    init() throws(ExportError) {
        let name = Self.lock.withLock { Self.opened += 1; return "/ontap-export-\(getpid())-\(Self.opened)" }
        guard sqlite3_open_v2(name, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, "memdb") == SQLITE_OK else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(handle)
            throw .database(message)
        }
        try execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY;")
        // Current Anki collections index names with their own collation, `unicase` (case-insensitive Unicode).
        sqlite3_create_collation_v2(handle, "unicase", SQLITE_UTF8, nil, { _, count1, bytes1, count2, bytes2 in
            func folded(_ bytes: UnsafeRawPointer?, _ count: Int32) -> [Unicode.Scalar] {
                guard let bytes else { return [] }
                let text = String(decoding: UnsafeRawBufferPointer(start: bytes, count: Int(count)), as: UTF8.self)
                return Array(text.lowercased().unicodeScalars)
            }
            let a = folded(bytes1, count1), b = folded(bytes2, count2)
            for (x, y) in zip(a, b) where x != y { return x.value < y.value ? -1 : 1 }
            return a.count == b.count ? 0 : a.count < b.count ? -1 : 1
        }, nil)
    }

    /// A database read from the bytes of an SQLite file (a private copy in memory; for checks and tests).
    convenience init(bytes: [UInt8]) throws(ExportError) {
        try self.init()
        var failure: ExportError?
        bytes.withUnsafeBytes { buffer in
            do throws(ExportError) { try load(buffer) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// A database read from the bytes of an SQLite file in `buffer` (copied once, into SQLite's own memory).
    convenience init(copying buffer: UnsafeRawBufferPointer) throws(ExportError) {
        try self.init()
        try load(buffer)
    }

    /// Replaces the (empty) database with a copy of the SQLite file in `buffer`.
    private func load(_ buffer: UnsafeRawBufferPointer) throws(ExportError) {
        let count = buffer.count
        guard let copy = sqlite3_malloc64(sqlite3_uint64(max(1, count))) else { throw .database("out of memory") }
        if count > 0 { copy.copyMemory(from: buffer.baseAddress!, byteCount: count) }
        let flags = UInt32(SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE)
        guard sqlite3_deserialize(handle, "main", copy.assumingMemoryBound(to: UInt8.self), sqlite3_int64(count),
                                  sqlite3_int64(count), flags) == SQLITE_OK else { throw .database(lastError) }
    }

    /// Replaces the (empty) database with the SQLite file that `fill` writes into memory it gets from SQLite's own
    /// allocator (the function it is handed behaves like C's `realloc`), so SQLite owns the bytes and a large
    /// collection decompressed from a package is never copied. Bytes that do not start like an SQLite file are
    /// refused with `PackageProblem.notSQLite`; `fill`'s own errors pass through.
    func load(_ fill: ((UnsafeMutableRawPointer?, Int) -> UnsafeMutableRawPointer?) throws -> (pointer: UnsafeMutableRawPointer?, count: Int))
        throws {
        let (pointer, count) = try fill { old, size in sqlite3_realloc64(old, sqlite3_uint64(size)) }
        guard let pointer else { throw ExportError.database("out of memory") }
        let header = Array("SQLite format 3\u{0}".utf8)
        guard count >= 100, memcmp(pointer, header, header.count) == 0 else {
            sqlite3_free(pointer)
            throw PackageProblem.notSQLite
        }
        // Anki leaves its collection in WAL mode (file format numbers 2 at bytes 18 and 19); a database in memory
        // has no WAL file beside it, so it is read as a rollback-journal one (1), as `sqlite3_deserialize` needs.
        let formats = pointer.assumingMemoryBound(to: UInt8.self)
        if formats[18] == 2 || formats[19] == 2 { formats[18] = 1; formats[19] = 1 }
        // FREEONCLOSE: SQLite frees the buffer when the database closes, or now if it refuses it.
        let flags = UInt32(SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE)
        guard sqlite3_deserialize(handle, "main", pointer.assumingMemoryBound(to: UInt8.self), sqlite3_int64(count),
                                  sqlite3_int64(count), flags) == SQLITE_OK else { throw ExportError.database(lastError) }
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

    /// One result row of `forEachRow`, read column by column (0-based) without making strings of numbers.
    struct Row {
        fileprivate let statement: OpaquePointer

        /// The column as a whole number (0 for NULL or text that is not one).
        func int(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }

        /// The column as text (nil for NULL).
        func text(_ column: Int32) -> String? {
            guard let pointer = sqlite3_column_text(statement, column) else { return nil }
            let count = Int(sqlite3_column_bytes(statement, column))
            return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
        }

        /// The column's bytes (a blob; empty for NULL).
        func blob(_ column: Int32) -> [UInt8] {
            guard let pointer = sqlite3_column_blob(statement, column) else { return [] }
            return Array(UnsafeRawBufferPointer(start: pointer, count: Int(sqlite3_column_bytes(statement, column))))
        }
    }

    /// Calls `body` with each row of a query, in order: for large tables (a review log of millions of rows).
    func forEachRow(_ sql: String, _ body: (Row) throws -> Void) throws {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else { throw ExportError.database(lastError) }
        defer { sqlite3_finalize(statement) }
        while true {
            let status = sqlite3_step(statement)
            if status == SQLITE_DONE { return }
            guard status == SQLITE_ROW else { throw ExportError.database(lastError) }
            try body(Row(statement: statement))
        }
    }

    /// Runs one or more SQL statements without parameters.
    func execute(_ sql: String) throws(ExportError) {
        guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else { throw .database(lastError) }
    }

    /// Runs `sql` once per row of `rows`, binding each row's values to its `?` parameters.
    func insert(_ sql: String, rows: [[Value]]) throws(ExportError) {
        let statement = try prepare(sql)
        for row in rows { try statement.run(row) }
    }

    /// A prepared statement to run many times (bind, step, reset), finalized when released.
    func prepare(_ sql: String) throws(ExportError) -> Statement {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw .database(lastError)
        }
        return Statement(statement, database: self)
    }

    /// One prepared statement.
    final class Statement {
        private let statement: OpaquePointer
        private let database: SQLiteDatabase

        fileprivate init(_ statement: OpaquePointer, database: SQLiteDatabase) {
            self.statement = statement
            self.database = database
        }

        deinit { sqlite3_finalize(statement) }

        /// Binds `values` to the parameters in order and runs the statement once.
        func run(_ values: [Value]) throws(ExportError) {
            for (offset, value) in values.enumerated() { try bind(Int32(offset + 1), value) }
            try step()
        }

        /// Binds one value to parameter `index` (1-based).
        func bind(_ index: Int32, _ value: Value) throws(ExportError) {
            let status: Int32
            switch value {
            case let .integer(number): status = sqlite3_bind_int64(statement, index, number)
            case let .real(number): status = sqlite3_bind_double(statement, index, number)
            case let .text(text):
                // SQLITE_TRANSIENT: SQLite copies the bytes before the closure's buffer goes away.
                status = text.withCString { sqlite3_bind_text(statement, index, $0, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self)) }
            }
            guard status == SQLITE_OK else { throw .database(database.lastError) }
        }

        /// Binds an integer to parameter `index` (1-based): the fast path for bulk rows.
        func bind(_ index: Int32, _ number: Int64) {
            sqlite3_bind_int64(statement, index, number)
        }

        /// Runs the statement with the values bound so far, then resets it for the next row.
        func step() throws(ExportError) {
            let status = sqlite3_step(statement)
            sqlite3_reset(statement)
            guard status == SQLITE_DONE else { throw .database(database.lastError) }
        }
    }

    /// Calls `body` with the database file's bytes, in place when SQLite can give them without a copy.
    func withFileBytes<T>(_ body: (UnsafeRawBufferPointer) throws(ExportError) -> T) throws(ExportError) -> T {
        var size: sqlite3_int64 = 0
        if let pointer = sqlite3_serialize(handle, "main", &size, UInt32(SQLITE_SERIALIZE_NOCOPY)) {
            return try body(UnsafeRawBufferPointer(start: pointer, count: Int(size)))
        }
        guard let pointer = sqlite3_serialize(handle, "main", &size, 0) else { throw .database("sqlite3_serialize failed") }
        defer { sqlite3_free(pointer) }
        return try body(UnsafeRawBufferPointer(start: pointer, count: Int(size)))
    }

    /// The database as the bytes of an SQLite file (a copy).
    func serialize() throws(ExportError) -> [UInt8] {
        try withFileBytes { buffer throws(ExportError) in Array(buffer) }
    }

    /// Rows the last statement inserted, changed or deleted.
    var changes: Int32 { sqlite3_changes(handle) }

    fileprivate var lastError: String { String(cString: sqlite3_errmsg(handle)) }
}
