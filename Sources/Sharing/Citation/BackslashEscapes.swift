import Foundation

/// JSON- and Ruby-style escapes that log dumps leave in OpenURLs: `\u00e9`, `\\u2019` (escaped twice), surrogate
/// pairs, `\'` and `\"`. Other backslashes stay; a backslash run at the very end means the line was cut off there.
enum BackslashEscapes {
    /// The text with escapes decoded, and whether it ended in a cut-off escape.
    static func decode(_ text: String) -> (text: String, cutOff: Bool) {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "\\" else {
                out.append(scalars[i])
                i += 1
                continue
            }
            var next = i
            while next < scalars.count, scalars[next] == "\\" { next += 1 }
            guard next < scalars.count else { return (String(out), true) }
            if let (scalar, end) = codePoint(scalars, at: next) {
                out.append(scalar)
                i = end
            } else if scalars[next] == "'" || scalars[next] == "\"" || scalars[next] == "/" {
                out.append(scalars[next])
                i = next + 1
            } else {
                out.append(contentsOf: scalars[i..<next])
                i = next
            }
        }
        return (String(out), false)
    }

    /// `uXXXX` at `index` (just after the backslashes), joining a UTF-16 surrogate pair `\uD83D\uDE00`.
    static func codePoint(_ scalars: [Unicode.Scalar], at index: Int) -> (Unicode.Scalar, Int)? {
        guard let high = hex4(scalars, at: index) else { return nil }
        let end = index + 5
        if (0xD800...0xDBFF).contains(high) {
            var next = end
            while next < scalars.count, scalars[next] == "\\" { next += 1 }
            if next > end, let low = hex4(scalars, at: next), (0xDC00...0xDFFF).contains(low),
                let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            {
                return (scalar, next + 5)
            }
            return ("\u{FFFD}", end)
        }
        return Unicode.Scalar(high).map { ($0, end) }
    }

    static func hex4(_ scalars: [Unicode.Scalar], at index: Int) -> UInt32? {
        guard index + 4 < scalars.count, scalars[index] == "u" || scalars[index] == "U" else { return nil }
        var value: UInt32 = 0
        for scalar in scalars[(index + 1)...(index + 4)] {
            guard let digit = Character(scalar).hexDigitValue else { return nil }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
