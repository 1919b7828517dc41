import CLibXML2

/// One error libxml2 reported while parsing or validating, copied out of its `xmlError` at once.
struct XMLProblem: Sendable, Hashable {
    /// `xmlErrorDomain`: parser, namespace, schema validity….
    var domain: Int32
    /// `xmlParserErrors`, such as `XML_SCHEMAV_CVC_ENUMERATION_VALID`.
    var code: Int32
    /// libxml2's message, without its trailing newline.
    var message: String
    /// The line of the element or of the parser position, when known.
    var line: Int?
    /// Element names from the document element down to the element at fault, when the error names one.
    var elementNames: [String]
    /// The text of the element at fault, when it has only text.
    var value: String?

    /// The element at fault below `ISO18626Message`, as `supplyingAgencyMessage/statusInfo/status`.
    var elementPath: String? {
        guard let root = elementNames.first else { return nil }
        return elementNames.count == 1 ? root : elementNames.dropFirst().joined(separator: "/")
    }

    /// The local name of the element at fault.
    var elementName: String? { elementNames.last }
}

/// The problems that made libxml2 reject a document, as an `Error` for `Result`.
struct XMLProblems: Error {
    var all: [XMLProblem]

    init(_ all: [XMLProblem]) {
        self.all = all
    }
}
