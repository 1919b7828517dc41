import Foundation

/// What one scalar of the original text becomes: NFKC, canonical decomposition, marks
/// dropped, lower case, a few letter foldings, non-decimal digits as ASCII.
///
/// Computed once with Foundation for the Basic Multilingual Plane outside the big CJK blocks
/// and kept as a table of packed `UInt32`s: the tag in the top byte, a scalar or an offset
/// into `expansions` below. Scalars beyond the table are folded on the fly (rare in practice).
struct ScalarFolding: Sendable {
    /// The table built on first use (about 20,000 scalars through Foundation).
    static let shared = ScalarFolding()

    /// How a folded scalar takes part in tokens.
    enum Tag: UInt32 {
        /// Not in the table: a CJK ideograph, Kana or Hangul syllable, handled by the caller.
        case unset = 0
        /// Ends the current token (space, punctuation, symbols).
        case separator = 1
        /// Contributes nothing but does not end a token (combining marks, soft hyphen).
        case drop = 2
        /// A letter or digit of a word; the scalar is in the low bits.
        case word = 3
        /// A Han, Kana or Hangul character; the scalar is in the low bits.
        case cjk = 4
        /// Several outputs (`ﬁ` → `fi`, `½` → `1 2`): the low bits are an offset into `expansions`.
        case expansion = 5
    }

    private let table: [UInt32]
    /// Runs of packed outputs: a count, then that many `tag << 24 | scalar` values.
    private let expansions: [UInt32]

    private init() {
        var table = [UInt32](repeating: Tag.unset.rawValue << 24, count: 0x10000)
        var expansions: [UInt32] = []
        for value in UInt32(0)..<0x10000 where !CJKScript.contains(value) && !Self.isSurrogate(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if (0xE000..<0xF900).contains(value) {
                table[Int(value)] = Tag.separator.rawValue << 24  // private use: never a token
                continue
            }
            table[Int(value)] = Self.pack(Self.outputs(of: scalar), into: &expansions)
        }
        self.table = table
        self.expansions = expansions
    }

    /// Calls `body` with each packed output (`tag << 24 | scalar`) of `scalar`, in order.
    @inline(__always)
    func forEachOutput(of value: UInt32, _ body: (UInt32) -> Void) {
        guard value < 0x10000 else {
            if CJKScript.contains(value) {
                body(Tag.cjk.rawValue << 24 | value)
            } else if let scalar = Unicode.Scalar(value) {
                Self.outputs(of: scalar).forEach(body)
            }
            return
        }
        let packed = table[Int(value)]
        switch packed >> 24 {
        case Tag.unset.rawValue: body(Tag.cjk.rawValue << 24 | value)
        case Tag.expansion.rawValue:
            let start = Int(packed & 0xFF_FFFF)
            for index in (start + 1)..<(start + 1 + Int(expansions[start])) { body(expansions[index]) }
        default: body(packed)
        }
    }

    private static func isSurrogate(_ value: UInt32) -> Bool { (0xD800..<0xE000).contains(value) }

    private static func pack(_ outputs: [UInt32], into expansions: inout [UInt32]) -> UInt32 {
        switch outputs.count {
        case 0: return Tag.drop.rawValue << 24
        case 1: return outputs[0]
        default:
            let offset = UInt32(expansions.count)
            expansions.append(UInt32(outputs.count))
            expansions.append(contentsOf: outputs)
            return Tag.expansion.rawValue << 24 | offset
        }
    }

    /// The packed outputs of one scalar; an empty list means the scalar is dropped.
    static func outputs(of scalar: Unicode.Scalar) -> [UInt32] {
        if let special = LetterFolding.replacement(for: scalar.value) { return special }
        var result: [UInt32] = []
        let compatible = String(scalar).precomposedStringWithCompatibilityMapping
        for composed in compatible.unicodeScalars {
            if CJKScript.contains(composed.value) {
                result.append(Tag.cjk.rawValue << 24 | composed.value)
                continue
            }
            for decomposed in String(composed).decomposedStringWithCanonicalMapping.unicodeScalars {
                appendFolded(decomposed, to: &result)
            }
        }
        // A separator between two outputs stays; leading and trailing ones collapse into one.
        return result.allSatisfy({ $0 >> 24 == Tag.separator.rawValue }) && !result.isEmpty
            ? [Tag.separator.rawValue << 24] : result
    }

    private static func appendFolded(_ scalar: Unicode.Scalar, to result: inout [UInt32]) {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return
        case .format where !LetterFolding.isBreakingFormat(scalar.value): return
        case .decimalNumber:
            let digit = UInt32(properties.numericValue ?? 0)
            result.append(Tag.word.rawValue << 24 | (0x30 + digit))
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            for lower in properties.lowercaseMapping.unicodeScalars {
                if let special = LetterFolding.replacement(for: lower.value) {
                    result.append(contentsOf: special)
                } else if LetterFolding.isWordScalar(lower) {
                    result.append(Tag.word.rawValue << 24 | lower.value)
                }
            }
        default:
            result.append(Tag.separator.rawValue << 24)
        }
    }
}
