import CLibXML2

extension String {
    /// Calls `body` with the string as a NUL-terminated `xmlChar` (UTF-8) buffer.
    public func withXMLChars<Result>(_ body: (UnsafePointer<xmlChar>) -> Result) -> Result {
        withCString { characters in
            characters.withMemoryRebound(to: xmlChar.self, capacity: utf8.count + 1) { body($0) }
        }
    }
}
