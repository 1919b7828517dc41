import Foundation
import MARC

/// How one system writes its items into a bibliographic record: which field, and which subfield holds what.
///
/// Profiles are data (see `Resources/holdings-profiles.json`); a member with an unusual layout passes its own
/// JSON file to `pinakes import --profile FILE`.
public struct HoldingsProfile: Sendable, Codable, Hashable {
    /// Short name used on the command line (`koha`, `evergreen`, `sirsi`, `marc852`, `unimarc`).
    public var name: String
    public var description: String
    /// The item field's tag (952, 949, 999, 852, 995).
    public var tag: String
    /// Subfield holding the barcode; an item without one is skipped and reported.
    public var barcode: String
    /// Subfields tried in order for the owning library's code.
    public var library: [String]
    public var location: [String]
    /// Subfields joined with a space to make the call number.
    public var callNumber: [String]
    public var itemType: [String]
    /// Subfields whose value, looked up in `statusValues`, gives the item status; the first match wins.
    public var status: [String]
    /// Source status values (upper-cased) → our status; a code absent here means available.
    public var statusValues: [String: ItemStatus]
    /// Subfield codes whose mere non-empty, non-"0" presence marks a status (Koha's 952$1 lost → lost).
    public var statusFlags: [String: ItemStatus]

    /// The items this profile finds in `record`, and the item fields it had to skip, with reasons.
    public func items(in record: Record) -> (items: [ImportedItem], skipped: [String]) {
        var items: [ImportedItem] = []
        var skipped: [String] = []
        for field in record.fields(tag) where !field.isControlField {
            guard let barcode = first(barcode, in: field).map(Self.clean), !barcode.isEmpty else {
                skipped.append("\(tag) without barcode ($\(barcode))")
                continue
            }
            items.append(
                ImportedItem(
                    barcode: barcode,
                    libraryCode: library.lazy.compactMap { first($0, in: field) }.first.map(Self.clean),
                    location: location.lazy.compactMap { first($0, in: field) }.first.map(Self.clean),
                    callNumber: joined(callNumber, in: field),
                    itemType: itemType.lazy.compactMap { first($0, in: field) }.first.map(Self.clean),
                    status: itemStatus(of: field)))
        }
        return (items, skipped)
    }

    private func itemStatus(of field: Field) -> ItemStatus {
        for (code, status) in statusFlags.sorted(by: { $0.key < $1.key }) {
            if let value = first(code, in: field).map(Self.clean), !value.isEmpty, value != "0" { return status }
        }
        for code in status {
            if let value = first(code, in: field), let mapped = statusValues[Self.clean(value).uppercased()] {
                return mapped
            }
        }
        return .available
    }

    private func first(_ code: String, in field: Field) -> String? {
        guard let character = code.first else { return nil }
        return field[character]
    }

    private func joined(_ codes: [String], in field: Field) -> String? {
        let parts = codes.compactMap { first($0, in: field) }.map(Self.clean).filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    static func clean(_ value: String) -> String {
        value.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
