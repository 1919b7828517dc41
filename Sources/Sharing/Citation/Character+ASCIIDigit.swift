import Foundation

extension Character {
    /// `0`…`9` only, not the digits of other scripts that `isNumber` also accepts (ISSN, ISBN and dates use these).
    var isASCIIDigit: Bool { isASCII && isNumber }
}
