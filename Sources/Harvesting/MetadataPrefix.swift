/// The metadata formats Pinakes harvests, by their usual OAI-PMH prefix.
public enum MetadataPrefix: String, Sendable, CaseIterable, Codable {
    /// MARCXML (`http://www.loc.gov/MARC21/slim`).
    case marc21
    /// Simple Dublin Core (`http://www.openarchives.org/OAI/2.0/oai_dc/`), turned into MARC 21.
    case oaiDC = "oai_dc"
}
