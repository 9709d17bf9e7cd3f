/// A range between two temporal expressions (`1946–1991`, `từ tháng 10 năm 1944 đến tháng 5 năm 1945`).
public struct TimexInterval: Codable, Equatable, Hashable, Sendable {
    public var surface: String
    public var start: Int
    public var end: Int
    /// `A/B`, each side an ISO value (`1944-10/1945-05`, `1993/PRESENT_REF`).
    public var value: String
    /// Indices into the extraction's `timexes` of the two endpoints.
    public var timexIndices: [Int]

    public init(surface: String, start: Int, end: Int, value: String, timexIndices: [Int]) {
        self.surface = surface
        self.start = start
        self.end = end
        self.value = value
        self.timexIndices = timexIndices
    }

    enum CodingKeys: String, CodingKey {
        case surface, start, end, value
        case timexIndices = "timex_indices"
    }
}
