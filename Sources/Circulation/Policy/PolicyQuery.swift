/// The question put to the matrix: which terms apply when this reader borrows this type of item here?
public struct PolicyQuery: Sendable, Hashable, Codable {
    public var readerCategory: ReaderCategory
    public var itemType: ItemLoanType
    /// The code of the library where the transaction happens.
    public var libraryCode: String

    public init(readerCategory: ReaderCategory, itemType: ItemLoanType, libraryCode: String) {
        self.readerCategory = readerCategory
        self.itemType = itemType
        self.libraryCode = libraryCode.uppercased()
    }
}
