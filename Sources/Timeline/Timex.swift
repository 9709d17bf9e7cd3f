/// The TIMEX3 type of a temporal expression.
public enum TimexType: String, Codable, Sendable {
    case date = "DATE"
    case time = "TIME"
    case duration = "DURATION"
    case set = "SET"
}

/// How a temporal expression gets its value: on its own, from context, or as part of a name.
public enum TimexClass: String, Codable, Sendable {
    case explicit, underspecified, relative, deictic, name
}

/// One temporal expression found in a text, with Unicode-scalar offsets (end exclusive).
public struct Timex: Codable, Equatable, Hashable, Sendable {
    public var surface: String
    public var start: Int
    public var end: Int
    /// ISO-8601 at the text's precision (`1994`, `2017-03`, `199X`, `19XX`, `P10D`, `PRESENT_REF`).
    public var value: String
    /// The value without context, when context filled it in (`XXXX-08-06`).
    public var valueLocal: String?
    public var type: TimexType
    public var timexClass: TimexClass
    public var qualifier: Qualifier?

    public init(surface: String, start: Int, end: Int, value: String, valueLocal: String? = nil,
                type: TimexType = .date, timexClass: TimexClass = .explicit, qualifier: Qualifier? = nil) {
        self.surface = surface
        self.start = start
        self.end = end
        self.value = value
        self.valueLocal = valueLocal
        self.type = type
        self.timexClass = timexClass
        self.qualifier = qualifier
    }

    enum CodingKeys: String, CodingKey {
        case surface, start, end, value, type, qualifier
        case valueLocal = "value_local"
        case timexClass = "class"
    }
}
