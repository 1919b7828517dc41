/// One problem found while reading or writing MARC data, located by record number and byte offset.
///
/// Readers never stop at a defect they can work around; they record it here and go on, in the
/// manner of pymarc's permissive reader and yaz-marcdump.
public struct MARCDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How bad a problem is.
    public enum Severity: String, Sendable, Hashable {
        /// Data was repaired or guessed; the record is still produced.
        case warning
        /// Data was lost: a record or part of one could not be read.
        case error
    }

    /// How bad the problem is.
    public var severity: Severity
    /// The 1-based number of the record in its input (0 when before the first record).
    public var recordNumber: Int
    /// The byte offset in the input where the problem was found.
    public var byteOffset: Int
    /// The field tag concerned, if any.
    public var tag: String?
    /// The line and column (1-based) for text formats such as MARCXML.
    public var line: Int?
    /// The column (1-based) for text formats such as MARCXML.
    public var column: Int?
    /// What went wrong, in plain words.
    public var message: String

    /// A diagnostic.
    public init(
        _ severity: Severity, record: Int, offset: Int, tag: String? = nil, line: Int? = nil, column: Int? = nil,
        message: String
    ) {
        self.severity = severity
        self.recordNumber = record
        self.byteOffset = offset
        self.tag = tag
        self.line = line
        self.column = column
        self.message = message
    }

    /// `record 17, byte 40213, field 245: message` (with `line L, column C` for XML input).
    public var description: String {
        var text = "record \(recordNumber), byte \(byteOffset)"
        if let line {
            text += ", line \(line)"
            if let column { text += ", column \(column)" }
        }
        if let tag { text += ", field \(tag)" }
        return text + ": " + (severity == .error ? "error: " : "") + message
    }
}
