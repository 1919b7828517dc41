import Foundation

/// The records file of a scale run: the given ISO 2709 file, or its first `first` records copied to a new file.
enum ScaleRecords {
    /// The path to import and how many records it holds (records end with 0x1D).
    static func select(_ file: String, first: Int?, folder: String) throws -> (path: String, records: Int) {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw BenchError("cannot read the records file \(file)")
        }
        let bytes = [UInt8](data)
        var ends: [Int] = []
        for (index, byte) in bytes.enumerated() where byte == 0x1D {
            ends.append(index + 1)
            if let first, ends.count == first { break }
        }
        guard !ends.isEmpty else { throw BenchError("\(file) holds no ISO 2709 records") }
        let end = ends[ends.count - 1]
        guard end < bytes.count else { return (file, ends.count) }
        let path = folder + "/records-\(ends.count).mrc"
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes[..<end])) else {
            throw BenchError("cannot write \(path)")
        }
        return (path, ends.count)
    }
}
