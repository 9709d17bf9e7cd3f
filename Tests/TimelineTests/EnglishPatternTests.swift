import Testing
import Timeline

/// English rows, as the Vietnamese table: sentence, expression, value.
@Suite struct EnglishPatternTests {
    static let cases: [(String, String, String)] = [
        ("On April 1, 2014, NATO suspended cooperation.", "April 1, 2014", "2014-04-01"),
        ("The talks resumed on 1 April 2015 in Brussels.", "1 April 2015", "2015-04-01"),
        ("Congress acted on 27th June 1775 at last.", "27th June 1775", "1775-06-27"),
        ("In late March 2017, the council met.", "late March 2017", "2017-03"),
        ("In February 1775 Parliament declared a rebellion.", "February 1775", "1775-02"),
        ("In the 1990s the alliance expanded.", "the 1990s", "199X"),
        ("The 19th century saw new nations.", "The 19th century", "18XX"),
        ("During the eighteenth century, trade grew.", "the eighteenth century", "17XX"),
        ("By mid-1979 the crisis had deepened.", "mid-1979", "1979"),
        ("Fighting went on from 1955 to 1975 in Vietnam.", "1975", "1975"),
        ("The 1927–28 season was long.", "28", "1928"),
        ("In July 1775 he arrived. On April 14, he received orders.", "April 14", "1775-04-14"),
        ("In July 1775 he arrived. In early November, the army reached the city.", "early November", "1775-11"),
        ("In June 1776 they failed. Carleton won in October.", "October", "1776-10"),
        ("They held on until the spring of 1776 outside the city.", "the spring of 1776", "1776-SP"),
        ("On the night of April 18, 1775, troops marched.", "the night of April 18, 1775", "1775-04-18"),
        ("Goods were imported by the end of 1776 from France.", "the end of 1776", "1776"),
        ("Arnold delayed the campaign of 1777 by a year.", "1777", "1777"),
        ("In 1954 the treaty was signed. The following year, the troops left.", "The following year", "1955"),
        ("In 1954 the treaty was signed. Two years later, elections failed.", "Two years later", "1956"),
        ("Three weeks after the siege began, the fort fell.", "Three weeks", "P3W"),
        ("A 19-year-old soldier wrote home.", "19-year-old", "P19Y"),
        ("It lies in what is now northern Maine.", "now", "PRESENT_REF"),
        ("On Monday, April 1, 1865, troops broke through.", "Monday, April 1, 1865", "1865-04-01"),
        ("In May 1945, Germany surrendered.", "May 1945", "1945-05"),
        ("On June 8, 1776, they failed. That summer, the British gathered a fleet.", "That summer", "1776-SU"),
        ("On June 8, 1776, they failed. Later that year, Carleton advanced.", "Later that year", "1776"),
        ("On June 8, 1776, they failed. Later that year, Carleton advanced. The next morning, the fleet sailed.",
         "The next morning", "1776-06-09"),
        ("On June 8, 1776, they failed. A week later, the army reached the lake.", "A week later", "1776-06-15"),
        ("During the winter of 1777–78, the army camped at Valley Forge.", "78", "1778"),
        ("Around 1750, trade with Britain expanded.", "Around 1750", "1750"),
        // a time and the day after it are one date: the time alone took the day of another sentence
        ("Booth was shot on April 26, 1865. Earlier, Lincoln died at 7:22 am on April 15, 1865.", "7:22 am on April 15, 1865",
         "1865-04-15T07:22"),
        // a season with its year, opening a sentence, moves the story to that year
        ("The proclamation was announced in September 1862. In the spring of 1863, Lincoln was optimistic. Hooker was routed in May.",
         "May", "1863-05"),
    ]

    @Test(arguments: cases)
    func expressionAndValue(text: String, surface: String, value: String) throws {
        let extraction = extract(text, .en)
        let found = try #require(timex(extraction, surface), "no timex '\(surface)' in \(extraction.timexes.map(\.surface))")
        #expect(found.value == value)
        #expect(slice(text, found.start, found.end) == surface)
    }

    @Test func narrativeNowTakesTheNarrativeDate() throws {
        let extraction = extract("In early March 1776, cannons arrived. The artillery now overlooked the town.", .en)
        let now = try #require(timex(extraction, "now"))
        #expect(now.timexClass == .relative)
        #expect(now.value == "1776-03")
    }

    @Test func yearBeforeACapitalisedNounIsAName() throws {
        let extraction = extract("They joined under the 1777 Articles of Confederation.", .en)
        #expect(timex(extraction, "1777")?.timexClass == .name)
    }
    /// A year between a determiner and its noun opening a sentence is the sentence's topic: the yearless months after
    /// it belong to that year, not to a flashback told just before.
    @Test(arguments: [
        "In November 1776 Howe asked for troops. The first of the 1777 campaigns was led by Burgoyne. Burgoyne set off in June.",
        "In November 1776 Howe asked for troops. When Grant's 1777 spring campaigns stalled, Burgoyne set off in June.",
    ])
    func attributiveYearOpeningASentenceMovesTheNarrative(text: String) throws {
        let extraction = extract(text, .en)
        #expect(timex(extraction, "June")?.value == "1777-06")
        #expect(timex(extraction, "1777")?.value == "1777")
        // the year of a noun dates no event of its own
        #expect(!extraction.events.contains { $0.dateSurface == "1777" })
    }

    @Test func attributiveYearInsideASentenceMovesNothing() throws {
        let extraction = extract("In November 1776 Howe asked for troops, citing his 1770 pamphlet. Burgoyne set off in June.", .en)
        #expect(timex(extraction, "1770")?.value == "1770")
        #expect(timex(extraction, "June")?.value == "1776-06")
    }
    /// "Between 1775 and 1782 a smallpox epidemic swept …": "between" goes with the range it opens.
    @Test func betweenGoesWithItsRange() throws {
        let event = try #require(extract("Between 1775 and 1782 a smallpox epidemic swept across North America.", .en).events.first)
        #expect(event.date == "1775/1782")
        #expect(event.statement == "A smallpox epidemic swept across North America.")
    }
}
