import Foundation

/// Why a source text cannot be read, in words a learner can act on.
public enum SourceTextError: LocalizedError, Equatable, Sendable {
    case empty
    case notUTF8(line: Int, column: Int)
    case binary(line: Int, column: Int)
    case noDates

    public var errorDescription: String? { message(in: .en) }

    /// The message in the interface language.
    public func message(in language: Language) -> String {
        switch (self, language) {
        case (.empty, .en): return "the file is empty: give ontap a text with some history in it"
        case (.empty, .vi): return "tệp rỗng: hãy đưa cho ontap một văn bản lịch sử"
        case let (.notUTF8(line, column), .en):
            return "line \(line), column \(column): the file is not UTF-8 text; save it as UTF-8 and try again"
        case let (.notUTF8(line, column), .vi):
            return "dòng \(line), cột \(column): tệp không phải văn bản UTF-8; hãy lưu lại dưới dạng UTF-8 rồi thử lại"
        case let (.binary(line, column), .en):
            return "line \(line), column \(column): the file holds binary data (a NUL byte), not text"
        case let (.binary(line, column), .vi):
            return "dòng \(line), cột \(column): tệp chứa dữ liệu nhị phân (byte NUL), không phải văn bản"
        case (.noDates, .en): return "no dated events found: ontap needs sentences with dates (years, months, days)"
        case (.noDates, .vi): return "không tìm thấy sự kiện có ngày tháng: ontap cần các câu có mốc thời gian (năm, tháng, ngày)"
        }
    }
}
