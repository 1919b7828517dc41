/// How an ISO 2709 reader turns record bytes into text.
public struct ISO2709ReadingOptions: Sendable {
    /// Which character set to read text in; `.automatic` follows leader/09 and the record's dialect.
    public var characterSet: MARCCharacterSet
    /// When false, text is not converted: non-UTF-8 records are read byte for byte as Latin-1
    /// (lossless, so ``ISO2709Writer`` with `.latin1Bytes` restores them) and leader/09 is kept.
    public var convertsText: Bool
    /// Treat every record as UNIMARC (true), as MARC 21 (false), or detect per record (nil):
    /// a record with 100 and 200 but no 008 is taken for UNIMARC, whose leader/09 is undefined.
    public var unimarc: Bool?

    /// Options; the defaults read any MARC 21 or UNIMARC file into Unicode.
    public init(characterSet: MARCCharacterSet = .automatic, convertsText: Bool = true, unimarc: Bool? = nil) {
        self.characterSet = characterSet
        self.convertsText = convertsText
        self.unimarc = unimarc
    }
}
