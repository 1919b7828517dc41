/// OCLC control numbers as found in MARC 035 `$a`.
public enum OCLCNumber {
    /// The OCLC number in a 035 `$a` value, digits only without leading zeros, or nil when the
    /// value is not an OCLC number. Accepts `(OCoLC)12345`, `(OCoLC)ocm00012345`,
    /// `(OCoLC)ocn123456789`, `(OCoLC)on1234567890`, and bare `ocm`/`ocn`/`on` prefixed numbers.
    public static func normalised(_ text: String) -> String? {
        var rest = Substring(ISBDPunctuation.collapsingBlanks(text))
        var prefixed = false
        if rest.hasPrefix("(OCoLC)") {
            rest = rest.dropFirst(7)
            prefixed = true
        }
        for marker in ["ocm", "ocn", "on"] where rest.hasPrefix(marker) {
            rest = rest.dropFirst(marker.count)
            prefixed = true
            break
        }
        let digits = rest.drop { $0 == " " }.prefix { $0.isASCII && $0.isNumber }
        guard prefixed, !digits.isEmpty else { return nil }
        let significant = digits.drop { $0 == "0" }
        return significant.isEmpty ? "0" : String(significant)
    }
}
