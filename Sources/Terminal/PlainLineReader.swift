/// Reads lines from a pipe or file (no line editing), so a session can be scripted.
public final class PlainLineReader: LineReader {
    private let output: any TextOutput

    public init(output: any TextOutput) { self.output = output }

    public func readLine(prompt: String) -> LineInput {
        output.write(prompt)
        guard let line = Swift.readLine(strippingNewline: true) else {
            output.write("\n")
            return .endOfInput
        }
        output.write(line + "\n")          // a transcript shows what was typed, as a terminal would
        return .line(line)
    }

    public func setCompletions(_ words: [String]) {}
    public func remember(_ command: String) {}
}
