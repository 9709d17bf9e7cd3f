import Exporters

/// `ontap import`'s sentences in Vietnamese.
extension MessagesVI {
    static func importError(_ error: ImportError) -> String {
        let nothing = "; chưa ghi gì cả"
        switch error {
        case let .unreadable(path, reason):
            return "\(path): không đọc được tệp (\(reason)); hãy kiểm tra đường dẫn và quyền truy cập" + nothing
        case let .tooLarge(path, bytes, limit):
            return "\(path): tệp nặng \(MessagesEN.size(bytes)), vượt mức ontap nhập được (\(MessagesEN.size(limit))); "
                + "hãy xuất một bộ thẻ nhỏ hơn (hoặc không kèm media) rồi nhập lại" + nothing
        case let .unknownFormat(path):
            return "\(path): tên và nội dung tệp không cho biết định dạng; hãy chỉ rõ bằng --format apkg, tsv, csv, quizlet hoặc timeline" + nothing
        case let .invalidUTF8(path, line, column):
            return "\(path):\(line):\(column): đây không phải văn bản UTF-8; hãy lưu tệp dưới dạng UTF-8 rồi nhập lại" + nothing
        case let .notAZip(path, reason):
            return "\(path): không phải gói Anki đọc được (\(reason)); tệp .apkg là tệp zip: "
                + "hãy xuất lại bộ thẻ từ Anki (Tệp › Xuất › Anki Deck Package)" + nothing
        case let .entryEscapes(path, entry):
            return "\(path): gói có mục tên '\(entry)' trỏ ra ngoài thư mục của nó; ontap không bao giờ mở gói như vậy: "
                + "hãy lấy bộ thẻ từ nguồn đáng tin" + nothing
        case let .notAnkiPackage(path, entries):
            return "\(path): là tệp zip nhưng không phải gói Anki (chứa \(entries.map { "'\($0)'" }.joined(separator: ", ")), "
                + "không có collection.anki2 hay collection.anki21); hãy xuất bộ thẻ từ Anki thành .apkg" + nothing
        case let .newerAnkiPackage(path):
            return "\(path): gói chỉ có định dạng mới nhất của Anki (collection.anki21b) mà ontap chưa đọc được; "
                + "trong Anki, hãy xuất lại và đánh dấu \"Support older Anki versions\"" + nothing
        case let .damaged(path, what, reason):
            return "\(path): \(what) bị hỏng (\(reason)); hãy xuất lại bộ thẻ từ Anki" + nothing
        case let .unknownNoteTypes(path, counts):
            let list = counts.map { "'\($0.name)' (\($0.notes) ghi chú)" }.joined(separator: ", ")
            return "\(path): ontap không tạo được thẻ từ kiểu ghi chú \(list); "
                + "hãy nhập các ghi chú còn lại bằng --skip-unknown, hoặc đổi các ghi chú này sang Basic hay Cloze trong Anki" + nothing
        case let .badQuoting(path, line, column, problem):
            return "\(path):\(line):\(column): \(problem)" + nothing
        case let .badRow(path, line, problem):
            return "\(path):\(line): \(problem); hãy sửa dòng này rồi nhập lại" + nothing
        case let .noCards(path):
            return "\(path): tệp không có thẻ nào (mọi dòng hay ghi chú đều trống)" + nothing
        }
    }

    static func importDeckExists(_ path: String, name: String) -> String {
        "\(path) đã có; hãy nhập dưới tên khác bằng --deck TÊN, "
            + "hoặc thay bộ thẻ bằng --force (tiến độ học được giữ, và gộp với tiến độ trong tệp khi có --with-progress)"
    }

    static func imported(cards: Int, path: String) -> String { "\(cards) thẻ → \(path)" }

    static func importedReviews(added: Int, total: Int, path: String) -> String {
        added == total ? "\(added) lượt ôn → \(path)" : "\(added) trong \(total) lượt ôn của tệp là mới (số còn lại đã có) → \(path)"
    }

    static func importedMarks(suspended: Int, flagged: Int) -> String {
        "Giữ như trong Anki: \(suspended) thẻ tạm ngưng, \(flagged) thẻ gắn cờ (các dòng nhật ký, đã tính ở trên)."
    }

    static func importSkipped(_ counts: [ImportError.NoteTypeCount]) -> String {
        "Bỏ qua các kiểu ghi chú ontap không đọc được: " + counts.map { "\($0.name) (\($0.notes))" }.joined(separator: ", ")
    }

    static func importEmpty(_ count: Int) -> String {
        "Bỏ qua \(count) ghi chú hoặc dòng không có chữ (chỉ có hình, âm thanh, hoặc một mặt trống)."
    }

    static func importSkippedReviews(_ count: Int) -> String {
        "Bỏ qua \(count) dòng lịch sử ôn không phải câu trả lời (đổi lịch thủ công) hoặc thuộc thẻ không được nhập."
    }

    static func importNoProgress(_ format: String) -> String { "\(format) không mang tiến độ học: chỉ nhập thẻ" }
}
