/// A record's fields as read from ISO 2709: their UTF-8 text in one buffer and a compact index into it.
///
/// ``Record`` keeps this form until its fields are changed, so reading a file builds no `Field`,
/// `Subfield` or `String` per value; the accessors build them on demand and the writers copy bytes
/// straight from the buffer. The index is complete: every field and every subfield is located and
/// its text is valid UTF-8 (MARC-8, Latin-1 and repaired text are converted when the record is read).
struct ParsedFields: Sendable {
    /// One field: its tag, indicators and where its text lies in ``bytes``.
    struct FieldSlot: Sendable {
        /// The three tag bytes (each one a Latin-1 character), first byte lowest.
        var tag: UInt32
        var indicator1: UInt8
        var indicator2: UInt8
        var isControl: Bool
        /// The control field value, or the data field text after the indicators.
        var start: Int32
        var end: Int32
        /// The subfields of a data field: `subfieldSlots[firstSubfield..<firstSubfield + subfieldCount]`.
        var firstSubfield: Int32
        var subfieldCount: Int32
    }

    /// One subfield: its code bytes at `codeStart..<valueStart`, its value at `valueStart..<end`.
    struct SubfieldSlot: Sendable {
        var codeStart: Int32
        var valueStart: Int32
        var end: Int32
    }

    /// Field text; offsets in the slots point here.
    var bytes: [UInt8]
    var fieldSlots: [FieldSlot] = []
    var subfieldSlots: [SubfieldSlot] = []

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// The number of fields.
    var count: Int { fieldSlots.count }

    /// All fields as values.
    func fields() -> [Field] {
        bytes.withUnsafeBufferPointer { buffer in fieldSlots.map { field($0, buffer) } }
    }

    /// The fields whose tag is `tag`.
    func fields(tag: String) -> [Field] {
        guard let packed = Self.pack(tag) else { return [] }
        return bytes.withUnsafeBufferPointer { buffer in
            fieldSlots.lazy.filter { $0.tag == packed }.map { field($0, buffer) }
        }
    }

    /// The first field whose tag is `tag`.
    func first(tag: String) -> Field? {
        guard let packed = Self.pack(tag), let slot = fieldSlots.first(where: { $0.tag == packed }) else { return nil }
        return bytes.withUnsafeBufferPointer { field(slot, $0) }
    }

    /// The value of the first control field whose tag is `tag`.
    func controlValue(tag: String) -> String? {
        guard let packed = Self.pack(tag), let slot = fieldSlots.first(where: { $0.tag == packed }), slot.isControl
        else { return nil }
        return bytes.withUnsafeBufferPointer { Self.string($0, slot.start, slot.end) }
    }

    /// The number of subfields in all data fields.
    var subfieldCount: Int { subfieldSlots.count }

    private func field(_ slot: FieldSlot, _ buffer: UnsafeBufferPointer<UInt8>) -> Field {
        let tag = Self.tagString(slot.tag)
        if slot.isControl { return Field(tag: tag, value: Self.string(buffer, slot.start, slot.end)) }
        var subfields: [Subfield] = []
        subfields.reserveCapacity(Int(slot.subfieldCount))
        let first = Int(slot.firstSubfield)
        for index in first..<(first + Int(slot.subfieldCount)) {
            let sub = subfieldSlots[index]
            subfields.append(
                Subfield(code: Self.code(buffer, sub), value: Self.string(buffer, sub.valueStart, sub.end)))
        }
        return Field(
            tag: tag, indicator1: Self.indicator(slot.indicator1), indicator2: Self.indicator(slot.indicator2),
            subfields: subfields)
    }

    static func string(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int32, _ end: Int32) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: buffer[Int(start)..<Int(end)]), as: UTF8.self)
    }

    /// The subfield code: one ASCII byte, or the first character of a non-ASCII sequence.
    static func code(_ buffer: UnsafeBufferPointer<UInt8>, _ slot: SubfieldSlot) -> Character {
        if let ascii = UTF8Validation.asciiCharacter(buffer[Int(slot.codeStart)]) { return ascii }
        return string(buffer, slot.codeStart, slot.valueStart).first ?? " "
    }

    static func indicator(_ byte: UInt8) -> Character { UTF8Validation.asciiCharacter(byte) ?? " " }

    /// Packs three tag bytes.
    static func pack(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> UInt32 {
        UInt32(b0) | UInt32(b1) << 8 | UInt32(b2) << 16
    }

    /// The packed form of a tag string; nil when it is not three Latin-1 characters (no field has it).
    static func pack(_ tag: String) -> UInt32? {
        var packed: UInt32 = 0
        var count = 0
        for scalar in tag.unicodeScalars {
            guard count < 3, scalar.value < 0x100 else { return nil }
            packed |= scalar.value << (8 * UInt32(count))
            count += 1
        }
        return count == 3 ? packed : nil
    }

    /// The tag string for packed tag bytes, read as Latin-1 like the directory.
    static func tagString(_ packed: UInt32) -> String {
        UTF8Validation.tag(
            UInt8(truncatingIfNeeded: packed), UInt8(truncatingIfNeeded: packed >> 8),
            UInt8(truncatingIfNeeded: packed >> 16))
    }
}
