/// The outcome of end patron session (36).
public struct SIP2SessionEnd: Sendable, Equatable {
    public var ended: Bool
    public var screenMessage: [String] = []
    public var printLine: [String] = []

    public init(ended: Bool, screenMessage: [String] = [], printLine: [String] = []) {
        self.ended = ended
        self.screenMessage = screenMessage
        self.printLine = printLine
    }
}
