/// Collects diagnostics for one record, turning record-relative positions into input offsets.
struct DiagnosticSink {
    let record: Int
    let base: Int
    var diagnostics: [MARCDiagnostic]

    mutating func report(_ severity: MARCDiagnostic.Severity, at position: Int, tag: String? = nil, _ message: String) {
        diagnostics.append(
            MARCDiagnostic(severity, record: record, offset: base + position, tag: tag, message: message))
    }
}
