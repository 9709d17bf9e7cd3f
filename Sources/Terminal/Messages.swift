import Cards
import Scheduling
import Timeline

/// Every sentence the REPL says, in Vietnamese and English.
public struct Messages: Sendable {
    public var language: Language

    public init(language: Language) { self.language = language }

    private func pick(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }

    public var answerPrompt: String { "› " }
    public func gradePrompt(suggested: Rating?) -> String {
        guard let suggested else { return pick("Chấm điểm 1-4 › ", "Grade 1-4 › ") }
        return pick("Chấm điểm 1-4 [Enter = \(suggested.rawValue)] › ", "Grade 1-4 [Enter = \(suggested.rawValue)] › ")
    }
    /// After the answer was only shown: the learner grades how well they knew it.
    public var gradeYourself: String {
        pick("Bạn nhớ đến đâu? Gõ 1 nếu chưa nhớ, 2 nếu nhớ mang máng, 3 nếu nhớ, 4 nếu quá dễ.",
             "How well did you know it? Type 1 if you did not, 2 if barely, 3 if you did, 4 if it was easy.")
    }

    public func welcome(deck: String, due: Int) -> String {
        pick("Ôn tập bộ thẻ «\(deck)»: \(due) thẻ đến hạn. Gõ câu trả lời rồi Enter; :help để xem lệnh, Ctrl-D để lưu và thoát.",
             "Studying deck «\(deck)»: \(due) cards due. Type your answer and press Enter; :help for commands, Ctrl-D to save and quit.")
    }

    public func cardHeader(position: Int, remaining: Int, kind: CardKind) -> String {
        "[\(position)] " + kindName(kind) + " · " + pick("còn \(remaining)", "\(remaining) left")
    }

    public func kindName(_ kind: CardKind) -> String {
        switch kind {
        case .dateRecall: return pick("Nhớ mốc thời gian", "When")
        case .reverse: return pick("Sự kiện", "What happened")
        case .cloze: return pick("Điền vào chỗ trống", "Fill the gap")
        case .multipleChoice: return pick("Trắc nghiệm", "Multiple choice")
        case .chronology: return pick("Sắp xếp theo thời gian", "Put in order")
        }
    }

    public func verdict(_ verdict: AnswerVerdict) -> String {
        switch verdict {
        case .correct: return pick("✓ Đúng", "✓ Right")
        case .almost: return pick("≈ Gần đúng", "≈ Almost")
        case .wrong: return pick("✗ Chưa đúng", "✗ Wrong")
        }
    }

    /// A quiz question left blank: no mark, no cross.
    public var noAnswer: String { pick("— Chưa trả lời", "— No answer") }
    public func expected(_ answer: String) -> String { pick("Đáp án: ", "Answer: ") + answer }
    public func source(_ sentence: String) -> String { pick("Nguồn: ", "Source: ") + sentence }
    public var gradeLegend: String { pick("1 Quên · 2 Khó · 3 Tốt · 4 Dễ", "1 Again · 2 Hard · 3 Good · 4 Easy") }
    public var badGrade: String { pick("Hãy gõ 1, 2, 3 hoặc 4 (Enter chọn điểm gợi ý).", "Type 1, 2, 3 or 4 (Enter takes the suggested grade).") }
    public func scheduled(inDays days: Double) -> String {
        if days < 1 {
            let minutes = max(1, Int((days * 24 * 60).rounded()))
            return pick("Gặp lại sau \(minutes) phút.", "Next in \(minutes) min.")
        }
        let whole = Int(days.rounded())
        return pick("Gặp lại sau \(whole) ngày.", whole == 1 ? "Next in 1 day." : "Next in \(whole) days.")
    }

    public func finished(reviewed: Int) -> String {
        pick("Xong! Bạn đã ôn \(reviewed) thẻ. Không còn thẻ nào đến hạn.", "Done! You reviewed \(reviewed) card\(reviewed == 1 ? "" : "s"). Nothing else is due.")
    }
    public func saved(reviewed: Int) -> String {
        pick("Đã lưu tiến độ (\(reviewed) thẻ trong phiên này). Hẹn gặp lại!", "Progress saved (\(reviewed) card\(reviewed == 1 ? "" : "s") this session). See you!")
    }
    public var nothingDue: String { pick("Không có thẻ nào đến hạn lúc này.", "No cards are due right now.") }
    public var nothingToUndo: String { pick("Không có gì để hoàn tác.", "Nothing to undo.") }
    public var undone: String { pick("Đã hoàn tác lần chấm vừa rồi.", "Took back the last grade.") }
    public var skipped: String { pick("Đã bỏ qua; thẻ này sẽ quay lại sau.", "Skipped; this card comes back later.") }
    public var noHint: String { pick("Thẻ này không có gợi ý.", "No hint for this card.") }
    public func hint(_ text: String) -> String { pick("Gợi ý: ", "Hint: ") + text }
    public func unknownCommand(_ command: String) -> String {
        pick("Không có lệnh «\(command)». Gõ :help để xem các lệnh.", "Unknown command «\(command)». Type :help for the list.")
    }
    public var readOnly: String {
        pick("Chế độ chỉ xem: câu trả lời sẽ không được ghi lại.", "Quiz-only mode: answers will not be recorded.")
    }
    public func switched(to deck: String) -> String { pick("Chuyển sang bộ thẻ «\(deck)».", "Switched to deck «\(deck)».") }
    public func languageSet(_ language: Language) -> String {
        language == .vi ? "Giao diện: tiếng Việt." : "Interface: English."
    }
    public var usageLang: String { pick("Dùng: :lang vi hoặc :lang en", "Usage: :lang vi or :lang en") }
    public var usageDeck: String { pick("Dùng: :deck TÊN (Tab để gợi ý tên bộ thẻ)", "Usage: :deck NAME (Tab completes deck names)") }
    public func stats(reviewed: Int, remaining: Int, total: Int, studied: Int) -> String {
        pick("Phiên này: \(reviewed) thẻ đã ôn, còn \(remaining) thẻ đến hạn. Bộ thẻ: \(studied)/\(total) thẻ đã học.",
             "This session: \(reviewed) reviewed, \(remaining) still due. Deck: \(studied)/\(total) cards studied.")
    }

    public func quizWelcome(_ total: Int) -> String {
        pick("Bài kiểm tra: \(total) câu hỏi. Không ghi lại tiến độ; :quit để dừng.",
             "Quiz: \(total) questions. Nothing is recorded; :quit to stop.")
    }
    public var quizHelp: String { pick("Gõ câu trả lời, hoặc :quit để dừng.", "Type your answer, or :quit to stop.") }
    public func quizScore(_ score: Double, answered: Int, total: Int) -> String {
        let points = score == score.rounded() ? String(Int(score)) : String(score)
        let percent = total == 0 ? 0 : Int((score / Double(total) * 100).rounded())
        return pick("Điểm: \(points)/\(total) (\(percent)%), đã trả lời \(answered) câu.",
                    "Score: \(points)/\(total) (\(percent)%), \(answered) answered.")
    }

    public var help: String {
        pick("""
        Gõ câu trả lời rồi Enter (để trống = xem đáp án). Sau đó tự chấm: 1 Quên · 2 Khó · 3 Tốt · 4 Dễ.
        Lệnh:
          :help          trợ giúp này
          :hint          gợi ý cho thẻ hiện tại
          :source        xem câu gốc
          :skip          bỏ qua thẻ này
          :undo          hoàn tác lần chấm điểm vừa rồi
          :stats         thống kê phiên học
          :deck TÊN      chuyển bộ thẻ
          :lang vi|en    đổi ngôn ngữ giao diện
          :quit          lưu và thoát (hoặc Ctrl-D)
        Tab gợi ý lệnh, tên bộ thẻ và chữ cái đáp án; Ctrl-C xoá dòng đang gõ.
        """, """
        Type your answer and press Enter (empty = show the answer). Then grade yourself: 1 Again · 2 Hard · 3 Good · 4 Easy.
        Commands:
          :help          this help
          :hint          a hint for the current card
          :source        show the source sentence
          :skip          skip this card
          :undo          take back the last grade
          :stats         session statistics
          :deck NAME     switch deck
          :lang vi|en    interface language
          :quit          save and leave (or Ctrl-D)
        Tab completes commands, deck names and choice letters; Ctrl-C clears the line being typed.
        """)
    }
}
