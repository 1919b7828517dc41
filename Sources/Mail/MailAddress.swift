/// An e-mail address fit for an SMTP envelope: `local@domain`, no spaces, brackets or line breaks.
public struct MailAddress: Sendable, Hashable, CustomStringConvertible {
    public let address: String
    /// A display name for the header (`Suzhou Library <notices@…>`), if any.
    public let name: String?

    public init(_ address: String, name: String? = nil) throws(MailError) {
        let trimmed = address.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        let forbidden: Set<Character> = ["<", ">", " ", "\r", "\n", "\t", ",", ";", "\""]
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasSuffix("."),
            !trimmed.contains(where: forbidden.contains), trimmed.utf8.count <= 254
        else { throw MailError.invalidAddress(address) }
        self.address = trimmed
        self.name = name.flatMap { $0.isEmpty ? nil : $0 }
    }

    public var description: String { address }

    /// The address for a header field, with its display name encoded when it is not plain ASCII.
    var headerForm: String {
        guard let name else { return address }
        return MailMessage.encodedWord(name) + " <" + address + ">"
    }
}
