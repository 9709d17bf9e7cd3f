import Testing
@testable import Timeline

/// An event's date is read once into `EventDate`, and every reader takes that value.
@Suite struct EventDateTests {
    @Test(arguments: ["2014-04-01", "1997", "199X", "19XX", "BC0221", "1688-SP", "1946/1954", "1684-08/1688-SP",
                      "2008/PRESENT_REF", "1860-05-09/1860-05-10"])
    func readsAndWritesEveryForm(iso: String) throws {
        #expect(try #require(EventDate(iso: iso)).iso == iso)
    }

    @Test(arguments: ["", "PRESENT_REF", "1993/garbage", "1993/1994/1995", "19", "1997-13", "1688-XY"])
    func refusesWhatIsNoDate(iso: String) {
        #expect(EventDate(iso: iso) == nil)
    }

    @Test func aPeriodIsNoSingleDateEvenOfDays() throws {
        // (a period's value once read as its first ten characters: a day period looked like its first day)
        let days = try #require(EventDate(iso: "1860-05-09/1860-05-10"))
        #expect(days.single == nil)
        #expect(days.isPeriod)
        #expect(days.startDate == DateValue(year: 1860, month: 5, day: 9))
        #expect(try #require(EventDate(iso: "1945-09-02")).single == DateValue(year: 1945, month: 9, day: 2))
    }

    @Test func seasonsAndThePresent() throws {
        let season = try #require(EventDate(iso: "1688-SP"))
        #expect(season.single == nil && season.startDate == nil)
        #expect(season.start.value == DateValue(year: 1688))
        #expect(season.start.seasonCode == "SP")
        #expect(try #require(EventDate(iso: "2008/PRESENT_REF")).end == .present)
        #expect(try #require(EventDate(iso: "BC0221")).single?.year == -221)
    }

    @Test func anEventKeepsItsDateRead() {
        var event = Event(date: "1945", start: 0, end: 1, sentenceStart: 0, sentenceEnd: 1, sentence: "x", statement: "x",
                          actors: [], dateSurface: "")
        #expect(event.when?.single == DateValue(year: 1945))
        event.date = "1946/1954"
        #expect(event.when?.isPeriod == true)
    }
}

/// Every event carries its date read: the value stays small (a deck of the 24 MB corpus holds ~10⁵ events).
@Suite struct DateValueLayoutTests {
    @Test func aDateIsEightBytesAndAnEventsDateFewMore() {
        #expect(MemoryLayout<DateValue>.stride == 8)
        #expect(MemoryLayout<EventDate>.stride <= 24)
    }

    @Test func absentPartsStayAbsent() {
        let year = DateValue(year: 1945)
        #expect(year.month == nil && year.day == nil && year.precision == .year)
        var day = DateValue(year: -221, month: 3, day: 9)
        #expect(day.precision == .day && day.year == -221 && day.day == 9)
        day.month = nil
        #expect(day.month == nil)
    }
}
