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

    /// The parts of `ontap import --help`.
    enum Help {
        case abstract, discussion, file, deck, format, withProgress, skipUnknown, force, textLanguage
    }

    /// A part of `ontap import --help` in the interface language.
    static func help(_ part: Help, language: Language) -> String {
        let formats = ImportFormat.allCases.map(\.rawValue).joined(separator: ", ")
        let list = ImportFormat.allCases.map { format in
            "  \(format.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) "
                + (language == .vi ? VI.formatSummary(format) : format.summary)
        }.joined(separator: "\n")
        if language == .vi {
            switch part {
            case .abstract: return "Tạo bộ thẻ từ gói Anki, văn bản Anki, CSV, văn bản Quizlet hoặc dòng thời gian."
            case .discussion:
                return "Định dạng (nhận ra từ tên và nội dung tệp; --format chỉ định rõ):\n" + list
                    + "\n\nBộ thẻ được ghi vào thư mục bộ thẻ, không bao giờ ghi đè bộ thẻ đã có nếu thiếu --force. Với"
                    + " --with-progress, lịch sử ôn của gói Anki được gộp vào tiến độ học của bộ thẻ: lượt ôn đã có chỉ giữ"
                    + " một lần, nên nhập cùng một gói hai lần không thêm gì."
            case .file: return "Tệp cần nhập (- đọc từ đầu vào chuẩn)."
            case .deck: return "Tên bộ thẻ (mặc định: tên bộ thẻ trong Anki, nếu không có thì tên tệp)."
            case .format: return "Định dạng: \(formats) (mặc định: theo tệp)."
            case .withProgress: return "apkg: nhập cả lịch ôn và lịch sử ôn."
            case .skipUnknown: return "Nhập các ghi chú ontap đọc được và đếm số còn lại, thay vì từ chối cả tệp."
            case .force: return "Thay bộ thẻ cùng tên (tiến độ học của nó được giữ)."
            case .textLanguage: return "timeline: ngôn ngữ của thẻ, vi hoặc en (mặc định: tự nhận ra)."
            }
        }
        switch part {
        case .abstract: return "Make a deck from an Anki package, Anki text, CSV, Quizlet text or a timeline."
        case .discussion:
            return "Formats (found from the file's name and content; --format overrides):\n" + list
                + "\n\nThe deck is written to the decks folder, never over an existing deck without --force. With"
                + " --with-progress, an Anki package's review history is merged into the deck's progress: a review already"
                + " there is kept once, so importing the same package twice adds nothing."
        case .file: return "The file to import (- reads standard input)."
        case .deck: return "Deck name (default: the Anki deck's name, else the file's)."
        case .format: return "Format: \(formats) (default: from the file)."
        case .withProgress: return "apkg: also import the scheduling and review history."
        case .skipUnknown: return "Import the notes ontap can read and count the others, instead of refusing the file."
        case .force: return "Replace a deck of the same name (its progress is kept)."
        case .textLanguage: return "timeline: language of its cards, vi or en (default: detected)."
        }
    }

    /// `--format` names no format ontap imports.
    static func unknownFormat(_ format: String, language: Language) -> String {
        let formats = ImportFormat.allCases.map(\.rawValue).joined(separator: ", ")
        return language == .vi ? "định dạng '\(format)' không rõ; hãy chọn một trong: \(formats)"
            : "unknown format '\(format)'; choose one of: \(formats)"
    }

    /// The media files of a package left out (ontap's cards are text).
    static func droppedMedia(_ count: Int, language: Language) -> String {
        language == .vi ? VI.droppedMedia(count) : EN.droppedMedia(count)
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
            case let .notAZip(path, problem):
                return "\(path): not a readable Anki package (\(zipProblem(problem))); an .apkg is a zip file: "
                    + "export the deck again from Anki (File › Export › Anki Deck Package)" + nothing
            case let .entryEscapes(path, entry):
                return "\(path): the package holds an entry named '\(entry)' that points outside its folder; "
                    + "ontap never opens such a package: get the deck from a source you trust" + nothing
            case let .notAnkiPackage(path, entries):
                return "\(path): a zip file, but not an Anki package (it holds \(entries.map { "'\($0)'" }.joined(separator: ", ")), "
                    + "no collection.anki21b, collection.anki21 or collection.anki2); export the deck from Anki as an .apkg" + nothing
            case let .newerAnkiPackage(path, version):
                return "\(path): the package is in a layout newer than ontap reads (version \(version)); "
                    + "update ontap, or in Anki export it again with \"Support older Anki versions\" ticked" + nothing
            case let .damaged(path, what, reason):
                return "\(path): \(what) is damaged (\(reason)); export the deck from Anki again" + nothing
            case let .damagedPart(path, entry, problem):
                return "\(path): \(entry) \(packageProblem(problem)); export the deck from Anki again" + nothing
            case let .unknownNoteTypes(path, counts):
                let list = counts.map { "'\($0.name)' (\($0.notes) note\($0.notes == 1 ? "" : "s"))" }.joined(separator: ", ")
                return "\(path): ontap cannot make cards from the note type\(counts.count == 1 ? "" : "s") \(list); "
                    + "import the other notes with --skip-unknown, or change these notes to Basic or Cloze in Anki" + nothing
            case let .badQuoting(path, line, column):
                return "\(path):\(line):\(column): a quoted field is never closed; add the closing \"" + nothing
            case let .badRow(path, line, problem):
                return "\(path):\(line): \(rowProblem(problem)); fix the line and import again" + nothing
            case let .noCards(path):
                return "\(path): there is no card in the file (every row or note was empty)" + nothing
            }
        }

        static func size(_ bytes: Int64) -> String {
            bytes >= 1 << 30 ? String(format: "%.1f GB", Double(bytes) / Double(1 << 30))
                : bytes >= 1 << 20 ? "\(bytes >> 20) MB" : "\(bytes) bytes"
        }

        static func rowProblem(_ problem: RowProblem) -> String {
            switch problem {
            case let .notAColumnNumber(header, value): return "\(header) must be a column number from 1, not '\(value)'"
            case let .unknownSeparator(value): return "unknown #separator '\(value)'"
            case let .tooFewFields(noteType, fields):
                return "a \(noteType) note needs two fields (front and back); this row has \(fields)"
            case .missingQuestionOrAnswerColumn: return "the header needs both a question and an answer column"
            case let .unknownKind(kind, known): return "unknown kind '\(kind)'; use one of \(known.joined(separator: ", "))"
            case let .badCardID(id): return "the id '\(id)' is not a card id (no spaces, at most 64 bytes)"
            case let .noSeparator(tabOnly):
                return tabOnly ? "no tab between the term and its definition" : "no tab or comma between the term and its definition"
            case .emptyTerm: return "the term is empty"
            case .emptyDefinition: return "the definition is empty"
            }
        }

        static func packageProblem(_ problem: PackageProblem) -> String {
            switch problem {
            case .notAZip, .zipContentsMissing, .zipContentsOutside, .zipContentsDamaged, .zip64, .encrypted:
                return "cannot be read (\(zipProblem(problem)))"
            case let .compressionMethod(method):
                return "is compressed with method \(method); ontap reads only stored and deflated entries"
            case let .entryTooLarge(bytes, limit): return "would unpack to \(size(Int64(bytes))), more than ontap imports (\(size(Int64(limit))))"
            case .localHeaderMissing: return "is damaged (its local header is missing)"
            case .endsInside: return "is cut short (the file ends inside it: an unfinished download or copy?)"
            case .sizesDisagree: return "is damaged (its sizes disagree)"
            case .checksumMismatch: return "is damaged (its checksum does not match)"
            case .claimsTooMuch: return "is damaged (it claims to unpack to more than its data can hold)"
            case .unpacksToMore: return "is damaged (it unpacks to more bytes than it declares)"
            case .deflateDamaged: return "is damaged (its compressed data is damaged)"
            case .notZstd: return "is damaged (it is not Zstandard-compressed, as Anki writes it)"
            case .truncated: return "is cut short (its compressed data ends early: an unfinished download or copy?)"
            case let .zstd(reason): return "is damaged (its compressed data cannot be read: \(reason))"
            case let .tooLarge(limit): return "would unpack to more than ontap imports (\(size(Int64(limit))))"
            case .outOfMemory: return "cannot be unpacked: not enough memory"
            case .notSQLite: return "is damaged (unpacked, it is not an SQLite database)"
            case .unknownMediaMap: return "(the list of media files) is damaged: it is neither JSON nor Zstandard data"
            case let .badMediaJSON(line): return "(the list of media files) is damaged: its JSON is broken at line \(line)"
            case let .badMediaList(entry):
                return "(the list of media files) is damaged" + (entry > 0 ? " at its entry \(entry)" : "")
            }
        }

        /// Why the file is not a zip ontap reads.
        static func zipProblem(_ problem: PackageProblem) -> String {
            switch problem {
            case .notAZip: return "it does not start like a zip file"
            case .zipContentsMissing: return "its table of contents (end of central directory) is missing"
            case .zipContentsOutside: return "its table of contents points outside the file"
            case .zipContentsDamaged: return "its table of contents is damaged"
            case .zip64: return "ontap cannot read ZIP64 archives (over 4 GB)"
            case let .encrypted(name): return "ontap cannot read encrypted entries (\(name))"
            default: return packageProblem(problem)
            }
        }

        static func droppedMedia(_ count: Int) -> String {
            "Left out \(count) media file\(count == 1 ? "" : "s") (images, sounds) of the package: ontap's cards are text only."
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
            case let .notAZip(path, problem):
                return "\(path): không phải gói Anki đọc được (\(zipProblem(problem))); tệp .apkg là tệp zip: "
                    + "hãy xuất lại bộ thẻ từ Anki (Tệp › Xuất › Anki Deck Package)" + nothing
            case let .entryEscapes(path, entry):
                return "\(path): gói có mục tên '\(entry)' trỏ ra ngoài thư mục của nó; ontap không bao giờ mở gói như vậy: "
                    + "hãy lấy bộ thẻ từ nguồn đáng tin" + nothing
            case let .notAnkiPackage(path, entries):
                return "\(path): là tệp zip nhưng không phải gói Anki (chứa \(entries.map { "'\($0)'" }.joined(separator: ", ")), "
                    + "không có collection.anki21b, collection.anki21 hay collection.anki2); hãy xuất bộ thẻ từ Anki thành .apkg" + nothing
            case let .newerAnkiPackage(path, version):
                return "\(path): gói dùng định dạng mới hơn định dạng ontap đọc được (phiên bản \(version)); "
                    + "hãy cập nhật ontap, hoặc trong Anki xuất lại và đánh dấu \"Support older Anki versions\"" + nothing
            case let .damaged(path, what, reason):
                return "\(path): \(what) bị hỏng (\(reason)); hãy xuất lại bộ thẻ từ Anki" + nothing
            case let .damagedPart(path, entry, problem):
                return "\(path): \(entry) \(packageProblem(problem)); hãy xuất lại bộ thẻ từ Anki" + nothing
            case let .unknownNoteTypes(path, counts):
                let list = counts.map { "'\($0.name)' (\($0.notes) ghi chú)" }.joined(separator: ", ")
                return "\(path): ontap không tạo được thẻ từ kiểu ghi chú \(list); "
                    + "hãy nhập các ghi chú còn lại bằng --skip-unknown, hoặc đổi các ghi chú này sang Basic hay Cloze trong Anki" + nothing
            case let .badQuoting(path, line, column):
                return "\(path):\(line):\(column): một ô mở dấu ngoặc kép mà không đóng; hãy thêm dấu \" đóng" + nothing
            case let .badRow(path, line, problem):
                return "\(path):\(line): \(rowProblem(problem)); hãy sửa dòng này rồi nhập lại" + nothing
            case let .noCards(path):
                return "\(path): tệp không có thẻ nào (mọi dòng hay ghi chú đều trống)" + nothing
            }
        }

        static func rowProblem(_ problem: RowProblem) -> String {
            switch problem {
            case let .notAColumnNumber(header, value): return "\(header) phải là số thứ tự cột, từ 1, không phải '\(value)'"
            case let .unknownSeparator(value): return "#separator '\(value)' không rõ là gì"
            case let .tooFewFields(noteType, fields):
                return "ghi chú kiểu \(noteType) cần hai trường (mặt trước và mặt sau); dòng này có \(fields)"
            case .missingQuestionOrAnswerColumn: return "dòng tiêu đề cần có cả cột câu hỏi (question) và cột đáp án (answer)"
            case let .unknownKind(kind, known): return "loại thẻ '\(kind)' không rõ; hãy dùng một trong: \(known.joined(separator: ", "))"
            case let .badCardID(id): return "'\(id)' không phải mã thẻ (không có dấu cách, tối đa 64 byte)"
            case let .noSeparator(tabOnly):
                return tabOnly ? "không có dấu tab giữa thuật ngữ và định nghĩa" : "không có dấu tab hay dấu phẩy giữa thuật ngữ và định nghĩa"
            case .emptyTerm: return "thuật ngữ để trống"
            case .emptyDefinition: return "định nghĩa để trống"
            }
        }

        static func packageProblem(_ problem: PackageProblem) -> String {
            switch problem {
            case .notAZip, .zipContentsMissing, .zipContentsOutside, .zipContentsDamaged, .zip64, .encrypted:
                return "không đọc được (\(zipProblem(problem)))"
            case let .compressionMethod(method):
                return "được nén theo phương pháp \(method); ontap chỉ đọc mục không nén hoặc nén deflate"
            case let .entryTooLarge(size, limit):
                return "khi giải nén nặng \(EN.size(Int64(size))), vượt mức ontap nhập được (\(EN.size(Int64(limit))))"
            case .localHeaderMissing: return "bị hỏng (thiếu phần đầu của mục)"
            case .endsInside: return "bị cắt cụt (tệp kết thúc giữa mục này: tải xuống hay sao chép chưa xong?)"
            case .sizesDisagree: return "bị hỏng (các kích thước ghi trong tệp không khớp nhau)"
            case .checksumMismatch: return "bị hỏng (mã kiểm tra không khớp)"
            case .claimsTooMuch: return "bị hỏng (khai giải nén ra nhiều hơn dữ liệu có thể chứa)"
            case .unpacksToMore: return "bị hỏng (giải nén ra nhiều byte hơn đã khai)"
            case .deflateDamaged: return "bị hỏng (dữ liệu nén bị hỏng)"
            case .notZstd: return "bị hỏng (không được nén Zstandard như Anki ghi)"
            case .truncated: return "bị cắt cụt (dữ liệu nén kết thúc sớm: tải xuống hay sao chép chưa xong?)"
            case let .zstd(reason): return "bị hỏng (không giải nén được: \(reason))"
            case let .tooLarge(limit): return "khi giải nén vượt mức ontap nhập được (\(EN.size(Int64(limit))))"
            case .outOfMemory: return "không giải nén được: không đủ bộ nhớ"
            case .notSQLite: return "bị hỏng (giải nén ra không phải cơ sở dữ liệu SQLite)"
            case .unknownMediaMap: return "(danh sách tệp media) bị hỏng: không phải JSON cũng không phải dữ liệu Zstandard"
            case let .badMediaJSON(line): return "(danh sách tệp media) bị hỏng: JSON sai ở dòng \(line)"
            case let .badMediaList(entry):
                return "(danh sách tệp media) bị hỏng" + (entry > 0 ? " ở mục thứ \(entry)" : "")
            }
        }

        static func formatSummary(_ format: ImportFormat) -> String {
            switch format {
            case .apkg: return "gói Anki (.apkg/.colpkg, định dạng hiện tại hoặc cũ); --with-progress đọc cả lịch ôn và lịch sử ôn"
            case .tsv: return "văn bản Anki xuất ra (các dòng đầu #separator, #html, #notetype, #deck/#tags/#guid column)"
            case .csv: return "CSV (RFC 4180): tệp ontap xuất ra, hoặc các cột question,answer"
            case .quizlet: return "văn bản Quizlet: thuật ngữ và định nghĩa cách nhau bằng tab hoặc dấu phẩy, thẻ cách nhau bằng dòng mới hoặc ';'"
            case .timeline: return "dòng thời gian (các dòng date, event dạng JSON, CSV hoặc YAML), tạo thẻ như `generate`"
            }
        }

        /// Why the file is not a zip ontap reads.
        static func zipProblem(_ problem: PackageProblem) -> String {
            switch problem {
            case .notAZip: return "tệp không bắt đầu như một tệp zip"
            case .zipContentsMissing: return "thiếu mục lục của tệp zip (end of central directory)"
            case .zipContentsOutside: return "mục lục của tệp zip trỏ ra ngoài tệp"
            case .zipContentsDamaged: return "mục lục của tệp zip bị hỏng"
            case .zip64: return "ontap không đọc được tệp ZIP64 (trên 4 GB)"
            case let .encrypted(name): return "ontap không đọc được mục đã mã hóa (\(name))"
            default: return packageProblem(problem)
            }
        }

        static func droppedMedia(_ count: Int) -> String {
            "Bỏ qua \(count) tệp media (hình, âm thanh) trong gói: thẻ của ontap chỉ có chữ."
        }

        static func importSkipped(_ counts: [ImportError.NoteTypeCount]) -> String {
            "Bỏ qua các kiểu ghi chú ontap không đọc được: " + counts.map { "\($0.name) (\($0.notes))" }.joined(separator: ", ")
        }
    }
}
