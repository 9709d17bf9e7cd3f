import Foundation
import Study
import Terminal
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The file readers' problems in words: system errors named in the learner's language, or by number and C name.
@Suite struct FileProblemMessagesTests {
    @Test func systemErrorsHaveWordsOrTheirName() {
        #expect(Messages(language: .vi).problem(.system(errno: ENOSPC)) == "ổ đĩa hết chỗ trống")
        #expect(Messages(language: .en).problem(.system(errno: EROFS)) == "the disk is read-only")
        for code in [ENOENT, EACCES, EROFS, ENOSPC, EISDIR, ENOTDIR, EEXIST, EMFILE, EIO] {
            let vi = Messages(language: .vi).problem(.system(errno: code))
            #expect(!vi.contains("lỗi hệ thống") && !vi.contains(" the ") && !vi.contains("no "), "\(code): \(vi)")
            #expect(!Messages(language: .en).problem(.system(errno: code)).contains("system error"), "\(code)")
        }
        #expect(Messages(language: .vi).problem(.system(errno: EXDEV)) == "lỗi hệ thống \(EXDEV) (EXDEV)")
        #expect(Messages(language: .en).problem(.system(errno: 4095)) == "system error 4095")
    }

    @Test func everyJSONProblemHasVietnameseWords() {
        let problems: [FileProblem] = [
            .expected(.either(",", "}"), found: .end), .expected(.value, found: .nul), .expected(.fieldName, found: .byte(0xFF)),
            .nestedTooDeeply, .notUTF8, .unterminatedString, .unknownEscape("\\q"), .numberTooLarge, .emptyFile,
            .textAfterEnd, .wrongFormat(found: nil, expected: "ontap-state"), .missingField("time", place: nil),
            .outOfRange(field: "rating", lower: 1, upper: 4, value: 7), .unknownOperation("star"), .noReviewLog,
            .notRegularFile(.fifo), .settingsUnreadable(.missingField("algorithm", place: "settings")),
        ]
        for problem in problems {
            let vi = Messages(language: .vi).problem(problem), en = Messages(language: .en).problem(problem)
            #expect(vi != en && !vi.isEmpty, "\(problem): \(vi)")
            #expect(en == problem.description)
        }
    }
}
