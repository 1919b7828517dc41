import ArgumentParser
import Catalog
import Foundation
import MARC

/// `pinakes import FILE… --library CODE`: load a member's MARC files into the union catalogue.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import ISO 2709 or MARCXML files (MARC 21 or UNIMARC) for one member library, with their items.",
        discussion: """
            Re-importing a file changes nothing; a changed record becomes a new version; leader/05 'd' deletes.
            Each batch is committed with the run's checkpoint: when an import is interrupted (killed, power lost),
            importing the same unchanged file again resumes the run after its last committed batch (--restart
            starts afresh). Runs are listed on /staff.
            Items are read from holdings fields through profiles: \(HoldingsProfiles.builtIn.map(\.name).joined(separator: ", ")),
            or a JSON profile file. Exit status 1 when a file cannot be read at all.
            """)

    @OptionGroup var storage: StorageOptions
    @Argument(help: "MARC files to import.") var files: [String]
    @Option(help: "Code of the member library the records come from.") var library: String
    @Option(help: "File format: auto, iso2709, marcxml.") var format: String = "auto"
    @Option(help: "Holdings profile name or JSON file (default: every built-in profile).") var profile: String?
    @Option(help: "Character set of ISO 2709 input: automatic, utf8, marc8, latin1.") var encoding: String = "automatic"
    @Flag(help: "Print every reader diagnostic, not only the first 50.") var verbose = false
    @Flag(help: "Start a new run even when the last import of a file was interrupted (it is marked abandoned).")
    var restart = false

    func run() async throws {
        guard let fileFormat = RecordFileFormat(rawValue: format) else {
            throw ValidationError("unknown --format \(format); use auto, iso2709 or marcxml")
        }
        guard let characterSet = MARCCharacterSet(rawValue: encoding) else {
            throw ValidationError("unknown --encoding \(encoding); use automatic, utf8, marc8 or latin1")
        }
        let profiles = try profile.map { try HoldingsProfiles.resolve($0) } ?? []
        let options = ImportOptions(
            format: fileFormat, profiles: profiles, characterSet: characterSet, restart: restart)
        let node = try await storage.openNode()
        var failures = 0
        for file in files {
            let bar = ProgressBar(label: (file as NSString).lastPathComponent)
            do {
                let summary = try await node.importer.importFile(
                    file, libraryCode: library, options: options, actor: "cli"
                ) { progress in
                    bar.show(progress)
                } announce: { message in
                    bar.interject(message)
                }
                bar.finish()
                print(summary.report)
                if verbose { summary.diagnostics.dropFirst(50).forEach { print("  \($0)") } }
            } catch {
                bar.finish()
                failures += 1
                FileHandle.standardError.write(Data("error: \(CLIError.describe(error))\n".utf8))
            }
        }
        await node.shutdown()
        if failures > 0 { throw ExitCode(1) }
    }
}
