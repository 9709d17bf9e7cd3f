import FileFormats
import Testing

/// The one CSV reader and writer: RFC 4180 quoting, BOM, separators, positions of faults, and round trips.
@Suite struct CSVTests {
    @Test func readsQuotesLineBreaksAndEscapedQuotes() throws {
        let text = "\u{FEFF}date,event\r\n1991,\"Liên Xô \"\"tan rã\"\",\r\nhết\"\r\n\r\n  \"1994\" , Nga\n"
        let records = try CSV.records(text)
        #expect(records == [
            CSV.Record(line: 1, fields: ["date", "event"]),
            CSV.Record(line: 2, fields: ["1991", "Liên Xô \"tan rã\",\r\nhết"]),
            CSV.Record(line: 5, fields: ["1994 ", " Nga"]),
        ])
    }

    @Test(arguments: [("a;b;c\n1;2;3\n", ";"), ("a\tb\n1\t2\n", "\t"), ("a,b\n", ","), ("\"x;y\",z\n", ","), ("abc\n", ",")])
    func detectsTheSeparatorOfTheFirstRecord(text: String, separator: String) {
        #expect(CSV.detectSeparator(Array(text.unicodeScalars)) == separator.unicodeScalars.first!)
    }

    @Test func anUnclosedQuoteIsAFaultAtItsPlace() {
        #expect(throws: CSV.Fault(line: 2, column: 3, problem: .unclosedQuote)) {
            try CSV.records("a,b\nx,\"open\nmore\n")
        }
    }

    @Test func writtenFieldsReadBackTheSame() throws {
        let rows = [["plain", "with,comma", "with \"quote\"", "two\nlines", " padded ", ""],
                    ["Hà Nội", "tab\there", "semi;colon", "\r\n", "\"", "x"]]
        for separator in [",", ";", "\t"].map({ $0.unicodeScalars.first! }) {
            let text = rows.map { CSV.line($0, separator: separator) }.joined()
            #expect(try CSV.records(text, separator: separator).map(\.fields) == rows, "\(separator)")
        }
        #expect(CSV.line(["a", "b,c"]) == "a,\"b,c\"\r\n")
    }
}
