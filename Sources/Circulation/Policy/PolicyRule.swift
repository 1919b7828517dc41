/// One row of the loan policy matrix: who (reader category), what (item type), where (scope), and the terms.
/// A nil category or item type matches any.
public struct PolicyRule: Sendable, Hashable, Codable, Identifiable {
    /// A stable name staff see in the "why" view (`adult-book`, `gusu-av`).
    public var id: String
    public var readerCategory: ReaderCategory?
    public var itemType: ItemLoanType?
    public var scope: PolicyScope
    public var policy: LoanPolicy

    public init(
        id: String, readerCategory: ReaderCategory? = nil, itemType: ItemLoanType? = nil, scope: PolicyScope,
        policy: LoanPolicy
    ) {
        self.id = id
        self.readerCategory = readerCategory
        self.itemType = itemType
        self.scope = scope
        self.policy = policy
    }

    /// Rank of the who-and-what key: both given (3) > item type only (2) > category only (1) > neither (0).
    /// The item type outranks the category so a consortium-wide "reference is not loanable" is not undone by a
    /// consortium-wide rule for one category.
    public var keySpecificity: Int {
        switch (readerCategory, itemType) {
        case (.some, .some): return 3
        case (.none, .some): return 2
        case (.some, .none): return 1
        case (.none, .none): return 0
        }
    }
}
