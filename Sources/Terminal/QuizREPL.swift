import Cards
import Study

/// Runs a quiz at the prompt: each question once, right or wrong with the answer, then the score.
public final class QuizREPL {
    private var quiz: QuizSession
    private var messages: Messages
    private let reader: any LineReader
    private let output: any TextOutput
    private let columns: Int
    private let timeLimitSeconds: Int?

    public init(quiz: QuizSession, language: Language, reader: any LineReader, output: any TextOutput, columns: Int = 80,
                timeLimitSeconds: Int? = nil) {
        self.quiz = quiz
        self.timeLimitSeconds = timeLimitSeconds
        self.messages = Messages(language: language)
        self.reader = reader
        self.output = output
        self.columns = columns
    }

    /// Asks every question (or until the learner leaves) and returns the final score.
    @discardableResult
    public func run() -> Double {
        let total = quiz.questions.count
        say(messages.quizWelcome(total))
        let deadline = timeLimitSeconds.map { Countdown.now() + Int64($0) * 1000 }
        if let timeLimitSeconds { say(messages.quizTimeLimit(Countdown.clock(timeLimitSeconds))) }
        var timeUp = false
        var blank: Set<Int> = []          // questions left without an answer (by their place in the quiz)
        while let card = quiz.current {
            say("")
            say("[\(quiz.results.count + 1)/\(total)] " + messages.kindName(card.kind), .header)
            say(messages.cardText(card))
            reader.setCompletions([":quit", ":help"] + card.choices.indices.map(ChoiceLetters.letter))
            let input = deadline.map { deadline in
                reader.readLine(countdown: Countdown(deadline: deadline) { "[⏱ \(Countdown.clock($0))] " + self.messages.answerPrompt })
            } ?? reader.readLine(prompt: messages.answerPrompt)
            if input == .timeUp { timeUp = true; break }
            guard case let .line(line) = input else { break }
            if let command = REPLCommand(line: line) {
                if command == .quit { break }
                say(messages.quizHelp)
                continue
            }
            if let rejection = quiz.rejection(of: line) { say(messages.rejection(rejection)); continue }
            let verdict = quiz.answer(line) ?? .wrong
            let empty = line.trimmingCharacters(in: .whitespaces).isEmpty
            if empty { blank.insert(quiz.results.count - 1) }
            say(empty ? messages.noAnswer : messages.verdict(verdict), empty ? .plain : .of(verdict))
            say(messages.expected(card.answer))
            if verdict != .correct { explainChoices(card, indent: "") }
        }
        if timeUp { say(""); say(messages.timeUp, .wrong) }
        // A question left blank was not answered (it counts as missed).
        say(messages.quizScore(quiz.score, answered: quiz.results.count - blank.count, total: total))
        let missed = quiz.missed
        if !missed.isEmpty {
            say("")
            say(messages.quizMissedTitle(missed.count))
            for (number, item) in missed.enumerated() {
                // Every line of an item under its text, past the number ("10. " is wider than "9. ").
                let number = "\(number + 1). "
                let pad = String(repeating: " ", count: number.count)
                say(number + item.card.prompt, indent: number.count)
                let verdict = blank.contains(item.place) ? messages.noAnswer : messages.verdict(item.verdict)
                say(pad + verdict + " · " + messages.expected(item.card.answer))
                explainChoices(item.card, indent: pad)
                say(pad + messages.source(item.card.sourceSentence))
            }
        }
        return quiz.score
    }

    /// A chronology's events in the right order with their dates (a bare `DBCA` teaches nothing), or a multiple
    /// choice's options with their dates.
    private func explainChoices(_ card: Card, indent: String) {
        let choices = DatedChoice.list(for: card)
        guard !choices.isEmpty else { return }
        messages.datedChoices(choices, chronology: card.kind.behaviour.answerIsOrder).split(separator: "\n")
            .forEach { say(indent + $0) }
    }

    private func say(_ text: String, _ tone: Tone = .plain, indent: Int = 2) {
        output.write(tone.paint(TerminalText.wrap(TerminalText.sanitize(text), columns: columns, indent: indent)) + "\n")
    }
}
