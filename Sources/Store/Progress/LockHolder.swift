import FileFormats
import Foundation

/// Who holds a deck's progress for writing: read from `Progress/NAME/.lock` to name them in messages.
public struct LockHolder: Equatable, Sendable, CustomStringConvertible {
    public var pid: Int32
    public var host: String
    /// When the holder took the lock (the lock file's modification time), ms since the epoch.
    public var since: Timestamp?

    public init(pid: Int32, host: String, since: Timestamp? = nil) {
        self.pid = pid
        self.host = host
        self.since = since
    }

    /// `ontap (pid 4242 on laptop, since 2026-11-29 08:15 UTC)`.
    public var description: String {
        var text = "ontap (pid \(pid) on \(host.isEmpty ? "an unknown host" : host)"
        if let since {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = "yyyy-MM-dd HH:mm"
            text += ", since " + formatter.string(from: Date(timeIntervalSince1970: Double(since) / 1000)) + " UTC"
        }
        return text + ")"
    }

    /// The lock file's line: `{"format":"ontap-lock","version":1,"pid":…,"host":"…"}`.
    var encoded: [UInt8] {
        var out = JSONOutput()
        out.raw("{\"format\":\"ontap-lock\",\"version\":1,\"pid\":")
        out.int(pid)
        out.raw(",\"host\":")
        out.string(host)
        out.raw("}\n")
        return out.bytes
    }

    /// Reads a holder from the lock file's bytes; nil when they are not one (an old or empty lock file).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, since: Timestamp?) -> LockHolder? {
        var scanner = JSONScanner(bytes)
        var pid: Int64?
        var host = ""
        do {
            try scanner.expect(UInt8(ascii: "{"))
            var first = true
            while let key = try scanner.nextKey(first: &first) {
                switch key {
                case "pid": pid = try scanner.readInt()
                case "host": host = try scanner.readString()
                default: try scanner.skipValue()
                }
            }
        } catch { return nil }
        guard let pid, let pid32 = Int32(exactly: pid) else { return nil }
        return LockHolder(pid: pid32, host: host, since: since)
    }
}

import Scheduling
