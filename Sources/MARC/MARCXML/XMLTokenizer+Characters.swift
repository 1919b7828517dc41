extension XMLTokenizer {
    /// Text of the unconsumed bytes `from..<to` with entities and character references resolved,
    /// line ends normalised, and characters XML 1.0 forbids reported (and kept).
    func decodeCharacters(_ from: Int, _ to: Int, attribute: Bool) -> String {
        let plain = stream.withAvailable { buffer -> String? in
            let slice = UnsafeBufferPointer(rebasing: buffer[from..<to])
            for byte in slice where byte < 0x20 || byte == 0x26 {
                if byte != 0x0A && byte != 0x09 || attribute { return nil }
            }
            if !UTF8Validation.isASCII(slice) && UTF8Validation.firstInvalidOffset(slice) != nil { return nil }
            return String(decoding: slice, as: UTF8.self)
        }
        return plain ?? slowDecode(from, to, attribute: attribute)
    }

    private func slowDecode(_ from: Int, _ to: Int, attribute: Bool) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(to - from)
        var index = from
        while index < to {
            let byte = stream[index]
            switch byte {
            case 0x26:
                index = appendReference(at: index, to: to, into: &output)
                continue
            case 0x0D:
                output.append(attribute ? 0x20 : 0x0A)
                if index + 1 < to && stream[index + 1] == 0x0A { index += 1 }
            case 0x09, 0x0A:
                output.append(attribute ? 0x20 : byte)
            case 0x00..<0x20:
                problems.append(error("character 0x\(String(byte, radix: 16)) is not allowed in XML 1.0", at: index))
                output.append(byte)
            default:
                output.append(byte)
            }
            index += 1
        }
        if let bad = output.withUnsafeBufferPointer(UTF8Validation.firstInvalidOffset) {
            problems.append(error("invalid UTF-8 (byte \(bad) of this text); replaced with U+FFFD", at: from))
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Resolves `&name;` or `&#…;` at `index`; returns the index after it. Unknown ones stay literal.
    private func appendReference(at index: Int, to: Int, into output: inout [UInt8]) -> Int {
        var end = index + 1
        while end < to && end - index < 12 && stream[end] != 0x3B { end += 1 }
        let name = (index + 1..<Swift.min(end, to)).map { stream[$0] }
        guard end < to, stream[end] == 0x3B, let scalar = Self.referencedScalar(name) else {
            problems.append(error("unknown or malformed entity reference", at: index))
            output.append(0x26)
            return index + 1
        }
        output.append(contentsOf: String(Character(scalar)).utf8)
        return end + 1
    }

    private static func referencedScalar(_ name: [UInt8]) -> Unicode.Scalar? {
        switch String(decoding: name, as: UTF8.self) {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        case let reference where reference.hasPrefix("#x"):
            return UInt32(reference.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        case let reference where reference.hasPrefix("#"):
            return UInt32(reference.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
        default: return nil
        }
    }
}
