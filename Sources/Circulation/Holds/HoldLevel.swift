import PinakesCore

/// What a hold asks for: any copy of a title, or one particular copy.
public enum HoldLevel: Sendable, Hashable, Codable {
    case title(Identifier<CatalogTitle>)
    case copy(Identifier<CirculatingCopy>)

    /// Whether `copy` can fill a hold at this level.
    public func isFilled(by copy: CirculatingCopy) -> Bool {
        switch self {
        case .title(let title): return copy.title == title
        case .copy(let id): return copy.id == id
        }
    }
}
