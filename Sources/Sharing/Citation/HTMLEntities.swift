import Foundation

/// HTML character references that citations copied from web pages carry (`&amp;`, `&eacute;`, `&#8217;`).
enum HTMLEntities {
    /// Named references other than accented letters.
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–", "mdash": "—",
        "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "hellip": "…", "copy": "©", "reg": "®",
        "trade": "™", "szlig": "ß", "aelig": "æ", "AElig": "Æ", "oslash": "ø", "Oslash": "Ø", "eth": "ð",
        "thorn": "þ",
    ]

    /// Accent suffixes of named letters (`eacute` = `e` + acute) and their combining marks.
    static let accents: [String: Unicode.Scalar] = [
        "acute": "\u{301}", "grave": "\u{300}", "circ": "\u{302}", "uml": "\u{308}", "tilde": "\u{303}",
        "cedil": "\u{327}", "ring": "\u{30A}", "caron": "\u{30C}",
    ]

    /// The text with every reference it knows replaced; unknown ones stay as they are.
    static func decode(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semicolon = after.prefix(10).firstIndex(of: ";"), let value = character(String(after[..<semicolon]))
            {
                out += value
                rest = after[after.index(after: semicolon)...]
            } else {
                out += "&"
                rest = after
            }
        }
        return out + rest
    }

    /// The text of one reference name (`amp`, `eacute`, `#233`, `#xE9`).
    static func character(_ name: String) -> String? {
        if let text = named[name] { return text }
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value =
                digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        guard let letter = name.first, letter.isLetter, letter.isASCII,
            let mark = accents[String(name.dropFirst())]
        else { return nil }
        return (String(letter) + String(Character(mark))).precomposedStringWithCanonicalMapping
    }
}
