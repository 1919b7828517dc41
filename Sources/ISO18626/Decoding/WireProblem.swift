/// A value that passed the schema but not Swift's types (an `xs:integer` past `Int`, an `xs:dateTime` year of
/// more than nine digits), or an empty `requestingAgencyRequestId`; refused as `UnrecognisedDataValue`.
struct WireProblem: Error {
    var path: String
    var message: String
    var line: Int?

    /// `path: message (line n)`.
    var errorValue: String {
        "\(path): \(message)" + (line.map { " (line \($0))" } ?? "")
    }
}
