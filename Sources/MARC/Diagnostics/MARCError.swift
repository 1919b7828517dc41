/// The MARC module's one error type, for failures that stop a whole read or write.
///
/// Defects inside records are not errors: they become ``MARCDiagnostic``s and reading goes on.
public enum MARCError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file could not be opened or read (`errno` as reported by the system).
    case unreadableFile(path: String, errno: Int32)
    /// The file could not be created or written.
    case unwritableFile(path: String, errno: Int32)
    /// XML input that is not well-formed at the given place.
    case notWellFormedXML(line: Int, column: Int, message: String)
    /// JSON input that cannot be parsed at the given byte offset.
    case malformedJSON(offset: Int, message: String)
    /// A record that cannot be written in the requested format.
    case unwritableRecord(message: String)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .unreadableFile(let path, let errno): "cannot read \(path) (errno \(errno))"
        case .unwritableFile(let path, let errno): "cannot write \(path) (errno \(errno))"
        case .notWellFormedXML(let line, let column, let message):
            "XML not well-formed at line \(line), column \(column): \(message)"
        case .malformedJSON(let offset, let message): "malformed JSON at byte \(offset): \(message)"
        case .unwritableRecord(let message): "cannot write record: \(message)"
        }
    }
}
