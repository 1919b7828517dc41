/// The SIP2 checksum (AZ): the 16-bit two's complement of the sum of every byte from the first byte of the
/// message up to and including the characters "AZ", written as four upper-case hex digits.
public enum SIP2Checksum {
    /// The checksum value of the given bytes (which must end with "AZ").
    public static func compute(_ bytes: some Sequence<UInt8>) -> UInt16 {
        var sum: UInt16 = 0
        for byte in bytes { sum &+= UInt16(byte) }
        return 0 &- sum
    }

    /// The checksum of the given text, summed over Unicode scalar values rather than bytes.
    ///
    /// Some clients (the PyPI `sip2` client among them) sum `ord()` of each character; for ASCII the two
    /// agree, for other characters only this sum matches what they sent.
    public static func computeOverScalars(_ text: String) -> UInt16 {
        var sum: UInt16 = 0
        for scalar in text.unicodeScalars { sum &+= UInt16(truncatingIfNeeded: scalar.value) }
        return 0 &- sum
    }

    /// Four upper-case hex digits, as the AZ field carries them.
    public static func hex(_ value: UInt16) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
