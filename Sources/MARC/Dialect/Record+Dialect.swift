extension Record {
    /// The dialect this record appears to follow (see ``MARCDialect/detect(_:)``).
    public var dialect: MARCDialect { MARCDialect.detect(self) }

    /// The bibliographic summary of this record, detecting the dialect unless given.
    public func summary(dialect: MARCDialect? = nil) -> BibliographicSummary {
        BibliographicSummary(self, dialect: dialect)
    }
}
