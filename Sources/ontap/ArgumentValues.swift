import ArgumentParser
import Exporters
import Scheduling
import Timeline

// Options whose values are an enum take the enum itself: ArgumentParser then refuses another value with the list of
// choices, and shell completion offers them (`--format <Tab>`). Values are read case-insensitively.

extension Language: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

extension ExportFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

extension DayCounting: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument) }
}
