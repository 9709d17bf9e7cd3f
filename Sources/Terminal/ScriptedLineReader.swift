/// Feeds fixed lines, for tests of the REPL's logic without a terminal.
public final class ScriptedLineReader: LineReader {
    public private(set) var remaining: [String]
    public private(set) var prompts: [String] = []
    public private(set) var completions: [String] = []
    public private(set) var history: [String] = []

    public init(_ lines: [String]) { remaining = lines }

    public func readLine(prompt: String) -> LineInput {
        prompts.append(prompt)
        return remaining.isEmpty ? .endOfInput : .line(remaining.removeFirst())
    }

    public func setCompletions(_ words: [String]) { completions = words }
    public func remember(_ command: String) { history.append(command) }
}
