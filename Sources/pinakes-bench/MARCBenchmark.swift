import Foundation
import MARC

/// Times MARC parsing and ISO 2709 → MARCXML conversion against yaz-marcdump and pymarc.
enum MARCBenchmark {
    /// Reference figures from the issue (records per second: parse, to MARCXML).
    static let references: [(String, Double, Double)] = [
        ("yaz (issue)", 580_000, 82_000), ("pymarc (issue)", 21_000, 6_400), ("marc4j (issue)", 45_000, 16_600),
    ]

    /// Runs every measurement on `file` (best of three runs each) and returns a side-by-side table.
    ///
    /// "pinakes" reads indexed records: every field and subfield is located, its text checked as
    /// UTF-8 (or converted), and the benchmark sums the subfield counts from that index.
    /// "pinakes, values built" also builds every `Field`, `Subfield` and `String` through
    /// `record.fields`, which is what code that walks all values pays.
    static func run(file: String) async throws -> String {
        var rows: [(String, Double?, Double?)] = []
        let count = try parseAll(file, building: false)
        let parseSeconds = try best { _ = try parseAll(file, building: false) }
        let buildSeconds = try best { _ = try parseAll(file, building: true) }
        let xmlSeconds = try best { _ = try convertAll(file) }
        rows.append(("pinakes", Double(count) / parseSeconds, Double(count) / xmlSeconds))
        rows.append(("pinakes, values built", Double(count) / buildSeconds, nil))
        let yazParse = try? best { _ = try timeProcess("/usr/bin/yaz-marcdump", ["-n", file]) }
        let yazXML = try? best { _ = try timeProcess("/usr/bin/yaz-marcdump", ["-o", "marcxml", file]) }
        rows.append(("yaz-marcdump (here)", yazParse.map { Double(count) / $0 }, yazXML.map { Double(count) / $0 }))
        if let (parse, xml) = pymarcTimes(file) {
            rows.append(("pymarc (here)", parse.map { Double(count) / $0 }, xml.map { Double(count) / $0 }))
        }
        for (name, parse, xml) in references { rows.append((name, parse, xml)) }
        var table = "MARC benchmark: \(count) records from \(file) (best of 3)\n"
        table += pad("tool", 24) + pad("parse rec/s", 14) + "to MARCXML rec/s\n"
        for (name, parse, xml) in rows {
            table += pad(name, 24) + pad(format(parse), 14) + format(xml) + "\n"
        }
        return table
    }

    /// Reads every record; sums subfield counts from the index, or from built `Field` values.
    private static func parseAll(_ file: String, building: Bool) throws -> Int {
        let reader = try ISO2709Reader(path: file)
        var subfields = 0
        for record in reader {
            if building {
                for field in record.fields { subfields &+= field.subfields.count }
            } else {
                subfields &+= record.subfieldCount
            }
        }
        return reader.recordCount + (subfields < 0 ? 1 : 0)
    }

    /// The shortest of three timings of `body`.
    private static func best(_ body: () throws -> Void) throws -> Double {
        var shortest = Double.infinity
        for _ in 0..<3 { shortest = min(shortest, try measure(body).1) }
        return shortest
    }

    private static func convertAll(_ file: String) throws -> Int {
        let reader = try ISO2709Reader(path: file)
        var writer = MARCXMLWriter()
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 21)
        writer.appendHeader(to: &buffer)
        for record in reader {
            writer.append(record, to: &buffer)
            if buffer.count > 1 << 20 { buffer.removeAll(keepingCapacity: true) }
        }
        writer.appendFooter(to: &buffer)
        return reader.recordCount
    }

    private static func measure<T>(_ body: () throws -> T) throws -> (T, Double) {
        let start = ContinuousClock.now
        let result = try body()
        let elapsed = ContinuousClock.now - start
        return (result, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    /// Wall-clock seconds for a subprocess whose output goes to /dev/null.
    private static func timeProcess(_ path: String, _ arguments: [String]) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let (_, seconds) = try measure {
            try process.run()
            process.waitUntilExit()
        }
        return seconds
    }

    /// pymarc 5.4.0 timings (read with MARCReader; convert with record_to_xml) when importable.
    private static func pymarcTimes(_ file: String) -> (Double?, Double?)? {
        let script = """
            import sys, time
            import pymarc
            t = time.perf_counter()
            with open(sys.argv[1], 'rb') as f:
                for r in pymarc.MARCReader(f): pass
            p = time.perf_counter() - t
            t = time.perf_counter()
            with open(sys.argv[1], 'rb') as f:
                for r in pymarc.MARCReader(f): pymarc.record_to_xml(r)
            print(p, time.perf_counter() - t)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let numbers = String(decoding: output, as: UTF8.self).split(separator: " ").compactMap {
            Double($0.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        guard numbers.count == 2 else { return nil }
        return (numbers[0], numbers[1])
    }

    private static func format(_ value: Double?) -> String {
        guard let value else { return "n/a" }
        return String(Int(value.rounded()))
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
