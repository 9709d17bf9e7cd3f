import Testing
@testable import Timeline

/// The one Roman-numeral reader and writer: the grammar's lenient reading, the strict one for answers, and writing.
@Suite struct RomanNumeralTests {
    @Test func everyNumberIsWrittenAndReadBack() {
        for number in 1...3999 {
            let text = RomanNumeral.string(number)
            #expect(RomanNumeral.value(text) == number)
            // The strict reading takes at most 12 letters (MDCCCLXXXVIII, 1888, has 13).
            #expect(RomanNumeral.canonicalValue(text) == (text.count <= 12 ? number : nil))
        }
        #expect(RomanNumeral.string(20) == "XX")
        #expect(RomanNumeral.string(0) == "I")
        #expect(RomanNumeral.canonicalValue("MDCCCLXXXVII") == 1887)
    }

    @Test func onlyTheStrictReadingRefusesOddSpellings() {
        #expect(RomanNumeral.value("IIII") == 4)
        #expect(RomanNumeral.canonicalValue("IIII") == nil)
        #expect(RomanNumeral.value("XVVV") == 25)
        #expect(RomanNumeral.canonicalValue("XVVV") == nil)
        for text in ["", "xx", "X X", "NATO", "MMMMMMMMMMMMM"] { #expect(RomanNumeral.canonicalValue(text) == nil) }
        #expect(RomanNumeral.value("") == nil)
        #expect(RomanNumeral.value("XIX") == 19)
    }
}
