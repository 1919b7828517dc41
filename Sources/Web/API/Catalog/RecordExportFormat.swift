import HTTPTypes
import Hummingbird
import MARC

/// The formats a member record is exported in, chosen by `?format=` or the `Accept` header.
enum RecordExportFormat: String, Sendable, CaseIterable {
    /// MARC21slim MARCXML.
    case marcxml
    /// MARC-in-JSON (code4lib).
    case json
    /// ISO 2709 exchange format, UTF-8 (leader/09 `a`).
    case iso2709
    /// The tagged text display (`245 10 $a …`), as `yaz-marcdump` prints it.
    case text

    var contentType: String {
        switch self {
        case .marcxml: "application/marcxml+xml; charset=utf-8"
        case .json: "application/json; charset=utf-8"
        case .iso2709: "application/marc"
        case .text: "text/plain; charset=utf-8"
        }
    }

    var fileExtension: String {
        switch self {
        case .marcxml: "xml"
        case .json: "json"
        case .iso2709: "mrc"
        case .text: "txt"
        }
    }

    /// `?format=` wins; then the first media type of `Accept` we serve; MARC-in-JSON otherwise.
    static func negotiate(format: String?, accept: String?) throws -> RecordExportFormat {
        if let format, !format.isEmpty {
            guard let chosen = RecordExportFormat(rawValue: format.lowercased()) else {
                let known = allCases.map(\.rawValue).joined(separator: ", ")
                throw WebError.invalidParameter("format", "format must be one of \(known), not \(format)")
            }
            return chosen
        }
        for part in (accept ?? "").split(separator: ",") {
            let media = part.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            switch media {
            case "application/marcxml+xml", "application/xml", "text/xml": return .marcxml
            case "application/marc": return .iso2709
            case "application/json", "application/marc+json": return .json
            case "text/plain": return .text
            default: continue
            }
        }
        return .json
    }

    /// The record in this format.
    func bytes(_ record: Record) throws -> [UInt8] {
        switch self {
        case .marcxml: return Array(MARCXMLWriter.document([record]).utf8)
        case .json:
            var output: [UInt8] = []
            MARCJSONWriter().append(record, to: &output)
            return output
        case .text: return Array(MARCTextWriter.text([record]).utf8)
        case .iso2709:
            do {
                return try ISO2709Writer.bytes([record])
            } catch {
                throw HTTPError(
                    .notAcceptable, message: "this record cannot be written as ISO 2709 (\(error)); ask for marcxml")
            }
        }
    }
}
