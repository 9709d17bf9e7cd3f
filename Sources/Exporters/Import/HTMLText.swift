import Cards

/// Anki fields (HTML) as the plain text ontap cards hold: the inverse of `Escaping.htmlLines` for what ontap
/// writes (`<br>` and five entities), and a readable reduction of what Anki's editor writes (`<div>` lines, `<b>`,
/// `&nbsp;`, numeric entities, `[sound:…]`). Control characters other than line feed and tab are dropped, so an
/// imported card can never drive the terminal.
enum HTMLText {
    /// The plain text of `html`.
    static func plain(_ html: String) -> String {
        // Most fields of a large deck are plain already: no tag, entity, sound or control character to handle.
        if !html.utf8.contains(where: { $0 == 0x3C || $0 == 0x26 || $0 == 0x5B || $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) {
            return Escaping.nfc(clean(html))
        }
        var out = String.UnicodeScalarView()
        let scalars = Array(html.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "<", let close = scalars[i...].firstIndex(of: ">") {
                let tag = String(String.UnicodeScalarView(scalars[(i + 1)..<close])).lowercased()
                let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }
                if name == "br" || ((name == "div" || name == "p" || name == "li") && !out.isEmpty && out.last != "\n") {
                    out.append("\n")
                }
                i = close + 1
                continue
            }
            if c == "&", let semicolon = scalars[i...].prefix(12).firstIndex(of: ";"),
               let decoded = entity(String(String.UnicodeScalarView(scalars[(i + 1)..<semicolon]))) {
                out.append(decoded)
                i = semicolon + 1
                continue
            }
            if c == "[", scalars[i...].starts(with: "[sound:".unicodeScalars), let close = scalars[i...].firstIndex(of: "]") {
                i = close + 1
                continue
            }
            if c == "\n" || c == "\t" || c.properties.generalCategory != .control { out.append(c) }
            i += 1
        }
        return Escaping.nfc(clean(String(out)))
    }

    /// Plain text from a field that is not HTML (`#html:false`): only control characters are dropped.
    static func text(_ raw: String) -> String {
        Escaping.nfc(clean(String(String.UnicodeScalarView(raw.unicodeScalars.filter {
            $0 == "\n" || $0 == "\t" || $0.properties.generalCategory != .control
        }))))
    }

    /// Line ends made `\n`, trailing white space of the whole text trimmed.
    private static func clean(_ text: String) -> String {
        var text = text.utf8.contains(0x0D) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        while let last = text.unicodeScalars.last, last == "\n" || last == " " || last == "\t" { text.unicodeScalars.removeLast() }
        return text
    }

    /// The character an entity's name (between `&` and `;`) stands for.
    static func entity(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return " "
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .control || scalar == "\n" else {
                return nil
            }
            return scalar
        }
    }
}
