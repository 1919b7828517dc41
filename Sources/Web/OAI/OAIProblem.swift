/// An OAI-PMH error condition (OAI-PMH 2.0 §3.6): answered with HTTP 200 and an `<error code="…">` element,
/// not mapped to an HTTP status, so it is a protocol answer rather than a `WebError`.
struct OAIProblem: Error, Sendable, Equatable {
    /// The error codes of OAI-PMH 2.0 §3.6 that this repository can give.
    enum Code: String, Sendable {
        case badArgument, badResumptionToken, badVerb, cannotDisseminateFormat, idDoesNotExist, noRecordsMatch
        case noMetadataFormats
    }

    var code: Code
    /// Says what was wrong and where, for the harvester's log.
    var message: String

    init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// badVerb and badArgument answers must not echo the arguments in `<request>` (§3.2).
    var echoesArguments: Bool { code != .badVerb && code != .badArgument }
}
