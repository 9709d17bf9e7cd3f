import Exporters
import FileFormats
import Terminal
import Timeline

/// `ontap import`'s refusals and the note types it left out, in the interface language (the import readers' own
/// types, which the Terminal catalogues do not see: Terminal depends on Study and Cards only).
enum ImportMessages {
    /// Why a file could not be imported, what to do, and that nothing was written.
    static func error(_ error: ImportError, language: Language) -> String {
        language == .vi ? VI.importError(error) : EN.importError(error)
    }

    /// The note types left out by `--skip-unknown`, with their counts.
    static func skipped(_ counts: [ImportError.NoteTypeCount], language: Language) -> String {
        language == .vi ? VI.importSkipped(counts) : EN.importSkipped(counts)
    }

    enum EN {
        static func importError(_ error: ImportError) -> String {
            let nothing = "; nothing was written"
            switch error {
            case let .unreadable(path, problem):
                return "\(path): cannot read the file (\(problem)); check the path and its permissions" + nothing
            case let .tooLarge(path, bytes, limit):
                return "\(path): the file is \(size(bytes)), more than ontap imports (\(size(limit))); "
                    + "export a smaller deck (or one without media) and import that" + nothing
            case let .unknownFormat(path):
                return "\(path): the file's name and content do not say its format; "
                    + "name it with --format apkg, tsv, csv, quizlet or timeline" + nothing
            case let .invalidUTF8(path, line, column):
                return "\(path):\(line):\(column): this is not UTF-8 text; save the file as UTF-8 and import it again" + nothing
            case let .notAZip(path, reason):
                return "\(path): not a readable Anki package (\(reason)); an .apkg is a zip file: "
                    + "export the deck again from Anki (File › Export › Anki Deck Package)" + nothing
            case let .entryEscapes(path, entry):
                return "\(path): the package holds an entry named '\(entry)' that points outside its folder; "
                    + "ontap never opens such a package: get the deck from a source you trust" + nothing
            case let .notAnkiPackage(path, entries):
                return "\(path): a zip file, but not an Anki package (it holds \(entries.map { "'\($0)'" }.joined(separator: ", ")), "
                    + "no collection.anki2 or collection.anki21); export the deck from Anki as an .apkg" + nothing
            case let .newerAnkiPackage(path):
                return "\(path): the package holds only Anki's newest collection format (collection.anki21b), which ontap cannot read; "
                    + "in Anki, export it again with \"Support older Anki versions\" ticked" + nothing
            case let .damaged(path, what, reason):
                return "\(path): \(what) is damaged (\(reason)); export the deck from Anki again" + nothing
            case let .unknownNoteTypes(path, counts):
                let list = counts.map { "'\($0.name)' (\($0.notes) note\($0.notes == 1 ? "" : "s"))" }.joined(separator: ", ")
                return "\(path): ontap cannot make cards from the note type\(counts.count == 1 ? "" : "s") \(list); "
                    + "import the other notes with --skip-unknown, or change these notes to Basic or Cloze in Anki" + nothing
            case let .badQuoting(path, line, column, problem):
                return "\(path):\(line):\(column): \(problem)" + nothing
            case let .badRow(path, line, problem):
                return "\(path):\(line): \(row(problem)); fix the line and import again" + nothing
            case let .noCards(path):
                return "\(path): there is no card in the file (every row or note was empty)" + nothing
            }
        }

        static func size(_ bytes: Int64) -> String {
            bytes >= 1 << 30 ? String(format: "%.1f GB", Double(bytes) / Double(1 << 30))
                : bytes >= 1 << 20 ? "\(bytes >> 20) MB" : "\(bytes) bytes"
        }

        static func row(_ problem: ImportError.RowProblem) -> String {
            switch problem {
            case let .badColumnNumber(header, value): "#\(header) must be a column number from 1, not '\(value)'"
            case let .unknownSeparator(value): "unknown #separator '\(value)'"
            case let .noteNeedsTwoFields(type, fields): "a \(type) note needs two fields (front and back); this row has \(fields)"
            case let .noTermSeparator(tabOnly):
                tabOnly ? "no tab between the term and its definition" : "no tab or comma between the term and its definition"
            case .emptyTerm: "the term is empty"
            case .emptyDefinition: "the definition is empty"
            case .headerNeedsQuestionAndAnswer: "the header needs both a question and an answer column"
            case let .unknownKind(kind, known): "unknown kind '\(kind)'; use one of \(known.joined(separator: ", "))"
            case let .badCardID(id): "the id '\(id)' is not a card id (no spaces, at most 64 bytes)"
            }
        }

        static func importSkipped(_ counts: [ImportError.NoteTypeCount]) -> String {
            "Left out, note types ontap cannot read: " + counts.map { "\($0.name) (\($0.notes))" }.joined(separator: ", ")
        }
    }

    enum VI {
        static func importError(_ error: ImportError) -> String {
            let nothing = "; chưa ghi gì cả"
            switch error {
            case let .unreadable(path, problem):
                return "\(path): không đọc được tệp (\(Messages(language: .vi).problem(problem))); hãy kiểm tra đường dẫn và quyền truy cập" + nothing
            case let .tooLarge(path, bytes, limit):
                return "\(path): tệp nặng \(EN.size(bytes)), vượt mức ontap nhập được (\(EN.size(limit))); "
                    + "hãy xuất một bộ thẻ nhỏ hơn (hoặc không kèm media) rồi nhập lại" + nothing
            case let .unknownFormat(path):
                return "\(path): tên và nội dung tệp không cho biết định dạng; hãy chỉ rõ bằng --format apkg, tsv, csv, quizlet hoặc timeline" + nothing
            case let .invalidUTF8(path, line, column):
                return "\(path):\(line):\(column): đây không phải văn bản UTF-8; hãy lưu tệp dưới dạng UTF-8 rồi nhập lại" + nothing
            case let .notAZip(path, reason):
                return "\(path): không phải gói Anki đọc được (\(zipReason(reason))); tệp .apkg là tệp zip: "
                    + "hãy xuất lại bộ thẻ từ Anki (Tệp › Xuất, chọn `Anki Deck Package (*.apkg)`)" + nothing
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
                return "\(path): \(what == "the collection" ? "bộ sưu tập" : what) bị hỏng (\(zipReason(reason))); hãy xuất lại bộ thẻ từ Anki" + nothing
            case let .unknownNoteTypes(path, counts):
                let list = counts.map { "'\($0.name)' (\($0.notes) ghi chú)" }.joined(separator: ", ")
                return "\(path): ontap không tạo được thẻ từ kiểu ghi chú \(list); "
                    + "hãy nhập các ghi chú còn lại bằng --skip-unknown, hoặc đổi các ghi chú này sang Basic hay Cloze trong Anki" + nothing
            case let .badQuoting(path, line, column, problem):
                return "\(path):\(line):\(column): \(Messages(language: .vi).problem(problem))" + nothing
            case let .badRow(path, line, problem):
                return "\(path):\(line): \(row(problem)); hãy sửa dòng này rồi nhập lại" + nothing
            case let .noCards(path):
                return "\(path): tệp không có thẻ nào (mọi dòng hay ghi chú đều trống)" + nothing
            }
        }

        /// The zip reader's fixed reasons (its own English sentences, made in the importer) in Vietnamese; any other
        /// (SQLite's own message) is kept as it is, in quotes.
        static func zipReason(_ reason: String) -> String {
            let known: [String: String] = [
                "it does not start like a zip file": "tệp không bắt đầu như một tệp zip",
                "its table of contents (end of central directory) is missing": "thiếu mục lục của tệp zip (end of central directory)",
                "its table of contents points outside the file": "mục lục của tệp zip trỏ ra ngoài tệp",
                "its table of contents is damaged": "mục lục của tệp zip bị hỏng",
                "ontap cannot read ZIP64 archives (over 4 GB)": "ontap không đọc được tệp ZIP64 (trên 4 GB)",
                "its sizes disagree": "các kích thước ghi trong tệp không khớp nhau",
                "its checksum does not match": "mã kiểm tra (checksum) không khớp",
                "its local header is missing": "thiếu phần đầu (local header) của mục",
                "the file ends inside it (truncated download?)": "tệp kết thúc giữa mục này (tải xuống bị cắt?)",
                "it claims to unpack to more than its data can hold": "mục khai giải nén ra nhiều hơn dữ liệu của nó có thể chứa",
                "zlib could not start": "không khởi động được zlib",
                "it unpacks to more bytes than it declares": "mục giải nén ra nhiều byte hơn nó khai",
                "its compressed data is damaged": "dữ liệu nén bị hỏng",
                "the collection has no note types": "bộ sưu tập không có kiểu ghi chú nào",
            ]
            if let vietnamese = known[reason] { return vietnamese }
            if reason.hasPrefix("ontap cannot read encrypted entries") { return "ontap không đọc được mục được mã hóa" }
            if reason.hasPrefix("ontap cannot read compression method") { return "ontap không đọc được kiểu nén này (chỉ đọc stored và deflate)" }
            if reason.hasPrefix("it would unpack to") { return "mục giải nén ra quá lớn" }
            return "«\(reason)»"
        }

        static func row(_ problem: ImportError.RowProblem) -> String {
            switch problem {
            case let .badColumnNumber(header, value): "#\(header) phải là số thứ tự cột, từ 1, không phải '\(value)'"
            case let .unknownSeparator(value): "dấu phân cách #separator không rõ '\(value)'"
            case let .noteNeedsTwoFields(type, fields):
                "ghi chú kiểu \(type) cần hai trường (mặt trước và mặt sau); dòng này có \(fields)"
            case let .noTermSeparator(tabOnly):
                tabOnly ? "không có dấu tab giữa thuật ngữ và định nghĩa" : "không có dấu tab hay dấu phẩy giữa thuật ngữ và định nghĩa"
            case .emptyTerm: "thuật ngữ trống"
            case .emptyDefinition: "định nghĩa trống"
            case .headerNeedsQuestionAndAnswer: "dòng tiêu đề cần có cả cột câu hỏi (question) và cột đáp án (answer)"
            case let .unknownKind(kind, known): "loại thẻ không rõ '\(kind)'; hãy dùng một trong: \(known.joined(separator: ", "))"
            case let .badCardID(id): "'\(id)' không phải mã thẻ (không có khoảng trắng, tối đa 64 byte)"
            }
        }

        static func importSkipped(_ counts: [ImportError.NoteTypeCount]) -> String {
            "Bỏ qua các kiểu ghi chú ontap không đọc được: " + counts.map { "\($0.name) (\($0.notes))" }.joined(separator: ", ")
        }
    }
}
