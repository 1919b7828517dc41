import Foundation

extension SRURequest {
    /// The searchRetrieve parameters (SRU 1.2 §4, SRU 2.0 §"searchRetrieve operation").
    mutating func readSearch(_ parameters: SRUParameters) throws {
        guard let query = parameters["query"] else { throw SRUDiagnostic.missing("query") }
        self.query = query
        if let type = parameters["queryType"], type.lowercased() != "cql" {
            throw SRUDiagnostic.badValue("queryType", "only CQL queries are answered (queryType=cql)")
        }
        if parameters["recordXPath"] != nil {
            throw SRUDiagnostic(72, details: "recordXPath", explanation: "records are sent whole")
        }
        if let start = parameters["startRecord"] {
            guard let number = Int(start.trimmingCharacters(in: .whitespaces)), number >= 0 else {
                throw SRUDiagnostic.badValue("startRecord", "startRecord must be a whole number from 1, not \(start)")
            }
            guard number >= 1 else {
                throw SRUDiagnostic(61, details: "0", explanation: "record positions start at 1")
            }
            startRecord = number
        }
        if let maximum = parameters["maximumRecords"] {
            guard let number = Int(maximum.trimmingCharacters(in: .whitespaces)), number >= 0 else {
                throw SRUDiagnostic.badValue(
                    "maximumRecords", "maximumRecords must be a whole number of 0 or more, not \(maximum)")
            }
            guard number <= Self.maximumRecordsLimit else {
                throw SRUDiagnostic.badValue(
                    "maximumRecords", "at most \(Self.maximumRecordsLimit) records are sent per response, not \(number)"
                )
            }
            maximumRecords = number
        }
        if let name = parameters["recordSchema"] {
            guard let schema = SRURecordSchema(requested: name) else {
                let known = SRURecordSchema.allCases.map(\.rawValue).joined(separator: ", ")
                throw SRUDiagnostic(66, details: name, explanation: "records are sent as \(known)")
            }
            self.schema = schema
        }
        if let ttl = parameters["resultSetTTL"], Int(ttl.trimmingCharacters(in: .whitespaces)) == nil {
            throw SRUDiagnostic.badValue("resultSetTTL", "resultSetTTL must be a number of seconds, not \(ttl)")
        }
        sortKeys = parameters["sortKeys"]
    }
}
