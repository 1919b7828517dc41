/// Folds Traditional Chinese characters to their Simplified form (Unihan kSimplifiedVariant).
///
/// The table comes from `scripts/gen-han-folding.py`. A character that Unihan lists as its own
/// simplified variant (乾, 著, 台) is left alone; a character with several simplified variants
/// folds to the first one listed (戰 → 战, 瀋 → 沈); chains are resolved by the generator.
struct HanFolding: Sendable {
    /// The folding built from the committed table on first use.
    static let shared = HanFolding(pairs: HanFoldingTable.pairs)

    private static let bmpBase: UInt32 = 0x3400
    private static let bmpEnd: UInt32 = 0xA000

    /// Folded scalar values for U+3400..<U+A000, 0 where the character does not fold.
    private let bmp: [UInt32]
    /// Folded scalar values for characters outside that block (extensions B and later).
    private let supplementary: [UInt32: UInt32]

    /// The number of characters that fold.
    let count: Int

    /// Parses `pairs`: items of a source character followed by its folded character,
    /// separated by white space.
    init(pairs: String) {
        var bmp = [UInt32](repeating: 0, count: Int(Self.bmpEnd - Self.bmpBase))
        var supplementary: [UInt32: UInt32] = [:]
        var pending: UInt32?
        var count = 0
        for scalar in pairs.unicodeScalars where !scalar.properties.isWhitespace {
            guard let source = pending else {
                pending = scalar.value
                continue
            }
            pending = nil
            count += 1
            if (Self.bmpBase..<Self.bmpEnd).contains(source) {
                bmp[Int(source - Self.bmpBase)] = scalar.value
            } else {
                supplementary[source] = scalar.value
            }
        }
        self.bmp = bmp
        self.supplementary = supplementary
        self.count = count
    }

    /// The Simplified form of `value` (a Unicode scalar value), or `value` itself.
    @inline(__always)
    func fold(_ value: UInt32) -> UInt32 {
        if value >= Self.bmpBase && value < Self.bmpEnd {
            let folded = bmp[Int(value &- Self.bmpBase)]
            return folded == 0 ? value : folded
        }
        if value < 0x20000 && !(0xF900..<0xFB00).contains(value) { return value }
        return supplementary[value] ?? value
    }

    /// `text` with every character folded (for tests and query display).
    func fold(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(Unicode.Scalar(fold(scalar.value)) ?? scalar)
        }
        return String(result)
    }
}
