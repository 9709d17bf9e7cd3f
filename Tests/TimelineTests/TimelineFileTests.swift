import FileFormats
import Testing
import Timeline

/// Hand-written timelines: JSON, CSV and YAML rows → events, and errors that name the line and field.
@Suite struct TimelineFileTests {
    @Test func json() throws {
        let text = """
        [
          {"date": "1945-09-02", "event": "Hồ Chí Minh đọc Tuyên ngôn Độc lập", "tags": ["độc lập"], "notes": "Ba Đình"},
          {"date": "ngày 19 tháng 12 năm 1946", "event": "toàn quốc kháng chiến"},
          {"date": 1954, "event": "Hiệp định Genève", "tags": "ngoại giao; hòa bình"}
        ]
        """
        let events = try TimelineFile.parse(bytes: Array(text.utf8), fileName: "vn.json")
        #expect(events.map(\.date) == ["1945-09-02", "1946-12-19", "1954"])
        #expect(events[0].statement == "Hồ Chí Minh đọc Tuyên ngôn Độc lập.")
        #expect(events[0].tags == ["độc lập"])
        #expect(events[0].notes == "Ba Đình")
        #expect(events[0].actors.contains("Hồ Chí Minh"))
        #expect(events[1].statement == "Toàn quốc kháng chiến.")
        #expect(events[2].tags == ["ngoại giao", "hòa bình"])
    }

    @Test func jsonObjectOfDates() throws {
        let events = try TimelineFile.parse(bytes: Array(#"{"1776-07-04": "Declaration of Independence"}"#.utf8),
                                            fileName: "us.json")
        #expect(events.map(\.date) == ["1776-07-04"])
    }

    @Test func csvWithHeaderQuotesAndSemicolons() throws {
        let text = #"""
        date;event;tags;notes
        April 19, 1775;"Battles of Lexington; Concord";war|start;
        # a comment line
        late March 2017;"The council met ""again""";;

        1946–1991;Soviet Union;;"two
        lines"
        """#
        let events = try TimelineFile.parse(bytes: Array(text.utf8), fileName: "t.csv")
        #expect(events.map(\.date) == ["1775-04-19", "2017-03", "1946/1991"])
        #expect(events[0].sentence == "Battles of Lexington; Concord")
        #expect(events[0].tags == ["war", "start"])
        #expect(events[1].qualifier == .late)
        #expect(events[1].sentence == "The council met \"again\"")
        #expect(events[2].notes == "two\nlines")
    }

    @Test func csvWithoutHeader() throws {
        let events = try TimelineFile.parse(bytes: Array("2/9/1945,Tuyên ngôn Độc lập\n".utf8), fileName: "t.csv")
        #expect(events.map(\.date) == ["1945-09-02"])
    }

    @Test func yaml() throws {
        let text = """
        events:
          - date: 1945-08-19
            event: Tổng khởi nghĩa ở Hà Nội
            tags: [cách mạng, Hà Nội]
          - date: tháng 8 năm 1945
            event: Cách mạng tháng Tám
            notes: cả nước
        """
        let events = try TimelineFile.parse(bytes: Array(text.utf8), fileName: "cm.yml")
        #expect(events.map(\.date) == ["1945-08-19", "1945-08"])
        #expect(events[0].tags == ["cách mạng", "Hà Nội"])
        #expect(events[1].notes == "cả nước")
    }

    static let errors: [(String, String, TimelineFileError)] = [
        ("a.txt", "x", .unknownFormat(file: "a.txt")),
        ("a.json", "[{\"date\": \"1945\"}]", .missingField(file: "a.json", line: 1, field: "event")),
        ("a.json", "[\n {\"event\": \"x\"}\n]", .missingField(file: "a.json", line: 2, field: "date")),
        ("a.json", "[\n {\"date\": \"sometime\", \"event\": \"x\"}\n]", .badDate(file: "a.json", line: 2, value: "sometime")),
        ("a.json", "[\n {\"date\": \"1945\" \"event\": \"x\"}\n]",
         .syntax(file: "a.json", line: 2, column: 18, problem: .expected(.either(",", "}"), found: .character("\"")))),
        ("a.json", "{\"events\": 3}", .notAList(file: "a.json", line: 1)),
        ("a.json", "[{\"date\": [1945], \"event\": \"x\"}]", .wrongType(file: "a.json", line: 1, field: "date", expected: "text")),
        ("a.csv", "date,event\n1945,ok\nnot a date,x\n", .badDate(file: "a.csv", line: 3, value: "not a date")),
        ("a.csv", "date,notes\n1945,x\n", .missingField(file: "a.csv", line: 1, field: "event")),
        ("a.csv", "date,event\n1945,\"open\n", .syntax(file: "a.csv", line: 2, column: 6,
                                                      problem: .unclosedQuote)),
        ("a.yaml", "- date: 1945\n  event: ok\n- date: 1946\n", .missingField(file: "a.yaml", line: 3, field: "event")),
        ("a.yaml", "- date: 1945\n  event: [x]\n", .wrongType(file: "a.yaml", line: 2, field: "event", expected: "text")),
        ("a.json", "   ", .noEvents(file: "a.json")),
        ("a.csv", "date,event\n", .noEvents(file: "a.csv")),
    ]

    @Test(arguments: errors)
    func errorsNameTheLineAndField(fileName: String, text: String, expected: TimelineFileError) {
        #expect(throws: expected) { try TimelineFile.parse(bytes: Array(text.utf8), fileName: fileName) }
        #expect(expected.errorDescription?.hasPrefix(fileName) == true)
    }

    @Test func yamlSyntaxErrorHasAPosition() {
        do {
            _ = try TimelineFile.parse(bytes: Array("- date: 1945\n  event: [x\n".utf8), fileName: "b.yaml")
            Issue.record("no error")
        } catch {
            guard case let .syntax(file, line, _, _) = error else { Issue.record("\(error)"); return }
            #expect(file == "b.yaml")
            #expect(line >= 2)
        }
    }

    @Test func binaryIsNotText() {
        #expect(throws: TimelineFileError.notText(file: "b.csv", reason: .binary(line: 1, column: 2))) {
            try TimelineFile.parse(bytes: [0x31, 0x00], fileName: "b.csv")
        }
    }

    static let datePhrases: [(String, String)] = [
        ("1945", "1945"), ("1945-08", "1945-08"), ("198X", "198X"), ("1944-10/1945-05", "1944-10/1945-05"),
        ("ngày 2 tháng 9 năm 1945", "1945-09-02"), ("2/9/1945", "1945-09-02"), ("tháng 8/1945", "1945-08"),
        ("thế kỷ XX", "19XX"), ("September 3, 1783", "1783-09-03"), ("the 1990s", "199X"), ("1946–1991", "1946/1991"),
    ]

    @Test(arguments: datePhrases)
    func datePhrase(text: String, value: String) {
        #expect(DatePhrase.parse(text)?.value == value)
    }

    @Test func notDates() {
        for text in ["", "hôm nay", "ngày 6 tháng 8", "2013-13-01", "sometime", "Vigilant Skies 2011"] {
            #expect(DatePhrase.parse(text) == nil, "\(text)")
        }
    }
}
