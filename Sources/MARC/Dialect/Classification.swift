/// A classification number and the scheme it belongs to.
public struct Classification: Sendable, Hashable {
    /// The classification scheme.
    public enum Scheme: Sendable, Hashable {
        /// Library of Congress Classification (MARC 21 050/090, UNIMARC 680).
        case lcc
        /// Dewey Decimal Classification (MARC 21 082, UNIMARC 676).
        case ddc
        /// Chinese Library Classification 中图法 (MARC 21 084 / UNIMARC 686 with `$2 clc`).
        case clc
        /// Another scheme named by its source code (`$2`), e.g. `rvk`, `udc`.
        case other(String)

        /// The scheme for an 084/686 `$2` source code.
        init(source: String?) {
            switch source.map({ ISBDPunctuation.collapsingBlanks($0.lowercased()) }) {
            case "clc", "clc4", "clc5", "ztflh": self = .clc
            case "lcc": self = .lcc
            case let code?: self = .other(code)
            case nil: self = .other("")
            }
        }
    }

    public var scheme: Scheme
    /// The number as catalogued (item numbers and prime marks kept).
    public var number: String

    public init(scheme: Scheme, number: String) {
        self.scheme = scheme
        self.number = number
    }
}
