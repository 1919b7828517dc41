import MARC

/// A copy as `pinakes export marc` writes it: one MARC 21 852 (location) field, as Koha and Evergreen exports do.
///
/// The layout is the one the built-in `marc852` holdings profile reads back, so an export imports again:
/// $a the member library that owns the record, $b the copy's library, $c shelving location, $h call number,
/// $g item type (Evergreen writes its circulation modifier there), $p barcode, and $y the status when it is a
/// fact of the catalogue (lost, missing, withdrawn…) rather than of circulation, which the export leaves out.
public struct ExportedCopy: Sendable, Hashable {
    public var barcode: String
    /// The code of the member library whose record this copy is attached to.
    public var owningLibraryCode: String
    /// The code of the library that holds the copy.
    public var libraryCode: String
    public var location: String?
    public var callNumber: String?
    public var itemType: String?
    public var status: ItemStatus

    public init(
        barcode: String, owningLibraryCode: String, libraryCode: String, location: String? = nil,
        callNumber: String? = nil, itemType: String? = nil, status: ItemStatus = .available
    ) {
        self.barcode = barcode
        self.owningLibraryCode = owningLibraryCode
        self.libraryCode = libraryCode
        self.location = location
        self.callNumber = callNumber
        self.itemType = itemType
        self.status = status
    }

    /// Statuses that belong to a loan, hold or transit: a fresh system has none, so they are not written.
    static let circulationStatuses: Set<ItemStatus> = [.available, .onLoan, .inTransit, .onHoldShelf]

    /// The 852 field for this copy.
    public var field: Field {
        var subfields = [Subfield(code: "a", value: owningLibraryCode), Subfield(code: "b", value: libraryCode)]
        let optional: [(Character, String?)] = [("c", location), ("h", callNumber), ("g", itemType)]
        for (code, value) in optional {
            if let value, !value.isEmpty { subfields.append(Subfield(code: code, value: value)) }
        }
        subfields.append(Subfield(code: "p", value: barcode))
        if !Self.circulationStatuses.contains(status) {
            subfields.append(Subfield(code: "y", value: status.rawValue.uppercased()))
        }
        return Field(tag: "852", subfields: subfields)
    }

    /// `record` with the item fields it was imported with removed (any field a built-in holdings profile reads
    /// a barcode from) and `copies` appended as 852 fields: the copies as they are now replace them.
    public static func record(_ record: Record, with copies: [ExportedCopy]) -> Record {
        let itemFields = Dictionary(
            HoldingsProfiles.builtIn.map { ($0.tag, $0.barcode.first) }, uniquingKeysWith: { first, _ in first })
        var result = record
        result.fields = record.fields.filter { field in
            guard !field.isControlField, let code = itemFields[field.tag] ?? nil else { return true }
            return field[code] == nil
        }
        result.fields += copies.map(\.field)
        return result
    }
}
