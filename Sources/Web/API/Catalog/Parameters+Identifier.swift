import Hummingbird

extension Parameters {
    /// A path parameter holding a database id (a cluster or member record); 400 naming it when it is not one.
    func identifier(_ name: String) throws -> Int64 {
        let raw = get(name) ?? ""
        guard let id = Int64(raw), id > 0 else {
            throw WebError.invalidParameter(name, "\(name) must be a positive whole number, not \(raw)")
        }
        return id
    }
}
