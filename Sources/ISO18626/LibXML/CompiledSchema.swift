import CLibXML2
import Foundation
import XMLTree

/// Owns the compiled ISO 18626 v1.2 schema.
///
/// `@unchecked Sendable` because libxml2 documents a parsed `xmlSchema` as read-only: each validation makes its
/// own `xmlSchemaValidCtxt`, so one compiled schema serves every thread. The pointer never escapes this class.
final class CompiledSchema: @unchecked Sendable {
    private let pointer: xmlSchemaPtr

    private init(_ pointer: xmlSchemaPtr) {
        self.pointer = pointer
    }

    deinit {
        xmlSchemaFree(pointer)
    }

    /// The bundled `ISO-18626-v1_2.xsd`, compiled on first use and kept for the life of the process.
    static let bundled: Result<CompiledSchema, ISO18626SchemaError> = load()

    /// The problems of a document against the schema; empty when it is valid.
    func problems(in document: ParsedDocument) -> [XMLProblem] {
        guard let context = xmlSchemaNewValidCtxt(pointer) else {
            return [XMLProblem(domain: 0, code: 0, message: "no validation context", elementNames: [])]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        let collector = ProblemCollector()
        let status = withExtendedLifetime(collector) {
            xmlSchemaSetValidStructuredErrors(
                context, collectSchemaProblem, Unmanaged.passUnretained(collector).toOpaque())
            return xmlSchemaValidateDoc(context, document.pointer)
        }
        if status != 0 && collector.problems.isEmpty {
            collector.add(XMLProblem(domain: 0, code: status, message: "validation failed", elementNames: []))
        }
        return collector.problems
    }

    private static func load() -> Result<CompiledSchema, ISO18626SchemaError> {
        _ = LibXML.initialised
        guard let url = Bundle.module.url(forResource: "ISO-18626-v1_2", withExtension: "xsd"),
            let bytes = try? Data(contentsOf: url)
        else { return .failure(ISO18626SchemaError(reason: "ISO-18626-v1_2.xsd is missing from the bundle")) }
        let collector = ProblemCollector()
        let schema: xmlSchemaPtr? = withExtendedLifetime(collector) {
            // libxml2 keeps the buffer pointer until xmlSchemaParse is done, so both run inside withUnsafeBytes.
            bytes.withUnsafeBytes { raw in
                let characters = raw.baseAddress?.assumingMemoryBound(to: CChar.self)
                guard let context = xmlSchemaNewMemParserCtxt(characters, Int32(clamping: raw.count)) else {
                    return nil
                }
                defer { xmlSchemaFreeParserCtxt(context) }
                xmlSchemaSetParserStructuredErrors(
                    context, collectSchemaProblem, Unmanaged.passUnretained(collector).toOpaque())
                return xmlSchemaParse(context)
            }
        }
        guard let schema else {
            let reason = collector.problems.first?.message ?? "the schema did not compile"
            return .failure(ISO18626SchemaError(reason: reason))
        }
        return .success(CompiledSchema(schema))
    }
}
