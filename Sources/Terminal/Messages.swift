import Cards
import Foundation
import Study

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

    public func cardHeader(position: Int, counts: QueueCounts, kind: CardKind) -> String {
        "[\(position)] " + kindName(kind) + " · " + countsLine(counts)
    }

    /// "Mới 3 · Đang học 1 · Ôn 10": the cards left by phase.
    public func countsLine(_ counts: QueueCounts) -> String {
        pick("Mới \(counts.new) · Đang học \(counts.learning) · Ôn \(counts.review)",
             "New \(counts.new) · Learning \(counts.learning) · Review \(counts.review)")
    }

    public func rejection(_ rejection: AnswerRejection) -> String {
        switch rejection {
        case let .notAnOption(typed, letters):
            return pick("«\(typed)» không phải một phương án; hãy chọn \(letters.joined(separator: ", ")).",
                        "«\(typed)» is not one of the options; choose \(letters.joined(separator: ", ")).")
        case let .notAnOrder(letters):
            return pick("Hãy gõ mỗi chữ cái \(letters.joined(separator: ", ")) đúng một lần, từ sớm nhất đến muộn nhất (Enter để xem đáp án).",
                        "Type each of the letters \(letters.joined(separator: ", ")) once, earliest first (Enter shows the answer).")
        }
    }

    /// The options with their dates: a chronology in the right order.
    public func datedChoices(_ choices: [DatedChoice], chronology: Bool) -> String {
        let title = chronology ? pick("Thứ tự đúng:", "The right order:") : pick("Các phương án và thời gian:", "The options and their dates:")
        return ([title] + choices.map { "  \($0.letter). \($0.date) — \($0.text)" }).joined(separator: "\n")
    }

    /// What differs between the typed answer and the expected one.
    public func differences(_ diff: AnswerDiff) -> String {
        var parts: [String] = []
        if !diff.fixes.isEmpty {
            parts.append(pick("sửa ", "fix ") + diff.fixes.map { "«\($0.typed)» → «\($0.expected)»" }.joined(separator: ", "))
        }
        if !diff.missing.isEmpty { parts.append(pick("thiếu ", "missing ") + diff.missing.map { "«\($0)»" }.joined(separator: ", ")) }
        if !diff.extra.isEmpty { parts.append(pick("thừa ", "not in the answer ") + diff.extra.map { "«\($0)»" }.joined(separator: ", ")) }
        return pick("Khác biệt: ", "What differs: ") + parts.joined(separator: "; ")
    }

    public func hint(_ hint: Hint, level: Int) -> String {
        let body: String
        switch hint {
        case .letters(let text): body = text
        case .ruledOut(let letters): body = pick("không phải ", "not ") + letters.joined(separator: ", ")
        case .startsWith(let letters): body = pick("bắt đầu bằng ", "starts with ") + letters.joined(separator: ", ")
        }
        let cost = level >= 2 ? pick("điểm gợi ý: 1", "suggested grade: 1") : pick("điểm gợi ý tối đa: 2", "suggested grade at most 2")
        return pick("Gợi ý \(level)/\(Hint.levels): ", "Hint \(level)/\(Hint.levels): ") + body + " (" + cost + ")"
    }
    public func maskedSource(_ sentence: String) -> String { pick("Nguồn (đã che đáp án): ", "Source (answer hidden): ") + sentence }

    /// The end of a session: what was done and what comes next.
    public func summary(_ summary: SessionSummary) -> String {
        let minutes = Int((Double(summary.studyMs) / 60_000).rounded(.up))
        let percent = summary.percentRight.map { pick(", \($0)% đúng", ", \($0)% right") } ?? ""
        return pick("""
            Tổng kết: đã chấm \(summary.answered) thẻ (\(summary.right) đúng, \(summary.almost) gần đúng, \(summary.wrong) sai, \(summary.shown) xem đáp án\(percent)) trong khoảng \(minutes) phút.
            Sắp tới: \(summary.dueTomorrow) thẻ đến hạn ngày mai, \(summary.dueThisWeek) thẻ trong 7 ngày tới.
            """, """
            Summary: \(summary.answered) graded (\(summary.right) right, \(summary.almost) almost, \(summary.wrong) wrong, \(summary.shown) shown\(percent)) in about \(minutes) min.
            Coming up: \(summary.dueTomorrow) cards due tomorrow, \(summary.dueThisWeek) over the next 7 days.
            """)
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
    public func unknownCommand(_ command: String) -> String {
        pick("Không có lệnh «\(command)». Gõ :help để xem các lệnh.", "Unknown command «\(command)». Type :help for the list.")
    }
    public func phaseName(_ phase: CardPhase) -> String {
        switch phase {
        case .new: return pick("mới", "new")
        case .learning, .relearning: return pick("đang học", "learning")
        case .review: return pick("ôn", "review")
        }
    }
    public var suspendedMark: String { pick("tạm ngưng", "suspended") }
    public func cardsFound(_ shown: Int, of total: Int) -> String {
        pick("\(shown)/\(total) thẻ.", "\(shown) of \(total) cards.")
    }
    public var suspensionNotRecorded: String {
        pick("Tiến độ của bộ thẻ này chưa ghi được việc tạm ngưng (cần nhật ký phiên bản 2), nên chưa có thẻ nào bị tạm ngưng lâu dài.",
             "This deck's progress cannot record suspensions yet (it needs review log version 2), so no card is suspended for good.")
    }
    public func unsuspended(_ id: String) -> String { pick("Đã bỏ tạm ngưng thẻ \(id).", "Unsuspended card \(id).") }
    public func noSuchCard(_ id: String) -> String { pick("không có thẻ mã «\(id)» trong bộ thẻ", "no card with id '\(id)' in the deck") }
    public func statsTitle(_ deck: String) -> String { pick("Thống kê bộ thẻ «\(deck)»", "Statistics for «\(deck)»") }
    public func statsCounts(new: Int, learning: Int, review: Int, suspended: Int) -> String {
        pick("Thẻ: \(new) mới · \(learning) đang học · \(review) đang ôn · \(suspended) tạm ngưng",
             "Cards: \(new) new · \(learning) learning · \(review) in review · \(suspended) suspended")
    }
    public func statsTime(totalMs: Int64, todayMs: Int64, reviews: Int, streak: Int) -> String {
        let total = Int((Double(totalMs) / 60_000).rounded()), today = Int((Double(todayMs) / 60_000).rounded())
        return pick("Đã ôn \(reviews) lượt, \(total) phút (hôm nay \(today) phút). Chuỗi ngày học liên tiếp: \(streak).",
                    "\(reviews) reviews, \(total) min (today \(today) min). Streak: \(streak) day\(streak == 1 ? "" : "s") in a row.")
    }
    public func statsForecastTitle(total: Int, peak: Int) -> String {
        pick("Dự báo 30 ngày tới: \(total) lượt đến hạn (ngày nhiều nhất \(peak))",
             "Due over the next 30 days: \(total) (busiest day \(peak))")
    }
    public var today: String { pick("hôm nay", "today") }
    public var statsHeatmapTitle: String { pick("Sáu tháng qua (mỗi cột một tuần, mỗi hàng một ngày):", "The last six months (a column a week, a row a day):") }
    public func heatmapLegend(top: Int) -> String {
        pick("· không ôn  ░▒▓█ nhiều dần (nhiều nhất \(top) lượt/ngày)", "· none  ░▒▓█ more (most: \(top) a day)")
    }
    public func statsRetentionTitle(target: Double) -> String {
        let percent = Int((target * 100).rounded())
        return pick("Tỉ lệ nhớ thật theo tuần (mục tiêu \(percent)%):", "True retention by week (target \(percent)%):")
    }
    public var noRetentionYet: String { pick("chưa có lượt ôn nào của thẻ đã học từ hôm trước", "no reviews yet of cards learned on an earlier day") }
    public var statsHardestTitle: String { pick("Thẻ khó nhất (số lần quên):", "Hardest cards (times forgotten):") }
    public func badExamDate(_ text: String) -> String {
        pick("--exam cần ngày thi dạng NĂM-THÁNG-NGÀY, ví dụ 2027-06-26, không phải «\(text)»",
             "--exam needs the exam's date as YEAR-MONTH-DAY, e.g. 2027-06-26, not '\(text)'")
    }
    public func examPassed(_ text: String) -> String {
        pick("ngày thi \(text) không còn ở phía trước; hãy cho một ngày sau hôm nay", "the exam date \(text) is not ahead; give a day after today")
    }
    public func cramIntro(exam: String, daysLeft: Int, today: Int, total: Int) -> String {
        pick("Ôn thi: còn \(daysLeft) ngày đến kỳ thi \(exam). Hôm nay \(today) trong \(total) thẻ, yếu nhất trước. Trả lời thẻ chưa đến hạn không làm đổi lịch ôn dài hạn.",
             "Cramming: \(daysLeft) day\(daysLeft == 1 ? "" : "s") to the exam on \(exam). Today \(today) of \(total) cards, weakest first. Answers to cards not due do not change the long-term schedule.")
    }
    public var homeTitle: String { pick("ontap — ôn tập lịch sử. Các bộ thẻ:", "ontap — history revision. Your decks:") }
    public func homePrompt(_ preferred: String) -> String {
        pick("Chọn bộ thẻ (số hoặc tên; Enter = \(preferred); :quit để thoát) › ",
             "Choose a deck (number or name; Enter = \(preferred); :quit to leave) › ")
    }
    public var deckTableHeader: [String] {
        language == .vi ? ["Bộ thẻ", "Đến hạn", "Mới/Học/Ôn", "Số thẻ", "Đã học"] : ["Deck", "Due", "New/Learn/Rev", "Cards", "Studied"]
    }
    public func noSuchDeck(_ typed: String, suggestions: [String]) -> String {
        let hint = suggestions.isEmpty ? "" : pick(" Có phải bạn muốn: \(suggestions.joined(separator: ", "))?",
                                                   " Did you mean: \(suggestions.joined(separator: ", "))?")
        return pick("Không có bộ thẻ «\(typed)».", "No deck «\(typed)».") + hint
    }
    public func noDecks(folder: String) -> String {
        pick("chưa có bộ thẻ nào trong \(folder)/; hãy tạo bằng `ontap generate TỆP`",
             "no decks in \(folder)/ yet; make one with `ontap generate FILE`")
    }

    private func asideNote(_ aside: CardAside) -> String {
        aside == .recorded ? "" : pick(" (chỉ trong phiên này: tiến độ của bộ thẻ chưa ghi được thao tác này)",
                                       " (this session only: the deck's progress cannot record it yet)")
    }
    public func suspended(_ prompt: String, _ aside: CardAside) -> String {
        pick("Đã tạm ngưng thẻ này; nó sẽ không hiện lại cho đến khi bạn bỏ tạm ngưng (`ontap cards BỘ-THẺ --unsuspend ID`).",
             "Suspended this card; it will not come back until you unsuspend it (`ontap cards DECK --unsuspend ID`).") + asideNote(aside)
    }
    public func buried(_ prompt: String, _ aside: CardAside) -> String {
        pick("Đã cất thẻ này đến ngày mai.", "Buried this card until tomorrow.") + asideNote(aside)
    }
    public func flagged(_ flag: Int, _ aside: CardAside) -> String {
        (flag == 0 ? pick("Đã bỏ cờ của thẻ này.", "Flag cleared.") : pick("Đã gắn cờ \(flag) cho thẻ này.", "Flagged this card (\(flag)).")) + asideNote(aside)
    }
    public var usageFlag: String { pick("Dùng: :flag [1-7] (mặc định 1; 0 để bỏ cờ)", "Usage: :flag [1-7] (default 1; 0 clears)") }
    public var usageEdit: String {
        pick("Dùng: :edit prompt CÂU HỎI MỚI  hoặc  :edit accept ĐÁP ÁN ĐƯỢC CHẤP NHẬN",
             "Usage: :edit prompt NEW QUESTION  or  :edit accept ANOTHER ACCEPTED ANSWER")
    }
    public func edited(_ edit: CardEdit, kept: Bool) -> String {
        let what = edit.prompt != nil ? pick("Đã sửa câu hỏi", "Question changed")
            : pick("Đã thêm đáp án được chấp nhận: \(edit.accepted.joined(separator: ", "))",
                   "Added an accepted answer: \(edit.accepted.joined(separator: ", "))")
        return what + (kept ? pick(" (lưu trong bộ thẻ, giữ lại khi tạo lại bộ thẻ).", " (kept in the deck, also when it is generated again).")
                            : pick(" (chỉ trong phiên này).", " (this session only)."))
    }
    public func editNotKept(_ error: any Error) -> String {
        pick("Sửa đổi chỉ có hiệu lực trong phiên này; không lưu được vào bộ thẻ: ", "The edit holds for this session only; it could not be kept in the deck: ")
            + describe(error)
    }

    /// Why this session cannot keep answers, said when it opens.
    public func recordingBlocked(_ block: RecordingBlock) -> String {
        switch block {
        case let .held(pid, host):
            let who = pid.map { pick("ontap khác (pid \($0)\(host.map { " trên máy \($0)" } ?? ""))",
                                     "another ontap (pid \($0)\(host.map { " on \($0)" } ?? ""))") }
                ?? pick("ontap khác", "another ontap")
            return pick("⚠ Không ghi được tiến độ: bộ thẻ này đang mở trong \(who). Bạn vẫn ôn được, nhưng câu trả lời sẽ không được lưu; hãy đóng phiên kia rồi mở lại.",
                        "⚠ Not recording: this deck is open in \(who). You can still study, but answers will not be saved; close the other session and start again.")
        case .unwritable:
            return pick("⚠ Không ghi được tiến độ: thư mục tiến độ không ghi được (chỉ đọc hoặc không có quyền). Bạn vẫn ôn được, nhưng câu trả lời sẽ không được lưu.",
                        "⚠ Not recording: the progress folder cannot be written (read-only or no permission). You can still study, but answers will not be saved.")
        }
    }

    /// Said when leaving a session that could not record.
    public func notRecorded(_ block: RecordingBlock, reviewed: Int) -> String {
        if reviewed == 0 { return pick("Không có gì được lưu (tiến độ không ghi được).", "Nothing was saved (progress could not be written).") }
        return pick("Không có gì được lưu: \(reviewed) thẻ trong phiên này chỉ được chấm tạm (tiến độ không ghi được).",
             "Nothing was saved: the \(reviewed) card\(reviewed == 1 ? "" : "s") of this session were not recorded (progress could not be written).")
    }
    public var nothingToSave: String { pick("Không có gì thay đổi, không cần lưu. Hẹn gặp lại!", "Nothing changed, nothing to save. See you!") }
    public func gradedOnLeaving(_ rating: Rating) -> String {
        pick("Đã chấm thẻ vừa trả lời bằng điểm gợi ý \(rating.rawValue) trước khi thoát.",
             "The card you just answered was graded \(rating.rawValue) (the suggested grade) before leaving.")
    }
    public var notGradedOnLeaving: String {
        pick("Thẻ vừa xem đáp án chưa được chấm nên không được ghi.", "The card whose answer you saw was not graded, so it was not recorded.")
    }
    public func alreadyStudying(_ deck: String) -> String { pick("Bạn đang ôn bộ thẻ «\(deck)».", "You are already studying «\(deck)».") }

    /// Why `:deck NAME` could not open the deck.
    public func cannotOpen(_ name: String, _ error: any Error) -> String {
        pick("Không mở được bộ thẻ «\(name)»: ", "Cannot open deck «\(name)»: ") + describe(error)
    }

    /// An error in the interface language: ontap's own errors are translated, others described plainly.
    public func describe(_ error: any Error) -> String {
        guard let error = error as? StoreError else {
            return (error as? LocalizedError)?.errorDescription ?? pick("lỗi không rõ", "an unknown error")
        }
        guard language == .vi else {
            if case let .deckNotFound(name, available) = error {
                let close = DeckNameMatch.suggestions(for: name, in: available)
                if !close.isEmpty { return "no deck named '\(name)'; did you mean: \(close.joined(separator: ", "))?" }
            }
            return error.errorDescription ?? ""
        }
        switch error {
        case let .deckNotFound(name, available):
            let close = DeckNameMatch.suggestions(for: name, in: available)
            if !close.isEmpty { return "không có bộ thẻ tên «\(name)»; có phải bạn muốn: \(close.joined(separator: ", "))?" }
            return available.isEmpty ? "chưa có bộ thẻ nào; hãy tạo bằng `ontap generate TỆP`"
                : "không có bộ thẻ tên «\(name)» (các bộ thẻ: \(available.joined(separator: ", ")))"
        case let .unreadable(path, reason): return "\(path): không đọc được tệp (\(reason))"
        case let .damaged(path, line, column, reason):
            return "\(path):\(line):\(column): tệp bị hỏng (\(reason)); tệp được giữ nguyên"
        case let .unsupportedVersion(path, format, version):
            return "\(path): \(format) phiên bản \(version) mới hơn ontap này; hãy cập nhật ontap"
        case let .invalidName(name):
            return "«\(name)» không phải tên bộ thẻ hợp lệ: chỉ dùng chữ, số, '-' và '_'"
        case let .writeFailed(path, reason):
            return "\(path): không lưu được (\(reason)); tệp cũ vẫn nguyên vẹn: hãy giải phóng dung lượng hoặc cho phép ghi thư mục rồi thử lại"
        case let .locked(path, holder):
            return "\(path) đang được dùng bởi \(holder); hãy đóng phiên ontap đó rồi thử lại"
        }
    }
    public func switched(to deck: String) -> String { pick("Chuyển sang bộ thẻ «\(deck)».", "Switched to deck «\(deck)».") }
    public func languageSet(_ language: Language) -> String {
        language == .vi ? "Giao diện: tiếng Việt." : "Interface: English."
    }
    public var usageLang: String { pick("Dùng: :lang vi hoặc :lang en", "Usage: :lang vi or :lang en") }
    public var usageDeck: String { pick("Dùng: :deck TÊN (Tab để gợi ý tên bộ thẻ)", "Usage: :deck NAME (Tab completes deck names)") }
    public func stats(reviewed: Int, counts: QueueCounts, total: Int, studied: Int) -> String {
        pick("Phiên này: \(reviewed) thẻ đã ôn, còn \(counts.total) thẻ (\(countsLine(counts))). Bộ thẻ: \(studied)/\(total) thẻ đã học.",
             "This session: \(reviewed) reviewed, \(counts.total) still due (\(countsLine(counts))). Deck: \(studied)/\(total) cards studied.")
    }

    public func quizWelcome(_ total: Int) -> String {
        pick("Bài kiểm tra: \(total) câu hỏi. Không ghi lại tiến độ; :quit để dừng.",
             "Quiz: \(total) questions. Nothing is recorded; :quit to stop.")
    }
    public func quizMissedTitle(_ count: Int) -> String {
        pick("Các câu cần xem lại (\(count)):", count == 1 ? "To review (1 question):" : "To review (\(count) questions):")
    }
    public func quizTimeLimit(_ clock: String) -> String {
        pick("Thời gian làm bài: \(clock); đồng hồ đếm ngược ở dấu nhắc. Câu trả lời sau khi hết giờ không được tính.",
             "Time limit: \(clock); the countdown is in the prompt. Answers after the time is up do not count.")
    }
    public var timeUp: String { pick("⏱ Hết giờ!", "⏱ Time is up!") }
    public var quizHelp: String { pick("Gõ câu trả lời, hoặc :quit để dừng.", "Type your answer, or :quit to stop.") }
    public func quizScore(_ score: Double, answered: Int, total: Int) -> String {
        let points = score == score.rounded() ? String(Int(score))
            : language == .vi ? String(score).replacingOccurrences(of: ".", with: ",") : String(score)
        let percent = total == 0 ? 0 : Int((score / Double(total) * 100).rounded())
        return pick("Điểm: \(points)/\(total) (\(percent)%), đã trả lời \(answered) câu.",
                    "Score: \(points)/\(total) (\(percent)%), \(answered) answered.")
    }

    public var help: String {
        pick("""
        Gõ câu trả lời rồi Enter (để trống = xem đáp án). Sau đó tự chấm: 1 Quên · 2 Khó · 3 Tốt · 4 Dễ.
        Lệnh:
          :help          trợ giúp này
          :hint          gợi ý (gõ lại để thêm; mỗi gợi ý hạ điểm gợi ý)
          :source        xem câu gốc (che đáp án khi chưa trả lời)
          :skip          bỏ qua thẻ này
          :undo          hoàn tác lần chấm điểm vừa rồi
          :stats         thống kê phiên học
          :suspend       tạm ngưng thẻ này (không hỏi lại)
          :bury          cất thẻ này đến ngày mai
          :flag [1-7]    gắn cờ (0 để bỏ)
          :edit prompt … / :edit accept …   sửa câu hỏi / thêm đáp án được chấp nhận
          :deck TÊN      chuyển bộ thẻ
          :lang vi|en    đổi ngôn ngữ giao diện
          :quit          lưu và thoát (hoặc Ctrl-D)
        Tab gợi ý lệnh, tên bộ thẻ và chữ cái đáp án; Ctrl-C xoá dòng đang gõ.
        """, """
        Type your answer and press Enter (empty = show the answer). Then grade yourself: 1 Again · 2 Hard · 3 Good · 4 Easy.
        Commands:
          :help          this help
          :hint          a hint (again for more; each lowers the suggested grade)
          :source        the source sentence (answer hidden until you answer)
          :skip          skip this card
          :undo          take back the last grade
          :stats         session statistics
          :suspend       suspend this card (never asked again)
          :bury          put this card away until tomorrow
          :flag [1-7]    flag it (0 clears)
          :edit prompt … / :edit accept …   fix the question / accept another answer
          :deck NAME     switch deck
          :lang vi|en    interface language
          :quit          save and leave (or Ctrl-D)
        Tab completes commands, deck names and choice letters; Ctrl-C clears the line being typed.
        """)
    }
}
