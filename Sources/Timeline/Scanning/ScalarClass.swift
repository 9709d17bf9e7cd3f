/// Fast letter, case and space tests for the scalars of Vietnamese and English text.
enum ScalarClass {
    @inline(__always) static func isSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F,
             0x205F, 0x3000:
            return true
        default: return false
        }
    }

    @inline(__always) static func isLetter(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if v < 0x250 { return v >= 0xC0 && v != 0xD7 && v != 0xF7 }
        if v >= 0x300 && v <= 0x36F { return true }
        if v >= 0x1E00 && v <= 0x1EFF { return true }
        if v < 0x370 { return false }
        if v >= 0x2000 && v <= 0x2BFF { return false }
        return Unicode.Scalar(v)?.properties.isAlphabetic ?? false
    }

    @inline(__always) static func isUpper(_ v: UInt32) -> Bool {
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        if v < 0x100 { return v >= 0xC0 && v <= 0xDE && v != 0xD7 }
        if v < 0x180 { return lower(v) != v }
        if v == 0x1A0 || v == 0x1AF { return true }
        if v >= 0x1E00 && v <= 0x1EFF { return v & 1 == 0 }
        if v < 0x370 { return false }
        return Unicode.Scalar(v)?.properties.isUppercase ?? false
    }

    @inline(__always) static func isLower(_ v: UInt32) -> Bool {
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        if v < 0x100 { return v >= 0xDF && v != 0xF7 }
        if v < 0x180 { return lower(v) == v && isLetter(v) }
        if v == 0x1A1 || v == 0x1B0 { return true }
        if v >= 0x1E00 && v <= 0x1EFF { return v & 1 == 1 }
        if v < 0x370 { return false }
        return Unicode.Scalar(v)?.properties.isLowercase ?? false
    }

    /// Lower case of the Latin letters Vietnamese and English use; other scalars unchanged.
    @inline(__always) static func lower(_ v: UInt32) -> UInt32 {
        if v < 0x80 { return v >= 0x41 && v <= 0x5A ? v + 0x20 : v }
        if v < 0x100 { return v >= 0xC0 && v <= 0xDE && v != 0xD7 ? v + 0x20 : v }
        if v < 0x180 {
            if (v >= 0x100 && v <= 0x137) || (v >= 0x14A && v <= 0x177) { return v | 1 }
            if (v >= 0x139 && v <= 0x148) || (v >= 0x179 && v <= 0x17E) { return v & 1 == 1 ? v + 1 : v }
            return v
        }
        if v == 0x1A0 || v == 0x1AF { return v + 1 }
        if v >= 0x1E00 && v <= 0x1EFF { return v | 1 }
        return v
    }

    /// Upper case of the Latin letters Vietnamese and English use; other scalars unchanged.
    @inline(__always) static func upper(_ v: UInt32) -> UInt32 {
        if v < 0x80 { return v >= 0x61 && v <= 0x7A ? v - 0x20 : v }
        if v < 0x100 { return v >= 0xE0 && v <= 0xFE && v != 0xF7 ? v - 0x20 : v }
        if v < 0x180 { return isLower(v) && lower(v - 1) == v ? v - 1 : v }
        if v == 0x1A1 || v == 0x1B0 { return v - 1 }
        if v >= 0x1E00 && v <= 0x1EFF { return v & ~1 }
        return v
    }

    /// Roman-numeral letter (upper case).
    @inline(__always) static func isRoman(_ v: UInt32) -> Bool {
        v == 0x49 || v == 0x56 || v == 0x58 || v == 0x4C || v == 0x43 || v == 0x44 || v == 0x4D
    }
}
