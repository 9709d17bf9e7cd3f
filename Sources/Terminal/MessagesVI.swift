import Cards
import Foundation
import Study

/// Every sentence of the interface in Vietnamese: the catalogue `Messages` reads under `--lang vi`.
enum MessagesVI {
    static var answerPrompt: String { "› " }

    static func gradePrompt(suggested: Rating?) -> String {
        guard let suggested else { return "Chấm điểm 1-4 › " }
        return "Chấm điểm 1-4 [Enter = \(suggested.rawValue)] › "
    }

    static var gradeYourself: String {
        "Bạn nhớ đến đâu? Gõ 1 nếu chưa nhớ, 2 nếu nhớ mang máng, 3 nếu nhớ, 4 nếu quá dễ."
    }

    static func welcome(deck: String, due: Int) -> String {
        "Ôn tập bộ thẻ «\(deck)»: \(due) thẻ đến hạn. Gõ câu trả lời rồi Enter; :help để xem lệnh, Ctrl-D để lưu và thoát."
    }

    static func cardHeader(position: Int, counts: QueueCounts, kind: CardKind) -> String {
        "[\(position)] " + kindName(kind) + " · " + countsLine(counts)
    }

    static func countsLine(_ counts: QueueCounts) -> String {
        "Mới \(counts.new) · Đang học \(counts.learning) · Ôn \(counts.review)"
    }

    static func answerInstruction(_ instruction: AnswerInstruction) -> String {
        switch instruction {
        case .oneLetter(let letters): return "(Trả lời bằng một chữ cái: \(letters.joined(separator: ", ")))"
        // No example order: any example could be the answer itself.
        case .order(let letters): return "(Gõ \(letters.count) chữ cái \(letters.joined(separator: ", ")) theo thứ tự từ sớm nhất đến muộn nhất)"
        case .fillBlank: return "(Điền vào chỗ trống [...])"
        }
    }

    static func rejection(_ rejection: AnswerRejection) -> String {
        switch rejection {
        case let .notAnOption(typed, letters):
            return "«\(typed)» không phải một phương án; hãy chọn \(letters.joined(separator: ", "))."
        case let .notAnOrder(letters):
            return "Hãy gõ mỗi chữ cái \(letters.joined(separator: ", ")) đúng một lần, từ sớm nhất đến muộn nhất (Enter để xem đáp án)."
        }
    }

    static func datedChoices(_ choices: [DatedChoice], chronology: Bool) -> String {
        let title = chronology ? "Thứ tự đúng:" : "Các phương án và thời gian:"
        return ([title] + choices.map { "  \($0.letter). \($0.date) — \($0.text)" }).joined(separator: "\n")
    }

    static func differences(_ diff: AnswerDiff) -> String {
        var parts: [String] = []
        if !diff.fixes.isEmpty {
            parts.append("sửa " + diff.fixes.map { "«\($0.typed)» → «\($0.expected)»" }.joined(separator: ", "))
        }
        if !diff.missing.isEmpty { parts.append("thiếu " + diff.missing.map { "«\($0)»" }.joined(separator: ", ")) }
        if !diff.extra.isEmpty { parts.append("thừa " + diff.extra.map { "«\($0)»" }.joined(separator: ", ")) }
        return "Khác biệt: " + parts.joined(separator: "; ")
    }

    static func hint(_ hint: Hint, level: Int) -> String {
        let body: String
        switch hint {
        case .letters(let text): body = text
        case .ruledOut(let letters): body = "không phải " + letters.joined(separator: ", ")
        case .startsWith(let letters): body = "bắt đầu bằng " + letters.joined(separator: ", ")
        }
        let cost = level >= 2 ? "điểm đề xuất: 1 Quên" : "điểm đề xuất tối đa: 2 Khó"
        return "Gợi ý \(level)/\(Hint.levels): " + body + " (" + cost + ")"
    }

    static func maskedSource(_ sentence: String) -> String { "Nguồn (đã che đáp án): " + sentence }

    static func summary(_ summary: SessionSummary) -> String {
        let minutes = Int((Double(summary.studyMs) / 60_000).rounded(.up))
        let percent = summary.percentRight.map { ", \($0)% đúng" } ?? ""
        return """
            Tổng kết: đã chấm \(summary.answered) thẻ (\(summary.right) đúng, \(summary.almost) gần đúng, \(summary.wrong) sai, \(summary.shown) xem đáp án\(percent)) trong khoảng \(minutes) phút.
            Sắp tới: \(summary.dueTomorrow) thẻ đến hạn ngày mai, \(summary.dueThisWeek) thẻ trong 7 ngày tới.
            """ + (summary.leftToday > 0 ? "\nHôm nay còn \(summary.leftToday) thẻ chờ ôn; mở lại bộ thẻ để ôn tiếp." : "")
    }

    /// Each card kind's name, by its key (`CardKindBehaviour.nameKey`).
    static let kindNames: [String: String] = [
        "dateRecall": "Nhớ mốc thời gian",
        "reverse": "Sự kiện",
        "cloze": "Điền vào chỗ trống",
        "multipleChoice": "Trắc nghiệm",
        "chronology": "Sắp xếp theo thời gian",
    ]

    static func kindName(_ kind: CardKind) -> String { kindNames[kind.behaviour.nameKey] ?? kind.rawValue }

    static func verdict(_ verdict: AnswerVerdict) -> String {
        switch verdict {
        case .correct: return "✓ Đúng"
        case .almost: return "≈ Gần đúng"
        case .wrong: return "✗ Chưa đúng"
        }
    }

    static var noAnswer: String { "— Chưa trả lời" }

    static func expected(_ answer: String) -> String { "Đáp án: " + answer }

    static func source(_ sentence: String) -> String { "Nguồn: " + sentence }

    static var gradeLegend: String { "1 Quên · 2 Khó · 3 Tốt · 4 Dễ" }

    static var badGrade: String { "Hãy gõ 1, 2, 3 hoặc 4 (Enter chọn điểm đề xuất)." }

    static func scheduled(inDays days: Double) -> String {
        if days < 1 {
            let minutes = max(1, Int((days * 24 * 60).rounded()))
            return "Gặp lại sau \(minutes) phút."
        }
        let whole = Int(days.rounded())
        return "Gặp lại sau \(whole) ngày."
    }

    static func finished(reviewed: Int) -> String {
        "Xong! Bạn đã ôn \(reviewed) thẻ. Không còn thẻ nào đến hạn."
    }

    static func saved(reviewed: Int) -> String {
        "Đã lưu tiến độ (\(reviewed) thẻ trong phiên này). Hẹn gặp lại!"
    }

    static var nothingDue: String { "Không có thẻ nào đến hạn lúc này." }

    static var nothingToUndo: String { "Không có gì để hoàn tác." }

    static var undone: String { "Đã hoàn tác lần chấm vừa rồi." }

    static var skipped: String { "Đã bỏ qua; thẻ này sẽ quay lại sau." }

    static var noHint: String { "Thẻ này không có gợi ý." }

    static func unknownCommand(_ command: String) -> String {
        "Không có lệnh «\(command)». Gõ :help để xem các lệnh."
    }

    static func phaseName(_ phase: CardPhase) -> String {
        switch phase {
        case .new: return "mới"
        case .learning, .relearning: return "đang học"
        case .review: return "ôn"
        }
    }

    static var suspendedMark: String { "tạm ngưng" }

    static func cardsFound(_ shown: Int, of total: Int) -> String {
        "\(shown)/\(total) thẻ."
    }

    static var suspensionNotRecorded: String {
        "Tiến độ của bộ thẻ này chưa ghi được việc tạm ngưng (cần nhật ký phiên bản 2), nên chưa có thẻ nào bị tạm ngưng lâu dài."
    }

    static func unsuspended(_ id: String) -> String { "Đã bỏ tạm ngưng thẻ \(id)." }

    static func noSuchCard(_ id: String) -> String { "không có thẻ mã «\(id)» trong bộ thẻ" }

    static func statsTitle(_ deck: String) -> String { "Thống kê bộ thẻ «\(deck)»" }

    static func statsCounts(new: Int, learning: Int, review: Int, suspended: Int) -> String {
        "Thẻ: \(new) mới · \(learning) đang học · \(review) đang ôn · \(suspended) tạm ngưng"
    }

    static func statsTime(totalMs: Int64, todayMs: Int64, reviews: Int, streak: Int) -> String {
        let total = Int((Double(totalMs) / 60_000).rounded()), today = Int((Double(todayMs) / 60_000).rounded())
        return "Đã ôn \(reviews) lượt, \(total) phút (hôm nay \(today) phút). Chuỗi ngày học liên tiếp: \(streak)."
    }

    static func statsForecastTitle(total: Int, peak: Int) -> String {
        "Dự báo 30 ngày tới: \(total) lượt đến hạn (ngày nhiều nhất \(peak))"
    }

    static var today: String { "hôm nay" }

    static var statsHeatmapTitle: String { "Sáu tháng qua (mỗi cột một tuần, mỗi hàng một thứ trong tuần):" }

    static func heatmapLegend(top: Int) -> String {
        "· không ôn  ░▒▓█ nhiều dần (nhiều nhất \(top) lượt/ngày)"
    }

    static func statsRetentionTitle(target: Double) -> String {
        let percent = Int((target * 100).rounded())
        return "Tỉ lệ nhớ thật theo tuần (mục tiêu \(percent)%):"
    }

    static var noRetentionYet: String { "chưa có lượt ôn nào của thẻ đã học từ hôm trước" }

    static var statsHardestTitle: String { "Thẻ khó nhất (số lần quên):" }

    static func badExamDate(_ text: String) -> String {
        "--exam cần ngày thi dạng NĂM-THÁNG-NGÀY, ví dụ 2027-06-26, không phải «\(text)»"
    }

    static func examPassed(_ text: String) -> String {
        "ngày thi \(text) không còn ở phía trước; hãy cho một ngày sau hôm nay"
    }

    static func cramIntro(exam: String, daysLeft: Int, today: Int, total: Int) -> String {
        "Ôn thi: còn \(daysLeft) ngày đến kỳ thi \(exam). Hôm nay \(today) trong \(total) thẻ, yếu nhất trước. Trả lời thẻ chưa đến hạn không làm đổi lịch ôn dài hạn."
    }

    static var homeTitle: String { "ontap — ôn tập lịch sử. Các bộ thẻ:" }

    static func homePrompt(_ preferred: String) -> String {
        "Chọn bộ thẻ (số hoặc tên; Enter = \(preferred); :quit để thoát) › "
    }

    static var deckTableHeader: [String] {
        ["Bộ thẻ", "Đến hạn", "Mới/Học/Ôn", "Số thẻ", "Đã học"]
    }

    static func noSuchDeck(_ typed: String, suggestions: [String]) -> String {
        let hint = suggestions.isEmpty ? "" : " Có phải bạn muốn: \(suggestions.joined(separator: ", "))?"
        return "Không có bộ thẻ «\(typed)»." + hint
    }

    static func noDecks(folder: String) -> String {
        "chưa có bộ thẻ nào trong \(folder)/; hãy tạo bằng `ontap generate TỆP`"
    }

    static func asideNote(_ aside: CardAside) -> String {
        aside == .recorded ? "" : " (chỉ trong phiên này: tiến độ của bộ thẻ chưa ghi được thao tác này)"
    }

    static func suspended(_ prompt: String, _ aside: CardAside) -> String {
        "Đã tạm ngưng thẻ này; nó sẽ không hiện lại cho đến khi bạn bỏ tạm ngưng (`ontap cards BỘ-THẺ --unsuspend ID`)." + asideNote(aside)
    }

    static func buried(_ prompt: String, _ aside: CardAside) -> String {
        "Đã cất thẻ này đến ngày mai." + asideNote(aside)
    }

    static func flagged(_ flag: Int, _ aside: CardAside) -> String {
        (flag == 0 ? "Đã bỏ cờ của thẻ này." : "Đã gắn cờ \(flag) cho thẻ này.") + asideNote(aside)
    }

    static var usageFlag: String { "Dùng: :flag [1-7] (mặc định 1; 0 để bỏ cờ)" }

    static var usageEdit: String {
        "Dùng: :edit prompt CÂU HỎI MỚI  hoặc  :edit accept ĐÁP ÁN ĐƯỢC CHẤP NHẬN"
    }

    static func edited(_ edit: CardEdit, kept: Bool) -> String {
        let what = edit.prompt != nil ? "Đã sửa câu hỏi"
            : "Đã thêm đáp án được chấp nhận: \(edit.accepted.joined(separator: ", "))"
        return what + (kept ? " (lưu trong bộ thẻ, giữ lại khi tạo lại bộ thẻ)."
                            : " (chỉ trong phiên này).")
    }

    static func editNotKept(_ error: any Error) -> String {
        "Sửa đổi chỉ có hiệu lực trong phiên này; không lưu được vào bộ thẻ: "
            + describe(error)
    }

    static func notice(_ notice: ProgressNotice) -> String {
        switch notice {
        case let .held(folder, holder):
            return "\(folder) đang được dùng bởi \(holder.map(lockHolder) ?? "một ontap khác"); ôn mà không ghi lại tiến độ"
        case let .unwritable(path, problem):
            return "\(path) không ghi được (\(Self.problem(problem))); ôn mà không ghi lại tiến độ, các tệp của bạn được giữ nguyên"
        case let .snapshotNotSaved(error):
            return describe(error)
        case let .replacedLogTorn(log):
            return "\(log): nhật ký mới kết thúc bằng một dòng dở dang; câu trả lời được lưu sau nó, trên một dòng riêng"
        case let .logReplaced(log, restored):
            return "\(log) đã bị thay trong lúc bạn ôn (do git pull?): tiến độ được đọc lại từ tệp mới"
                + (restored > 0 ? ", \(restored) câu trả lời của phiên này mà tệp mới thiếu đã được thêm lại," : "")
                + " và câu trả lời mới được lưu vào đó"
        case let .logUpgraded(log, version):
            return "\(log) được nâng lên phiên bản \(version) (có dòng hoàn tác, tạm ngưng, tạm hoãn hoặc gắn cờ mà ontap cũ không đọc được); tệp cũ được giữ bên cạnh, tên \(ProgressNotice.fileName(log)).bak"
        case let .logMissing(log):
            return "\(log) không còn; tiến độ trong state.json được giữ, câu trả lời mới bắt đầu một nhật ký mới"
        case let .stateFromOlderOntap(state, version):
            return "\(state) do một ontap cũ ghi (phiên bản \(version)); đã dựng lại từ nhật ký ôn tập"
        case let .stateRecountedDays(state, timeZone, hour):
            return "\(state) đếm ngày theo từng 24 giờ; tiến độ đã được tính lại từ nhật ký ôn tập theo lịch của bạn"
                + " (múi giờ \(timeZone), ngày mới bắt đầu lúc \(hour):00)"
        case let .stateMismatch(state, log):
            return "\(state) không khớp với \(log); tiến độ đã được dựng lại từ nhật ký ôn tập"
        case let .tornLineIgnored(log):
            return "\(log): bỏ qua một dòng cuối dở dang (tiến trình đang ghi nó có thể vẫn chạy)"
        case let .tornLineSetAside(log, side):
            return "\(log): một dòng cuối dở dang (do sự cố khi đang lưu câu trả lời) đã được cất sang \(side)"
        case let .logGotHeader(log):
            return "\(log) do một ontap cũ ghi; nay có dòng tiêu đề (tệp cũ ở \(log).bak)"
        }
    }

    static func commandHelp(_ help: CommandHelp) -> String {
        switch help {
        case .ontap: return "Ôn tập: biến văn bản lịch sử thành thẻ câu hỏi và ôn chúng theo phương pháp lặp lại ngắt quãng."
        case .ontapDiscussion:
            return "Không có lệnh con: hiện các bộ thẻ cùng số thẻ đến hạn và mở bộ bạn chọn. Bộ thẻ và tiến độ nằm trong "
                + "$ONTAP_HOME/Decks và $ONTAP_HOME/Progress; khi không đặt ONTAP_HOME: trong ./Decks và ./Progress nếu "
                + "thư mục hiện tại có thư mục Decks, nếu không thì trong ~/.local/share/ontap ($XDG_DATA_HOME/ontap). "
                + "--decks và --progress được ưu tiên hơn cả hai."
        case .study: return "Ôn các thẻ đến hạn, trong một REPL."
        case .generate: return "Tạo bộ thẻ từ một văn bản lịch sử."
        case .events: return "Hiện các sự kiện có ngày tháng tìm thấy trong văn bản."
        case .decks: return "Liệt kê các bộ thẻ cùng số thẻ đến hạn."
        case .export: return "Xuất bộ thẻ (và tiến độ của bạn) cho Anki, bảng tính, Quizlet hoặc để in."
        case .quiz: return "Làm bài kiểm tra: N câu hỏi và điểm số; không xếp lịch ôn."
        case .cards: return "Liệt kê các thẻ của bộ thẻ cùng trạng thái; tìm thẻ, bỏ tạm ngưng thẻ."
        case .stats: return "Thống kê bộ thẻ: thẻ đến hạn, việc đã làm, mức độ ghi nhớ."
        case .optimize: return "Tối ưu tham số FSRS-6 theo các lượt ôn của bạn (như fsrs-rs) và so sánh log loss trước và sau."
        case .doctor: return "Kiểm tra các tệp tiến độ (và dựng lại state.json từ nhật ký ôn tập với --repair)."
        case .merge: return "Hợp nhất tiến độ của máy khác (thư mục Progress/ của nó) vào máy này."
        case .scheduler: return "Chọn thuật toán xếp lịch cho bộ thẻ, và đối chiếu thuật toán của ontap với các bản khác."
        case .schedulerSet: return "Xem hoặc đổi thuật toán xếp lịch (FSRS-6 hoặc SM-2) và thiết lập của bộ thẻ."
        case .schedulerReplay: return "Phát lại các chuỗi lượt ôn (theo lược đồ vectors.json) và in trạng thái từng bước dạng JSON."
        case .check: return "Đánh dấu các thẻ không qua các kiểm tra tự động của tiêu chí thẻ (mã thoát 1 nếu có)."
        case .lang: return "Ngôn ngữ giao diện: vi hoặc en (mặc định: theo LANG)."
        case .decksFolder: return "Thư mục bộ thẻ (mặc định: xem ONTAP_HOME)."
        case .progressFolder: return "Thư mục tiến độ (mặc định: xem ONTAP_HOME)."
        case .studyDeck:
            return "Tên bộ thẻ (Decks/TÊN.json; có dấu hay không, hoa hay thường đều được) hoặc đường dẫn tới tệp bộ thẻ. "
                + "Mặc định: màn hình các bộ thẻ (ở terminal), nếu không thì bộ thẻ ôn gần nhất."
        case let .studyKinds(kinds), let .quizKinds(kinds): return "Chỉ các loại thẻ này, cách nhau bằng dấu phẩy: \(kinds)."
        case .studyExam:
            return "Ôn thi cấp tốc cho kỳ thi vào ngày này (NĂM-THÁNG-NGÀY): mọi thẻ trước ngày thi, thẻ yếu trước, không đổi lịch ôn dài hạn."
        case .quizDeck: return "Tên bộ thẻ (mặc định: bộ thẻ đầu tiên)."
        case .quizCount: return "Số câu hỏi."
        case .quizSeed: return "Hạt giống để rút câu hỏi (cùng hạt giống, cùng đề)."
        case .quizTimeLimit: return "Thời gian làm cả bài: số phút (40), hoặc kèm đơn vị (90s, 40m, 1h)."
        case .cardsDeck: return "Tên bộ thẻ (có dấu hay không, hoa hay thường đều được) hoặc đường dẫn tới tệp bộ thẻ."
        case .cardsSearch: return "Chỉ các thẻ có câu hỏi hoặc đáp án chứa chuỗi này (không phân biệt hoa thường, dấu)."
        case .cardsSuspended: return "Chỉ các thẻ đang tạm ngưng."
        case .cardsUnsuspend: return "Bỏ tạm ngưng thẻ có mã này."
        case .statsDeck: return "Tên bộ thẻ (mặc định: bộ thẻ ôn gần nhất)."
        case .statsJSON: return "In thống kê dạng JSON."
        case .decksJSON: return "In JSON (mỗi bộ thẻ một đối tượng) thay cho bảng."
        case .generateSource: return "Một văn bản lịch sử (UTF-8, tiếng Việt hoặc tiếng Anh)."
        case .generateOutput: return "Tên bộ thẻ, hoặc đường dẫn kết thúc bằng .json (mặc định: tên của văn bản nguồn)."
        case let .generateKinds(kinds): return "Các loại thẻ, cách nhau bằng dấu phẩy: \(kinds)."
        case .generateTextLanguage: return "Ngôn ngữ của văn bản và các thẻ: vi hoặc en (mặc định: tự nhận biết)."
        case .schedulerReplayDiscussion:
            return #"TỆP chứa {"schedulers": {TÊN: THIẾT-LẬP}, "sequences": [{"id", "scheduler", "card_created", "#
                + #""steps": [{"rating": 1-4, "review_at": ISO 8601 hoặc "review_at_ms"}]}]}. THIẾT-LẬP dùng các khóa "#
                + #"của py-fsrs (parameters, desired_retention, learning_steps, relearning_steps, maximum_interval, "#
                + #"enable_fuzzing) cùng "kind": "fsrs" hoặc "sm2". Mỗi bước kết quả mang các trường của "expected" "#
                + #"trong vectors.json (state, step, stability, difficulty, due_ms, retrievability_before, …)."#
        case let .exportDiscussion(formats):
            let summaries = ["apkg": "gói Anki; mang theo lịch ôn và lịch sử ôn tập (xem bên dưới)",
                             "tsv": "văn bản nhập vào Anki (phân cách bằng tab; các cột guid, kiểu ghi chú, bộ thẻ, nhãn)",
                             "csv": "CSV cho bảng tính (RFC 4180, UTF-8 có BOM), mỗi thẻ một dòng",
                             "quizlet": "văn bản nhập vào Quizlet: thuật ngữ<TAB>định nghĩa, mỗi thẻ một dòng",
                             "markdown": "bản ôn tập Markdown: sự kiện theo thời gian, rồi câu hỏi và đáp án",
                             "exam": "đề thi HTML để in, câu hỏi A–D, phương án xáo trộn theo mã đề, đáp án ở trang riêng"]
            return "Định dạng:\n" + formats.map { "  " + $0.padding(toLength: 9, withPad: " ", startingAt: 0) + " " + (summaries[$0] ?? "") }
                .joined(separator: "\n")
                + "\n\nGói apkg kèm lịch ôn và lịch sử ôn tập khi bộ thẻ có tiến độ (tắt bằng --without-progress);"
                + " Anki nhập chúng khi đánh dấu \"Import any learning progress\" (Nhập tiến độ học)."
        case .generateVerbose: return "Liệt kê mọi sự kiện và thẻ bị bỏ, kèm lý do."
        case .checkDiscussion: return "Mã wiki, câu cụt, liên từ sót lại, đại từ không chỉ ai, đáp án lộ trong câu hỏi, quá ít phương án, cùng câu hỏi khác đáp án, mốc thời gian không phải của sự kiện."
        case .checkDeck: return "Bộ thẻ cần kiểm tra."
        case .checkJSON: return "In kết quả dạng JSON (mỗi thẻ không đạt một đối tượng)."
        case .doctorDiscussion: return "Kiểm tra mọi tệp đọc được, mã thẻ có trong bộ thẻ, thời gian các lượt ôn theo thứ tự, và state.json khớp với kết quả phát lại reviews.jsonl. --repair dựng lại state.json từ nhật ký (tệp cũ được giữ ở state.json.bak-TIME) và cất riêng dòng cuối dở dang của nhật ký."
        case .doctorDeck: return "Bộ thẻ cần kiểm tra (mặc định: mọi bộ thẻ có tiến độ)."
        case .doctorRepair: return "Dựng lại state.json từ nhật ký ôn tập, giữ lại tệp cũ."
        case .eventsSource: return "Một văn bản lịch sử (UTF-8)."
        case .eventsJSON: return "In JSON của bộ trích xuất (biểu thức thời gian, khoảng, sự kiện)."
        case .eventsTextLanguage: return "Ngôn ngữ của văn bản: vi hoặc en (mặc định: tự nhận biết)."
        case .exportDeck: return "Tên bộ thẻ."
        case .exportFormat: return "Định dạng."
        case .exportOutput: return "Tệp kết quả (mặc định: đầu ra chuẩn; bắt buộc với apkg khi ở terminal)."
        case .exportWithProgress: return "Kèm lịch ôn và lịch sử ôn tập (apkg; mặc định khi bộ thẻ có tiến độ)."
        case .exportWithoutProgress: return "Xuất các thẻ như thẻ mới, không kèm tiến độ của bạn."
        case .exportForce: return "Ghi đè tệp -o nếu đã có (không bao giờ ghi đè bộ thẻ hay tệp trong thư mục tiến độ)."
        case .exportCount: return "exam: số câu hỏi (mặc định: mọi thẻ trắc nghiệm)."
        case .exportSeed: return "exam: hạt giống chọn và sắp xếp câu hỏi cùng phương án, và đặt mã đề (cùng hạt giống, cùng đề)."
        case .exportSchool: return "exam: tên trường hoặc đơn vị in ở góc trên bên trái (mặc định ONTAP)."
        case .exportTitle: return "exam: tiêu đề (mặc định: Đề thi trắc nghiệm / Multiple-choice test)."
        case .exportSubject: return "exam: môn học (mặc định: Lịch sử / History)."
        case .exportChronology: return "exam: hỏi cả thẻ sắp xếp theo thời gian (xếp các sự kiện được đánh số; chọn một trong bốn thứ tự)."
        case .exportOnePerEvent: return "Mỗi sự kiện nhiều nhất một thẻ (ưu tiên thẻ hỏi năm), cùng các thẻ sắp xếp: dành cho Anki, vốn chỉ tạm ẩn các thẻ của cùng một ghi chú, để thẻ này không lộ đáp án thẻ sau."
        case .exportAnkiLanguage: return "tsv: ngôn ngữ giao diện Anki của bạn, vi hoặc en, quyết định tên các kiểu ghi chú (mặc định: --lang)."
        case .mergeDiscussion: return "Hai nhật ký ôn tập của mỗi bộ thẻ được hợp lại (dòng có ở cả hai chỉ giữ một lần) và sắp theo thời gian; trạng thái được dựng lại bằng cách phát lại kết quả, nên nó giống hệt một máy đã thấy mọi lượt ôn. Một lượt ôn chỉ rời khỏi trạng thái qua một dòng hoàn tác (:undo ghi dòng đó), không bao giờ vì một nhật ký thiếu nó. Nhật ký cũ được giữ ở reviews.jsonl.bak. Chạy cùng lệnh hợp nhất trên máy kia (hoặc chép các tệp) để cập nhật máy đó."
        case .mergePaths: return "Thư mục Progress/ của máy kia, rồi các bộ thẻ cần hợp nhất (mặc định: mọi bộ thẻ trong đó); với --git-driver: BASE OURS THEIRS [PATH]."
        case .mergeGitDriver: return "Làm trình hợp nhất của git cho reviews.jsonl: hợp nhất BASE OURS THEIRS, giữ OURS ở PATH.bak-TIME, ghi kết quả đè lên OURS."
        case .optimizeDiscussion: return "Với --reviews, đọc một tệp CSV có các cột card_id, review_rating (1-4), review_time (ISO 8601 kèm múi giờ) và có thể review_duration. --hold-out 0.2 để riêng 20 % lượt ôn mới nhất khỏi việc tối ưu và báo cáo trên chúng."
        case .optimizeDeck: return "Bộ thẻ có nhật ký ôn tập dùng để tối ưu."
        case .optimizeReviews: return "Một tệp CSV nhật ký ôn tập để tối ưu thay cho nhật ký của bộ thẻ."
        case .optimizeHoldOut: return "Tỉ lệ lượt ôn mới nhất để riêng và báo cáo (0 đến 0.9)."
        case .optimizeJSON: return "In kết quả dạng JSON."
        case .optimizeDryRun: return "Chỉ báo cáo; không lưu tham số đã tối ưu cho bộ thẻ."
        case .replayFile: return "Tệp phát lại (JSON)."
        case .replayOutput: return "Ghi JSON vào đây thay cho đầu ra chuẩn (chỉ khi phát lại được cả tệp)."
        case .schedulerSetDiscussion: return "Không có tùy chọn: in thiết lập của bộ thẻ. Một thay đổi áp dụng cho toàn bộ lịch sử: trạng thái mọi thẻ được dựng lại bằng cách phát lại nhật ký ôn tập theo thiết lập mới."
        case .schedulerSetDeck: return "Tên bộ thẻ."
        case .algorithm: return "fsrs (mặc định) hoặc sm2."
        case .retention: return "Tỉ lệ nhớ mong muốn cho FSRS, từ 0 đến 1 (mặc định 0.9)."
        case .rollover: return "Giờ địa phương bắt đầu một ngày học mới (mặc định 4)."
        case .timeZone: return "Múi giờ của bạn, tên IANA như Asia/Ho_Chi_Minh (mặc định: múi giờ của máy khi bộ thẻ được ôn lần đầu)."
        case .dayCounting: return "Cách đếm số ngày giữa các lượt ôn: calendar (theo ngày học của bạn, như Anki; mặc định) hoặc elapsed24h (theo từng 24 giờ, như py-fsrs)."
        case .maximumInterval: return "Khoảng cách dài nhất, tính bằng ngày."
        case .fuzz: return "Xáo trộn khoảng cách để các thẻ học cùng lúc tản ra: on hoặc off."
        case .newPerDay: return "Số thẻ mới mỗi ngày học (mặc định 20)."
        case .reviewsPerDay: return "Số lượt ôn mỗi ngày học (mặc định 200)."
        }
    }

    static func command(_ message: CommandMessage) -> String {
        switch message {
        case .progressFlagsClash: return "chỉ chọn một trong hai: --with-progress hoặc --without-progress"
        case let .binaryNeedsOutput(format, suggested): return "\(format) là tệp nhị phân: hãy đặt tên tệp bằng -o \(suggested)"
        case let .noProgressToExport(deck): return "bộ thẻ \(deck) chưa có tiến độ: các thẻ được xuất như thẻ mới"
        case let .formatCarriesNoProgress(format): return "định dạng \(format) không mang được tiến độ: chỉ xuất các thẻ"
        case let .exported(cards, studied, reviews, output):
            return "\(cards) thẻ" + (studied.map { ", tiến độ của \($0) thẻ và \(reviews) lượt ôn" } ?? "") + " → \(output)"
        case let .examCountCapped(asked, pool):
            return "--count \(asked): bộ thẻ chỉ có \(pool) câu hỏi cho đề thi, nên đề có \(pool) câu"
        case let .gitMerged(path, lines, backup):
            return "đã hợp nhất \(path) (\(lines) dòng); bản của bạn trước khi hợp nhất được giữ ở \(backup)"
        case .mergeNeedsFolder: return "hãy chỉ ra thư mục Progress/ của máy kia"
        case .gitDriverArguments: return "--git-driver nhận ba tệp và đường dẫn hợp nhất: %O %A %B %P"
        case let .noProgressIn(folder): return "\(folder) không có tiến độ nào (cần mỗi bộ thẻ một thư mục)"
        case let .mergedDeck(deck, added, total): return "\(deck): thêm \(added) dòng từ máy kia, tổng cộng \(total) dòng"
        case let .doctorNothing(folder): return "chưa có tiến độ nào trong \(folder)"
        case let .doctorDeck(deck, reviews, cards, healthy):
            return "\(deck): \(reviews) lượt ôn, \(cards) thẻ có tiến độ" + (healthy ? ", ổn" : ", cần xem lại")
        case let .doctorRepaired(what): return "  đã sửa: \(what)"
        case let .doctorFinding(severity, place, message):
            let word = ["error": "lỗi", "warning": "cảnh báo", "note": "ghi chú"][severity] ?? severity
            return "  \(word): \(place): \(message)"
        case let .deckNameMismatch(deck, declared, progress):
            return "\"name\" của bộ thẻ là '\(declared)' nhưng tệp là \(deck).json: mọi lệnh dùng tên tệp"
                + (progress.map { " (tiến độ ở \($0))" } ?? "") + "; hãy đổi tên tệp hoặc sửa \"name\" cho khớp"
        case let .schedulerSettings(s):
            return """
                bộ thẻ: \(s.deck)
                thuật toán: \(s.algorithm)
                tỉ lệ nhớ mong muốn: \(s.desiredRetention)
                ngày mới bắt đầu lúc: \(s.rolloverHour):00 (\(s.timeZone))
                cách đếm ngày: \(s.calendarDays ? "theo lịch" : "theo từng 24 giờ")
                khoảng cách tối đa: \(s.maximumIntervalDays) ngày
                xáo trộn ngẫu nhiên (fuzz): \(s.fuzz ? "bật" : "tắt")
                thẻ mới mỗi ngày: \(s.newPerDay)
                lượt ôn mỗi ngày: \(s.reviewsPerDay)
                trọng số: \(s.weights)
                """
        case let .historyNotAFile(path, kind):
            return "\(path) là \(fileKind(kind)), không phải tệp do ontap tạo; ontap không ghi qua nó nên lịch sử dòng lệnh không được giữ: hãy xóa nó"
        case .optimizeNeedsInput: return "hãy cho một BỘ-THẺ hoặc --reviews TỆP"
        case .holdOutRange: return "--hold-out phải nằm trong khoảng 0 đến 0.9"
        }
    }

    static func doctorIssue(_ issue: DoctorIssue) -> String {
        switch issue {
        case .invalidDeckName: return "không phải tên bộ thẻ hợp lệ"
        case .noProgress: return "bộ thẻ này chưa có tiến độ"
        case let .damaged(problem): return "tệp bị hỏng ở đây (\(Self.problem(problem)))"
        case let .unreadable(error): return describe(error)
        case let .stateFromOlderOntap(version):
            return "do một ontap cũ ghi (phiên bản \(version)); sẽ được chuyển đổi khi mở bộ thẻ lần tới"
        case .logWithoutHeader: return "do một ontap cũ ghi (không có dòng tiêu đề); sẽ có khi mở bộ thẻ lần tới"
        case .tornLastLine: return "dòng cuối dở dang (sự cố khi đang lưu một câu trả lời); sẽ được cất riêng khi mở bộ thẻ lần tới"
        case .logMissing: return "không còn: state.json có tiến độ nhưng nhật ký ôn tập đã mất"
        case let .orphanedCards(count, examples):
            return "\(count) thẻ có tiến độ không còn trong bộ thẻ (câu chữ đã đổi hoặc đã bị bỏ): "
                + examples.joined(separator: ", ") + (count > examples.count ? ", …" : "") + "; lịch sử ôn của chúng vẫn được giữ"
        case .noDeckFile: return "không có tệp bộ thẻ: chưa đối chiếu mã thẻ với bộ thẻ"
        case .tornLineFile: return "một dòng được cất riêng sau sự cố; hãy xem rồi xóa nó"
        case .temporaryFile: return "tệp tạm còn lại sau một lần lưu bị ngắt; `--repair` xóa nó"
        case let .inUse(holder): return "đang được dùng bởi \(holder.map(lockHolder) ?? "một ontap khác")"
        case let .lockNotAFile(symbolicLink):
            return (symbolicLink ? "một liên kết tượng trưng" : "không phải tệp thường")
                + ", không phải tệp khóa do ontap tạo: ontap không ghi qua nó và không ghi gì vào bộ thẻ này cho đến khi nó bị xóa"
        case .reviewOutOfOrder: return "lượt ôn này sớm hơn lượt trước nó (đồng hồ bị chỉnh lùi?)"
        case let .moreOutOfOrder(count): return "thêm \(count) lượt ôn sai thứ tự thời gian; `ontap merge` sắp xếp lại nhật ký"
        case let .undoMatchesNothing(card, time): return "lệnh hoàn tác này không khớp lượt ôn nào trước đó của \(card) lúc \(time); nó không đổi gì"
        case let .stateDoesNotMatchLog(counted, total):
            return "không khớp với nhật ký ôn tập (đếm \(counted) dòng, nhật ký có \(total) dòng hoặc các dòng khác); "
                + "`ontap doctor --repair` dựng lại nó từ nhật ký"
        case let .stateDiffersFromReplay(count, examples):
            return "khác với kết quả phát lại nhật ký ở \(count) thẻ (\(examples.joined(separator: ", "))); `ontap doctor --repair` dựng lại nó từ nhật ký"
        case .marksDifferFromReplay:
            return "các thẻ tạm ngưng, tạm hoãn hoặc gắn cờ khác với kết quả phát lại nhật ký; `ontap doctor --repair` dựng lại nó từ nhật ký"
        case let .stateBehindLog(lines): return "chậm hơn nhật ký \(lines) dòng; chúng được phát lại khi mở bộ thẻ"
        case let .text(text): return text
        }
    }

    static func doctorRepair(_ repair: DoctorRepair) -> String {
        switch repair {
        case .settingsUnreadable: return "không đọc được thiết lập lịch ôn trong state.json cũ: dùng thiết lập mặc định"
        case let .keptOldState(path): return "giữ state.json cũ ở \(path)"
        case let .removedTemporaryFile(entry): return "đã xóa tệp tạm \(entry)"
        case let .notice(notice): return self.notice(notice)
        case let .rebuiltState(lines): return "đã dựng lại state.json từ \(lines) dòng của nhật ký"
        }
    }

    static func defectLabel(_ defect: CardDefect) -> String {
        switch defect {
        case .markup: return "còn mã wiki"
        case .referenceEntry: return "dòng tham khảo"
        case .titleLike: return "tiêu đề"
        case .fragment: return "câu không trọn"
        case .anaphor: return "đại từ không rõ"
        case .unnamed: return "không rõ đối tượng"
        case .statistic: return "số liệu"
        case .tooLong: return "quá dài"
        case .leftover: return "phần sót"
        case .relativeDate: return "ngày tương đối"
        case .boundaryDate: return "mốc giới hạn"
        case .nominalDate: return "năm trong tên gọi"
        case .partOfRange: return "một phần khoảng năm"
        case .eraLost: return "mất TCN"
        case .leak: return "lộ đáp án"
        case .retold: return "kể lại"
        case .badOptions: return "phương án kém"
        case .splitBlank: return "chỗ trống cắt từ"
        case .duplicatePrompt: return "câu hỏi trùng"
        case .state: return "tình trạng chứ không phải sự kiện"
        case .trivia: return "chi tiết vụn vặt"
        case .uncertain: return "phỏng đoán"
        case .otherClause: return "năm của vế câu khác"
        case .listEntry: return "mục danh mục"
        case .sibling: return "lộ qua thẻ cùng sự kiện"
        case .stockAnswer: return "đáp án lặp lại"
        case .qualifiedRange: return "khoảng thời gian có đầu mút mơ hồ"
        }
    }

    /// `ontap (pid 4242 trên máy laptop)`.
    static func lockHolder(_ holder: LockHolder) -> String {
        "ontap (pid \(holder.pid) trên máy \(holder.host.isEmpty ? "không rõ" : holder.host))"
    }

    static func recordingBlocked(_ block: RecordingBlock) -> String {
        switch block {
        case let .held(pid, host):
            let who = pid.map { "ontap khác (pid \($0)\(host.map { " trên máy \($0)" } ?? ""))" }
                ?? "ontap khác"
            return "⚠ Không ghi được tiến độ: bộ thẻ này đang mở trong \(who). Bạn vẫn ôn được, nhưng câu trả lời sẽ không được lưu; hãy đóng phiên kia rồi mở lại."
        case .unwritable:
            return "⚠ Không ghi được tiến độ: thư mục tiến độ không ghi được (chỉ đọc hoặc không có quyền). Bạn vẫn ôn được, nhưng câu trả lời sẽ không được lưu."
        }
    }

    static func notRecorded(_ block: RecordingBlock, reviewed: Int) -> String {
        if reviewed == 0 { return "Không có gì được lưu (tiến độ không ghi được)." }
        return "Không có gì được lưu: \(reviewed) thẻ trong phiên này chỉ được chấm tạm (tiến độ không ghi được)."
    }

    static var nothingToSave: String { "Không có gì thay đổi, không cần lưu. Hẹn gặp lại!" }

    static func gradedOnLeaving(_ rating: Rating) -> String {
        "Đã chấm thẻ vừa trả lời bằng điểm đề xuất \(rating.rawValue) trước khi thoát."
    }

    static var notGradedOnLeaving: String {
        "Thẻ vừa xem đáp án chưa được chấm nên không được ghi."
    }

    static func alreadyStudying(_ deck: String) -> String { "Bạn đang ôn bộ thẻ «\(deck)»." }

    static func cannotOpen(_ name: String, _ error: any Error) -> String {
        "Không mở được bộ thẻ «\(name)»: " + describe(error)
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? FileError {
            switch error {
            case let .unreadable(path, problem): return describe(StoreError.unreadable(path: path, problem: problem))
            case let .damaged(path, line, column, problem):
                return describe(StoreError.damaged(path: path, line: line, column: column, problem: problem))
            case let .writeFailed(path, problem): return describe(StoreError.writeFailed(path: path, problem: problem))
            }
        }
        if let problem = error as? FileProblem { return Self.problem(problem) }
        guard let error = error as? StoreError else {
            return (error as? LocalizedError)?.errorDescription ?? "lỗi không rõ"
        }
        switch error {
        case let .deckNotFound(name, available):
            let close = DeckNameMatch.suggestions(for: name, in: available)
            if !close.isEmpty { return "không có bộ thẻ tên «\(name)»; có phải bạn muốn: \(close.joined(separator: ", "))?" }
            return available.isEmpty ? "chưa có bộ thẻ nào; hãy tạo bằng `ontap generate TỆP`"
                : "không có bộ thẻ tên «\(name)» (các bộ thẻ: \(available.joined(separator: ", ")))"
        case let .unreadable(path, problem): return "\(path): không đọc được tệp (\(Self.problem(problem)))"
        case let .damaged(path, line, column, problem):
            return "\(path):\(line):\(column): tệp bị hỏng (\(Self.problem(problem))); tệp được giữ nguyên: " + damagedAdvice(path)
        case let .unsupportedVersion(path, format, version):
            return "\(path): \(format) phiên bản \(version) mới hơn ontap này; hãy cập nhật ontap"
        case let .invalidName(name):
            return "«\(name)» không phải tên bộ thẻ hợp lệ: chỉ dùng chữ, số, '-' và '_'"
        case let .writeFailed(path, problem):
            return "\(path): không lưu được (\(Self.problem(problem))); tệp cũ vẫn nguyên vẹn: hãy giải phóng dung lượng hoặc cho phép ghi thư mục rồi thử lại"
        case let .locked(path, holder):
            return "\(path) đang được dùng bởi \(holder); hãy đóng phiên ontap đó rồi thử lại"
        }
    }

    /// What the learner can do about a damaged file, by its kind.
    static func damagedAdvice(_ path: String) -> String {
        if path.hasSuffix("reviews.jsonl") {
            return "hãy sửa hoặc xóa dòng đó bằng tay (nhật ký ôn tập là gốc nên ontap không bao giờ ghi lại nó), rồi chạy `ontap doctor`"
        }
        if path.hasSuffix("state.json") {
            return "hãy chạy `ontap doctor --repair` để dựng lại nó từ nhật ký ôn tập (tệp cũ được giữ)"
        }
        return "hãy sửa bằng tay, hoặc tạo lại bằng `ontap generate`"
    }

    static func switched(to deck: String) -> String { "Chuyển sang bộ thẻ «\(deck)»." }

    static func languageSet(_ language: Language) -> String {
        language == .vi ? "Giao diện: tiếng Việt." : "Interface: English."
    }

    static var usageLang: String { "Dùng: :lang vi hoặc :lang en" }

    static var usageDeck: String { "Dùng: :deck TÊN (Tab để gợi ý tên bộ thẻ)" }

    static func stats(reviewed: Int, counts: QueueCounts, total: Int, studied: Int) -> String {
        "Phiên này: \(reviewed) thẻ đã ôn, còn \(counts.total) thẻ (\(countsLine(counts))). Bộ thẻ: \(studied)/\(total) thẻ đã học."
    }

    static func quizWelcome(_ total: Int) -> String {
        "Bài kiểm tra: \(total) câu hỏi. Không ghi lại tiến độ; :quit để dừng."
    }

    static func quizMissedTitle(_ count: Int) -> String {
        "Các câu cần xem lại (\(count)):"
    }

    static func quizTimeLimit(_ clock: String) -> String {
        "Thời gian làm bài: \(clock); đồng hồ đếm ngược ở dấu nhắc. Câu trả lời sau khi hết giờ không được tính."
    }

    static var timeUp: String { "⏱ Hết giờ!" }

    static var quizHelp: String { "Gõ câu trả lời, hoặc :quit để dừng." }

    static func quizScore(_ score: Double, answered: Int, total: Int) -> String {
        let points = score == score.rounded() ? String(Int(score))
            : String(score).replacingOccurrences(of: ".", with: ",")
        let percent = total == 0 ? 0 : Int((score / Double(total) * 100).rounded())
        return "Điểm: \(points)/\(total) (\(percent)%), đã trả lời \(answered)/\(total) câu."
    }

    static var help: String {
        """
        Gõ câu trả lời rồi Enter (để trống = xem đáp án). Sau đó tự chấm: 1 Quên · 2 Khó · 3 Tốt · 4 Dễ.
        Lệnh:
          :help          trợ giúp này
          :hint          gợi ý (gõ lại để thêm; mỗi gợi ý hạ điểm đề xuất)
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
        """
    }

    static func unknownSubcommand(_ typed: String, suggestions: [String]) -> String { "không có lệnh «\(typed)»; có phải bạn muốn: \(suggestions.joined(separator: ", "))? (`ontap --help` liệt kê các lệnh)" }


    static func badNow() -> String { "--now phải là thời điểm ISO 8601 như 2026-01-31T09:00:00Z hoặc số mili giây từ 1970" }

    static func countTooSmall() -> String { "--count phải từ 1 trở lên" }

    static func standardInputNeedsName() -> String { "khi đọc từ đầu vào chuẩn (-), hãy đặt tên bộ thẻ bằng -o TÊN" }
}
