import Foundation
import MARC
import PinakesCore

/// Reads records from an ISO 2709 or MARCXML file, whichever it is, with the reader's diagnostics.
final class RecordFileReader {
    let format: RecordFileFormat
    let totalBytes: Int
    private let iso2709: ISO2709Reader?
    private let marcxml: MARCXMLReader?

    init(path: String, format requested: RecordFileFormat, characterSet: MARCCharacterSet) throws {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            throw PinakesError.notFound("\(path): no such file")
        }
        totalBytes = (attributes[.size] as? NSNumber)?.intValue ?? 0
        let format = requested == .automatic ? try Self.sniff(path) : requested
        self.format = format
        do {
            switch format {
            case .marcxml:
                marcxml = try MARCXMLReader(path: path)
                iso2709 = nil
            default:
                iso2709 = try ISO2709Reader(path: path, options: ISO2709ReadingOptions(characterSet: characterSet))
                marcxml = nil
            }
        } catch {
            throw PinakesError.invalidInput("\(path): \(error)")
        }
    }

    func next() -> Record? { iso2709?.next() ?? marcxml?.next() }

    var recordCount: Int { iso2709?.recordCount ?? marcxml?.recordCount ?? 0 }
    var bytesRead: Int { iso2709?.bytesRead ?? marcxml?.bytesRead ?? 0 }
    var diagnostics: [MARCDiagnostic] { iso2709?.diagnostics ?? marcxml?.diagnostics ?? [] }

    /// MARCXML starts with `<` after optional whitespace and a byte-order mark; anything else is ISO 2709.
    static func sniff(_ path: String) throws -> RecordFileFormat {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw PinakesError.invalidInput("\(path): cannot be opened for reading")
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 512)) ?? Data()
        for byte in head {
            if byte == 0x3C { return .marcxml }
            if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0xEF || byte == 0xBB
                || byte == 0xBF
            {
                continue
            }
            return .iso2709
        }
        return .iso2709
    }
}
