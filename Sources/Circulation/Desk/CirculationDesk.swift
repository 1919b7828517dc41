import Catalog
import Consortium
import Foundation
import PinakesCore
import SQLKit

/// Circulation's service: loads state, asks the machines, and stores the new state with its effects and an
/// event row in one transaction. Used by the staff desk, the reader's account, the JSON API and SIP2 kiosks.
public struct CirculationDesk: Sendable {
    public let database: Database
    public let clock: Clock
    public let settings: CirculationSettings
    public let policies: PolicyBook
    public let readers: ReaderRegistry

    public init(database: Database, clock: Clock = .system, settings: CirculationSettings = CirculationSettings()) {
        self.database = database
        self.clock = clock
        self.settings = settings
        policies = PolicyBook(database: database, clock: clock, settings: settings)
        readers = ReaderRegistry(database: database, clock: clock, settings: settings)
    }

    /// Runs `body` in a transaction; a second row where the schema allows one (two loans of a copy, two holds
    /// catching it, two transits) becomes `refusal` instead of a database error.
    ///
    /// A transaction that finds a loan, hold or transit changed under it (another desk won the race) starts
    /// again from the new state, a few times.
    func write<T: Sendable>(
        refusingDuplicateWith refusal: CirculationRefusal? = nil,
        _ body: @escaping @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        var attempt = 0
        while true {
            do {
                return try await CirculationEventTally.counting { try await database.transaction(body) }
            } catch let error where DatabaseErrorText.isUniqueViolation(error) {
                guard let refusal else { throw error }
                throw refusal
            } catch is StaleCirculationState where attempt < 8 {
                attempt += 1
            }
        }
    }

    /// The copy with this barcode, or the refusal naming the barcode.
    func copy(_ barcode: String, on sql: any SQLDatabase) async throws -> CirculationCopy {
        let trimmed = barcode.trimmingCharacters(in: .whitespaces)
        guard let copy = try await CatalogStore.circulationCopy(barcode: trimmed, on: sql) else {
            throw CirculationRefusal.unknownItem(barcode: trimmed)
        }
        return copy
    }

    /// The copy as the machines see it.
    func circulating(_ copy: CirculationCopy, _ rules: CirculationRules) -> CirculatingCopy {
        let type = itemType(of: copy)
        return CirculatingCopy(
            id: Identifier(copy.id.rawValue), barcode: copy.barcode, itemType: type, homeLibrary: copy.libraryID,
            title: copy.clusterID.map { Identifier($0) },
            floatingGroup: rules.floatingGroup(itemType: type, owner: copy.libraryCode))
    }

    func itemType(of copy: CirculationCopy) -> ItemLoanType {
        guard let type = copy.itemType, !type.trimmingCharacters(in: .whitespaces).isEmpty else { return .book }
        return ItemLoanType(type)
    }

    /// Refuses a registration not yet verified; blocks and expiry are the machines' to refuse.
    func requireActive(_ reader: ReaderProfile) throws(CirculationRefusal) {
        if reader.status == .pending { throw .cardPending }
    }
}
