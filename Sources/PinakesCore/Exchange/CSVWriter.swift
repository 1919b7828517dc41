import Foundation

/// Writes a CSV file as RFC 4180 describes it: UTF-8, a header row, CRLF line ends, and a field quoted (with
/// its quotes doubled) when it holds a comma, a quote, a CR or an LF. Rows are buffered and written in blocks.
public final class CSVWriter {
    private let handle: FileHandle
    private let path: String
    private var buffer: [UInt8] = []
    private let width: Int
    /// Data rows written so far (the header not counted).
    public private(set) var rowCount = 0

    /// Creates (or truncates) the file at `path` and writes the header row.
    public init(path: String, header: [String]) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw PinakesError.invalidInput("\(path): cannot create the file") }
        self.handle = handle
        self.path = path
        width = header.count
        buffer.reserveCapacity(1 << 16)
        Self.append(header, to: &buffer)
    }

    /// Appends one row; nil fields are written empty. Throws when the row's width is not the header's.
    public func write(_ row: [String?]) throws {
        guard row.count == width else {
            throw PinakesError.invalidInput("\(path): a row of \(row.count) fields under a header of \(width)")
        }
        Self.append(row, to: &buffer)
        rowCount += 1
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Writes what is buffered and closes the file.
    public func finish() throws {
        try flush()
        try handle.close()
    }

    private func flush() throws {
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw PinakesError.invalidInput("\(path): cannot write: \(error.localizedDescription)")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// One line of `fields`, quoted where RFC 4180 requires it, ended with CRLF.
    public static func append(_ fields: [String?], to output: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            guard let field else { continue }
            let bytes = Array(field.utf8)
            let quoted = bytes.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }
            guard quoted else {
                output.append(contentsOf: bytes)
                continue
            }
            output.append(0x22)
            for byte in bytes {
                output.append(byte)
                if byte == 0x22 { output.append(0x22) }
            }
            output.append(0x22)
        }
        output.append(contentsOf: [0x0D, 0x0A])
    }
}
