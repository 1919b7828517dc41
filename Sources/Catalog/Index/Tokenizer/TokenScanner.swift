/// Walks the Unicode scalars of one text once and hands tokens to a sink: words of letters
/// and digits, CJK runs as overlapping bigrams, ISBNs and ISSNs as standard numbers.
struct TokenScanner<Sink: TokenSink> {
    private typealias Tag = ScalarFolding.Tag
    /// A folded character of the current CJK run with its source span.
    private struct RunCharacter {
        let value: UInt32
        let start: String.Index
        var end: String.Index
    }

    private let scalars: String.UnicodeScalarView
    private let folding = ScalarFolding.shared
    private let han = HanFolding.shared
    var sink: Sink

    private var word: [UInt8] = []
    private var wordStart: String.Index
    private var wordEnd: String.Index
    private var run: [RunCharacter] = []
    private var scratch: [UInt8] = []

    init(_ text: String, sink: Sink) {
        scalars = text.unicodeScalars
        self.sink = sink
        wordStart = scalars.startIndex
        wordEnd = scalars.startIndex
        word.reserveCapacity(64)
        scratch.reserveCapacity(8)
    }

    /// Scans the whole text.
    mutating func scan() {
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let value = scalars[index].value
            let next = scalars.index(after: index)
            if value < 0x80 {
                index = scanASCII(UInt8(truncatingIfNeeded: value), at: index, next: next)
                continue
            }
            folding.forEachOutput(of: value) { packed in
                take(packed, start: index, end: next)
            }
            index = next
        }
        flushWord()
        flushRun()
    }

    /// Handles one ASCII scalar; returns where to continue (past a standard number or `c++`).
    private mutating func scanASCII(_ byte: UInt8, at index: String.Index, next: String.Index) -> String.Index {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): appendWord(byte, start: index, end: next)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): appendWord(byte | 0x20, start: index, end: next)
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            if word.isEmpty, let match = StandardNumberMatcher.match(in: scalars, at: index) {
                flushRun()
                emit(match)
                return match.end
            }
            appendWord(byte, start: index, end: next)
        case UInt8(ascii: "+"), UInt8(ascii: "#"):
            if let end = programmingLanguageSuffix(byte, at: index) { return end }
            flushWord()
            flushRun()
        default:
            flushWord()
            flushRun()
        }
        return next
    }

    /// `c++` → `cplusplus`, `c#` → `csharp` (also `g++`, `f#`, and C♯ in music): a one-letter
    /// word followed by `++` or `#` and then no letter or digit.
    private mutating func programmingLanguageSuffix(_ byte: UInt8, at index: String.Index) -> String.Index? {
        guard word.count == 1, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(word[0]) else { return nil }
        var end = scalars.index(after: index)
        if byte == UInt8(ascii: "+") {
            guard end < scalars.endIndex, scalars[end] == "+" else { return nil }
            end = scalars.index(after: end)
        }
        guard end == scalars.endIndex || !StandardNumberMatcher.isLetterOrDigit(scalars[end]) else { return nil }
        word.append(contentsOf: (byte == UInt8(ascii: "+") ? "plusplus" : "sharp").utf8)
        wordEnd = end
        flushWord()
        return end
    }

    @inline(__always)
    private mutating func take(_ packed: UInt32, start: String.Index, end: String.Index) {
        let value = packed & 0x1F_FFFF
        switch packed >> 24 {
        case Tag.word.rawValue:
            flushRun()
            if word.isEmpty { wordStart = start }
            UTF8Encoding.append(value, to: &word)
            wordEnd = end
        case Tag.cjk.rawValue:
            flushWord()
            run.append(RunCharacter(value: han.fold(value), start: start, end: end))
        case Tag.drop.rawValue:
            if !word.isEmpty { wordEnd = end } else if !run.isEmpty { run[run.count - 1].end = end }
        default:
            flushWord()
            flushRun()
        }
    }

    @inline(__always)
    private mutating func appendWord(_ byte: UInt8, start: String.Index, end: String.Index) {
        if !run.isEmpty { flushRun() }
        if word.isEmpty { wordStart = start }
        word.append(byte)
        wordEnd = end
    }

    private mutating func flushWord() {
        guard !word.isEmpty else { return }
        let range = wordStart..<wordEnd
        word.withUnsafeBufferPointer { sink.accept($0, range: range, kind: .word) }
        word.removeAll(keepingCapacity: true)
    }

    /// Emits the run as overlapping bigrams, or its one character as a unigram.
    private mutating func flushRun() {
        guard !run.isEmpty else { return }
        if run.count == 1 {
            emitCharacters(run[0].value, nil, range: run[0].start..<run[0].end, kind: .cjkUnigram)
        } else {
            for position in 0..<(run.count - 1) {
                let first = run[position]
                let second = run[position + 1]
                emitCharacters(first.value, second.value, range: first.start..<second.end, kind: .cjkBigram)
            }
            for character in run { sink.acceptRunCharacter(character.value) }
        }
        run.removeAll(keepingCapacity: true)
    }

    private mutating func emitCharacters(
        _ first: UInt32, _ second: UInt32?, range: Range<String.Index>, kind: SearchToken.Kind
    ) {
        scratch.removeAll(keepingCapacity: true)
        UTF8Encoding.append(first, to: &scratch)
        if let second { UTF8Encoding.append(second, to: &scratch) }
        scratch.withUnsafeBufferPointer { sink.accept($0, range: range, kind: kind) }
    }

    private mutating func emit(_ match: StandardNumberMatch) {
        for part in match.parts {
            part.text.withUnsafeBufferPointer { sink.accept($0, range: part.range, kind: match.kind) }
        }
    }
}
