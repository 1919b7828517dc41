/// Writes ISO 18626 v1.2 documents: UTF-8 with an XML declaration, the default namespace plus the `ill` prefix
/// for `ill:version` and `ill:scheme`, elements in XSD sequence order, absent optionals left out.
///
/// Output always validates against the bundled schema (the tests read everything written back through
/// `ISO18626Reader`). `header/multipleItemRequestId` is always written, empty when `nil`, because v1.2 requires it.
public enum ISO18626Writer {
    /// The ISO 18626 namespace.
    public static let namespace = "http://illtransactions.org/2013/iso18626"
    /// The `ill:version` written.
    public static let version = "1.2"

    /// The document as text.
    public static func xml(_ message: ISO18626Message) -> String {
        var composer = XMLComposer(depth: 1)
        message.write(to: &composer)
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <ISO18626Message xmlns="\(namespace)" xmlns:ill="\(namespace)" ill:version="\(version)">
            \(composer.output)</ISO18626Message>

            """
    }

    /// The document as UTF-8 bytes, ready for an HTTP body.
    public static func bytes(_ message: ISO18626Message) -> [UInt8] {
        Array(xml(message).utf8)
    }
}

extension ISO18626Message {
    /// Writes the message element.
    func write(to composer: inout XMLComposer) {
        switch self {
        case .request(let request): composer.element("request") { request.write(to: &$0) }
        case .requestConfirmation(let confirmation):
            composer.element("requestConfirmation") { confirmation.write(to: &$0) }
        case .supplyingAgencyMessage(let message):
            composer.element("supplyingAgencyMessage") { message.write(to: &$0) }
        case .supplyingAgencyMessageConfirmation(let confirmation):
            composer.element("supplyingAgencyMessageConfirmation") { confirmation.write(to: &$0) }
        case .requestingAgencyMessage(let message):
            composer.element("requestingAgencyMessage") { message.write(to: &$0) }
        case .requestingAgencyMessageConfirmation(let confirmation):
            composer.element("requestingAgencyMessageConfirmation") { confirmation.write(to: &$0) }
        }
    }
}
