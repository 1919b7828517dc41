import Foundation

/// An item's identifier in the oai-identifier scheme (OAI-PMH 2.0 guidelines, `oai-identifier.xsd`):
/// `oai:REPOSITORY:CODE/SOURCEID`, the member library's code and its own record id. It depends only on
/// stored data, so it is the same across restarts and on every process.
struct OAIItemIdentifier: Sendable, Equatable {
    var libraryCode: String
    var sourceID: String

    /// Characters the scheme's local part allows besides letters and digits; `%` is kept for escapes.
    private static let allowed = Set("-_.!~*'();/?:@&=+$,".utf8)

    /// The identifier under `repository`, with the source id percent-encoded where the scheme forbids.
    func text(repository: String) -> String {
        "oai:\(repository):\(Self.encode(libraryCode))/\(Self.encode(sourceID))"
    }

    /// Reads an identifier of the oai scheme; nil for another scheme. The repository part is not compared, so
    /// an identifier learnt through another host name of this node (`localhost`, a proxy's name) still works.
    init?(_ text: String) {
        guard text.hasPrefix("oai:") else { return nil }
        let rest = text.dropFirst(4)
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        let local = rest[rest.index(after: colon)...]
        guard let slash = local.firstIndex(of: "/"),
            let code = String(local[..<slash]).removingPercentEncoding,
            let source = String(local[local.index(after: slash)...]).removingPercentEncoding,
            !code.isEmpty, !source.isEmpty
        else { return nil }
        self.init(libraryCode: code, sourceID: source)
    }

    init(libraryCode: String, sourceID: String) {
        self.libraryCode = libraryCode
        self.sourceID = sourceID
    }

    /// Percent-encodes (UTF-8) every byte the scheme's local part does not allow, and `%` itself.
    static func encode(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            let isAlphanumeric =
                (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            if isAlphanumeric || allowed.contains(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }

    /// A repository identifier for a host name: the host itself when it is a domain name the scheme accepts
    /// (`[a-zA-Z][a-zA-Z0-9-]*` labels, at least two), otherwise nil.
    static func repository(host: String) -> String? {
        let labels = host.lowercased().split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return nil }
        let valid = labels.allSatisfy { label in
            guard let first = label.first, first.isASCII, first.isLetter else { return false }
            return label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
        return valid ? labels.joined(separator: ".") : nil
    }

    /// The fallback repository identifier of a consortium: its root library's code under `.pinakes`.
    static func repository(consortiumCode code: String?) -> String {
        let label = (code ?? "catalogue").lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" }
        let text = String(label)
        return (text.first?.isLetter == true ? text : "c" + text) + ".pinakes"
    }
}
