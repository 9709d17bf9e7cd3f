/// Unicode block charts for a terminal: vertical bars in eighths, shaded cells, horizontal bars.
public enum BlockChart {
    static let eighths: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    static let horizontalEighths: [Character] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"].map { $0.first ?? " " }
    static let shades: [Character] = ["·", "░", "▒", "▓", "█"]

    /// `values` as vertical bars `height` rows tall, one column each, top row first.
    public static func columns(_ values: [Int], height: Int) -> [String] {
        let top = max(1, values.max() ?? 1)
        let units = values.map { Int((Double($0) / Double(top) * Double(height * 8)).rounded()) }
        return (0..<height).map { row in
            let floor = (height - 1 - row) * 8
            return String(units.map { value in
                let part = max(0, min(8, value - floor))
                return eighths[part]
            })
        }
    }

    /// A horizontal bar of `fraction` (0–1) over `width` columns, in eighths.
    public static func bar(_ fraction: Double, width: Int) -> String {
        let units = Int((max(0, min(1, fraction)) * Double(width * 8)).rounded())
        var text = String(repeating: "█", count: units / 8)
        if units % 8 > 0 { text.append(horizontalEighths[units % 8]) }
        return text
    }

    /// A shade for `value` against the busiest `top`: `·` for none, then four steps.
    public static func shade(_ value: Int, top: Int) -> Character {
        guard value > 0, top > 0 else { return shades[0] }
        return shades[min(4, 1 + (value * 4 - 1) / top)]
    }
}
