/// A word the date grammars care about, recognised once by the tokenizer (lower-cased, with diacritics).
enum Word: UInt16, Sendable {
    case none = 0
    // Vietnamese calendar nouns and markers
    case ngay, mong, thang, nam, tuan, gio, phut, giay, tieng, ruoi, kem, the_, ky, thap, nien
    case nhung, cac, thu, chu, nhat, hom, sau, truoc, do_, ay, cung, tiep, theo, ke, nay, hien, tai
    case bay_, tuong, lai, hang, moi, cuoi, dau, giua, khoang, chung, hon, tren, gan, chua, day_, toi_
    case duoi, sang, chieu, toi, trua, dem, khuya, rang, buoi, som, nua, mua, xuan, ha, he, thu_, dong
    case tu, den, toiDen, cho, va, vao, trong, suot, mat, keo, dai, tuoi, khi, cach, mang, ho, ngay_
    case tcn, cong, nguyen, luc, qua, ve, ngoai, hay, hoac, muon, nhieu, vua, thoi, diem
    case hoiDong, khac, quy, quarterLetter
    // Vietnamese "hiện" exclusions (thực hiện, xuất hiện, hiện đại …)
    case thuc, xuat, phat, bieu, the2, hien2, an_, dai2, tuongNoun, trang, hanh, dien, vat, huu, hinh
    case ra, len, thanVN, dich, kim, thanh, dang, truong
    // Vietnamese number words
    case mot, hai, ba, bon, tuNum, sau6, bay7, tam, chin, muoi, muoi2, mot2, lam, tram, nghin, van, trieu
    case may, vai, gieng, chap
    // English
    case january, february, march, april, may_, june, july, august, september, october, november, december
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday
    case theEN, of, in_, on, at, by, from, to, until, till, through, between, and, since, during, before
    case after, around, about, circa, c, early, mid, late, end, beginning, start, middle, close
    case night, morning, evening, afternoon, dayEN, week, month, year, decade, century, hour, minute
    case following, next, previous, same, that, later, earlier, ago, now, today, currently, present
    case future, nowadays, every, each, annually, spring, summer, fall, autumn, winter, a, an
    case oneEN, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, thirteen, fourteen
    case fifteen, sixteen, seventeen, eighteen, nineteen, twenty, thirty, forty, fifty, sixty, seventy
    case eighty, ninety, hundred, thousand, several, few, many, some
    case first, second, third, fourth, fifth, sixth, seventh, eighth, ninth, tenth, eleventh, twelfth
    case thirteenth, fourteenth, fifteenth, sixteenth, seventeenth, eighteenth, nineteenth, twentieth
    case st, nd, rd, th, am, pm, noon, midnight, bc, bce, ad, ce, old, oclock, is_, are, was, what
    case known, called, named, celebrated, part, up, for_, over, within, almost, nearly, than, more
    case less, last, this, same2, right, just
}

extension Word {
    /// Number words (Vietnamese and English) and their value; 0 means "some" (`mấy`, `vài`, `several`).
    var numberValue: Int? {
        switch self {
        case .mot, .oneEN, .a, .an: return 1
        case .hai, .two: return 2
        case .ba, .three: return 3
        case .bon, .tuNum, .four: return 4
        case .nam, .five: return 5
        case .sau6, .six: return 6
        case .bay7, .seven: return 7
        case .tam, .eight: return 8
        case .chin, .nine: return 9
        case .muoi, .ten: return 10
        case .eleven: return 11
        case .twelve: return 12
        case .thirteen: return 13
        case .fourteen: return 14
        case .fifteen: return 15
        case .sixteen: return 16
        case .seventeen: return 17
        case .eighteen: return 18
        case .nineteen: return 19
        case .twenty: return 20
        case .thirty: return 30
        case .forty: return 40
        case .fifty: return 50
        case .sixty: return 60
        case .seventy: return 70
        case .eighty: return 80
        case .ninety: return 90
        case .may, .vai, .several, .few, .many, .some: return 0
        default: return nil
        }
    }

    /// The English month word of month `number` (1…12): the months are in order among the words.
    static func englishMonth(_ number: Int) -> Word {
        Word(rawValue: Word.january.rawValue + RawValue(number - 1))!
    }

    /// English month number (1…12).
    var monthEN: Int? {
        let raw = Int(rawValue), first = Int(Word.january.rawValue)
        guard raw >= first, raw <= Int(Word.december.rawValue) else { return nil }
        return raw - first + 1
    }

    /// English weekday.
    var isWeekdayEN: Bool { rawValue >= Word.monday.rawValue && rawValue <= Word.sunday.rawValue }

    /// English ordinal word value (`eighteenth` → 18).
    var ordinalEN: Int? {
        let raw = Int(rawValue), first = Int(Word.first.rawValue)
        guard raw >= first, raw <= Int(Word.twentieth.rawValue) else { return nil }
        return raw - first + 1
    }
}

extension Word {
    /// Words a temporal expression can begin with (numbers always can): the grammars are tried only there.
    var canStart: Bool { Word.starters[Int(rawValue)] }

    private static let starters: [Bool] = {
        var table = Array(repeating: false, count: 512)
        let words: [Word] = [
            .ngay, .mong, .hom, .thu, .chu, .thang, .nam, .nhung, .cac, .thap, .the_, .mua, .cung, .hien, .nay, .bay_,
            .tuong, .hang, .moi, .hon, .tren, .gan, .duoi, .chua, .cuoi, .dau, .giua, .khoang, .chung, .buoi, .rang,
            .nua, .sang, .chieu, .toi, .trua, .dem, .khuya, .quy, .quarterLetter,
            .mot, .hai, .ba, .bon, .tuNum, .sau6, .bay7, .tam, .chin, .muoi, .may, .vai,
            .january, .february, .march, .april, .may_, .june, .july, .august, .september, .october, .november,
            .december, .monday, .tuesday, .wednesday, .thursday, .friday, .saturday, .sunday,
            .theEN, .early, .mid, .late, .around, .about, .circa, .c, .end, .beginning, .start, .middle, .close,
            .night, .morning, .evening, .afternoon, .following, .next, .previous, .same, .that, .dayEN, .now,
            .today, .currently, .nowadays, .present, .future, .every, .each, .annually, .spring, .summer, .fall,
            .autumn, .winter, .for_, .a, .an, .oneEN, .two, .three, .four, .five, .six, .seven, .eight, .nine, .ten,
            .eleven, .twelve, .thirteen, .fourteen, .fifteen, .sixteen, .seventeen, .eighteen, .nineteen, .twenty,
            .thirty, .forty, .fifty, .sixty, .seventy, .eighty, .ninety, .several, .few, .many, .some,
            .first, .second, .third, .fourth, .fifth, .sixth, .seventh, .eighth, .ninth, .tenth, .eleventh,
            .twelfth, .thirteenth, .fourteenth, .fifteenth, .sixteenth, .seventeenth, .eighteenth, .nineteenth,
            .twentieth,
        ]
        for word in words { table[Int(word.rawValue)] = true }
        return table
    }()
}
