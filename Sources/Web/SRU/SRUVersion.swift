import Foundation

/// The SRU versions answered at `/sru`: 1.1 and 1.2 (Library of Congress, `http://www.loc.gov/zing/srw/`) and
/// 2.0 (OASIS searchRetrieve, `http://docs.oasis-open.org/ns/search-ws/sruResponse`).
enum SRUVersion: String, Sendable, CaseIterable {
    case v1_1 = "1.1"
    case v1_2 = "1.2"
    case v2_0 = "2.0"

    /// A request without `version` is answered as SRU 1.2 (the explain record says so).
    static let standard = SRUVersion.v1_2

    /// True for SRU 2.0, where records carry `recordXMLEscaping` and `recordPacking` means packed/unpacked.
    var isOASIS: Bool { self == .v2_0 }

    /// The response namespace.
    var namespace: String {
        isOASIS ? "http://docs.oasis-open.org/ns/search-ws/sruResponse" : "http://www.loc.gov/zing/srw/"
    }

    /// The prefix the response elements are written with.
    var prefix: String { isOASIS ? "sru" : "srw" }

    /// The namespace of `<diagnostic>` elements.
    var diagnosticNamespace: String {
        isOASIS ? "http://docs.oasis-open.org/ns/search-ws/diagnostic" : "http://www.loc.gov/zing/srw/diagnostic/"
    }

    /// The version to answer a request for `text` in: the one asked for, or nil when it is not supported.
    static func requested(_ text: String?) -> SRUVersion? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return standard }
        return SRUVersion(rawValue: text)
    }

    /// The version an unsupported version number is answered in (SRU 1.2 §"version": the server answers
    /// diagnostic 5 in a version it supports): 2.0 for later versions, 1.2 for earlier ones.
    static func fallback(for text: String) -> SRUVersion {
        (Double(text) ?? 0) > 2 ? .v2_0 : .v1_2
    }
}
