import Foundation
import MARC
import PinakesCore

/// Reads records from an ISO 2709 or MARCXML file, whichever it is, with the reader's diagnostics.
final class RecordFileReader {
    let format: RecordFileFormat
    let totalBytes: Int
    private let path: String
    private let characterSet: MARCCharacterSet
    private var iso2709: ISO2709Reader?
    private let marcxml: MARCXMLReader?

    init(path: String, format requested: RecordFileFormat, characterSet: MARCCharacterSet) throws {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            throw PinakesError.notFound("\(path): no such file")
        }
        totalBytes = (attributes[.size] as? NSNumber)?.intValue ?? 0
        self.path = path
        self.characterSet = characterSet
        let format = requested == .automatic ? try Self.detect(path) : requested
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

    /// Moves past the records an interrupted run already committed: ISO 2709 opens the file again at the byte
    /// after them; MARCXML, whose records cannot be parsed out of context, reads past them.
    func skip(to checkpoint: ImportCheckpoint) throws {
        guard checkpoint.recordsConsumed > 0 else { return }
        if iso2709 != nil {
            guard checkpoint.byteOffset <= totalBytes else {
                throw PinakesError.conflict("\(path): the checkpoint lies past the end of the file")
            }
            do {
                iso2709 = try ISO2709Reader(
                    path: path, options: ISO2709ReadingOptions(characterSet: characterSet),
                    offset: checkpoint.byteOffset, recordsBefore: checkpoint.recordsConsumed)
            } catch {
                throw PinakesError.invalidInput("\(path): \(error)")
            }
        } else if let marcxml {
            while marcxml.recordCount < checkpoint.recordsConsumed, marcxml.next() != nil {}
        }
    }
}

extension RecordFileReader {
    /// The file's format from its first bytes; MARC-in-JSON is not imported (convert it with `pinakes marc convert`).
    static func detect(_ path: String) throws -> RecordFileFormat {
        switch MARCFileFormat.detect(path: path) {
        case nil: throw PinakesError.invalidInput("\(path): cannot be opened for reading")
        case .marcxml: return .marcxml
        case .json:
            throw PinakesError.invalidInput(
                "\(path) looks like MARC-in-JSON, which import does not read; convert it with "
                    + "`pinakes marc convert \(path) --to iso2709` first")
        case .iso2709: return .iso2709
        }
    }
}
