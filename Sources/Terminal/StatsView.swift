import Foundation
import Study

/// `ontap stats` and the end of `:stats`: the deck's statistics as text that fits `columns`.
public enum StatsView {
    public static func render(_ stats: DeckStatistics, deck: String, messages: Messages, columns: Int) -> String {
        var lines: [String] = []
        /// Text (not charts) wraps to the width.
        func text(_ line: String) { lines.append(TerminalText.wrap(TerminalText.sanitize(line), columns: columns, indent: 2)) }
        text(messages.statsTitle(deck))
        let c = stats.counts
        text(messages.statsCounts(new: c.new, learning: c.learning, review: c.review, suspended: c.suspended))
        text(messages.statsTime(totalMs: stats.studyMs, todayMs: stats.studyMsToday, reviews: stats.reviews, streak: stats.streak))

        // 30-day forecast: one column a day, five rows of eighths.
        lines.append("")
        text(messages.statsForecastTitle(total: stats.forecast.reduce(0, +), peak: stats.forecast.max() ?? 0))
        let days = min(stats.forecast.count, max(7, columns - 2))
        for row in BlockChart.columns(Array(stats.forecast.prefix(days)), height: 5) { lines.append("│" + row) }
        lines.append("└" + String(repeating: "─", count: days))
        let axisRight = "+\(days - 1)"
        lines.append(" " + messages.today + String(repeating: " ", count: max(1, days - TerminalText.width(of: messages.today) - axisRight.count)) + axisRight)

        // Heatmap: a column a week, a row a weekday, as many weeks as fit.
        lines.append("")
        text(messages.statsHeatmapTitle)
        // Calendar weeks, Monday (T2) to Sunday (CN) as a Vietnamese calendar runs: this week is the last column, its days
        // still to come are blank. Day 0 of the count (1970-01-01) was a Thursday, Monday-based index 3.
        let weeks = min(stats.heatmap.count / 7, max(4, columns - 4))
        let today = stats.heatmapFirstDay + Int64(stats.heatmap.count) - 1
        func weekday(_ day: Int64) -> Int { Int(((day % 7) + 7 + 3) % 7) }
        let firstMonday = today - Int64(weekday(today)) - Int64(weeks - 1) * 7
        func count(_ day: Int64) -> Int? {
            guard day >= stats.heatmapFirstDay, day <= today else { return nil }
            return stats.heatmap[Int(day - stats.heatmapFirstDay)]
        }
        let top = (0..<Int64(weeks * 7)).compactMap { count(firstMonday + $0) }.max() ?? 0
        for row in 0..<7 {
            let cellsOfRow = (0..<weeks).map { week -> Character in
                count(firstMonday + Int64(week * 7 + row)).map { BlockChart.shade($0, top: top) } ?? " "
            }
            lines.append("  " + messages.weekdayShort(row) + " " + String(cellsOfRow))
        }
        text("  " + messages.heatmapLegend(top: top))

        // True retention by week against the target.
        lines.append("")
        text(messages.statsRetentionTitle(target: stats.desiredRetention))
        let barWidth = max(10, min(40, columns - 24))
        for week in stats.retention where week.total > 0 {
            let rate = week.rate ?? 0
            let label = dayLabel(week.firstDay)
            let percent = String(format: "%3d%%", Int((rate * 100).rounded()))
            lines.append("  \(label) \(percent) " + BlockChart.bar(rate, width: barWidth) + " (\(week.total))")
        }
        if !stats.retention.contains(where: { $0.total > 0 }) { text("  " + messages.noRetentionYet) }

        if !stats.hardest.isEmpty {
            lines.append("")
            text(messages.statsHardestTitle)
            for card in stats.hardest {
                lines.append(TerminalText.truncate("  \(card.lapses)× " + TerminalText.sanitize(card.prompt)
                                                    .replacingOccurrences(of: "\n", with: " "), columns: columns))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// "dd/MM" of a study-day number.
    static func dayLabel(_ day: Int64) -> String {
        let formatter = DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "dd/MM"
        return formatter.string(from: Date(timeIntervalSince1970: Double(day) * 86_400))
    }
}
