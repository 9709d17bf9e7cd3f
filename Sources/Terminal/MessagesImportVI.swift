
/// `ontap import`'s sentences in Vietnamese.
extension MessagesVI {


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



    static func importEmpty(_ count: Int) -> String {
        "Bỏ qua \(count) ghi chú hoặc dòng không có chữ (chỉ có hình, âm thanh, hoặc một mặt trống)."
    }

    static func importSkippedReviews(_ count: Int) -> String {
        "Bỏ qua \(count) dòng lịch sử ôn không phải câu trả lời (đổi lịch thủ công) hoặc thuộc thẻ không được nhập."
    }

    static func importNoProgress(_ format: String) -> String { "\(format) không mang tiến độ học: chỉ nhập thẻ" }
}
