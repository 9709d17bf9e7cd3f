import ArgumentParser
import Exporters
import FileFormats
import Foundation
import Scheduling
import Store
import Terminal
import Timeline

/// A failure already put in the learner's words (what, where, what to do), in the interface language. Commands throw
/// it; `Ontap.main`, the one place an error becomes a message and an exit code, prints it as `ontap: …` and exits 1.
struct CLIError: Error {
    let message: String

    /// The failure saying `message`.
    static func fail(_ message: String) -> CLIError { CLIError(message: message) }

    /// Whether `error` is one of ontap's own typed errors, which `message(for:language:)` renders.
    static func isOwn(_ error: any Error) -> Bool {
        error is FileError || error is FileProblem || error is SchedulingError || error is StoreError || error is TimelineFileError || error is ExportError
            || error is CardsError || error is WorkspaceError || error is SourceTextError || error is ImportError
    }

    /// A review file's problem in Vietnamese (a replay file's own shape stays English: a developer's tool).
    static func inputVI(_ problem: InputProblem) -> String {
        switch problem {
        case let .syntax(column?, problem): return "cột \(column): " + Messages(language: .vi).problem(problem)
        case let .syntax(nil, problem): return Messages(language: .vi).problem(problem)
        case .empty: return "tệp trống; cần một dòng tiêu đề"
        case let .missingColumn(column, required):
            return "thiếu cột \"\(column)\" (dòng tiêu đề cần \(required.joined(separator: ", ")))"
        case let .fieldCount(expected, found): return "cần \(expected) trường, chỉ có \(found)"
        case .emptyCardID: return "card_id trống"
        case .nanCardID: return "card_id là NaN"
        case let .unknownRating(text):
            return "điểm \"\(text)\" không hợp lệ; hãy dùng 1 (Again), 2 (Hard), 3 (Good) hoặc 4 (Easy)"
        case let .badTime(text): return "review_time \"\(text)\" không phải thời điểm ISO 8601 có múi giờ"
        case let .badDuration(text): return "review_duration \"\(text)\" không phải một số"
        case let .outOfOrder(card, time, previous):
            return "lượt ôn thẻ \(card) lúc \(time) sớm hơn lượt ôn trước đó (\(previous))"
        case let .replay(message): return message
        }
    }

    /// A scheduler setting's problem in Vietnamese.
    static func settingVI(_ problem: SettingProblem) -> String {
        switch problem {
        case let .retention(value): "tỉ lệ nhớ mong muốn \(value) phải lớn hơn 0 và nhỏ hơn 1"
        case let .maximumInterval(days, limit): "khoảng cách tối đa \(days) ngày phải nằm trong khoảng 1 đến \(limit) ngày"
        case let .step(seconds, limit): "bước \(seconds) giây phải nằm trong khoảng 1 đến \(limit) giây (một năm)"
        case .tooManySteps: "quá nhiều bước học"
        case let .negativeLimits(newCards, reviews): "giới hạn mỗi ngày phải từ 0 trở lên (thẻ mới \(newCards), lượt ôn \(reviews))"
        case let .rolloverHour(hour): "giờ bắt đầu ngày mới \(hour) phải từ 0 đến 23"
        case let .unknownTimeZone(zone): "không biết múi giờ '\(zone)'; hãy dùng tên IANA như Asia/Ho_Chi_Minh hoặc UTC"
        case .startingEase: "hệ số dễ ban đầu (starting ease) phải ít nhất 1.3"
        case let .sm2Intervals(limit): "các khoảng cách của SM-2 phải nằm trong khoảng 1 đến \(limit) ngày"
        case let .sm2Multipliers(limit): "các hệ số nhân của SM-2 phải dương và không quá \(limit)"
        case let .weightCount(expected, got): "cần \(expected) trọng số, nhận được \(got)"
        case let .weightOutOfBounds(index, value, lower, upper): "trọng số w\(index) = \(value) nằm ngoài [\(lower), \(upper)]"
        }
    }

    /// The message for any error, in the interface language where the error offers one.
    static func message(for error: any Error, language: Language) -> String {
        if let error = error as? SourceTextError { return error.message(in: language) }
        if let error = error as? ImportError { return ImportMessages.error(error, language: language) }
        if error is StoreError || error is FileError || error is FileProblem { return Messages(language: language).describe(error) }
        if let error = error as? WorkspaceError {
            let messages = Messages(language: language)
            switch error {
            case let .noDecks(folder): return messages.noDecks(folder: folder)
            case let .badExamDate(text): return messages.badExamDate(text)
            case let .examPassed(text): return messages.examPassed(text)
            }
        }
        if case let .noSuchCard(id) = error as? CardsError { return Messages(language: language).noSuchCard(id) }
        if language == .vi, let error = error as? ExportError {
            switch error {
            case let .noCards(format, kind): return "bộ thẻ không có thẻ loại \(kind), nên không có gì để xuất sang \(format)"
            case let .badCount(count): return "--count phải ít nhất là 1 (nhận được \(count))"
            case let .database(message): return "không tạo được bộ sưu tập Anki: \(message)"
            case let .writeFailed(path, problem): return "không ghi được \(path): \(Messages(language: .vi).problem(problem)); không có gì được ghi ở đó"
            }
        }
        if language == .vi, let error = error as? TimelineFileError {
            switch error {
            case let .unknownFormat(file): return "\(file): không rõ định dạng dòng thời gian; hãy dùng tệp .json, .csv, .yaml hoặc .yml"
            case let .notText(file, reason): return "\(file): \(reason.message(in: .vi))"
            case let .syntax(file, line, column, problem): return "\(file):\(line):\(column): \(Messages(language: .vi).problem(problem))"
            case let .notAList(file, line): return "\(file):\(line): cần một danh sách sự kiện (mỗi sự kiện có ngày và nội dung)"
            case let .missingField(file, line, field): return "\(file):\(line): sự kiện thiếu trường '\(field)'"
            case let .wrongType(file, line, field, expected):
                let kind = ["text": "chữ (văn bản)", "a list of words": "một danh sách từ"][expected] ?? expected
                return "\(file):\(line): trường '\(field)' phải là \(kind)"
            case let .badDate(file, line, value):
                return "\(file):\(line): trường 'date' có '\(value)', không phải ngày tháng (hãy viết 1945-09-02, "
                    + "2 September 1945 hoặc ngày 2 tháng 9 năm 1945)"
            case let .noEvents(file): return "\(file): dòng thời gian không có sự kiện nào"
            }
        }
        if language == .vi, let error = error as? SchedulingError {
            switch error {
            case let .invalidWeights(m): return "tham số FSRS không hợp lệ: " + Self.settingVI(m)
            case let .invalidSetting(m): return "thiết lập lịch ôn không hợp lệ: " + Self.settingVI(m)
            case let .badInput(file, line, problem):
                let what = Self.inputVI(problem)
                return file.isEmpty ? "dòng \(line): \(what)" : "\(file):\(line): \(what)"
            case let .notEnoughData(.tooFewLongTermReviews(usable, needed, read, cards)):
                return "chưa đủ lượt ôn để tối ưu: \(usable) lượt ôn diễn ra từ một ngày trở lên sau lượt ôn trước của cùng thẻ; "
                    + "cần ít nhất \(needed) (đã đọc \(read) lượt ôn của \(cards) thẻ)"
            case let .notEnoughData(.tooFewAfterOutliers(usable, needed)):
                return "chưa đủ lượt ôn để tối ưu: chỉ còn \(usable) lượt ôn dùng được sau khi bỏ các giá trị ngoại lai; cần ít nhất \(needed)"
            case .notEnoughData(.noLongTermReview):
                return "chưa đủ lượt ôn để tối ưu: chưa thẻ nào được ôn lại từ một ngày trở lên sau lượt ôn đầu"
            case let .unreadable(path, reason): return "không đọc được \(path): \(reason)"
            }
        }
        if let error = error as? LocalizedError, let description = error.errorDescription { return description }
        return "\(error)"
    }
}
