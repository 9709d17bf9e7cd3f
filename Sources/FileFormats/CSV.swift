/// RFC 4180 CSV, read and written the same way by every reader and writer of ontap: quoted fields (a `""` inside
/// is one quote; separators and line breaks inside are kept), CRLF or LF line ends, an optional UTF-8 byte order
/// mark, and `,`, `;` or tab as the separator (found from the first record when not given).
///
/// Lenient where spreadsheets are: spaces before an opening quote are dropped, and text after a closing quote is
/// kept. A quoted field that never ends is an error at its opening quote.
public enum CSV {
    /// One record: the line it starts on (1-based) and its fields as written (not trimmed).
    public struct Record: Equatable, Sendable {
        public var line: Int
        public var fields: [String]

        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    /// Where and why a file is not CSV.
    public struct Fault: Error, Equatable, Sendable {
        public var line: Int
        public var column: Int
        public var problem: FileProblem

        public init(line: Int, column: Int, problem: FileProblem) {
            self.line = line
            self.column = column
            self.problem = problem
        }
    }

    /// The records of `text`; empty lines are skipped. `separator` nil: the first record decides (`detectSeparator`).
    public static func records(_ text: String, separator: Unicode.Scalar? = nil) throws(Fault) -> [Record] {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        let separator = separator ?? detectSeparator(scalars)
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1, recordLine = 1, column = 1
        var quoted = false, quoteLine = 1, quoteColumn = 1
        var atFieldStart = true
        var pendingSpaces = String.UnicodeScalarView()   // spaces at a field's start, dropped if a quote follows
        func endField() {
            if atFieldStart { field = pendingSpaces + field }
            fields.append(String(field))
            field = String.UnicodeScalarView()
            pendingSpaces = String.UnicodeScalarView()
            atFieldStart = true
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
            fields = []
        }
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            i += 1
            defer { column += 1 }
            if quoted {
                if c == "\"" {
                    if i < scalars.count, scalars[i] == "\"" { field.append("\""); i += 1; column += 1; continue }
                    quoted = false
                } else {
                    field.append(c)
                    if c == "\n" { line += 1; column = 0 }
                }
                continue
            }
            switch c {
            case "\"" where atFieldStart:
                quoted = true
                atFieldStart = false
                pendingSpaces = String.UnicodeScalarView()
                quoteLine = line
                quoteColumn = column
            case separator:
                endField()
            case "\n":
                endRecord()
                line += 1
                column = 0
                recordLine = line
            case "\r":                              // CRLF (or a stray CR) outside quotes ends nothing by itself
                break
            case " " where atFieldStart:
                pendingSpaces.append(c)
            default:
                if atFieldStart { field.append(contentsOf: pendingSpaces); pendingSpaces = String.UnicodeScalarView() }
                atFieldStart = false
                field.append(c)
            }
        }
        if quoted { throw Fault(line: quoteLine, column: quoteColumn, problem: .unclosedQuote) }
        if !field.isEmpty || !pendingSpaces.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }

    /// The separator of the first record: the most frequent of `,`, `;` and tab outside quotes (`,` on a tie or
    /// when there is none).
    public static func detectSeparator(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
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

    /// `text` as one field: quoted (with `""` for a quote) when it holds the separator, a quote or a line break, or
    /// starts or ends with a space.
    public static func field(_ text: String, separator: Unicode.Scalar = ",") -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.unicodeScalars.first == " " || text.unicodeScalars.last == " "
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One record's line: the fields, each written by `field`, joined by `separator`, ended by CRLF (RFC 4180).
    public static func line(_ fields: [String], separator: Unicode.Scalar = ",") -> String {
        fields.map { field($0, separator: separator) }.joined(separator: String(separator)) + "\r\n"
    }
}
