import ArgumentParser
import Foundation
import MARC

/// Reads a MARC file of any supported format for `pinakes marc convert`.
final class MARCFileSource {
    private var iso2709: ISO2709Reader?
    private var marcxml: MARCXMLReader?
    private var json: [Record] = []
    private var jsonDiagnostics: [MARCDiagnostic] = []
    private var jsonIndex = 0

    init(path: String, format: String, characterSet: MARCCharacterSet) throws {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw CLIError("\(path): no such file, or it cannot be read")
        }
        let chosen = format == "auto" ? (MARCFileFormat.detect(path: path)?.rawValue ?? "iso2709") : format
        switch chosen {
        case "iso2709":
            iso2709 = try ISO2709Reader(path: path, options: ISO2709ReadingOptions(characterSet: characterSet))
        case "marcxml": marcxml = try MARCXMLReader(path: path)
        case "json":
            var reader = MARCJSONReader(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
            json = try reader.records()
            jsonDiagnostics = reader.diagnostics
        default: throw ValidationError("unknown --from \(format); use auto, iso2709, marcxml or json")
        }
    }

    func next() -> Record? {
        if let iso2709 { return iso2709.next() }
        if let marcxml { return marcxml.next() }
        guard jsonIndex < json.count else { return nil }
        jsonIndex += 1
        return json[jsonIndex - 1]
    }

    var recordCount: Int { iso2709?.recordCount ?? marcxml?.recordCount ?? jsonIndex }
    var diagnostics: [MARCDiagnostic] { iso2709?.diagnostics ?? marcxml?.diagnostics ?? jsonDiagnostics }
}

/// Writes records to standard output in the chosen format, buffered.
final class MARCStdoutSink {
    private let target: MARCCommand.Convert.Target
    private var buffer: [UInt8] = []
    private var xml = MARCXMLWriter()
    private var iso = ISO2709Writer()
    private let json = MARCJSONWriter()
    private let text = MARCTextWriter()
    private var count = 0

    init(target: MARCCommand.Convert.Target) {
        self.target = target
        buffer.reserveCapacity(1 << 20)
        switch target {
        case .marcxml: xml.appendHeader(to: &buffer)
        case .json: buffer.append(UInt8(ascii: "["))
        default: break
        }
    }

    func write(_ record: Record) throws {
        switch target {
        case .marcxml: xml.append(record, to: &buffer)
        case .iso2709: try iso.append(record, to: &buffer)
        case .json:
            if count > 0 { buffer.append(contentsOf: ",\n".utf8) }
            json.append(record, to: &buffer)
        case .text: text.append(record, to: &buffer)
        }
        count += 1
        if buffer.count > 1 << 20 { flush() }
    }

    func finish() throws {
        switch target {
        case .marcxml: xml.appendFooter(to: &buffer)
        case .json: buffer.append(contentsOf: "]\n".utf8)
        default: break
        }
        flush()
        for diagnostic in xml.diagnostics + iso.diagnostics {
            FileHandle.standardError.write(Data("output: \(diagnostic)\n".utf8))
        }
    }

    private func flush() {
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
