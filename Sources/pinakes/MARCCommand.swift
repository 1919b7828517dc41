import ArgumentParser
import Foundation
import MARC

/// `pinakes marc convert FILE --to FORMAT`: a cataloguer's quick look or conversion, like yaz-marcdump.
struct MARCCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marc", abstract: "Look at and convert MARC files.", subcommands: [Convert.self])

    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert an ISO 2709, MARCXML or MARC-in-JSON file to standard output (text by default).",
            discussion: "MARC-8 records are converted to UTF-8. Problems found in the input go to standard error.")

        enum Target: String, ExpressibleByArgument, CaseIterable {
            case marcxml, iso2709, json, text
        }

        /// Accepted like on every command; converting touches no database.
        @OptionGroup var storage: StorageOptions
        @Argument(help: "The MARC file to read.") var file: String
        @Option(help: "Output format: marcxml, iso2709, json, text.") var to: Target = .text
        @Option(help: "Input format: auto, iso2709, marcxml, json.") var from: String = "auto"
        @Option(help: "Character set of ISO 2709 input: automatic, utf8, marc8, latin1.") var encoding: String =
            "automatic"

        func run() throws {
            guard let characterSet = MARCCharacterSet(rawValue: encoding) else {
                throw ValidationError("unknown --encoding \(encoding)")
            }
            let source = try MARCFileSource(path: file, format: from, characterSet: characterSet)
            let sink = MARCStdoutSink(target: to)
            while let record = source.next() { try sink.write(record) }
            try sink.finish()
            for diagnostic in source.diagnostics {
                FileHandle.standardError.write(Data("\(file): \(diagnostic)\n".utf8))
            }
            if source.recordCount == 0 && !source.diagnostics.isEmpty { throw ExitCode(1) }
        }
    }
}
