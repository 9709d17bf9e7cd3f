import Testing
import Timeline
@testable import Cards

/// Round eighteen (after sets BC and BD): the country a text happens in, plans to a horizon, yearless days after a
/// December.
@Suite struct CardRulesRoundEighteenTests {
    /// The country a text names most, five times at least, is where it happens; one named inside a longer name
    /// ("Nguyễn Anh Tuấn") or once in passing is not.
    @Test func theCountryATextNamesMostIsItsHome() {
        let text = """
            Arkansas là một tiểu bang của Hoa Kỳ. Năm 1803, Mỹ mua Louisiana. Năm 1819, Mỹ lập lãnh thổ Arkansas.
            Năm 1836, Arkansas thành tiểu bang của Hoa Kỳ. Năm 1861, Arkansas rời Hoa Kỳ. Mỹ tái thiết miền Nam.
            Nguyễn Anh Tuấn ở Pháp. Hàng hóa bán sang Mexico.
            """
        let home = CountryNames.home(in: text)
        #expect(home == ["Hoa Kỳ", "Mỹ"])
        #expect(CountryNames.home(in: "Nguyễn Anh Tuấn gặp Trần Anh Khoa, Lê Anh, Phạm Anh Dũng và Vũ Anh Minh.").isEmpty)
    }

    /// On a card, the home country is no blank: "tiểu bang thứ 25 của [...]" in a text on Arkansas asks what every
    /// card implies; a name that holds the country ("Quốc hội Đan Mạch") is still asked.
    @Test func theHomeCountryIsNoBlank() {
        var maker = ClozeCardMaker(language: .vi)
        maker.homeCountries = ["Hoa Kỳ", "Đan Mạch"]
        let event = TestEvents.event("1836", "Arkansas trở thành tiểu bang thứ 25 của Hoa Kỳ",
                                     sentence: "Năm 1836, Arkansas trở thành tiểu bang thứ 25 của Hoa Kỳ.", actors: ["Hoa Kỳ"])
        #expect(!maker.candidates(for: event, in: event.sentence).contains("Hoa Kỳ"))
        let landing = TestEvents.event("1945", "Quân đội Hoa Kỳ đổ bộ lên đảo Okinawa",
                                       sentence: "Năm 1945, Quân đội Hoa Kỳ đổ bộ lên đảo Okinawa.", actors: ["Quân đội Hoa Kỳ"])
        #expect(maker.candidates(for: landing, in: landing.sentence).contains("Quân đội Hoa Kỳ"))
    }
}
