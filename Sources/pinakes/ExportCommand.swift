import ArgumentParser
import Catalog
import Circulation
import MARC
import PinakesApp

/// `pinakes export marc|circulation`: the catalogue as MARC, the circulation tables as CSV.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export the catalogue as MARC or circulation as CSV files.",
        subcommands: [MARCExport.self, CirculationCSV.self])

    struct MARCExport: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "marc",
            abstract: "Write every live member record, with its copies as 852 fields, to one MARC file.",
            discussion: """
                Records are written as stored; the item fields they were imported with are replaced by one 852 \
                per copy as it is now ($a owning library, $b holding library, $c location, $h call number, \
                $g item type, $p barcode, $y status when lost, missing, withdrawn…), which \
                `pinakes import --library CODE` reads back. Export one --library per member to re-import.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case iso2709, marcxml
        }

        @OptionGroup var storage: StorageOptions
        @Option(help: "The MARC file to write.") var to: String
        @Option(help: "iso2709 or marcxml.") var format: Format = .iso2709
        @Option(help: "Only the records of this library and the libraries below it.") var library: String?

        func run() async throws {
            let node = try await storage.openNode()
            let file = MARCExportFile(path: to, format: format)
            do {
                try file.open()
                let totals = try await CatalogExport(database: node.database).records(ofLibrary: library) {
                    try file.write($0)
                }
                try file.finish()
                await node.shutdown()
                let skipped = file.skipped > 0 ? "; \(file.skipped) too long for ISO 2709 left out (use marcxml)" : ""
                Console.say(
                    "Wrote \(totals.records - file.skipped) records with \(totals.copies) copies to \(to)\(skipped).")
            } catch {
                await node.shutdown()
                throw CLIError("export to \(to) failed: \(CLIError.describe(error))")
            }
        }
    }

    struct CirculationCSV: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "circulation",
            abstract: "Write readers, loans, holds, transits, fines and payments as CSV files into a folder.",
            discussion: """
                readers.csv holds personal data (names, e-mail, phone): keep it as safely as the database. \
                RFC 4180 CSV in UTF-8 with a header row; times in ISO 8601 (UTC); money in cents as stored.
                """)

        @OptionGroup var storage: StorageOptions
        @Option(help: "The folder to write the CSV files into (created when missing).") var to: String

        func run() async throws {
            let node = try await storage.openNode()
            do {
                let written = try await CirculationExport(database: node.database).write(toDirectory: to)
                await node.shutdown()
                for (file, rows) in written { Console.say("\(to)/\(file): \(rows) rows") }
            } catch {
                await node.shutdown()
                throw CLIError("export to \(to) failed: \(CLIError.describe(error))")
            }
        }
    }
}

/// The MARC file an export writes, in ISO 2709 or MARCXML, flushed in 1 MiB blocks.
final class MARCExportFile {
    private let path: String
    private let format: ExportCommand.MARCExport.Format
    private var output: MARCOutputFile?
    private var buffer: [UInt8] = []
    private var iso = ISO2709Writer()
    private var xml = MARCXMLWriter()
    /// Records left out because ISO 2709 cannot hold them.
    private(set) var skipped = 0

    init(path: String, format: ExportCommand.MARCExport.Format) {
        self.path = path
        self.format = format
    }

    func open() throws {
        output = try MARCOutputFile(path: path)
        if format == .marcxml { xml.appendHeader(to: &buffer) }
    }

    func write(_ records: [Record]) throws {
        for record in records {
            switch format {
            case .marcxml: xml.append(record, to: &buffer)
            case .iso2709:
                do { try iso.append(record, to: &buffer) } catch { skipped += 1 }
            }
        }
        if buffer.count >= 1 << 20 { try output?.write(&buffer) }
    }

    func finish() throws {
        if format == .marcxml { xml.appendFooter(to: &buffer) }
        try output?.write(&buffer)
        output = nil
    }
}
