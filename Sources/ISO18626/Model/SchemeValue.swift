/// A value from a code list, optionally naming the list it comes from (ISO 18626 `type_schemeValuePair`).
///
/// On the wire the scheme is the namespace-qualified attribute `ill:scheme`, because the schema sets
/// `attributeFormDefault="qualified"`.
public struct SchemeValue: Hashable, Sendable, Codable, ExpressibleByStringLiteral {
    /// The code list (an `xs:anyURI`), such as `http://illtransactions.org/ISO18626/OpenCodeList/ServiceLevel`.
    public var scheme: String?
    /// The code itself, such as `ISBN` or `Rush`.
    public var value: String

    /// Creates a value, with no scheme unless one is given.
    public init(scheme: String? = nil, value: String) {
        self.scheme = scheme
        self.value = value
    }

    /// A value without a scheme, so that `"ISBN"` can stand for `SchemeValue(value: "ISBN")`.
    public init(stringLiteral value: String) {
        self.init(value: value)
    }
}
