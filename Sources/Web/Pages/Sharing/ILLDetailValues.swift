import Foundation
import Sharing

/// The parts of a request's page as the templates show them: history, rota, documents, conditions, copies on
/// the shelf, and the forms of the actions allowed now.
enum ILLDetailValues {
    /// The history, oldest first: when, what happened in words, the status before and after, and the note.
    static func history(
        _ events: [ILLEventRecord], role: ILLRole, _ language: Language, _ services: WebServices
    ) -> [[String: Any]] {
        events.map { event in
            [
                "when": ILLFormat.moment(event.at, services), "datetime": ILLFormat.isoMoment(event.at),
                "what": ILLFormat.event(event.event, language), "code": event.event, "actor": event.actor,
                "from": ILLFormat.status(event.fromStatus, role: role, language),
                "to": ILLFormat.status(event.toStatus, role: role, language),
                "changed": event.fromStatus != event.toStatus, "note": event.note,
            ] as [String: Any]
        }
    }

    /// The rota, best lender first, with the reasons for its place and how the lender answered.
    static func rota(_ entries: [RotaRecord], _ language: Language) -> [[String: Any]] {
        entries.map { entry in
            [
                "position": entry.position + 1, "agency": entry.agency, "name": entry.name,
                "score": String(format: "%.2f", entry.score), "reasons": entry.reasons,
                "outcome": Strings.sharingLabel("rota", entry.outcome, language, fallback: entry.outcome),
                "outcomeCode": entry.outcome,
            ] as [String: Any]
        }
    }

    /// Document links with their expiry and the openings left.
    static func documents(
        _ links: [InterlibraryAPI.DocumentLink], _ services: WebServices, _ language: Language
    ) -> [[String: Any]] {
        links.map { link in
            let expires = ILLFormat.moment(link.expiresAt, services)
            return [
                "url": link.url, "filename": link.filename, "expires": expires, "opensLeft": link.opensLeft,
                "usable": link.opensLeft > 0 && link.expiresAt > services.clock.epochSeconds,
                "terms": Strings.sharing("documentTerms", language, ["date": expires, "n": "\(link.opensLeft)"]),
            ] as [String: Any]
        }
    }

    /// Loan conditions in words, with their ISO 18626 code.
    static func conditions(_ codes: [String], _ language: Language) -> [[String: Any]] {
        codes.map { ["code": $0, "label": Strings.sharingLabel("condition", $0, language, fallback: $0)] }
    }

    /// Copies on the shelf for a lending request's pull slip.
    static func shelf(_ copies: [InterlibraryAPI.ShelfCopy]) -> [[String: Any]] {
        copies.map { ["barcode": $0.barcode, "callNumber": $0.callNumber ?? "", "location": $0.location ?? ""] }
    }

    /// `hasX` for each list `x` the page shows, so a section with its heading appears only with rows to show.
    static func presence(_ values: [String: Any]) -> [String: Any] {
        var flags: [String: Any] = [:]
        for name in ["conditions", "documents", "actions", "rota", "history", "shelfCopies"] {
            guard let list = values[name] as? [Any] else { continue }
            flags["has" + name.prefix(1).uppercased() + name.dropFirst()] = !list.isEmpty
        }
        return flags
    }

    /// One form per action allowed now, with the fields that action needs.
    static func actions(_ names: [String], id: Int64, _ language: Language) -> [[String: Any]] {
        names.map { name in
            let upload = name == "deliver-copy"
            return [
                "name": name, "label": ILLFormat.action(name, language),
                "formAction": "/staff/ill/requests/\(id)/" + (upload ? "document" : "actions"),
                "isUpload": upload, "isShip": name == "ship", "isUnfilled": name == "unfilled",
                "isConditions": name == "conditions",
                "takesNote": ["reject", "cancel", "expect-to-supply", "will-supply", "recall", "conditions"].contains(
                    name),
                "reasons": Strings.unfilledReasons.map {
                    ["code": $0, "label": Strings.sharingLabel("unfilled", $0, language, fallback: $0)]
                },
                "offers": conditions(Strings.loanConditions, language),
            ] as [String: Any]
        }
    }
}
