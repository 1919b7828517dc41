import Foundation

/// Comma-separated text as RFC 4180 writes it: CRLF after every record, and a field holding a comma, a double
/// quote, CR or LF put in double quotes with its quotes doubled.
public enum CSVText {
    /// One field, quoted when it must be.
    public static func field(_ value: String) -> String {
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One record with its CRLF.
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }
}
