/// How far an import has got, reported after each stored batch.
public struct ImportProgress: Sendable {
    public var file: String
    public var recordsRead: Int
    public var bytesRead: Int
    public var totalBytes: Int
    public var elapsedSeconds: Double
}
