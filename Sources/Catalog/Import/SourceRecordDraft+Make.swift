import MARC

extension SourceRecordDraft {
    /// The reason a record cannot be stored, if any.
    var rejection: String? {
        if marc.isEmpty { return "record has no fields" }
        return nil
    }

    /// Prepares `record` for storage: canonical bytes, hash, identity and items from the profiles.
    static func make(_ record: Record, number: Int, profiles: [HoldingsProfile]) -> SourceRecordDraft {
        let encoded = StoredRecordCodec.encode(record)
        let hash = ContentHash.of(encoded.bytes)
        var items: [ImportedItem] = []
        var skipped: [String] = []
        for profile in profiles {
            let found = profile.items(in: record)
            items += found.items
            skipped += found.skipped
        }
        let dialect = MARCDialect.detect(record)
        return SourceRecordDraft(
            recordNumber: number,
            sourceID: sourceID(of: record, hash: hash),
            format: encoded.format,
            marc: record.fieldCount == 0 ? [] : encoded.bytes,
            contentHash: hash,
            dialect: dialect == .unimarc ? "unimarc" : "marc21",
            deleted: record.leader.isDeleted,
            items: items,
            skippedItemFields: skipped,
            record: record)
    }
}
