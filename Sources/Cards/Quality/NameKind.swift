import Timeline

/// What a name found in a sentence is, as far as its own words tell: a person, an organisation, or unknown.
/// Used to pick the question word ("ai"/"who", "what") when a name is asked for; unknown names are not asked.
enum NameKind: Sendable, Equatable {
    case person, organisation, other

    /// The kind of `name` in `language`.
    static func of(_ name: String, language: Language) -> NameKind {
        let words = name.split(separator: " ").map(String.init)
        guard !words.isEmpty, words.allSatisfy({ $0.first?.isUppercase == true }) else {
            return words.contains(where: { organisationWords.contains($0) }) ? .organisation : .other
        }
        if words.contains(where: { organisationWords.contains($0) }) {
            // "the Foundation", "the Council": a bare institution word stands for one named elsewhere.
            return words.count == 1 && !properInstitutions.contains(words[0]) ? .other : .organisation
        }
        if words.count == 1, properInstitutions.contains(words[0]) { return .organisation }
        switch language {
        case .vi:
            // A Vietnamese personal name: two to four syllables opening with a family name ("Nguyễn Ái Quốc").
            // ("Đường Bờ Sông" is a street: "Đường" then a place word)
            if words[0] == "Đường", words.count >= 2, ["Bờ", "Số", "Phố", "Sông", "Cái", "Hẻm"].contains(words[1]) { return .other }
            // ("Thái Lan", "Hàn Quốc", "Cao Bằng": places whose first syllable is also a family name)
            let opening = words.prefix(2).joined(separator: " ")
            if placesOnFamilyNames.contains(opening) || CountryNames.vietnamese.contains(opening) { return .other }
            return (2...4).contains(words.count) && vietnameseFamilyNames.contains(words[0]) ? .person : .other
        case .en:
            // Two to four capitalised words opening with a title ("General Gage") or a given name ("Mary Todd"),
            // none a place or an institution word.
            guard (2...4).contains(words.count), !words.contains(where: { placeWords.contains($0) }),
                  words.allSatisfy({ $0.count >= 2 && $0.dropFirst().allSatisfy { !$0.isUppercase } || $0.hasSuffix(".") })
            else { return .other }
            return englishTitles.contains(words[0]) || englishGivenNames.contains(words[0]) ? .person : .other
        }
    }

    /// Old kingdoms, provinces and places whose Vietnamese name opens on a family name's syllable (the countries are
    /// `CountryNames`).
    static let placesOnFamilyNames: Set<String> = [
        "Cao Ly", "Cao Miên", "Mã Lai", "An Nam", "Lâm Ấp", "Thái Bình", "Thái Nguyên",
        "Cao Bằng", "Lâm Đồng", "An Giang", "Hồ Nam", "Hồ Bắc", "Hạ Long", "Lương Sơn", "Viên Chăn", "Quan Thoại",
        "Tống Sơn", "Hà Nội", "Hà Nam", "Hà Tĩnh", "Hà Giang", "Mã Rốc", "Chu Lai", "Đường Lâm", "Phan Thiết",
        "Phan Rang", "Đinh Quán", "Lý Sơn", "Hoàng Sa", "Trường Sa", "Tây Ninh", "Lạng Sơn", "Ninh Bình", "Mai Châu",
    ]

    static let vietnameseFamilyNames: Set<String> = [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
        "Dương", "Lý", "Đinh", "Trịnh", "Mạc", "Đào", "Đoàn", "Vương", "Trương", "Lưu", "Tào", "Tôn", "Gia", "Quách",
        "Chu", "Tạ", "Lâm", "Mai", "Cao", "Thái", "Tưởng", "Mao", "Triệu", "Hàn", "Tư", "Khổng",
        "Hạ", "Lã", "Lỗ", "Viên", "Mã", "Lương", "Tiêu", "An", "Sử", "Kha", "Quan", "Bạch", "Đường", "Tống",
    ]

    static let organisationWords: Set<String> = [
        "Congress", "Party", "Army", "Council", "Committee", "Company", "Convention", "Assembly", "Parliament",
        "Senate", "Court", "Union", "League", "Government", "Department", "Navy", "Corps", "Association", "Society",
        "Church", "University", "Bank", "Commission", "Confederacy", "Administration", "Legislature", "Cabinet",
        "Corporation", "Institute", "Foundation", "Agency", "Ministry", "Office", "Bureau", "Board", "Federation",
        "Đảng", "Hội", "Bộ", "Quân", "Mặt", "Liên", "Ủy", "Ban", "Chính", "Viện", "Tổng", "Công", "Tổ",
    ]

    /// Institutions whose one word is their name ("Congress passed …").
    static let properInstitutions: Set<String> = ["Congress", "Parliament", "Senate", "Confederacy", "Reichstag",
                                                  "Duma", "Comintern", "Wehrmacht", "Politburo"]

    static let englishTitles: Set<String> = [
        "President", "General", "Gen.", "Captain", "Capt.", "Major", "Colonel", "Col.", "Lieutenant", "Lt.", "Admiral",
        "Senator", "Governor", "Judge", "Justice", "Dr.", "Sir", "King", "Queen", "Prince", "Princess", "Emperor",
        "Empress", "Pope", "Saint", "St.", "Mr.", "Mrs.", "Ms.", "Secretary", "Chancellor", "Premier", "Marshal",
        "Commander", "Lord", "Lady", "Duke", "Earl", "Bishop", "Archbishop", "Tsar", "Czar", "Sultan", "Chief",
    ]

    /// Common given names of English-language history: a capitalised pair opening with one is a person.
    static let englishGivenNames: Set<String> = [
        "Abraham", "Adam", "Albert", "Alexander", "Alfred", "Andrew", "Ann", "Anne", "Anthony", "Arthur", "Benjamin",
        "Catherine", "Charles", "Charlotte", "Christopher", "Daniel", "David", "Dwight", "Edward", "Eleanor",
        "Elizabeth", "Emma", "Francis", "Frank", "Franklin", "Frederick", "George", "Harriet", "Harry", "Helen",
        "Henry", "Herbert", "Horatio", "Hugh", "Isaac", "Jacob", "James", "Jane", "Jefferson", "Joan", "John",
        "Johann", "Joseph", "Karl", "Louis", "Louise", "Margaret", "Maria", "Marie", "Mark", "Martha", "Martin",
        "Mary", "Matthew", "Michael", "Napoleon", "Nathan", "Nathaniel", "Neil", "Nicholas", "Oliver", "Patrick",
        "Paul", "Peter", "Philip", "Ralph", "Richard", "Robert", "Roger", "Samuel", "Sarah", "Simon", "Stephen",
        "Theodore", "Thomas", "Ulysses", "Victoria", "Walter", "William", "Winston", "Woodrow", "Zachary", "Andre",
        "Boris", "Pete", "Jimmy", "Ronald", "Gerald", "Lyndon", "Harold", "Howard", "Hans", "Otto",
        "Friedrich", "Wilhelm", "Ludwig", "Vladimir", "Leon", "Nikita", "Mikhail", "Ivan", "Pierre",
        "Jean", "Jacques", "Giuseppe", "Benito", "Adolf", "Heinrich", "Hermann", "Rudolf", "Erwin", "Chester",
        "Grover", "Rutherford", "Millard", "Calvin", "Warren", "Buzz", "Edwin", "Gene", "Alan", "Gus", "Yuri",
        "Sigmund", "Isabella", "Ferdinand", "Nancy", "Lucy", "Abigail", "Dolley", "Susan",
    ]

    static let placeWords: Set<String> = [
        "River", "Mountain", "Mountains", "Island", "Islands", "Lake", "Ocean", "Sea", "City", "County", "State",
        "States", "Kingdom", "Empire", "Republic", "Province", "Territory", "Bay", "Valley", "Fort", "Street",
        "North", "South", "East", "West", "New", "United", "America", "Britain", "France", "Spain", "England",
    ]
}
