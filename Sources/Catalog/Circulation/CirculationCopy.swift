import Consortium
import Foundation
import PinakesCore

/// An item as the circulation desk reads it: the copy, where it belongs, its title (the union-catalogue
/// cluster) and where it is in its life.
public struct CirculationCopy: Sendable, Hashable {
    public var id: Identifier<Item>
    public var barcode: String
    /// The library that owns the copy now (a floating copy changes owner where it is left).
    public var libraryID: Identifier<Library>
    public var libraryCode: String
    public var recordID: Int64
    /// The union-catalogue title the copy belongs to; nil only for a record not clustered yet.
    public var clusterID: Int64?
    public var itemType: String?
    public var status: ItemStatus
    public var dueAt: Int64?
    public var callNumber: String?
    public var location: String?
    /// The title as the member record gives it, for slips, receipts and kiosk screens.
    public var title: String

    /// The title from a record's display JSON (`{"title": …}`), or the barcode when there is none.
    public static func title(fromDisplay display: String?, fallback: String) -> String {
        guard let display, let data = display.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let title = object["title"] as? String, !title.isEmpty
        else { return fallback }
        return title
    }
}
