/// Collects one MARCXML `<record>`'s leader, control fields and data fields as they stream by.
struct MARCXMLRecordBuilder {
    /// Element depth of the `<record>` start tag (its parent's open-element count).
    let depth: Int
    let offset: Int
    private(set) var hasContent = false
    private var leader = Leader.blank
    private var fields: [Field] = []
    private var datafield: Field?
    private var subfieldCode: Character = " "
    private var capture: String?
    private var controlTag = ""
    private var messages: [(String, String?)] = []

    init(depth: Int, offset: Int) {
        self.depth = depth
        self.offset = offset
    }

    var record: Record { Record(leader: leader, fields: fields) }

    mutating func start(_ local: String, attributes: [XMLName: String]) {
        let tag = attributes[XMLName(namespace: "", local: "tag")]
        switch local {
        case "leader":
            capture = ""
        case "controlfield":
            controlTag = tag ?? missing("controlfield without tag", tag: nil)
            capture = ""
        case "datafield":
            datafield = Field(
                tag: tag ?? missing("datafield without tag", tag: nil),
                indicator1: attributes[XMLName(namespace: "", local: "ind1")]?.first ?? " ",
                indicator2: attributes[XMLName(namespace: "", local: "ind2")]?.first ?? " ", subfields: [])
        case "subfield":
            subfieldCode = attributes[XMLName(namespace: "", local: "code")]?.first ?? " "
            capture = ""
        default:
            return
        }
        hasContent = true
    }

    mutating func text(_ text: String) {
        if capture != nil { capture?.append(text) }
    }

    mutating func end(_ local: String) {
        switch local {
        case "leader":
            let text = capture ?? ""
            if text.utf8.count != 24 { messages.append(("leader has \(text.utf8.count) characters, not 24", nil)) }
            leader = Leader(text)
        case "controlfield":
            fields.append(Field(tag: controlTag, value: capture ?? ""))
        case "subfield":
            datafield?.subfields.append(Subfield(code: subfieldCode, value: capture ?? ""))
        case "datafield":
            if let datafield { fields.append(datafield) }
            datafield = nil
        default:
            break
        }
        capture = nil
    }

    private mutating func missing(_ message: String, tag: String?) -> String {
        messages.append((message, tag))
        return "   "
    }

    /// Warnings about this record's content, numbered as record `number`.
    func problems(number: Int) -> [MARCDiagnostic] {
        messages.map { MARCDiagnostic(.warning, record: number, offset: offset, tag: $0.1, message: $0.0) }
    }
}
