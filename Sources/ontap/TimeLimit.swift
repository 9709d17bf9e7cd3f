import Foundation
import ArgumentParser

/// A `--time-limit` value: minutes (`40`), or with a unit (`90s`, `40m`, `1h`).
struct TimeLimit: ExpressibleByArgument {
    let seconds: Int

    init?(argument: String) {
        let text = argument.trimmingCharacters(in: .whitespaces).lowercased()
        let unit = text.last.flatMap { "smh".contains($0) ? $0 : nil }
        guard let value = Double(unit == nil ? text : String(text.dropLast())), value > 0 else { return nil }
        let factor: Double = switch unit { case "s": 1; case "h": 3600; default: 60 }
        seconds = max(1, Int((value * factor).rounded()))
    }
}
