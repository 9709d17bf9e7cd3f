import Timeline

/// An extracted event as a deck keeps it, with a content-derived id.
public struct DeckEvent: Codable, Equatable, Hashable, Sendable, Identifiable {
    public var id: String
    public var event: Event

    public init(id: String, event: Event) {
        self.id = id
        self.event = event
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: IDKey.self)
        id = try container.decode(String.self, forKey: .id)
        event = try Event(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: IDKey.self)
        try container.encode(id, forKey: .id)
        try event.encode(to: encoder)
    }

    private enum IDKey: String, CodingKey { case id }
}
