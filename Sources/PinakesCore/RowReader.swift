import SQLKit

/// Reads nullable columns of a result row as plain values. SQLiteKit decodes non-optional integers, doubles
/// and strings directly but sends optionals through the general `Decoder`, several times slower; this asks
/// for NULL first and then for the plain type. For queries that return thousands of rows (search hits).
public struct RowReader {
    private let row: any SQLRow

    public init(_ row: any SQLRow) { self.row = row }

    public func int64(_ column: String) throws -> Int64? {
        try row.decodeNil(column: column) ? nil : row.decode(column: column, as: Int64.self)
    }

    public func double(_ column: String) throws -> Double? {
        try row.decodeNil(column: column) ? nil : row.decode(column: column, as: Double.self)
    }

    public func string(_ column: String) throws -> String? {
        try row.decodeNil(column: column) ? nil : row.decode(column: column, as: String.self)
    }
}
