import CLibXML2
import Foundation

/// Owns one parsed OAI-PMH response tree and frees it; used by one parse on one thread, never shared.
final class OAIDocument {
    let pointer: xmlDocPtr

    private init(_ pointer: xmlDocPtr) { self.pointer = pointer }

    deinit { xmlFreeDoc(pointer) }

    /// Runs `xmlInitParser()` once, before any thread parses, as libxml2 requires for multi-threaded use.
    private static let initialised: Void = { xmlInitParser() }()

    /// `NONET`: never fetch anything; `NOERROR`/`NOWARNING`: never print; `BIG_LINES`: true line numbers.
    /// Deliberately absent: `NOENT`, `DTDLOAD` and `HUGE`, so no entity is expanded, no external subset is
    /// loaded and libxml2's depth and size limits hold.
    private static let options = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_BIG_LINES.rawValue)

    /// A response larger than this is refused before parsing (a ListRecords page is a few megabytes at most).
    static let maximumBytes = 64 << 20

    /// Parses a response; the error text says why (with its line) when the bytes are not well-formed XML.
    static func parse(_ bytes: [UInt8]) -> Result<OAIDocument, ParseFailure> {
        _ = initialised
        guard bytes.count <= maximumBytes else {
            return .failure(ParseFailure(message: "the response has \(bytes.count) bytes, more than \(maximumBytes)"))
        }
        guard let context = xmlNewParserCtxt() else { return .failure(ParseFailure(message: "no parser context")) }
        defer { xmlFreeParserCtxt(context) }
        let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { characters in
                xmlCtxtReadMemory(
                    context, characters.baseAddress, Int32(clamping: characters.count), nil, nil, options)
            }
        }
        if let error = xmlCtxtGetLastError(context), error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue {
            if let document { xmlFreeDoc(document) }
            let message = error.pointee.message.map { String(cString: $0) } ?? "malformed XML"
            let line = error.pointee.line
            return .failure(
                ParseFailure(
                    message: (line > 0 ? "line \(line): " : "")
                        + message.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        guard let document else { return .failure(ParseFailure(message: "the parser gave no document")) }
        let parsed = OAIDocument(document)
        if document.pointee.intSubset != nil || document.pointee.extSubset != nil {
            return .failure(ParseFailure(message: "a DOCTYPE, which OAI-PMH responses never have"))
        }
        return .success(parsed)
    }

    /// The document element.
    var root: OAIElement? { xmlDocGetRootElement(pointer).map(OAIElement.init) }

    /// Why a response could not be parsed.
    struct ParseFailure: Error {
        var message: String
    }
}
