import Timeline

/// An extracted event as a deck keeps it, with a content-derived id.
public struct DeckEvent: Codable, Equatable, Hashable, Sendable, Identifiable {
    /// `e` + 12 hex digits of the hash of date and statement.
    public var id: String
    /// The event as extracted.
    public var event: Event

    /// An event with its id.
    public init(id: String, event: Event) {
        self.id = id
        self.event = event
    }

    /// Decodes the flat form: the event's fields plus `id`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: IDKey.self)
        id = try container.decode(String.self, forKey: .id)
        event = try Event(from: decoder)
    }

    /// Encodes the flat form: the event's fields plus `id`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: IDKey.self)
        try container.encode(id, forKey: .id)
        try event.encode(to: encoder)
    }

    private enum IDKey: String, CodingKey { case id }
}
