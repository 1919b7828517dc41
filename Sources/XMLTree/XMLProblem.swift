import CLibXML2

/// One error libxml2 reported while parsing or validating, copied out of its `xmlError` at once.
public struct XMLProblem: Sendable, Hashable {
    /// `xmlErrorDomain`: parser, namespace, schema validity….
    public var domain: Int32
    /// `xmlParserErrors`, such as `XML_SCHEMAV_CVC_ENUMERATION_VALID`.
    public var code: Int32
    /// libxml2's message, without its trailing newline.
    public var message: String
    /// The line of the element or of the parser position, when known.
    public var line: Int?
    /// Element names from the document element down to the element at fault, when the error names one.
    public var elementNames: [String]
    /// The text of the element at fault, when it has only text.
    public var value: String?

    public init(
        domain: Int32, code: Int32, message: String, line: Int? = nil, elementNames: [String] = [],
        value: String? = nil
    ) {
        self.domain = domain
        self.code = code
        self.message = message
        self.line = line
        self.elementNames = elementNames
        self.value = value
    }

    /// The element at fault below the document element, as `supplyingAgencyMessage/statusInfo/status`.
    public var elementPath: String? {
        guard let root = elementNames.first else { return nil }
        return elementNames.count == 1 ? root : elementNames.dropFirst().joined(separator: "/")
    }

    /// The local name of the element at fault.
    public var elementName: String? { elementNames.last }
}

/// The problems that made libxml2 reject a document, as an `Error` for `Result`.
public struct XMLProblems: Error {
    public var all: [XMLProblem]

    public init(_ all: [XMLProblem]) {
        self.all = all
    }
}
