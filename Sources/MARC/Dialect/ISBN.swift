/// International Standard Book Number helpers (ISO 2108): cleaning, check digits, ISBN-13.
public enum ISBN {
    /// The ISBN in `text` without hyphens, spaces or qualifiers, upper-case X, when it has the
    /// shape of an ISBN-10 or ISBN-13; the check digit is not verified.
    ///
    /// `"0-19-852663-6 (pbk.)"` → `"0198526636"`; `"ISBN 978-7-5016-0412-1 : ¥25.00"` →
    /// `"9787501604121"`. Text before the first digit is skipped; reading stops at the first
    /// character that cannot belong to an ISBN once ten or thirteen characters were read.
    public static func normalised(_ text: String) -> String? {
        var digits: [UInt8] = []
        for byte in text.utf8 {
            if isDigit(byte) {
                guard digits.count < 13 else { return nil }
                digits.append(byte)
            } else if (byte == 0x58 || byte == 0x78) && digits.count == 9 {
                digits.append(0x58)  // X: the ISBN-10 check character
                return shape(digits)
            } else if byte == 0x2D && !digits.isEmpty {
                continue  // hyphens between groups
            } else if byte == 0x20 && !digits.isEmpty && digits.count != 10 && digits.count != 13 {
                continue  // spaces between groups
            } else if !digits.isEmpty {
                break
            }
        }
        return shape(digits)
    }

    /// True when `isbn` (already normalised) is an ISBN-10 or ISBN-13 with a correct check digit.
    public static func isValid(_ isbn: String) -> Bool {
        let characters = Array(isbn.utf8)
        switch characters.count {
        case 10: return checkDigit10(characters.prefix(9)) == characters[9]
        case 13: return characters.allSatisfy(isDigit) && checkDigit13(characters.prefix(12)) == characters[12]
        default: return false
        }
    }

    /// The valid ISBN-13 for `text` (ISBN-10s gain the 978 prefix and a new check digit).
    public static func isbn13(_ text: String) -> String? {
        guard let isbn = normalised(text), isValid(isbn) else { return nil }
        let characters = Array(isbn.utf8)
        if characters.count == 13 { return isbn }
        let body = Array("978".utf8) + characters.prefix(9)
        return String(decoding: body + [checkDigit13(body[...])], as: UTF8.self)
    }

    /// The ISBN-10 for a valid 978-prefixed ISBN-13 (or a valid ISBN-10 unchanged).
    public static func isbn10(_ text: String) -> String? {
        guard let isbn = normalised(text), isValid(isbn) else { return nil }
        let characters = Array(isbn.utf8)
        if characters.count == 10 { return isbn }
        guard characters.starts(with: Array("978".utf8)) else { return nil }
        let body = characters[3..<12]
        return String(decoding: Array(body) + [checkDigit10(body)], as: UTF8.self)
    }

    private static func shape(_ digits: [UInt8]) -> String? {
        guard digits.count == 10 || (digits.count == 13 && digits.last != 0x58) else { return nil }
        return String(decoding: digits, as: UTF8.self)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    /// ISBN-10 check character: weights 10…2, mod 11, 10 written as X.
    private static func checkDigit10(_ body: ArraySlice<UInt8>) -> UInt8 {
        guard body.count == 9, body.allSatisfy(isDigit) else { return 0 }
        let sum = body.enumerated().reduce(0) { $0 + (10 - $1.offset) * Int($1.element - 0x30) }
        let check = (11 - sum % 11) % 11
        return check == 10 ? 0x58 : UInt8(0x30 + check)
    }

    /// ISBN-13 (EAN-13) check digit: weights 1, 3 alternating, mod 10.
    private static func checkDigit13(_ body: ArraySlice<UInt8>) -> UInt8 {
        guard body.count == 12, body.allSatisfy(isDigit) else { return 0 }
        let sum = body.enumerated().reduce(0) { $0 + ($1.offset % 2 == 0 ? 1 : 3) * Int($1.element - 0x30) }
        return UInt8(0x30 + (10 - sum % 10) % 10)
    }
}
