import Foundation
import Study
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What is wrong with a file, in Vietnamese (the English is `FileProblem.description`).
extension MessagesVI {
    static func problem(_ problem: FileProblem) -> String {
        switch problem {
        case let .system(code): return systemError(code)
        case let .notRegularFile(kind): return "\(fileKind(kind)), không phải tệp thường"
        case let .notOntapFile(path, kind):
            return "\(path) là \(fileKind(kind)), không phải tệp do ontap tạo; ontap không ghi qua nó: hãy xóa nó"
        case let .expected(what, found): return "cần \(expected(what)) nhưng gặp \(self.found(found))"
        case .nestedTooDeeply: return "các giá trị lồng nhau quá sâu"
        case .notUTF8: return "có byte không phải văn bản UTF-8"
        case .controlCharacterInString: return "có ký tự điều khiển trong một chuỗi (chuỗi phải nằm trên một dòng)"
        case .unterminatedString: return "một chuỗi không có dấu ngoặc kép đóng (tệp bị cắt cụt)"
        case .loneSurrogate: return "một mã thoát UTF-16 \"surrogate\" đứng lẻ"
        case let .unknownEscape(escape): return "mã thoát không hợp lệ '\(escape)'"
        case .unicodeEscapeCutShort: return "mã thoát \\u bị cắt cụt"
        case .unicodeEscapeNotHex: return "mã thoát \\u cần bốn chữ số thập lục phân"
        case .valueCutShort: return "một giá trị bị cắt cụt"
        case .numberTooLarge: return "một số quá lớn"
        case .leadingZero: return "một số bắt đầu bằng chữ số 0"
        case .noDigitAfterPoint: return "một số không có chữ số sau dấu '.'"
        case .noDigitInExponent: return "một số không có chữ số ở phần mũ"
        case .emptyFile: return "tệp trống"
        case .textAfterEnd: return "còn chữ sau chỗ kết thúc của giá trị JSON"
        case .notValidJSON: return "không phải JSON hợp lệ"
        case .unclosedQuote: return "một trường trong ngoặc kép không được đóng; hãy thêm dấu \" đóng"
        case let .yamlSyntax(detail): return "không phải YAML hợp lệ (thông báo của libyaml: \(detail))"
        case let .outOfRange(field, lower, upper, value):
            return "'\(field)' phải nằm trong khoảng \(lower) đến \(upper)" + (value.map { ", không phải \($0)" } ?? "")
        case let .measureOutOfRange(field, lower, upper): return "'\(field)' phải là một số trong khoảng \(lower) đến \(upper)"
        case let .duplicateField(name): return "trường '\(name)' xuất hiện hai lần"
        case let .missingField(name, place): return "thiếu trường '\(name)'" + (place.map { " trong '\($0)'" } ?? "")
        case let .wrongKindOfValue(path): return "giá trị sai kiểu ở '\(path)'"
        case let .wrongFormat(found, expected):
            return "không phải tệp \(expected) của ontap (" + (found.map { "định dạng '\($0)'" } ?? "không có trường 'format'") + ")"
        case .emptyCardID: return "mã thẻ trống"
        case let .cardIDTooLong(bytes, limit): return "mã thẻ dài \(bytes) byte (tối đa \(limit))"
        case .cardIDControlCharacter: return "mã thẻ có ký tự điều khiển"
        case let .duplicateCard(id): return "thẻ '\(id)' xuất hiện hai lần"
        case .operationWhereAnswerExpected: return "một thao tác ở chỗ cần một câu trả lời"
        case let .unknownOperation(op):
            return "thao tác không rõ '\(op)' (do một ontap mới hơn ghi? hãy cập nhật ontap để đọc được)"
        case let .settingsUnreadable(inner): return "không đọc được thiết lập lịch ôn (\(self.problem(inner)))"
        case let .settingsUnusable(detail): return "thiết lập lịch ôn không dùng được (\(detail))"
        case .noReviewLog: return "ở đó không có nhật ký ôn tập"
        case let .logOfOtherDeck(theirs, ours): return "đây là nhật ký của bộ thẻ '\(theirs)', không phải '\(ours)'"
        case let .other(text): return text
        }
    }

    /// A system error in words; an uncommon one as its number and C name.
    static func systemError(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "không có tệp hay thư mục này"
        case EACCES, EPERM: return "không có quyền truy cập"
        case EROFS: return "ổ đĩa chỉ cho đọc"
        case ENOSPC, EDQUOT: return "ổ đĩa hết chỗ trống"
        case EISDIR: return "đây là một thư mục"
        case ENOTDIR: return "một phần của đường dẫn không phải thư mục"
        case EEXIST: return "tệp đã có"
        case EMFILE, ENFILE: return "quá nhiều tệp đang mở"
        case EIO: return "lỗi đọc ghi (ổ đĩa có thể đang hỏng)"
        case EFBIG: return "tệp quá lớn"
        case ELOOP: return "một liên kết tượng trưng"
        case ENAMETOOLONG: return "tên quá dài"
        default: return "lỗi hệ thống \(code)" + (FileProblem.errnoName(code).map { " (\($0))" } ?? "")
        }
    }

    static func fileKind(_ kind: FileProblem.FileKind) -> String {
        switch kind {
        case .symbolicLink: "một liên kết tượng trưng"
        case .fifo: "một FIFO (ống có tên)"
        case .folder: "một thư mục"
        case .device: "một thiết bị"
        case .socket: "một socket"
        case .special: "một tệp đặc biệt"
        }
    }

    static func expected(_ what: FileProblem.Expected) -> String {
        switch what {
        case let .character(c): "'\(c)'"
        case let .either(a, b): "'\(a)' hoặc '\(b)'"
        case .fieldName: "tên trường trong ngoặc kép"
        case .string: "một chuỗi trong ngoặc kép"
        case .value: "một giá trị (chữ trong ngoặc kép, một số, một danh sách hoặc một đối tượng)"
        case .number: "một số"
        case .wholeNumber: "một số nguyên"
        case .trueOrFalse: "true hoặc false"
        case let .word(word): word
        case .endOfDocument: "chỗ kết thúc văn bản"
        }
    }

    static func found(_ found: FileProblem.Found) -> String {
        switch found {
        case .end: "chỗ kết thúc tệp"
        case let .character(c): "'\(c)'"
        case .nul: "một byte NUL (dữ liệu nhị phân)"
        case let .byte(b): "byte 0x" + String(b, radix: 16, uppercase: true)
        case let .controlByte(b): "byte điều khiển 0x" + String(b, radix: 16, uppercase: true)
        }
    }
}
