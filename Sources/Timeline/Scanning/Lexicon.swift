/// The surfaces (lower case, NFC) of every `Word`, hashed for the tokenizer's one-probe lookup.
enum Lexicon {
    static let entries: [(String, Word)] = [
        ("ngày", .ngay), ("mồng", .mong), ("mùng", .mong), ("tháng", .thang), ("năm", .nam), ("tuần", .tuan),
        ("giờ", .gio), ("phút", .phut), ("giây", .giay), ("tiếng", .tieng), ("rưỡi", .ruoi), ("kém", .kem),
        ("thế", .the_), ("kỷ", .ky), ("kỉ", .ky), ("thập", .thap), ("niên", .nien), ("những", .nhung),
        ("các", .cac), ("thứ", .thu), ("chủ", .chu), ("nhật", .nhat), ("hôm", .hom), ("sau", .sau),
        ("trước", .truoc), ("đó", .do_), ("ấy", .ay), ("cùng", .cung), ("tiếp", .tiep), ("theo", .theo),
        ("kế", .ke), ("nay", .nay), ("hiện", .hien), ("tại", .tai), ("bây", .bay_), ("tương", .tuong),
        ("lai", .lai), ("hàng", .hang), ("hằng", .hang), ("mỗi", .moi), ("cuối", .cuoi), ("đầu", .dau),
        ("giữa", .giua), ("khoảng", .khoang), ("chừng", .chung), ("hơn", .hon), ("trên", .tren),
        ("gần", .gan), ("chưa", .chua), ("đầy", .day_), ("tới", .toiDen), ("dưới", .duoi), ("sáng", .sang),
        ("chiều", .chieu), ("tối", .toi), ("trưa", .trua), ("đêm", .dem), ("khuya", .khuya), ("rạng", .rang),
        ("buổi", .buoi), ("sớm", .som), ("nửa", .nua), ("mùa", .mua), ("xuân", .xuan), ("hạ", .ha),
        ("hè", .he), ("thu", .thu_), ("đông", .dong), ("từ", .tu), ("đến", .den), ("cho", .cho), ("và", .va),
        ("vào", .vao), ("trong", .trong), ("suốt", .suot), ("mất", .mat), ("kéo", .keo), ("dài", .dai),
        ("tuổi", .tuoi), ("khi", .khi), ("cách", .cach), ("mạng", .mang), ("mệnh", .mang), ("hồ", .ho),
        ("tcn", .tcn), ("công", .cong), ("nguyên", .nguyen), ("lúc", .luc), ("qua", .qua), ("về", .ve),
        ("ngoài", .ngoai), ("hay", .hay), ("hoặc", .hoac), ("muộn", .muon), ("nhiều", .nhieu), ("vừa", .vua),
        ("thời", .thoi), ("điểm", .diem), ("khác", .khac), ("quý", .quy),
        ("nǎm", .nam),  // (a caron where Vietnamese writes a breve, left by old encodings: "ngày 11 tháng 11 nǎm 1945")
        ("q", .quarterLetter),
        ("q1", .quarterLetter), ("q2", .quarterLetter), ("q3", .quarterLetter), ("q4", .quarterLetter),
        ("thực", .thuc), ("xuất", .xuat), ("phát", .phat), ("biểu", .bieu), ("thể", .the2), ("hiển", .hien2),
        ("ẩn", .an_), ("đại", .dai2), ("tượng", .tuongNoun), ("trạng", .trang), ("hành", .hanh),
        ("diện", .dien), ("vật", .vat), ("hữu", .huu), ("hình", .hinh), ("ra", .ra), ("lên", .len),
        ("thân", .thanVN), ("dịch", .dich), ("kim", .kim), ("thành", .thanh), ("đang", .dang),
        ("trường", .truong),
        ("một", .mot), ("hai", .hai), ("ba", .ba), ("bốn", .bon), ("tư", .tuNum), ("sáu", .sau6),
        ("bảy", .bay7), ("bẩy", .bay7), ("tám", .tam), ("chín", .chin), ("mười", .muoi), ("mươi", .muoi2),
        ("mốt", .mot2), ("lăm", .lam), ("trăm", .tram), ("nghìn", .nghin), ("ngàn", .nghin), ("vạn", .van),
        ("triệu", .trieu), ("tỷ", .trieu), ("tỉ", .trieu), ("mấy", .may), ("vài", .vai), ("giêng", .gieng), ("chạp", .chap),
        ("monday", .monday), ("tuesday", .tuesday), ("wednesday", .wednesday), ("thursday", .thursday),
        ("friday", .friday), ("saturday", .saturday), ("sunday", .sunday),
        ("the", .theEN), ("of", .of), ("in", .in_), ("on", .on), ("at", .at), ("by", .by), ("from", .from),
        ("to", .to), ("until", .until), ("till", .till), ("through", .through), ("between", .between),
        ("and", .and), ("since", .since), ("during", .during), ("before", .before), ("after", .after),
        ("around", .around), ("about", .about), ("approximately", .about), ("roughly", .about), ("circa", .circa), ("c", .c), ("ca", .c), ("early", .early),
        ("mid", .mid), ("late", .late), ("end", .end), ("beginning", .beginning), ("start", .start),
        ("middle", .middle), ("close", .close), ("night", .night), ("morning", .morning),
        ("evening", .evening), ("afternoon", .afternoon), ("day", .dayEN), ("days", .dayEN),
        ("week", .week), ("weeks", .week), ("month", .month), ("months", .month), ("year", .year),
        ("years", .year), ("decade", .decade), ("decades", .decade), ("century", .century),
        ("centuries", .century), ("hour", .hour), ("hours", .hour), ("minute", .minute), ("minutes", .minute),
        ("following", .following), ("next", .next), ("previous", .previous), ("preceding", .previous),
        ("same", .same), ("that", .that), ("later", .later), ("earlier", .earlier), ("ago", .ago),
        ("now", .now), ("today", .today), ("currently", .currently), ("present", .present),
        ("future", .future), ("nowadays", .nowadays), ("every", .every), ("each", .each),
        ("annually", .annually), ("spring", .spring), ("summer", .summer), ("fall", .fall),
        ("autumn", .autumn), ("winter", .winter), ("a", .a), ("an", .an),
        ("one", .oneEN), ("two", .two), ("three", .three), ("four", .four), ("five", .five), ("six", .six),
        ("seven", .seven), ("eight", .eight), ("nine", .nine), ("ten", .ten), ("eleven", .eleven),
        ("twelve", .twelve), ("thirteen", .thirteen), ("fourteen", .fourteen), ("fifteen", .fifteen),
        ("sixteen", .sixteen), ("seventeen", .seventeen), ("eighteen", .eighteen), ("nineteen", .nineteen),
        ("twenty", .twenty), ("thirty", .thirty), ("forty", .forty), ("fifty", .fifty), ("sixty", .sixty),
        ("seventy", .seventy), ("eighty", .eighty), ("ninety", .ninety), ("hundred", .hundred),
        ("thousand", .thousand), ("several", .several), ("few", .few), ("many", .many), ("some", .some),
        ("first", .first), ("second", .second), ("third", .third), ("fourth", .fourth), ("fifth", .fifth),
        ("sixth", .sixth), ("seventh", .seventh), ("eighth", .eighth), ("ninth", .ninth), ("tenth", .tenth),
        ("eleventh", .eleventh), ("twelfth", .twelfth), ("thirteenth", .thirteenth),
        ("fourteenth", .fourteenth), ("fifteenth", .fifteenth), ("sixteenth", .sixteenth),
        ("seventeenth", .seventeenth), ("eighteenth", .eighteenth), ("nineteenth", .nineteenth),
        ("twentieth", .twentieth), ("st", .st), ("nd", .nd), ("rd", .rd), ("th", .th), ("am", .am),
        ("pm", .pm), ("noon", .noon), ("midnight", .midnight), ("bc", .bc), ("bce", .bce), ("ad", .ad),
        ("ce", .ce), ("old", .old), ("is", .is_), ("are", .are), ("was", .was),
        ("what", .what), ("known", .known), ("called", .called), ("named", .named),
        ("celebrated", .celebrated), ("commemorated", .celebrated), ("part", .part), ("up", .up),
        ("for", .for_), ("over", .over), ("within", .within), ("almost", .almost), ("nearly", .nearly),
        ("than", .than), ("more", .more), ("less", .less), ("last", .last), ("this", .this),
        ("right", .right), ("just", .just),
    ] + MonthName.englishForms.map { ($0.form, Word.englishMonth($0.month)) }

    /// Open-addressing table: hash of the lower-cased scalars → word. Built once.
    static let table: HashTable = {
        var table = HashTable(capacity: 1024)
        for (surface, word) in entries {
            var hash = Hasher64()
            for scalar in surface.unicodeScalars { hash.add(scalar.value) }
            table.insert(hash.value, word)
        }
        return table
    }()
}

extension Lexicon {
    /// The hash the tokenizer gives a word: FNV-1a over its lower-cased scalars.
    static func hash(_ word: String) -> UInt64 {
        var hash = Hasher64()
        for scalar in word.unicodeScalars { hash.add(ScalarClass.lower(scalar.value)) }
        return hash.value
    }

    /// Hashes of a list of words, for membership tests on tokens without building strings.
    static func hashes(_ words: [String]) -> Set<UInt64> { Set(words.map(hash)) }
}

/// FNV-1a over scalar values: cheap enough to run on every word of a 24 MB corpus.
struct Hasher64 {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always) mutating func add(_ scalar: UInt32) {
        value = (value ^ UInt64(scalar)) &* 0x0000_0100_0000_01B3
    }
}

/// A fixed-size open-addressing map from a 64-bit hash to a `Word`.
struct HashTable: Sendable {
    private var keys: [UInt64]
    private var values: [Word]
    private let mask: Int

    init(capacity: Int) {
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: .none, count: capacity)
        mask = capacity - 1
    }

    mutating func insert(_ key: UInt64, _ word: Word) {
        var slot = Int(truncatingIfNeeded: key) & mask
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        keys[slot] = key
        values[slot] = word
    }

    @inline(__always) func lookup(_ key: UInt64) -> Word {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let stored = keys[slot]
            if stored == key { return values[slot] }
            if stored == 0 { return .none }
            slot = (slot + 1) & mask
        }
    }
}
