extension ISO2709Writer {
    /// Writes a record read from ISO 2709 straight from its UTF-8 buffer, building no `Field` values.
    ///
    /// Returns false, leaving the caller to take the general path, for records that were changed since
    /// reading or whose tags, indicators or subfield codes are not single ASCII bytes.
    func appendParsedFields(
        of record: Record, to body: inout [UInt8], tags: inout [(UInt8, UInt8, UInt8)], lengths: inout [Int]
    ) -> Bool {
        guard case .parsed(let parsed) = record.storage else { return false }
        body.reserveCapacity(parsed.bytes.count + parsed.fieldSlots.count * 3 + parsed.subfieldSlots.count)
        return parsed.bytes.withUnsafeBufferPointer { buffer in
            for slot in parsed.fieldSlots {
                let tag = (
                    UInt8(truncatingIfNeeded: slot.tag), UInt8(truncatingIfNeeded: slot.tag >> 8),
                    UInt8(truncatingIfNeeded: slot.tag >> 16)
                )
                guard tag.0 < 0x80, tag.1 < 0x80, tag.2 < 0x80 else { return false }
                let fieldStart = body.count
                if slot.isControl {
                    body.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[Int(slot.start)..<Int(slot.end)]))
                } else {
                    guard slot.indicator1 < 0x80, slot.indicator2 < 0x80 else { return false }
                    body.append(slot.indicator1)
                    body.append(slot.indicator2)
                    let first = Int(slot.firstSubfield)
                    for index in first..<(first + Int(slot.subfieldCount)) {
                        let subfield = parsed.subfieldSlots[index]
                        guard subfield.valueStart - subfield.codeStart == 1, buffer[Int(subfield.codeStart)] < 0x80
                        else { return false }
                        body.append(0x1F)
                        body.append(
                            contentsOf: UnsafeBufferPointer(
                                rebasing: buffer[Int(subfield.codeStart)..<Int(subfield.end)]))
                    }
                }
                body.append(0x1E)
                lengths.append(body.count - fieldStart)
                tags.append(tag)
            }
            return true
        }
    }
}
