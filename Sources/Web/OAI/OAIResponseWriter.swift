/// Writes one OAI-PMH response document (OAI-PMH 2.0 §3.2) as UTF-8 bytes: the `OAI-PMH` root with
/// `responseDate` and `request`, then the verb's element or the errors.
struct OAIResponseWriter {
    static let namespace = "http://www.openarchives.org/OAI/2.0/"
    static let schemaLocation = "http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"

    private(set) var bytes: [UInt8] = []

    /// Starts the document; `arguments` are echoed as attributes of `request` (nil for badVerb/badArgument).
    init(responseDate: Int64, baseURL: String, arguments: [(String, String)]?) {
        bytes.reserveCapacity(64 << 10)
        raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        open(
            "OAI-PMH",
            [
                ("xmlns", Self.namespace), ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
                ("xsi:schemaLocation", Self.schemaLocation),
            ])
        element("responseDate", OAIDatestamp.text(responseDate))
        open("request", arguments ?? [])
        text(baseURL)
        raw("</request>\n")
    }

    /// Ends the document and returns it.
    mutating func finish() -> [UInt8] {
        raw("</OAI-PMH>\n")
        return bytes
    }

    /// An `error` element (§3.6).
    mutating func error(_ problem: OAIProblem) {
        open("error", [("code", problem.code.rawValue)])
        text(problem.message)
        raw("</error>\n")
    }

    /// `<name attributes…>`.
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        raw("<" + name)
        for (key, value) in attributes {
            raw(" " + key + "=\"")
            text(value)
            raw("\"")
        }
        raw(">")
    }

    /// `</name>`.
    mutating func close(_ name: String) { raw("</" + name + ">\n") }

    /// `<name>text</name>`.
    mutating func element(_ name: String, _ value: String, _ attributes: [(String, String)] = []) {
        open(name, attributes)
        text(value)
        close(name)
    }

    /// `<name attributes…/>`.
    mutating func empty(_ name: String, _ attributes: [(String, String)]) {
        open(name, attributes)
        bytes.removeLast()
        raw("/>\n")
    }

    /// Markup as is.
    mutating func raw(_ markup: String) { bytes.append(contentsOf: markup.utf8) }

    /// Bytes as is (a MARCXML record).
    mutating func raw(bytes more: [UInt8]) { bytes.append(contentsOf: more) }

    /// Text escaped for content and attributes; characters XML 1.0 forbids (C0 controls but tab, line feed and
    /// carriage return; U+FFFE, U+FFFF) become U+FFFD so the response stays well-formed.
    mutating func text(_ value: String) {
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": raw("&amp;")
            case "<": raw("&lt;")
            case ">": raw("&gt;")
            case "\"": raw("&quot;")
            case "\t", "\n", "\r": bytes.append(UInt8(scalar.value))
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                raw("\u{FFFD}")
            default: bytes.append(contentsOf: String(scalar).utf8)
            }
        }
    }
}
