extension MARCXMLWriter {
    /// Writes a parsed record's fields straight from its UTF-8 buffer, building no `Field` values.
    mutating func appendFields(_ parsed: ParsedFields, to output: inout [UInt8]) {
        parsed.bytes.withUnsafeBufferPointer { buffer in
            for slot in parsed.fieldSlots {
                appendField(slot, parsed, buffer, to: &output)
            }
        }
    }

    private mutating func appendField(
        _ slot: ParsedFields.FieldSlot, _ parsed: ParsedFields, _ buffer: UnsafeBufferPointer<UInt8>,
        to output: inout [UInt8]
    ) {
        let tag = ParsedFields.tagString(slot.tag)
        var tagBytes = tag
        if slot.isControl {
            output.append(contentsOf: "    <controlfield tag=\"".utf8)
            tagBytes.withUTF8 { escape($0, tag: tag, into: &output) }
            output.append(contentsOf: "\">".utf8)
            escape(Self.slice(buffer, slot.start, slot.end), tag: tag, into: &output)
            output.append(contentsOf: "</controlfield>\n".utf8)
            return
        }
        output.append(contentsOf: "    <datafield tag=\"".utf8)
        tagBytes.withUTF8 { escape($0, tag: tag, into: &output) }
        output.append(contentsOf: "\" ind1=\"".utf8)
        appendIndicator(slot.indicator1, to: &output)
        output.append(contentsOf: "\" ind2=\"".utf8)
        appendIndicator(slot.indicator2, to: &output)
        output.append(contentsOf: "\">\n".utf8)
        let first = Int(slot.firstSubfield)
        for index in first..<(first + Int(slot.subfieldCount)) {
            let subfield = parsed.subfieldSlots[index]
            output.append(contentsOf: "      <subfield code=\"".utf8)
            escape(Self.codeBytes(buffer, subfield), tag: tag, into: &output)
            output.append(contentsOf: "\">".utf8)
            escape(Self.slice(buffer, subfield.valueStart, subfield.end), tag: tag, into: &output)
            output.append(contentsOf: "</subfield>\n".utf8)
        }
        output.append(contentsOf: "    </datafield>\n".utf8)
    }

    /// Indicators are ASCII from 0x20 on; only `"`, `&`, `<` and `>` need escaping.
    private mutating func appendIndicator(_ byte: UInt8, to output: inout [UInt8]) {
        withUnsafeBytes(of: byte) { escape($0.bindMemory(to: UInt8.self), tag: nil, into: &output) }
    }

    private static func slice(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int32, _ end: Int32)
        -> UnsafeBufferPointer<UInt8>
    {
        UnsafeBufferPointer(rebasing: buffer[Int(start)..<Int(end)])
    }

    /// The bytes of the code's first character, as ``Subfield/code`` has it.
    private static func codeBytes(_ buffer: UnsafeBufferPointer<UInt8>, _ slot: ParsedFields.SubfieldSlot)
        -> UnsafeBufferPointer<UInt8>
    {
        let code = slice(buffer, slot.codeStart, slot.valueStart)
        guard code.count > 1 else { return code }
        // A multi-byte code is cut to its first grapheme like `Character` does; rare, so decode it.
        let first = String(decoding: code, as: UTF8.self).first.map(String.init) ?? " "
        return slice(buffer, slot.codeStart, slot.codeStart + Int32(first.utf8.count))
    }
}
