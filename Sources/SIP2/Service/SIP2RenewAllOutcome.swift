/// The outcome of renew all (66): barcodes renewed and not renewed.
public struct SIP2RenewAllOutcome: Sendable, Equatable {
    public var ok: Bool
    public var renewed: [String]
    public var unrenewed: [String]
    public var screenMessage: [String] = []
    public var printLine: [String] = []

    public init(
        ok: Bool, renewed: [String] = [], unrenewed: [String] = [], screenMessage: [String] = [],
        printLine: [String] = []
    ) {
        self.ok = ok
        self.renewed = renewed
        self.unrenewed = unrenewed
        self.screenMessage = screenMessage
        self.printLine = printLine
    }
}
