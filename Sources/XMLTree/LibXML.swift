import CLibXML2

/// Process-wide libxml2 settings shared by every parse and validation in the process.
public enum LibXML {
    /// Runs `xmlInitParser()` exactly once (a Swift global is initialised lazily and thread-safely), before any
    /// thread parses, as libxml2 requires for multi-threaded use.
    public static let initialised: Void = { xmlInitParser() }()

    /// `NONET`: never fetch anything; `NOERROR`/`NOWARNING`: never print (problems are collected instead);
    /// `BIG_LINES`: true line numbers past 65,535. Deliberately absent: `NOENT` (entity substitution), `DTDLOAD`
    /// (external subsets) and `HUGE` (lifts the depth and size limits), so entity expansion and external
    /// entities cannot happen and nesting stops at libxml2's default depth of 256.
    public static let parseOptions = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_BIG_LINES.rawValue)
}
