import Testing
@testable import Timeline

/// One table of month names serves the grammar, the cards and the answers.
@Suite struct MonthNameTests {
    @Test func namesAndAbbreviationsReadTheSameMonth() {
        #expect(MonthName.englishMonth("September") == 9)
        #expect(MonthName.englishMonth("sept") == 9)
        #expect(MonthName.englishMonth("Dec") == 12)
        #expect(MonthName.englishMonth("Smarch") == nil)
        #expect(MonthName.vietnameseWords["chạp"] == 12)
        // every spelling the table gives is a month word of the tokenizer, the same month
        for (form, month) in MonthName.englishForms { #expect(Word.englishMonth(month).monthEN == month, "\(form)") }
    }

    @Test func theGrammarReadsTheTablesSpellings() {
        let timexes = EventExtractor().extract("On Sept 2, 1945, Japan signed the surrender.", language: .en).timexes
        #expect(timexes.first?.value == "1945-09-02")
    }
}
