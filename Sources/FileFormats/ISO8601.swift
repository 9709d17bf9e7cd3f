/// Parsing and printing of ISO 8601 UTC times as milliseconds since the epoch (Scheduling's `Timestamp`), without Foundation formatters (fast, exact ms).
public enum ISO8601 {
    /// Parses `YYYY-MM-DDTHH:MM:SS[.fff…](Z|±HH:MM)` (a space may replace `T`); nil if malformed or without an offset.
    /// Fractions beyond milliseconds are truncated.
    public static func parse<S: StringProtocol>(_ text: S) -> Int64? {
        let u = Array(text.utf8)
        func num(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= u.count else { return nil }
            var v = 0
            for k in from..<from + count {
                guard u[k] >= 0x30 && u[k] <= 0x39 else { return nil }
                v = v * 10 + Int(u[k] - 0x30)
            }
            return v
        }
        guard u.count >= 20, let y = num(0, 4), u[4] == UInt8(ascii: "-"), let mo = num(5, 2), u[7] == UInt8(ascii: "-"),
              let d = num(8, 2), u[10] == UInt8(ascii: "T") || u[10] == UInt8(ascii: " "), let h = num(11, 2),
              u[13] == UInt8(ascii: ":"), let mi = num(14, 2), u[16] == UInt8(ascii: ":"), let s = num(17, 2),
              (1...12).contains(mo), (1...daysIn(month: mo, year: y)).contains(d), h < 24, mi < 60, s < 61
        else { return nil }
        var k = 19
        var ms = 0
        if k < u.count, u[k] == UInt8(ascii: ".") {
            k += 1
            var digits = 0
            while k < u.count, u[k] >= 0x30 && u[k] <= 0x39 {
                if digits < 3 { ms = ms * 10 + Int(u[k] - 0x30) }
                digits += 1
                k += 1
            }
            guard digits > 0 else { return nil }
            for _ in min(digits, 3)..<3 { ms *= 10 }
        }
        guard k < u.count else { return nil }
        var offset = 0
        if u[k] == UInt8(ascii: "Z") || u[k] == UInt8(ascii: "z") {
            k += 1
        } else if u[k] == UInt8(ascii: "+") || u[k] == UInt8(ascii: "-") {
            guard let oh = num(k + 1, 2), k + 3 < u.count, u[k + 3] == UInt8(ascii: ":"), let om = num(k + 4, 2) else { return nil }
            offset = (oh * 60 + om) * (u[k] == UInt8(ascii: "-") ? -1 : 1)
            k += 6
        } else {
            return nil
        }
        guard k == u.count else { return nil }
        let days = daysFromCivil(y, mo, d)
        let secs = Int64(days) * 86_400 + Int64(h * 3600 + mi * 60 + s) - Int64(offset * 60)
        return secs * 1000 + Int64(ms)
    }

    /// `2024-01-01T00:10:00Z`, with `.mmm` only when the milliseconds are not zero (as vectors.json writes them).
    public static func format(_ t: Int64) -> String {
        let ms = Int(((t % 1000) + 1000) % 1000)
        let secs = (t - Int64(ms)) / 1000
        let days = secs >= 0 ? secs / 86_400 : -((-secs + 86_399) / 86_400)
        let rem = Int(secs - days * 86_400)
        let (y, m, d) = civilFromDays(Int(days))
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        var year = String(y)
        while year.count < 4 { year = "0" + year }
        var s = "\(year)-\(two(m))-\(two(d))T\(two(rem / 3600)):\(two(rem / 60 % 60)):\(two(rem % 60))"
        if ms != 0 { s += "." + String(String(ms + 1000).dropFirst()) }
        return s + "Z"
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d)
    }
}
