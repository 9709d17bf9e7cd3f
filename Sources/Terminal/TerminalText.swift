/// Text made safe and tidy for a terminal: no control characters from decks, widths that count combining marks.
public enum TerminalText {
    /// Replaces control characters (C0 but tab/newline, DEL, C1, bidi overrides) with `�`, so a deck cannot drive the terminal.
    public static func sanitize(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A: result.append(scalar)
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: result.append("\u{FFFD}")
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// Columns `text` takes on a terminal: combining marks take none, East Asian wide characters two.
    public static func width(of text: some StringProtocol) -> Int {
        var columns = 0
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            switch properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format, .control: continue
            default: break
            }
            if scalar.value == 0x200B { continue }
            columns += isWide(scalar) ? 2 : 1
        }
        return columns
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// `text` cut to `columns` (counted as a terminal shows them), ending in `…` when cut.
    public static func truncate(_ text: String, columns: Int) -> String {
        guard width(of: text) > columns, columns > 1 else { return text }
        var result = ""
        var used = 0
        for character in text {
            let w = width(of: String(character))
            if used + w > columns - 1 { break }
            result.append(character)
            used += w
        }
        return result + "…"
    }

    /// Word-wraps `text` to `columns`: lines after the first are indented by `indent`, and a wrapped line by `indent`
    /// more than the start of its own line (so an indented list item wraps under itself).
    public static func wrap(_ text: String, columns: Int, indent: Int = 0) -> String {
        guard columns > indent + 10 else { return text }
        var lines: [String] = []
        for (number, paragraph) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            // Lines after the first paragraph's are indented too (a card's choices under its question).
            let leading = paragraph.prefix { $0 == " " }.count + (number > 0 && !paragraph.isEmpty ? indent : 0)
            let continuation = String(repeating: " ", count: min(leading + indent, columns / 2))
            var line = String(repeating: " ", count: leading)
            var lineWidth = leading
            var empty = true
            for word in paragraph.split(separator: " ") {
                let wordWidth = width(of: word)
                if !empty, lineWidth + 1 + wordWidth > columns {
                    lines.append(line)
                    line = continuation + word
                    lineWidth = continuation.count + wordWidth
                } else {
                    line += (empty ? "" : " ") + word
                    lineWidth += (empty ? 0 : 1) + wordWidth
                }
                empty = false
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
