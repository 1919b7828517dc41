import ISO18626

extension AgencyID {
    /// An agency id as people type it: `ISIL:CN-SZ` (the type in upper case), or a bare value taken as an ISIL.
    public init(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: ":", maxSplits: 1).map(String.init)
        if parts.count == 2 {
            self.init(type: parts[0].uppercased(), value: parts[1])
        } else {
            self.init(value: trimmed)
        }
    }
}
