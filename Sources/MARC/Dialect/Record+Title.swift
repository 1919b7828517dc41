extension Record {
    /// The title as ``BibliographicSummary/title`` gives it (MARC 21 245 `$a$b$n$p`, UNIMARC 200), without
    /// summarising the rest of the record: the importer needs only this for every record it stores.
    public func title(dialect: MARCDialect? = nil) -> String? {
        switch dialect ?? MARCDialect.detect(self) {
        case .marc21: return self["245"]?.trimmed("abnp")
        case .unimarc: return self["200"].flatMap(BibliographicSummary.unimarcTitle)
        }
    }
}
